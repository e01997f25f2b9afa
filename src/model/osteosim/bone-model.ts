import { ModelError, type EngineEvent, type SimulateOptions } from '../../engine/index.js';
import type { BoneModel, PreparedScenario } from '../bone-model.js';
import { inputError, InputError, type InputErrorCode } from '../input-error.js';
import { checkScenario, SITES, SPECIES, type DrugRegimen, type MscRegimen, type OutputName, type Scenario } from '../scenario.js';
import { osteosimModel, youngSteadyState } from './model.js';
import { OSTEOSIM_VARIABILITY } from './variability.js';
import { PRODUCT_PARAMETERS, SOURCE_PROFILES } from './msc-products.js';
import { mscRegimenEvents } from './msc-regimens.js';
import { OSTEOSIM_DAILY_DOSING, OSTEOSIM_DRUGS, regimenEvents } from './regimens.js';
import { PHENOTYPES, SPECIES_PROFILES } from './species.js';
import { OSTEOSIM_EXPOSURES, OSTEOSIM_SIGNALS } from './signals.js';
import { windowEvents } from '../timed-events.js';

const defaultParameter = (name: string): number => osteosimModel.defaultParameters()[osteosimModel.parameterIndex(name)]!;

/**
 * Validation target ids the calibrated parameters were fitted to (their `fittedTo` lists), the targets whose own
 * study a parameter was taken from (their `sourceTargets`), plus the marrow-fat targets: the msc.md §1a marrow-fat
 * values (Yeung 2005 = MFF-1, Tang 2010 = MFF-2) were fitted, and MFF0 is Yeung's young-control value itself.
 */
function fittedTargetIds(): string[] {
  const ids = new Set<string>();
  // The MSC product tables set parameters per regimen (msc-regimens.ts): their sources count as the model's own.
  const productRows = [...Object.values(PRODUCT_PARAMETERS), ...Object.values(SOURCE_PROFILES).flatMap((p) => [p.potency, p.osteogenic, p.immunogenicity, p.donorAgeSensitivity])];
  for (const def of productRows) for (const id of def.sourceTargets ?? []) ids.add(id);
  for (const { def } of osteosimModel.composed.parameters.values()) {
    for (const id of def.sourceTargets ?? []) ids.add(id);
    for (const entry of def.fittedTo ?? []) {
      for (const id of entry.match(/\b[A-E]\d{1,2}\b/g) ?? []) ids.add(id);
      if (entry.includes('msc.md §1a')) ['MFF-1', 'MFF-2'].forEach((id) => ids.add(id));
    }
  }
  ids.add('MFF-1');
  // The fracture model (src/outcomes/fracture) takes its gradients of risk per SD of BMD from Marshall 1996 = C2.
  ids.add('C2');
  return [...ids].sort();
}

/** Contract outputs and the model quantity behind each: a derived quantity or a state. */
export const OSTEOSIM_OUTPUTS: Readonly<Record<OutputName, string>> = {
  bmdTotalHip: 'BMD_TH',
  bmdLumbarSpine: 'BMD_LS',
  bmdFemoralNeck: 'BMD_FN',
  bmdRadius: 'BMD_R13',
  ctx: 'CTX',
  p1np: 'P1NP',
  bsap: 'BSAP',
  marrowFatFraction: 'MFF',
  rankOccupancy: 'pi_RANK',
  ranklOpgRatio: 'RANKL_OPG',
  sclerostin: 's',
  estrogen: 'estrogen_serum',
  mscPool: 'M_all',
  osteoblasts: 'B',
  osteoclasts: 'C',
  pth: 'PTH',
  tgfBeta: 'TGFb',
  denosumabLevel: 'D_c',
  romosozumabLevel: 'R_c',
  bisphosphonateLevel: 'BP_s',
  teriparatideLevel: 'C_tptd',
};

/**
 * Patient conditions. A condition that starts or ends within the scenario is a timed exposure (`Scenario.exposures`,
 * OSTEOSIM_EXPOSURES in signals.ts). A value given in `Scenario.parameters` takes effect at the scenario start (day 0): the young
 * steady state and the aging up to `patient.ageYears` use the default (habitual loading, replete vitamin D and
 * calcium, no glucocorticoids), and a parameter-change event at day 0 sets the scenario's value. To model a
 * lifelong condition, start the scenario young. Every other parameter applies from the young steady state on.
 */
export const EXPOSURE_PARAMETERS: readonly string[] = ['loading', 'vitamin_D', 'calcium_intake', 'glucocorticoid', 'marrow_conditioning'];

/**
 * Tight enough that BMD changes over 60 years agree with the prototype (LSODA, rtol 1e-8) to about 1e-5 points.
 * Absolute tolerances are 1e-10 except for drug amounts in depots and plasma (mg, µg), whose decay after each dose
 * would otherwise be followed down to 1e-10 mg; below the values here a drug has no effect (1e-7 mg of plasma
 * bisphosphonate, 1e-6 µg of PTH analog in the depot: 1e-5 pg/mL against an EC50 of 500 pg/mL). They halve the
 * cost of weekly oral dosing and leave BMD unchanged to 5 decimals.
 */
export const OSTEOSIM_SOLVER_OPTIONS: SimulateOptions = {
  rtol: 1e-8,
  atol: { BP_pl: 1e-7, T_sc: 1e-6, Ab_sc: 1e-6, G_odn: 1e-6, A_odn: 1e-6, A_ral: 1e-6, A_HT: 1e-8 },
};

/** An osteosim scenario as an engine problem (the contract's PreparedScenario), with the scenario start. */
export interface OsteosimPrepared extends PreparedScenario {
  /** Scenario start on the model clock: days from the young steady state (negative for younger patients). */
  readonly tStart: number;
}

const fail = (field: string, message: string, code: InputErrorCode = 'range', extra: { given?: unknown; allowed?: string } = {}): never =>
  inputError(field, code, message, extra);

/**
 * Checks a scenario against the contract and the model (InputError naming the field) and turns it into parameters (species profile, phenotype, menopause, ovariectomy, then the
 * scenario's own overrides, each checked against its bounds), the young steady state and dose events. Patient
 * conditions (EXPOSURE_PARAMETERS) become parameter changes at the scenario start.
 */
export function prepareScenario(scenario: Scenario): OsteosimPrepared {
  checkScenario(scenario, { name: 'osteosim', species: SPECIES, drugs: OSTEOSIM_DRUGS, cellTherapy: true });
  const { patient } = scenario;
  const profile = SPECIES_PROFILES[patient.species];

  const overrides: Record<string, number> = { ...profile.parameters };
  if (patient.phenotype !== undefined) {
    const phenotype = PHENOTYPES[patient.phenotype];
    const allowed = Object.values(PHENOTYPES)
      .filter((ph) => ph.species.includes(patient.species))
      .map((ph) => ph.name);
    if (!phenotype || !phenotype.species.includes(patient.species)) {
      fail('patient.phenotype', `unknown phenotype '${String(patient.phenotype)}' for ${patient.species} (known: ${allowed.length ? allowed.join(', ') : 'none'})`, 'unknown', {
        given: patient.phenotype,
        allowed: allowed.join(', '),
      });
    }
    Object.assign(overrides, phenotype!.parameters);
  }
  const given = scenario.parameters ?? {};
  for (const name of Object.keys(given)) {
    try {
      osteosimModel.parameterIndex(name);
    } catch (e) {
      fail(`parameters.${name}`, (e as Error).message, 'unknown', { given: name });
    }
  }
  // Before day 0 a condition has its profile or phenotype value (the model default unless they set it).
  const beforeStart = parameters(overrides);
  Object.assign(overrides, given);
  let p = parameters(overrides);
  const par = (name: string): number => p[osteosimModel.parameterIndex(name)]!;

  if (patient.menopauseAgeYears !== undefined) {
    if (given.a_e !== undefined) fail('patient.menopauseAgeYears', 'give either the menopause age or parameters.a_e, not both', 'conflict');
    p = parameters({ ...overrides, a_e: patient.menopauseAgeYears - par('d_FMP') });
  }

  const aYoung = par('a_young');
  if (patient.ageYears > profile.maxAgeYears) {
    fail('patient.ageYears', `must be at most ${profile.maxAgeYears} years for the ${patient.species} profile, got ${patient.ageYears}`, 'range', {
      given: patient.ageYears,
      allowed: `<= ${profile.maxAgeYears} years`,
    });
  }
  const year = par('days_per_year');
  const tStart = (patient.ageYears - aYoung) * year;
  // A patient younger than the profile's young age starts at the same young steady state (peak bone mass reached;
  // no aging or estrogen change before it), only earlier on the clock.
  const t0 = Math.min(0, tStart);

  const regimens = scenario.regimens ?? [];
  const drugs = regimens.flatMap((r, k): (readonly [DrugRegimen, number])[] => (r.kind === 'drug' ? [[r, k]] : []));
  const events: EngineEvent[] = regimenEvents(drugs.map(([r]) => r), par, tStart, drugs.map(([, k]) => k));
  // MSC therapy: dose events on the cell-fate states; the product sets scenario-wide parameters (unless the scenario
  // sets them itself), which leave the young steady state unchanged (no donor cells there).
  const msc = regimens.flatMap((r, k): (readonly [MscRegimen, number])[] => (r.kind === 'msc' ? [[r, k]] : []));
  if (msc.length > 0) {
    const therapy = mscRegimenEvents(msc, { species: patient.species, ageYears: patient.ageYears }, p, tStart);
    events.push(...therapy.events);
    for (const [name, value] of Object.entries(therapy.parameters)) if (given[name] === undefined) p[osteosimModel.parameterIndex(name)] = value;
  }
  if (patient.ovariectomyDay !== undefined) {
    if (!profile.ovariectomy) fail('patient.ovariectomyDay', `ovariectomy applies to female patients, not '${patient.species}'`, 'conflict', { given: patient.ovariectomyDay });
    const tOvx = tStart + patient.ovariectomyDay;
    if (tOvx < t0) {
      const earliestAge = fmt(Math.min(aYoung, patient.ageYears));
      fail(
        'patient.ovariectomyDay',
        `must be >= ${fmt(t0 - tStart)} days: the model starts at its young steady state (age ${earliestAge} y), got ${patient.ovariectomyDay}`,
        'range',
        { given: patient.ovariectomyDay, allowed: `>= ${fmt(t0 - tStart)} days from the start (age ${earliestAge} y or older)` },
      );
    }
    p = parameters({ ...overridesOf(p), t_ovx: tOvx });
    events.push({ kind: 'set-parameter', time: tOvx, parameter: 'ovariectomy', value: 1 });
  }
  // Pathway experiments and timed exposures: parameter changes at their start and end, after the day-0 conditions
  // below (an exposure's end restores the scenario's own value of its parameter).
  const windows = windowEvents(osteosimWindows, scenario, tStart, (name) => p[osteosimModel.parameterIndex(name)]!);
  // Conditions given by the scenario start at day 0 (their values were checked against their bounds above).
  for (const name of EXPOSURE_PARAMETERS) {
    if (given[name] === undefined) continue;
    const i = osteosimModel.parameterIndex(name);
    events.push({ kind: 'set-parameter', time: tStart, parameter: name, value: p[i]! });
    p[i] = beforeStart[i]!;
  }
  events.push(...windows);
  const days = Float64Array.from(scenario.days);
  return {
    parameters: p,
    initialState: youngSteadyState(p),
    tStart,
    t0,
    events,
    times: Float64Array.from(scenario.days, (d) => tStart + d),
    days,
    ageYears: days.map((d) => patient.ageYears + d / year),
  };
}

/** What the timed events read of the model (the model itself is defined below). */
const osteosimWindows = { name: 'osteosim', signals: OSTEOSIM_SIGNALS, exposures: OSTEOSIM_EXPOSURES, compiled: osteosimModel };

/**
 * Looser tolerances for populations: BMD % changes agree with OSTEOSIM_SOLVER_OPTIONS to about 0.01 percentage
 * points over years of treatment (test/model/osteosim/trial-tolerance.test.ts: within 0.02) at a fraction of the cost.
 */
export const OSTEOSIM_TRIAL_SOLVER_OPTIONS: SimulateOptions = { ...OSTEOSIM_SOLVER_OPTIONS, rtol: 1e-5 };

/**
 * The integrated model behind the scenario contract: the patient ages untreated from the young steady state to
 * `patient.ageYears`, then receives the regimens (days from the scenario start); outputs at `scenario.days`.
 */
export const osteosim: BoneModel = {
  name: 'osteosim',
  description:
    'Integrated model (prototype v2): Jörg 2022 core with MSC pool and marrow fat, RANKL/RANK/OPG binding, Wnt feedback, ' +
    'coupling delay, lumbar spine, total hip (calibrated), femoral neck and one-third radius as trabecular/cortical mixes with secondary mineralization, mechanistic PK for every drug of the review ' +
    '(bisphosphonate bone pool, PTH-analog pulses, estrogen-receptor agonists, denosumab, romosozumab, odanacatib); woman calibrated, man/rat/mouse only scaled',
  species: SPECIES,
  drugs: OSTEOSIM_DRUGS,
  dailyDosing: OSTEOSIM_DAILY_DOSING,
  cellTherapy: true,
  sites: SITES,
  outputs: OSTEOSIM_OUTPUTS,
  compiled: osteosimModel,
  solverDefaults: OSTEOSIM_SOLVER_OPTIONS,
  populationSolverDefaults: OSTEOSIM_TRIAL_SOLVER_OPTIONS,
  variability: OSTEOSIM_VARIABILITY,
  defaultMenopauseAgeYears: defaultParameter('a_e') + defaultParameter('d_FMP'),
  fittedTargets: fittedTargetIds(),
  signals: OSTEOSIM_SIGNALS,
  exposures: OSTEOSIM_EXPOSURES,
  prepare: prepareScenario,
};

/** Parameter vector from overrides, with bound errors naming `parameters.<name>`. */
function parameters(overrides: Readonly<Record<string, number>>): Float64Array {
  try {
    return osteosimModel.parameters(overrides);
  } catch (e) {
    const err = e as ModelError;
    const field = err.field === undefined ? 'parameters' : `parameters.${err.field}`;
    throw new InputError({ field, code: 'range', detail: err.message, given: err.field === undefined ? undefined : overrides[err.field] });
  }
}

/** The overrides that reproduce a parameter vector (every value by name). */
function overridesOf(p: Float64Array): Record<string, number> {
  return Object.fromEntries(osteosimModel.parameterNames.map((name, i) => [name, p[i]!]));
}

const fmt = (x: number): string => String(Number(x.toPrecision(6)));

