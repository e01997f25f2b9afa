import type { DrugName } from '../../model/scenario.js';

/**
 * What a drug's label (or, for drugs never approved, its pivotal trials) says about dosing, as data: one module per
 * drug fills a `DrugLabel`; `DRUG_LABELS` (labels.ts) collects them. The checks (checks.ts) and the default regimens
 * (regimen.ts) read nothing else.
 *
 * Doses are in the scenario contract's label unit (src/model/scenario.ts `DrugRegimen.dose`): mg; µg for the PTH
 * analogs; mg of conjugated estrogens per day for hormone therapy; 1 = supplemented for calcium + vitamin D.
 * Intervals are whole days as the validation protocols count them (§0.5): monthly = 30 d, every 6 months = 182 d,
 * yearly = 365 d.
 */

export type DrugClass =
  | 'bisphosphonate'
  | 'PTH analog'
  | 'SERM'
  | 'estrogen'
  | 'RANKL antibody'
  | 'sclerostin antibody'
  | 'cathepsin K inhibitor'
  | 'supplement';

export type DrugRoute = 'oral' | 'subcutaneous' | 'intravenous';

/** The label unit of a dose; 'switch' is 0 or 1. Study files (src/io/study/doses.ts `DOSE_UNITS`) and reports read it from here. */
export type DoseUnit = 'mg' | 'µg' | 'switch';

/** Whether a drug is on the market, or was only ever studied (phase 2 or 3 doses stand in for a label). */
export type ApprovalStatus = 'approved' | 'investigational';

/** One regimen the label (or the pivotal trial) gives: `dose` every `interval` days, `count` doses where limited. */
export interface LabelRegimen {
  /** Short name, e.g. '70 mg weekly'. */
  readonly name: string;
  readonly dose: number;
  /** Days between doses (1 = daily). */
  readonly interval: number;
  /** Number of doses of a fixed course (romosozumab: 12). */
  readonly count?: number;
  /** Who it is for or where it comes from (treatment, prevention, trial arm). */
  readonly note?: string;
}

/** How long the label allows a drug to be given, over a patient's lifetime. */
export interface DurationLimit {
  /** Most treatment days (24 months = 730 d for the PTH analogs). */
  readonly days?: number;
  /** Most doses (romosozumab: 12 monthly doses). */
  readonly doses?: number;
  /** Drugs whose use counts towards the same limit (the PTH analogs share one). Default: the drug alone. */
  readonly cumulativeWith?: readonly DrugName[];
  /** The limit in words, e.g. '24 months over a lifetime'. */
  readonly text: string;
  readonly source: string;
}

export interface DrugLabel {
  readonly drug: DrugName;
  /** Display name: generic name with the best-known brand. */
  readonly name: string;
  readonly class: DrugClass;
  readonly route: DrugRoute;
  readonly unit: DoseUnit;
  readonly status: ApprovalStatus;
  /** Label regimens; the first is the default (`labelRegimen`). Intervals are those a regimen may have unwarned. */
  readonly regimens: readonly [LabelRegimen, ...LabelRegimen[]];
  /**
   * Single doses seen in labels and trials, [min, max] in `unit`. Outside it a dose is warned about; more than 10×
   * outside (below min/10 or above 10·max) it is an error.
   */
  readonly doseRange: readonly [number, number];
  /** Where the ends of `doseRange` come from. */
  readonly doseRangeSource: string;
  /**
   * How a daily label regimen is given by default: 'discrete' (one dose a day: the PTH analogs, whose effect needs
   * the daily pulse) or 'continuous' (the contract's constant rate of the daily dose). Models may differ; see
   * `BoneModel.dailyDosing`.
   */
  readonly dailyForm: 'continuous' | 'discrete';
  /**
   * Days a dose given without an interval counts as exposure (src/outcomes/safety), where that is not the default
   * regimen's interval. Default: `regimens[0].interval`.
   */
  readonly singleDoseDays?: number;
  readonly durationLimit?: DurationLimit;
  /** The label and pivotal trial the regimens come from. */
  readonly citation: string;
}
