import { ModelError } from '../engine/errors.js';

/**
 * The contract between bone models and the layers above them (validation, studies, CLI): a scenario says who is
 * simulated, what they receive and what to record; a model answers with time series of named outputs.
 * Both the reference port (jorg2022) and the integrated model (osteosim) implement `BoneModel`.
 */

export type Species = 'woman' | 'man' | 'rat' | 'mouse';
export const SPECIES: readonly Species[] = ['woman', 'man', 'rat', 'mouse'];

/** Skeletal sites with their own BMD output. Femoral neck targets use total hip as a proxy (validation protocols 0.7). */
export type Site = 'totalHip' | 'lumbarSpine';
export const SITES: readonly Site[] = ['totalHip', 'lumbarSpine'];

export interface Patient {
  readonly species: Species;
  /** Age at the start of the scenario (time 0), in years. The model ages the patient untreated up to it. */
  readonly ageYears: number;
  /** Age at natural menopause, in years (women; default: the model's own). */
  readonly menopauseAgeYears?: number;
  /** Surgical menopause or ovariectomy, in days from the scenario start (may be negative: before the start). */
  readonly ovariectomyDay?: number;
  /** Free-form phenotype knobs a model understands (e.g. 'osteoporotic', 'SAMP6'); unknown ones are an error. */
  readonly phenotype?: string;
}

/** Drugs the review names. Models may support a subset; an unsupported drug is an error naming the model. */
export type DrugName =
  | 'calciumVitaminD'
  | 'alendronate'
  | 'risedronate'
  | 'zoledronate'
  | 'teriparatide'
  | 'abaloparatide'
  | 'raloxifene'
  | 'hormoneTherapy'
  | 'denosumab'
  | 'romosozumab'
  | 'blosozumab'
  | 'odanacatib';

/**
 * A drug regimen as data. Times are days from the scenario start. `dose` is in the drug's label unit (mg; micrograms
 * for teriparatide and abaloparatide; for calciumVitaminD the dose is 1 = supplemented). `count` doses every `interval`
 * days from `start`; `continuous: true` means a daily dose given as a constant rate (quasi-continuous, Jörg 2022 Eq. 22)
 * from `start` for `count * interval` days.
 */
export interface DrugRegimen {
  readonly kind: 'drug';
  readonly drug: DrugName;
  readonly dose: number;
  readonly start: number;
  readonly interval?: number;
  readonly count?: number;
  readonly continuous?: boolean;
}

export type Regimen = DrugRegimen;

/** Outputs every model reports where it can (NaN where it has no such quantity). */
export type OutputName =
  | 'bmdTotalHip'
  | 'bmdLumbarSpine'
  | 'ctx'
  | 'p1np'
  | 'bsap'
  | 'marrowFatFraction'
  | 'rankOccupancy'
  | 'ranklOpgRatio'
  | 'sclerostin'
  | 'estrogen'
  | 'mscPool'
  | 'osteoblasts'
  | 'osteoclasts'
  /** Parathyroid hormone relative to replete calcium and vitamin D status. */
  | 'pth'
  /** Matrix-released TGF-beta relative to young (resorption-driven). */
  | 'tgfBeta';

export interface Scenario {
  readonly patient: Patient;
  readonly regimens?: readonly Regimen[];
  /** Output times in days from the scenario start (non-decreasing, >= 0). */
  readonly days: readonly number[];
  /** Parameter overrides by name (checked against each parameter's bounds). */
  readonly parameters?: Readonly<Record<string, number>>;
}

export interface ScenarioResult {
  readonly model: string;
  readonly days: Float64Array;
  readonly ageYears: Float64Array;
  /** Each output over `days`. BMD and markers are in model units; compare them as ratios or % change. */
  readonly outputs: Readonly<Partial<Record<OutputName, Float64Array>>>;
}

export interface BoneModel {
  readonly name: string;
  readonly description: string;
  readonly species: readonly Species[];
  readonly drugs: readonly DrugName[];
  /** Age at the final menstrual period of a woman whose scenario gives none (the model's own menopause). */
  readonly defaultMenopauseAgeYears?: number;
  /** Validation target ids this model's parameters were fitted to: passing them is calibration, not validation. */
  readonly fittedTargets?: readonly string[];
  simulate(scenario: Scenario): ScenarioResult;
}

/** Percent change of a series relative to its value at index `baseline` (default: the first output). */
export function percentChange(series: Float64Array, baseline = 0): Float64Array {
  const ref = series[baseline]!;
  return series.map((v) => (100 * (v - ref)) / ref);
}

/** What a model supports, for `checkScenario`. */
export interface ModelSupport {
  readonly name: string;
  readonly species: readonly Species[];
  readonly drugs: readonly DrugName[];
}

/**
 * Checks a scenario against the contract and a model's support; throws a ModelError naming the field, the value
 * given and what is allowed. Models call it first in `simulate`.
 */
export function checkScenario(scenario: Scenario, support: ModelSupport): void {
  const fail = (field: string, message: string): never => {
    throw new ModelError(`${field}: ${message}`, { field });
  };
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const { patient } = scenario;
  if (!patient) fail('patient', 'is required');
  if (!SPECIES.includes(patient.species)) {
    fail('patient.species', `unknown species '${String(patient.species)}' (known: ${SPECIES.join(', ')})`);
  }
  if (!support.species.includes(patient.species)) {
    fail('patient.species', `model '${support.name}' does not simulate '${patient.species}' (it simulates: ${support.species.join(', ')})`);
  }
  if (!finite(patient.ageYears) || patient.ageYears < 0 || patient.ageYears > 120) {
    fail('patient.ageYears', `must be between 0 and 120 years, got ${String(patient.ageYears)}`);
  }
  if (patient.menopauseAgeYears !== undefined) {
    if (patient.species !== 'woman') fail('patient.menopauseAgeYears', `applies to women only, not '${patient.species}'`);
    if (!finite(patient.menopauseAgeYears) || patient.menopauseAgeYears < 30 || patient.menopauseAgeYears > 65) {
      fail('patient.menopauseAgeYears', `must be between 30 and 65 years, got ${String(patient.menopauseAgeYears)}`);
    }
  }
  if (patient.ovariectomyDay !== undefined && !finite(patient.ovariectomyDay)) {
    fail('patient.ovariectomyDay', `must be a finite number of days from the scenario start, got ${String(patient.ovariectomyDay)}`);
  }
  const days = scenario.days;
  if (!days || days.length === 0) fail('days', 'at least one output day is needed');
  days.forEach((d, k) => {
    if (!finite(d) || d < 0) fail(`days[${k}]`, `must be a finite number of days >= 0, got ${String(d)}`);
    if (k > 0 && d < days[k - 1]!) fail(`days[${k}]`, `output days must be non-decreasing (${d} < ${days[k - 1]})`);
  });
  (scenario.regimens ?? []).forEach((r, k) => {
    const where = `regimens[${k}]`;
    if (r.kind !== 'drug') fail(`${where}.kind`, `unknown regimen kind '${String(r.kind)}' (known: drug)`);
    if (!support.drugs.includes(r.drug)) {
      fail(`${where}.drug`, `model '${support.name}' has no drug '${String(r.drug)}' (it has: ${support.drugs.join(', ')})`);
    }
    if (!finite(r.dose) || r.dose < 0) fail(`${where}.dose`, `must be a finite number >= 0, got ${String(r.dose)}`);
    if (!finite(r.start) || r.start < 0) fail(`${where}.start`, `must be a finite number of days >= 0, got ${String(r.start)}`);
    const count = r.count ?? 1;
    if (!Number.isInteger(count) || count < 1) fail(`${where}.count`, `must be a whole number >= 1, got ${String(r.count)}`);
    if ((count > 1 || r.continuous) && (!finite(r.interval) || r.interval <= 0)) {
      fail(`${where}.interval`, `must be a number of days > 0 when count > 1 or dosing is continuous, got ${String(r.interval)}`);
    }
  });
}

/**
 * The same model with parameter overrides applied to every scenario (under the scenario's own overrides): for
 * calibration, sensitivity scans and what-if runs through code that builds its own scenarios.
 */
export function withParameters(model: BoneModel, overrides: Readonly<Record<string, number>>): BoneModel {
  return { ...model, simulate: (scenario) => model.simulate({ ...scenario, parameters: { ...overrides, ...scenario.parameters } }) };
}

/** The same model with a menopause age given to every woman whose scenario does not set one. */
export function withMenopause(model: BoneModel, menopauseAgeYears: number): BoneModel {
  return {
    ...model,
    defaultMenopauseAgeYears: menopauseAgeYears,
    simulate: (scenario) =>
      model.simulate(
        scenario.patient.species === 'woman' && scenario.patient.menopauseAgeYears === undefined
          ? { ...scenario, patient: { ...scenario.patient, menopauseAgeYears } }
          : scenario,
      ),
  };
}
