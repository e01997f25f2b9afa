import { didYouMean } from '../engine/index.js';
import { inputError, type InputErrorCode } from './input-error.js';
import { anyValue, checkKeys, strictKeys } from './input-schema.js';
import { z } from 'zod';
import { SPECIES, type Species } from './species.js';

/**
 * The contract between bone models and the layers above them (validation, studies, CLI): a scenario says who is
 * simulated, what they receive and what to record; a model answers with time series of named outputs.
 * Both the reference port (jorg2022) and the integrated model (osteosim) implement `BoneModel`.
 */

export { SPECIES, type Species } from './species.js';

/** Skeletal sites with their own BMD output (a model without a femoral-neck output reads FN targets from total hip, protocol 0.7). */
export type Site = 'totalHip' | 'lumbarSpine' | 'femoralNeck' | 'radius';
export const SITES: readonly Site[] = ['totalHip', 'lumbarSpine', 'femoralNeck', 'radius'];

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

/**
 * Every drug of the contract (the drugs the review names). Models may support a subset; an unsupported drug is an
 * error naming the model. Each drug's label (unit, regimens, dose range) is src/therapies/drugs/<drug>.ts.
 */
export const DRUGS = [
  'calciumVitaminD',
  'alendronate',
  'risedronate',
  'zoledronate',
  'teriparatide',
  'abaloparatide',
  'raloxifene',
  'hormoneTherapy',
  'denosumab',
  'romosozumab',
  'blosozumab',
  'odanacatib',
] as const;

/** A drug of the contract: one of `DRUGS`. */
export type DrugName = (typeof DRUGS)[number];

/**
 * A drug regimen as data. Times are days from the scenario start. `dose` is in the drug's label unit (mg; micrograms
 * for teriparatide and abaloparatide; mg of conjugated estrogens for hormoneTherapy; for calciumVitaminD the dose is
 * 1 = supplemented). `count` doses every `interval` days from `start`; `continuous: true` means the dose per day given
 * as a constant rate from `start` for `count * interval` days. What a constant rate stands for is the model's: in
 * jorg2022 it is the quasi-continuous form of daily injections (Jörg 2022 Eq. 22); in osteosim it is a true
 * continuous exposure, which for PTH analogs differs from daily injections (see `BoneModel.dailyDosing`).
 */
export interface DrugRegimen {
  readonly kind: 'drug';
  readonly drug: DrugName;
  readonly dose: number;
  readonly start: number;
  readonly interval?: number;
  readonly count?: number;
  readonly continuous?: boolean;
  /**
   * Fraction of the scheduled doses taken (default 1). Missed doses are spread evenly and deterministically: dose k
   * (from 0) is taken when ceil((k + 1) · adherence) > ceil(k · adherence): the first dose is taken, and 0.75 misses
   * every 4th dose.
   * Discrete dosing only.
   */
  readonly adherence?: number;
}

/** Indices (from 0) of the doses a regimen of `count` scheduled doses takes at `adherence` (see DrugRegimen). */
export function takenDoses(count: number, adherence = 1): number[] {
  const taken: number[] = [];
  const up = (x: number): number => Math.ceil(x - 1e-9);
  for (let k = 0; k < count; k++) if (up((k + 1) * adherence) > up(k * adherence)) taken.push(k);
  return taken;
}

// ---------------------------------------------------------------------------------------------------------------
// MSC therapy (issue 5): cell products and cell-free secretome/exosome products as regimens

/** Tissue the MSCs come from: bone marrow, adipose tissue, umbilical cord (Wharton's jelly). */
export type MscSource = 'BM' | 'AD' | 'UC';
export const MSC_SOURCES: readonly MscSource[] = ['BM', 'AD', 'UC'];

/** Delivery route: intravenous, intra-arterial, intra-bone-marrow (intramedullary), local scaffold (e.g. mandible). */
export type MscRoute = 'intravenous' | 'intraArterial' | 'intraBoneMarrow' | 'localScaffold';
export const MSC_ROUTES: readonly MscRoute[] = ['intravenous', 'intraArterial', 'intraBoneMarrow', 'localScaffold'];

/** Donor relation: the recipient's own cells, another individual of the species, or another species (e.g. human cells in rats). */
export type MscDonor = 'autologous' | 'allogeneic' | 'xenogeneic';
export const MSC_DONORS: readonly MscDonor[] = ['autologous', 'allogeneic', 'xenogeneic'];

/** Donor state: healthy, or ovariectomized (OVX-derived MSCs are less osteogenic and migrate less; D16, D17). */
export type MscDonorState = 'healthy' | 'ovariectomized';

/** A living-cell MSC product. Defaults: donor age = young adult of the donor species, passage 3, viability 95 %. */
export interface MscCellProduct {
  readonly kind: 'cells';
  readonly source: MscSource;
  readonly donor: MscDonor;
  /** Donor age, years (default: a young adult of the donor species). */
  readonly donorAgeYears?: number;
  /** Donor species (default: the recipient's; 'woman' or 'man' both mean human cells). */
  readonly donorSpecies?: Species;
  readonly donorState?: MscDonorState;
  /** Culture passage at release (default 3). */
  readonly passage?: number;
  /** Viable cells at infusion, % (default 95). */
  readonly viabilityPct?: number;
}

/**
 * A cell-free product: conditioned-medium secretome or isolated exosomes/extracellular vesicles. Its dose is in cell
 * equivalents (the number of MSCs that produced it); `conditioningDays` is how long they conditioned the medium.
 */
export interface MscCellFreeProduct {
  readonly kind: 'secretome' | 'exosomes';
  readonly source: MscSource;
  /** Days of secretion the product contains (default 2, assumed). */
  readonly conditioningDays?: number;
}

export type MscProduct = MscCellProduct | MscCellFreeProduct;

/**
 * An MSC-therapy regimen as data: `count` doses every `interval` days from `start` (days from the scenario start).
 * `dose` is cells (or cell equivalents for cell-free products) per kg body weight or per animal (`doseUnit`).
 * Intravascular routes may give an infusion volume and duration (default: a bolus). `drug` and `continuous` are never
 * set: they exist so that code written for drug regimens can read them (as undefined) without narrowing first.
 */
export interface MscRegimen {
  readonly kind: 'msc';
  readonly product: MscProduct;
  readonly route: MscRoute;
  readonly dose: number;
  readonly doseUnit: 'cells/kg' | 'cells';
  readonly start: number;
  readonly interval?: number;
  readonly count?: number;
  /** Infusion volume (mL) and duration (minutes), intravenous and intra-arterial routes only. */
  readonly infusion?: { readonly volumeMl: number; readonly durationMin: number };
  /** Body weight for the dose conversion, kg (default: the species profile's). */
  readonly bodyWeightKg?: number;
  readonly drug?: never;
  readonly continuous?: never;
}

export type Regimen = DrugRegimen | MscRegimen;

/** Largest dose accepted, cells per kg body weight (orders above any published dose; msc.md §3: 1e7–1e8/kg in mice). */
export const MSC_MAX_CELLS_PER_KG = 1e10;

/** Outputs every model reports where it can (NaN where it has no such quantity). */
export type OutputName =
  | 'bmdTotalHip'
  | 'bmdLumbarSpine'
  | 'bmdFemoralNeck'
  /** One-third (distal third) radius. */
  | 'bmdRadius'
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
  | 'tgfBeta'
  /**
   * Drug levels, in each model's own units: osteosim gives serum denosumab (ng/mL), serum romosozumab (nM),
   * bisphosphonate bound to remodeling surfaces (mg) and plasma teriparatide (pg/mL); jorg2022 gives
   * every drug as its effective exposure psi (multiples of EC50, Jörg 2022 Eqs. 21-22).
   */
  | 'denosumabLevel'
  | 'romosozumabLevel'
  | 'bisphosphonateLevel'
  | 'teriparatideLevel';

// ---------------------------------------------------------------------------------------------------------------
// Pathway experiments and timed exposures (issue 15)

/**
 * The signals of the review's Fig. 1 that a pathway experiment may change: Wnt/β-catenin, sclerostin, BMP-2, TGF-β,
 * PPAR-γ, RANKL, OPG, estrogen, PTH. Each model maps the signals it has to its own terms (`BoneModel.signals`).
 */
export const SIGNALS = ['wnt', 'sclerostin', 'bmp2', 'tgfBeta', 'pparGamma', 'rankl', 'opg', 'estrogen', 'pth'] as const;
export type SignalName = (typeof SIGNALS)[number];

/** The review's name of each signal, for messages and tables. */
export const SIGNAL_LABELS: Readonly<Record<SignalName, string>> = {
  wnt: 'Wnt/β-catenin',
  sclerostin: 'sclerostin',
  bmp2: 'BMP-2',
  tgfBeta: 'TGF-β',
  pparGamma: 'PPAR-γ',
  rankl: 'RANKL',
  opg: 'OPG',
  estrogen: 'estrogen',
  pth: 'PTH',
};

/**
 * A pathway experiment: the signal multiplied by `factor` (0.5 = −50 %) from `fromDay` (days from the scenario start)
 * for `forDays` (default: to the end of the scenario), then back to 1. What the factor multiplies is the model's
 * (`BoneModel.signals`); windows of the same signal may not overlap.
 */
export interface Perturbation {
  readonly signal: SignalName;
  readonly factor: number;
  readonly fromDay: number;
  readonly forDays?: number;
}

/**
 * Patient conditions that may start and end within a scenario, each in its own unit: `loading` mechanical loading
 * relative to habitual (1 habitual, 0 complete unloading such as strict bed rest), `glucocorticoid` in
 * prednisolone-equivalent mg/day, `vitaminD` serum 25(OH)D in ng/mL, `calciumIntake` in mg/day.
 */
export const EXPOSURES = ['loading', 'glucocorticoid', 'vitaminD', 'calciumIntake'] as const;
export type ExposureName = (typeof EXPOSURES)[number];

/** A timed condition: `exposure` at `value` from `fromDay` for `forDays` (default: to the end), then the model's default. */
export interface Exposure {
  readonly exposure: ExposureName;
  readonly value: number;
  readonly fromDay: number;
  readonly forDays?: number;
}

export interface Scenario {
  readonly patient: Patient;
  readonly regimens?: readonly Regimen[];
  /** Output times in days from the scenario start (non-decreasing, >= 0). */
  readonly days: readonly number[];
  /** Parameter overrides by name (checked against each parameter's bounds). */
  readonly parameters?: Readonly<Record<string, number>>;
  /** Pathway experiments: signals changed from a time for a time (a model without the signal rejects it). */
  readonly perturbations?: readonly Perturbation[];
  /** Conditions that start and end within the scenario (bed rest then recovery), on top of `parameters`. */
  readonly exposures?: readonly Exposure[];
}

export interface ScenarioResult {
  readonly model: string;
  readonly days: Float64Array;
  readonly ageYears: Float64Array;
  /** Each output over `days`. BMD and markers are in model units; compare them as ratios or % change. */
  readonly outputs: Readonly<Partial<Record<OutputName, Float64Array>>>;
  /**
   * What the scenario does that the drug labels do not (unusual dose or interval, double dosing, combinations the
   * labels advise against, use past a label limit), each starting with its field, e.g. `regimens[1].interval: …`.
   * The simulation ran as given; absent when there is nothing to say.
   */
  readonly warnings?: readonly string[];
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
  /** Whether MSC regimens (kind 'msc') are accepted. */
  readonly cellTherapy?: boolean;
}

/**
 * Checks a scenario against the contract and a model's support; throws an InputError naming the field, the value
 * given and what is allowed. Models call it first in `simulate`.
 */
export function checkScenario(scenario: Scenario, support: ModelSupport): void {
  checkScenarioKeys(scenario);
  const fail = (field: string, message: string, code: InputErrorCode = 'range', given?: unknown): never => inputError(field, code, message, { given });
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const { patient } = scenario;
  if (!patient) fail('patient', 'is required', 'required');
  if (!SPECIES.includes(patient.species)) {
    fail('patient.species', `unknown species '${String(patient.species)}' (known: ${SPECIES.join(', ')})`, 'unknown', patient.species);
  }
  if (!support.species.includes(patient.species)) {
    fail('patient.species', `model '${support.name}' does not simulate '${patient.species}' (it simulates: ${support.species.join(', ')})`, 'unsupported', patient.species);
  }
  if (!finite(patient.ageYears) || patient.ageYears < 0 || patient.ageYears > 120) {
    fail('patient.ageYears', `must be between 0 and 120 years, got ${String(patient.ageYears)}`, 'range', patient.ageYears);
  }
  if (patient.menopauseAgeYears !== undefined) {
    if (patient.species !== 'woman') fail('patient.menopauseAgeYears', `applies to women only, not '${patient.species}'`, 'conflict', patient.menopauseAgeYears);
    if (!finite(patient.menopauseAgeYears) || patient.menopauseAgeYears < 30 || patient.menopauseAgeYears > 65) {
      fail('patient.menopauseAgeYears', `must be between 30 and 65 years, got ${String(patient.menopauseAgeYears)}`, 'range', patient.menopauseAgeYears);
    }
  }
  if (patient.ovariectomyDay !== undefined && !finite(patient.ovariectomyDay)) {
    fail('patient.ovariectomyDay', `must be a finite number of days from the scenario start, got ${String(patient.ovariectomyDay)}`, 'range', patient.ovariectomyDay);
  }
  const days = scenario.days;
  if (!days || days.length === 0) fail('days', 'at least one output day is needed', 'required');
  days.forEach((d, k) => {
    if (!finite(d) || d < 0) fail(`days[${k}]`, `must be a finite number of days >= 0, got ${String(d)}`);
    if (k > 0 && d < days[k - 1]!) fail(`days[${k}]`, `output days must be non-decreasing (${d} < ${days[k - 1]})`, 'order', d);
  });
  (scenario.regimens ?? []).forEach((r, k) => {
    const where = `regimens[${k}]`;
    if (r?.kind === 'msc') {
      if (!support.cellTherapy) fail(`${where}.kind`, `model '${support.name}' has no MSC therapy (regimen kind 'msc')`, 'unsupported', 'msc');
      checkMscRegimen(r, where);
      return;
    }
    if (r?.kind !== 'drug') fail(`${where}.kind`, `unknown regimen kind '${String((r as { kind?: unknown })?.kind)}' (known: drug, msc)`, 'unknown', (r as { kind?: unknown })?.kind);
    const d = r as DrugRegimen;
    if (!support.drugs.includes(d.drug)) {
      fail(`${where}.drug`, `model '${support.name}' has no drug '${String(d.drug)}' (it has: ${support.drugs.join(', ')})`, 'unsupported', d.drug);
    }
    if (!finite(d.dose) || d.dose < 0) fail(`${where}.dose`, `must be a finite number >= 0, got ${String(d.dose)}`, 'range', d.dose);
    if (!finite(d.start) || d.start < 0) fail(`${where}.start`, `must be a finite number of days >= 0, got ${String(d.start)}`, 'range', d.start);
    const count = d.count ?? 1;
    if (!Number.isInteger(count) || count < 1) fail(`${where}.count`, `must be a whole number >= 1, got ${String(d.count)}`, 'range', d.count);
    if ((count > 1 || d.continuous) && (!finite(d.interval) || d.interval <= 0)) {
      fail(`${where}.interval`, `must be a number of days > 0 when count > 1 or dosing is continuous, got ${String(d.interval)}`);
    }
    if (d.interval !== undefined && (!finite(d.interval) || d.interval <= 0)) {
      fail(`${where}.interval`, `must be a number of days > 0, got ${String(d.interval)}`);
    }
    if (d.adherence !== undefined) {
      if (!finite(d.adherence) || d.adherence <= 0 || d.adherence > 1) {
        fail(`${where}.adherence`, `must be a fraction of doses taken, > 0 and <= 1, got ${String(d.adherence)}`);
      }
      if (d.continuous && d.adherence < 1) fail(`${where}.adherence`, 'applies to discrete doses; continuous dosing has no doses to miss', 'conflict', d.adherence);
    }
  });
  checkWindows(scenario.perturbations, 'perturbations', 'signal', SIGNALS, (w) => (w as Perturbation).factor, 'factor');
  checkWindows(scenario.exposures, 'exposures', 'exposure', EXPOSURES, (w) => (w as Exposure).value, 'value');
}

/**
 * Checks timed windows (perturbations, exposures): a known name, a finite value, `fromDay` >= 0, `forDays` > 0 when
 * given, and no two windows of the same name overlapping. The value's range is the model's (its parameter bounds).
 */
function checkWindows(
  windows: readonly (Perturbation | Exposure)[] | undefined,
  list: string,
  nameKey: 'signal' | 'exposure',
  known: readonly string[],
  valueOf: (w: Perturbation | Exposure) => unknown,
  valueKey: string,
): void {
  if (windows === undefined) return;
  if (!Array.isArray(windows)) inputError(list, 'range', `must be a list, got ${typeof windows}`);
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const spans: { name: string; from: number; to: number; k: number }[] = [];
  windows.forEach((w, k) => {
    const where = `${list}[${k}]`;
    const name = (w as unknown as Record<string, unknown>)[nameKey];
    if (!known.includes(name as string)) {
      inputError(`${where}.${nameKey}`, 'unknown', `unknown ${nameKey} '${String(name)}'${didYouMean(String(name), known)} (known: ${known.join(', ')})`, { given: name, allowed: known.join(', ') });
    }
    const value = valueOf(w);
    if (!finite(value)) inputError(`${where}.${valueKey}`, 'range', `must be a finite number, got ${String(value)}`, { given: value });
    if (!finite(w.fromDay) || w.fromDay < 0) inputError(`${where}.fromDay`, 'range', `must be a finite number of days >= 0, got ${String(w.fromDay)}`, { given: w.fromDay });
    if (w.forDays !== undefined && (!finite(w.forDays) || w.forDays <= 0)) {
      inputError(`${where}.forDays`, 'range', `must be a number of days > 0 (leave it out: to the end), got ${String(w.forDays)}`, { given: w.forDays });
    }
    const span = { name: name as string, from: w.fromDay, to: w.forDays === undefined ? Infinity : w.fromDay + w.forDays, k };
    const clash = spans.find((o) => o.name === span.name && o.from < span.to && span.from < o.to);
    if (clash) {
      inputError(`${where}.fromDay`, 'conflict', `overlaps ${list}[${clash.k}] (${nameKey} '${span.name}' from day ${clash.from}${Number.isFinite(clash.to) ? ` to ${clash.to}` : ' to the end'}): windows of one ${nameKey} may not overlap`, { given: w.fromDay });
    }
    spans.push(span);
  });
}

/**
 * Checks an MSC regimen's fields; throws an InputError naming the field, the value given and the allowed values or
 * range. The body-weight conversion of a per-animal dose uses `bodyWeightKg` (checked here) or, when absent,
 * `defaultBodyWeightKg` (the species profile's; the cells/kg bound is then checked by the model).
 */
export function checkMscRegimen(r: MscRegimen, where = 'regimen', defaultBodyWeightKg?: number): void {
  const fail = (field: string, message: string, code: InputErrorCode = 'range'): never => inputError(`${where}.${field}`, code, message);
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const oneOf = <T extends string>(field: string, v: unknown, known: readonly T[]): void => {
    if (!known.includes(v as T)) fail(field, `unknown ${field.split('.').pop()} '${String(v)}' (known: ${known.join(', ')})`, 'unknown');
  };
  const p = r.product;
  if (!p || typeof p !== 'object') fail('product', 'is required (kind: cells, secretome or exosomes)', 'required');
  if (p.kind !== 'cells' && p.kind !== 'secretome' && p.kind !== 'exosomes') fail('product.kind', `unknown product kind '${String((p as { kind?: unknown }).kind)}' (known: cells, secretome, exosomes)`, 'unknown');
  oneOf('product.source', p.source, MSC_SOURCES);
  oneOf('route', r.route, MSC_ROUTES);
  if (p.kind === 'cells') {
    oneOf('product.donor', p.donor, MSC_DONORS);
    if (p.donorAgeYears !== undefined && (!finite(p.donorAgeYears) || p.donorAgeYears < 0 || p.donorAgeYears > 120)) {
      fail('product.donorAgeYears', `must be between 0 and 120 years, got ${String(p.donorAgeYears)}`);
    }
    if (p.donorSpecies !== undefined) oneOf('product.donorSpecies', p.donorSpecies, SPECIES);
    if (p.donorState !== undefined) oneOf('product.donorState', p.donorState, ['healthy', 'ovariectomized'] as const);
    if (p.passage !== undefined && (!Number.isInteger(p.passage) || p.passage < 0 || p.passage > 50)) {
      fail('product.passage', `must be a whole number between 0 and 50, got ${String(p.passage)}`);
    }
    if (p.viabilityPct !== undefined && (!finite(p.viabilityPct) || p.viabilityPct <= 0 || p.viabilityPct > 100)) {
      fail('product.viabilityPct', `must be a percentage > 0 and <= 100, got ${String(p.viabilityPct)}`);
    }
  } else if (p.conditioningDays !== undefined && (!finite(p.conditioningDays) || p.conditioningDays <= 0 || p.conditioningDays > 30)) {
    fail('product.conditioningDays', `must be > 0 and <= 30 days, got ${String(p.conditioningDays)}`);
  }
  if (r.doseUnit !== 'cells/kg' && r.doseUnit !== 'cells') fail('doseUnit', `unknown dose unit '${String(r.doseUnit)}' (known: cells/kg, cells)`, 'unknown');
  if (r.bodyWeightKg !== undefined && (!finite(r.bodyWeightKg) || r.bodyWeightKg <= 0 || r.bodyWeightKg > 500)) {
    fail('bodyWeightKg', `must be > 0 and <= 500 kg, got ${String(r.bodyWeightKg)}`);
  }
  if (!finite(r.dose) || r.dose < 1) fail('dose', `must be at least 1 cell${r.doseUnit === 'cells/kg' ? '/kg' : ''}, got ${String(r.dose)}`);
  const weight = r.bodyWeightKg ?? defaultBodyWeightKg;
  const perKg = r.doseUnit === 'cells/kg' ? r.dose : weight === undefined ? undefined : r.dose / weight;
  if (perKg !== undefined && perKg > MSC_MAX_CELLS_PER_KG) {
    fail('dose', `must be at most ${MSC_MAX_CELLS_PER_KG.toExponential(0)} cells/kg, got ${perKg.toExponential(3)} cells/kg`);
  }
  if (!finite(r.start) || r.start < 0) fail('start', `must be a finite number of days >= 0, got ${String(r.start)}`);
  const count = r.count ?? 1;
  if (!Number.isInteger(count) || count < 1) fail('count', `must be a whole number >= 1, got ${String(r.count)}`);
  if (count > 1 && (!finite(r.interval) || r.interval <= 0)) fail('interval', `must be a number of days > 0 when count > 1, got ${String(r.interval)}`);
  if (r.infusion !== undefined) {
    if (r.route !== 'intravenous' && r.route !== 'intraArterial') fail('infusion', `applies to intravenous and intra-arterial routes only, not '${r.route}'`, 'conflict');
    if (!finite(r.infusion.durationMin) || r.infusion.durationMin <= 0) fail('infusion.durationMin', `must be > 0 minutes, got ${String(r.infusion.durationMin)}`);
    if (!finite(r.infusion.volumeMl) || r.infusion.volumeMl <= 0) fail('infusion.volumeMl', `must be > 0 mL, got ${String(r.infusion.volumeMl)}`);
    if (count > 1 && r.infusion.durationMin / 1440 >= r.interval!) fail('infusion.durationMin', `must be shorter than the dosing interval (${r.interval} days)`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The contract's keys, for strict checks of library input (model/input-schema.ts): values are checked above.

const optional = anyValue.optional();
const DRUG_REGIMEN_KEYS = strictKeys(
  { kind: z.literal('drug'), drug: anyValue, dose: anyValue, start: anyValue, interval: optional, count: optional, continuous: optional, adherence: optional },
  'drug regimen',
);
const MSC_PRODUCT_KEYS = strictKeys(
  {
    kind: anyValue,
    source: anyValue,
    donor: optional,
    donorAgeYears: optional,
    donorSpecies: optional,
    donorState: optional,
    passage: optional,
    viabilityPct: optional,
    conditioningDays: optional,
  },
  'MSC product',
);
const MSC_REGIMEN_KEYS = strictKeys(
  {
    kind: z.literal('msc'),
    product: MSC_PRODUCT_KEYS,
    route: anyValue,
    dose: anyValue,
    doseUnit: anyValue,
    start: anyValue,
    interval: optional,
    count: optional,
    infusion: strictKeys({ volumeMl: anyValue, durationMin: anyValue }, 'infusion').optional(),
    bodyWeightKg: optional,
  },
  'MSC regimen',
);
const PATIENT_KEYS = strictKeys({ species: anyValue, ageYears: anyValue, menopauseAgeYears: optional, ovariectomyDay: optional, phenotype: optional }, 'patient');
const SCENARIO_KEYS = strictKeys({ patient: anyValue, regimens: optional, days: anyValue, parameters: optional, perturbations: optional, exposures: optional }, 'scenario');
const PERTURBATION_KEYS = strictKeys({ signal: anyValue, factor: anyValue, fromDay: anyValue, forDays: optional }, 'perturbation');
const EXPOSURE_KEYS = strictKeys({ exposure: anyValue, value: anyValue, fromDay: anyValue, forDays: optional }, 'exposure');

/** Unknown keys anywhere in a scenario are InputErrors naming their path; values are `checkScenario`'s business. */
function checkScenarioKeys(scenario: Scenario): void {
  checkKeys(SCENARIO_KEYS, scenario);
  if (typeof scenario.patient === 'object' && scenario.patient !== null) checkKeys(PATIENT_KEYS, scenario.patient, 'patient');
  for (const [list, keys] of [['perturbations', PERTURBATION_KEYS], ['exposures', EXPOSURE_KEYS]] as const) {
    const windows = scenario[list] as unknown;
    if (Array.isArray(windows)) windows.forEach((w: unknown, k) => typeof w === 'object' && w !== null && checkKeys(keys, w, `${list}[${k}]`));
  }
  if (!Array.isArray(scenario.regimens)) return;
  scenario.regimens.forEach((r: unknown, k) => {
    const kind = typeof r === 'object' && r !== null ? (r as { kind?: unknown }).kind : undefined;
    if (kind === 'drug') checkKeys(DRUG_REGIMEN_KEYS, r, `regimens[${k}]`);
    else if (kind === 'msc') checkKeys(MSC_REGIMEN_KEYS, r, `regimens[${k}]`);
  });
}
