import type { EvidenceKind } from '../../engine/model.js';
import type { ScenarioResult } from '../../model/scenario.js';

/** One simulated arm: a therapy (or none) on one model. */
export interface ReportArm {
  /** Shown in legends, tables and hover labels (escaped; any text is safe). */
  readonly name: string;
  /** The model that produced `result`, by name (e.g. 'osteosim', 'jorg2022'). */
  readonly model: string;
  /** What the arm receives, in words (e.g. from `describeRegimens`). */
  readonly description?: string;
  readonly result: ScenarioResult;
}

/** A study: arms simulated for the same patient, plotted together. */
export interface ReportStudy {
  readonly name: string;
  /** The patient and protocol, in words. */
  readonly description?: string;
  readonly arms: readonly ReportArm[];
}

/** One parameter of a model with its provenance. */
export interface ParameterRow {
  readonly module: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly meaning: string;
  readonly source: string;
  readonly evidence: EvidenceKind;
  /** Published target ids a fitted value was fitted to (empty when not fitted). */
  readonly fittedTo: readonly string[];
  readonly note: string;
}

/** Every parameter of one model. */
export interface ParameterTable {
  readonly model: string;
  readonly rows: readonly ParameterRow[];
}

export interface PassCounts {
  readonly pass: number;
  readonly fail: number;
  readonly pending: number;
}

/**
 * The validation result of one model against the published targets. `ModelSummary` of src/studies/validation
 * (`summarize(validate(...))`) has this shape.
 */
export interface ValidationSummary {
  readonly model: string;
  /** Targets: fail if any comparison fails, pass if none fails and one passes, else pending. */
  readonly targets: PassCounts;
  /** Targets the model was not fitted to: the validation proper. */
  readonly outOfSample?: PassCounts;
  /** Single comparisons. */
  readonly rows?: PassCounts;
  /** Passes resting on the direction of an effect alone: comparisons, targets, targets not used in fitting. */
  readonly directionOnly?: { readonly rows: number; readonly targets: number; readonly outOfSample: number };
}

/** One line of the fracture-risk and safety table (MSC and drug safety rows, src/outcomes/safety). */
export interface SafetyRow {
  /** What the row is about, e.g. 'Osteonecrosis of the jaw, zoledronate 5 mg yearly'. */
  readonly label: string;
  /** The number or statement, in words with its unit, e.g. '< 1 per 10 000 patient-years'. */
  readonly value: string;
  readonly citation: string;
  /** Optional grouping (an arm or a drug name). */
  readonly group?: string;
  /**
   * 'risk' (default): an adverse event with its number. 'warning': a label rule the arm breaks or a condition under
   * which the drug is unsafe (e.g. teriparatide past 24 months, denosumab stopped without a follow-on); shown
   * highlighted and marked "warning".
   */
  readonly kind?: 'risk' | 'warning';
}

export interface ReportInput {
  readonly title: string;
  readonly subtitle?: string;
  /** One or more paragraphs introducing the report (plain text; blank lines separate paragraphs). */
  readonly description?: string;
  /** When the report was generated (default: now). */
  readonly generatedAt?: Date | string;
  /** Program and version that generated it, e.g. 'osteosim 0.1.0'. */
  readonly generator?: string;
  readonly studies: readonly ReportStudy[];
  /**
   * Parameter tables to list with their citations. Default: `parameterTable(m)` for every known model used by an
   * arm; `[]` leaves the section out.
   */
  readonly parameters?: readonly ParameterTable[];
  /** Validation pass counts per model (section left out when absent). */
  readonly validation?: readonly ValidationSummary[];
  /** Fracture risk and safety; absent or empty renders "no safety model yet". */
  readonly safety?: readonly SafetyRow[];
  /** Extra paragraphs for the methods note (plain text). */
  readonly methods?: readonly string[];
}

export interface RenderOptions {
  /**
   * The Plotly bundle to inline (default: node_modules/plotly.js-dist-min/plotly.min.js). Tests of the HTML alone
   * may pass a stub to keep pages small.
   */
  readonly plotlySource?: string;
}
