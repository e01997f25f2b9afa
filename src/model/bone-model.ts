import { didYouMean, simulate, type CompiledModel, type EngineEvent, type SimulateOptions, type SolverStats } from '../engine/index.js';
import { inputError } from './input-error.js';
import { checkPlannedWork } from './limits.js';
import type { DrugName, ExposureName, OutputName, Scenario, ScenarioResult, SignalName, Site, Species } from './scenario.js';

/**
 * The model contract (SciML's problem/solve, libRoadRunner's load/simulate): a `BoneModel` describes itself (what it
 * supports, its compiled model, its outputs, its solver defaults, its population variability) and turns a scenario
 * into a `PreparedScenario` with no integration; `simulateScenario` runs one. Every layer above the models uses
 * only this contract and the registry (`model/registry.ts`).
 */

/**
 * Between-subject variability of one model parameter (mrgsolve's $OMEGA): lognormal around the model's value with a
 * stated coefficient of variation. A patient's value is value · exp(sigma z − sigma²/2), sigma = sqrt(ln(1 + cv²)),
 * so the population mean stays the model's value.
 */
export interface Variability {
  /** Parameter name in the model that carries this table. */
  readonly parameter: string;
  /** Coefficient of variation between people. */
  readonly cv: number;
  readonly source: string;
  readonly evidence: 'measured' | 'assumed';
  readonly meaning: string;
}

/**
 * How a model represents one signal of a pathway experiment (`Scenario.perturbations`): a factor parameter, exactly 1
 * by default, that multiplies one of its terms; a perturbation sets it to 1 + change from its start to its end.
 */
export interface SignalTerm {
  /** The model's factor parameter (value 1, bounds in its parameter row). */
  readonly parameter: string;
  /** The model term the factor multiplies, in the model's words (e.g. 'sclerostin secretion per osteocyte'). */
  readonly acts: string;
  /** How a % change maps onto the term, when not simply "the term × (1 + change)". */
  readonly note?: string;
}

/** How a model represents a timed exposure (`Scenario.exposures`): the parameter that carries it, in the exposure's unit. */
export interface ExposureTerm {
  readonly parameter: string;
  readonly unit: string;
}

/** A scenario turned into an engine problem: everything `simulateScenario` integrates, inspectable beforehand. */
export interface PreparedScenario {
  /** Parameter vector at the start of the integration (conditions the scenario starts later arrive as events). */
  readonly parameters: Float64Array;
  readonly initialState: Float64Array;
  /** Where the integration starts on the model clock. */
  readonly t0: number;
  /** Output times on the model clock, one per scenario day. */
  readonly times: Float64Array;
  /** Dose events and parameter changes, on the model clock. */
  readonly events: readonly EngineEvent[];
  /** The scenario's output days and the patient's age at each. */
  readonly days: Float64Array;
  readonly ageYears: Float64Array;
}

export interface BoneModel {
  readonly name: string;
  readonly description: string;
  /** What the model supports: species, drugs, MSC therapy, skeletal sites with a BMD output, outputs. */
  readonly species: readonly Species[];
  readonly drugs: readonly DrugName[];
  /** Whether the model takes MSC-therapy regimens (kind 'msc'). */
  readonly cellTherapy: boolean;
  /** Skeletal sites the model has a BMD output for. */
  readonly sites: readonly Site[];
  /** Contract outputs and the model quantity (derived quantity or state) behind each. Outputs not listed are absent. */
  readonly outputs: Readonly<Partial<Record<OutputName, string>>>;
  /** The compiled model: parameters with provenance (`compiled.composed`), names, kernels; SBML and JSON export read it. */
  readonly compiled: CompiledModel;
  /** Solver options of a single simulation (mrgsolve's $SET); a caller's options override them field by field. */
  readonly solverDefaults: SimulateOptions;
  /**
   * Looser options for populations (virtual trials, risk tables, sensitivity samples), shown by the model's own tests
   * to move BMD % changes by at most 0.02 percentage points against `solverDefaults`.
   */
  readonly populationSolverDefaults: SimulateOptions;
  /** Between-subject variability of the model's parameters for virtual populations. */
  readonly variability: readonly Variability[];
  /** Age at the final menstrual period of a woman whose scenario gives none (the model's own menopause). */
  readonly defaultMenopauseAgeYears?: number;
  /** Validation target ids this model's parameters were fitted to: passing them is calibration, not validation. */
  readonly fittedTargets?: readonly string[];
  /**
   * How this model represents a daily label regimen of a drug: 'continuous' (a constant rate) or 'discrete' (one dose
   * a day). Drugs not listed: 'continuous'. osteosim gives PTH analogs as daily pulses, because for them a constant
   * exposure is another treatment (catabolic).
   */
  readonly dailyDosing?: Readonly<Partial<Record<DrugName, 'continuous' | 'discrete'>>>;
  /** The signals a pathway experiment may change on this model, and the term each acts on; absent signals (or all, when absent) are errors. */
  readonly signals?: Readonly<Partial<Record<SignalName, SignalTerm>>>;
  /** The exposures that may start and end within a scenario on this model; absent ones (or all, when absent) are errors. */
  readonly exposures?: Readonly<Partial<Record<ExposureName, ExposureTerm>>>;
  /** Checks a scenario (throwing an InputError naming the field) and builds its engine problem. No integration. */
  prepare(scenario: Scenario): PreparedScenario;
}

export interface ScenarioOptions {
  /** Solver options over the model's `solverDefaults` (e.g. `{ rtol: 1e-6 }`, or the model's population defaults). */
  readonly solver?: SimulateOptions;
  /** Model quantities to record besides the contract outputs (derived quantities or states, by model name). */
  readonly quantities?: readonly string[];
}

export interface ScenarioRun extends ScenarioResult {
  /** The quantities asked for in `ScenarioOptions.quantities`, over the output days. */
  readonly quantities: Readonly<Record<string, Float64Array>>;
  readonly stats: SolverStats;
}

/**
 * Prepares the scenario on the model (its checks), checks the planned work against the limits (model/limits.ts),
 * integrates it with the model's solver defaults under `options`, and maps the outputs.
 */
export function simulateScenario(model: BoneModel, scenario: Scenario, options: ScenarioOptions = {}): ScenarioRun {
  const { compiled } = model;
  const extra = options.quantities ?? [];
  const known = [...compiled.derivedNames, ...compiled.stateNames];
  extra.forEach((q, k) => {
    if (!compiled.derivedNames.includes(q) && !compiled.stateNames.includes(q)) {
      inputError(`quantities[${k}]`, 'unknown', `unknown model quantity '${q}'${didYouMean(q, known)}`, { given: q });
    }
  });
  const prepared = model.prepare(scenario);
  // Planned work within the limits (model/limits.ts) before anything is integrated: doses, intervals, days, age at the end.
  checkPlannedWork(scenario);
  const wanted = [...new Set([...Object.values(model.outputs), ...extra])];
  const derived = wanted.filter((q) => compiled.derivedNames.includes(q));
  const run = simulate(compiled, {
    parameters: prepared.parameters,
    initialState: prepared.initialState,
    t0: prepared.t0,
    times: prepared.times,
    events: prepared.events,
    derived,
    options: { ...model.solverDefaults, ...options.solver },
  });
  const series = (q: string): Float64Array => (derived.includes(q) ? run.derived(q) : run.state(q));
  const outputs: Partial<Record<OutputName, Float64Array>> = {};
  for (const [name, q] of Object.entries(model.outputs) as [OutputName, string][]) outputs[name] = series(q);
  return {
    model: model.name,
    days: prepared.days,
    ageYears: prepared.ageYears,
    outputs,
    quantities: Object.fromEntries(extra.map((q) => [q, series(q)])),
    stats: run.stats,
  };
}

/** The same model with parameter overrides applied to every scenario (under the scenario's own overrides). */
export function withParameters(model: BoneModel, overrides: Readonly<Record<string, number>>): BoneModel {
  return { ...model, prepare: (scenario) => model.prepare({ ...scenario, parameters: { ...overrides, ...scenario.parameters } }) };
}

/** The same model with a menopause age given to every woman whose scenario does not set one. */
export function withMenopause(model: BoneModel, menopauseAgeYears: number): BoneModel {
  return {
    ...model,
    defaultMenopauseAgeYears: menopauseAgeYears,
    prepare: (scenario) =>
      model.prepare(
        scenario.patient.species === 'woman' && scenario.patient.menopauseAgeYears === undefined
          ? { ...scenario, patient: { ...scenario.patient, menopauseAgeYears } }
          : scenario,
      ),
  };
}

/** What a caller needs of a model, for `requireSupport`. */
export interface Requirements {
  readonly sites?: readonly Site[];
  readonly outputs?: readonly OutputName[];
  readonly species?: readonly Species[];
}

/**
 * Throws an InputError (field `model`, code 'unsupported') naming everything a model lacks for a job, e.g. a virtual
 * trial that reads lumbar-spine BMD on a model with total hip only.
 */
export function requireSupport(model: BoneModel, job: string, needs: Requirements): void {
  const missing = [
    ...(needs.sites ?? []).filter((s) => !model.sites.includes(s)).map((s) => `${s} BMD`),
    ...(needs.outputs ?? []).filter((o) => model.outputs[o] === undefined).map((o) => `output '${o}'`),
    ...(needs.species ?? []).filter((s) => !model.species.includes(s)).map((s) => `species '${s}'`),
  ];
  if (missing.length > 0) {
    inputError('model', 'unsupported', `model '${model.name}' cannot run ${job}: it lacks ${missing.join(', ')}`, { given: model.name });
  }
}
