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
  | 'osteoclasts';

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
  simulate(scenario: Scenario): ScenarioResult;
}

/** Percent change of a series relative to its value at index `baseline` (default: the first output). */
export function percentChange(series: Float64Array, baseline = 0): Float64Array {
  const ref = series[baseline]!;
  return series.map((v) => (100 * (v - ref)) / ref);
}
