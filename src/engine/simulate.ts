import type { CompiledModel, ScalarFn } from './compile.js';
import { ModelError, SolverError } from './errors.js';
import { checkParameterAt, indexOfParameter, indexOfState, scheduleEvents, type EngineEvent, type StateTriggerEvent, type TimedAction } from './events.js';
import { DormandPrinceStepper } from './solvers/dopri5.js';
import { RosenbrockStepper } from './solvers/rosenbrock.js';
import { LINEAR_SOLVERS, METHODS, type LinearSolver, type Method, type OdeSystem, type SolverStats, type Stepper, type StepperOptions } from './solvers/types.js';

export interface SimulateOptions {
  /** 'rodas5p' (stiff, default) or 'dopri5' (explicit, non-stiff). */
  readonly method?: Method;
  readonly rtol?: number;
  /** Scalar, per state (array in state order), or by state name (others get the default 1e-10). */
  readonly atol?: number | readonly number[] | Readonly<Record<string, number>>;
  readonly maxSteps?: number;
  readonly hMax?: number;
  readonly hInit?: number;
  readonly fixedStep?: number;
  /** Absolute time tolerance for locating state-triggered events (default 1e-10 * max(1, |t|)). */
  readonly eventTolerance?: number;
  /**
   * How 'rodas5p' factors its iteration matrix: 'auto' (default: sparse LU over the model's Jacobian pattern when
   * that is clearly cheaper), 'dense' or 'sparse'. Results agree to round-off; this only changes speed.
   */
  readonly linearSolver?: LinearSolver;
}

export interface SimulateInput {
  /** Parameter vector (from model.parameters()) or overrides by name. */
  readonly parameters?: Float64Array | Readonly<Record<string, number>>;
  /** Initial state vector or overrides by state name (others from the model's initial values). */
  readonly initialState?: Float64Array | Readonly<Record<string, number>>;
  /** Start time (default: the first output time). */
  readonly t0?: number;
  /** Output times, non-decreasing. The last one is the end of the simulation. */
  readonly times: ArrayLike<number>;
  readonly events?: readonly EngineEvent[];
  /** Derived quantities to record at the output times. */
  readonly derived?: readonly string[];
  readonly options?: SimulateOptions;
}

export interface FiredTrigger {
  readonly label: string;
  readonly time: number;
}

export interface SimulationResult {
  readonly times: Float64Array;
  readonly stateNames: readonly string[];
  /** Row-major: values[k * n + i] is state i at times[k]. Outputs at an event time show the state after the event. */
  readonly values: Float64Array;
  readonly derivedNames: readonly string[];
  /** Row-major like `values`, over `derivedNames`. */
  readonly derivedValues: Float64Array;
  readonly finalState: Float64Array;
  readonly finalParameters: Float64Array;
  readonly stats: SolverStats;
  readonly triggers: readonly FiredTrigger[];
  /** One state over time. */
  state(name: string): Float64Array;
  /** One recorded derived quantity over time. */
  derived(name: string): Float64Array;
}

const DEFAULTS = { rtol: 1e-6, atol: 1e-10, maxSteps: 500_000 };

export function simulate(model: CompiledModel, input: SimulateInput): SimulationResult {
  const n = model.n;
  const opts = resolveOptions(model, input.options ?? {});
  const times = checkTimes(input.times, input.t0);
  const t0 = input.t0 ?? times[0]!;
  const tEnd = times[times.length - 1]!;

  const p = resolveParameters(model, input.parameters);
  const y = resolveInitialState(model, p, input.initialState);
  const actions = scheduleEvents(model, input.events ?? [], t0);
  const triggers = compileTriggers(model, input.events ?? []);
  const derivedIdx = (input.derived ?? []).map((name) => {
    const i = model.derivedNames.indexOf(name);
    if (i < 0) throw new ModelError(`derived: unknown derived quantity '${name}' (known: ${model.derivedNames.join(', ')})`, { field: 'derived' });
    return i;
  });

  // The model's parameter-only quantities for p: refilled whenever an event changes p.
  const cache = model.parameterCache(p);
  const kernels = model.kernels;
  // Zero-order inputs, added to the model's right-hand side while infusions run.
  const inputRate = new Float64Array(n);
  const activeInfusions = new Int32Array(n);
  let infusing = false;
  const sys: OdeSystem = {
    n,
    autonomous: !model.timeDependent,
    rhs(t, yy, dy) {
      kernels.rhs(t, yy, p, cache, dy);
      if (infusing) for (let i = 0; i < n; i++) dy[i]! += inputRate[i]!;
    },
    jacobian: (t, yy, J) => kernels.jacobian(t, yy, p, cache, J),
    sparseJacobian: { pattern: model.jacobianPattern, values: (t, yy, values) => kernels.jacobianValues(t, yy, p, cache, values) },
    dfdt: (t, yy, out) => kernels.dfdt(t, yy, p, cache, out),
    stateName: (i) => model.stateNames[i]!,
  };
  const stepper: Stepper = opts.method === 'dopri5' ? new DormandPrinceStepper(sys, opts) : new RosenbrockStepper(sys, opts);

  const nOut = times.length;
  const values = new Float64Array(nOut * n);
  const derivedValues = new Float64Array(nOut * derivedIdx.length);
  const allDerived = new Float64Array(model.derivedNames.length);
  const scratch = new Float64Array(n);
  let outIdx = 0;
  const record = (k: number, t: number, state: Float64Array): void => {
    values.set(state, k * n);
    if (derivedIdx.length > 0) {
      kernels.derivedValues(t, state, p, cache, allDerived);
      for (let j = 0; j < derivedIdx.length; j++) derivedValues[k * derivedIdx.length + j] = allDerived[derivedIdx[j]!]!;
    }
  };
  /** Records outputs strictly before `tBound` from the stepper's dense output. */
  const emitDenseBefore = (tBound: number): void => {
    while (outIdx < nOut && times[outIdx]! < tBound) {
      const tq = times[outIdx]!;
      stepper.interpolate(tq, scratch);
      record(outIdx++, tq, scratch);
    }
  };
  /** Records outputs at or before `t` from an exact state. */
  const emitExactUpTo = (t: number, state: Float64Array): void => {
    while (outIdx < nOut && times[outIdx]! <= t) record(outIdx++, times[outIdx - 1]!, state);
  };

  let actionIdx = 0;
  /** Applies every scheduled action at or before t; returns whether anything changed. */
  const applyActions = (t: number): boolean => {
    let changed = false;
    while (actionIdx < actions.length && actions[actionIdx]!.time <= t) {
      applyAction(actions[actionIdx++]!);
      changed = true;
    }
    return changed;
  };
  const applyAction = (a: TimedAction): void => {
    switch (a.type) {
      case 'rate':
        activeInfusions[a.state]! += a.start ? 1 : -1;
        // Reset to exactly zero when the last infusion into a state ends, so no round-off input remains.
        inputRate[a.state] = activeInfusions[a.state] === 0 ? 0 : inputRate[a.state]! + a.delta;
        infusing = activeInfusions.some((c) => c > 0);
        break;
      case 'parameter':
        p[a.parameter] = a.value;
        model.precompute(p, cache);
        break;
      case 'bolus':
        y[a.state]! += a.amount;
        break;
    }
  };

  const fired: FiredTrigger[] = [];
  const gOld = new Float64Array(triggers.length);
  const evalTriggers = (t: number, state: Float64Array, into: Float64Array): void => {
    for (let i = 0; i < triggers.length; i++) into[i] = triggers[i]!.g(t, state, p);
  };
  const gNew = new Float64Array(triggers.length);

  /** Applies the actions of the given triggers to y (and p) at time `at` and records them. */
  const fire = (indices: readonly number[], at: number): void => {
    for (const i of indices) {
      const trig = triggers[i]!;
      if (applyTriggerAction(trig, y, p)) model.precompute(p, cache);
      fired.push({ label: trig.label, time: at });
      if (!trig.repeat) trig.active = false;
    }
  };
  /**
   * Scheduled doses can make a trigger's condition jump across zero: fire those triggers too. `gOld` holds the
   * conditions just before the jump.
   */
  const fireJumpedTriggers = (at: number): void => {
    evalTriggers(at, y, gNew);
    const jumped: number[] = [];
    for (let i = 0; i < triggers.length; i++) {
      if (triggers[i]!.active && crosses(triggers[i]!.direction, gOld[i]!, gNew[i]!)) jumped.push(i);
    }
    if (jumped.length > 0) fire(jumped, at);
  };

  let t = t0;
  applyActions(t);
  emitExactUpTo(t, y);
  stepper.reset(t, y);
  evalTriggers(t, y, gOld);

  while (outIdx < nOut && t < tEnd) {
    const nextAction = actionIdx < actions.length ? actions[actionIdx]!.time : Infinity;
    const segmentEnd = Math.min(nextAction, tEnd);
    while (stepper.t < segmentEnd) {
      if (stepper.stats.steps + stepper.stats.rejected >= opts.maxSteps) throw tooManySteps(model, sys, stepper, opts);
      stepper.step(segmentEnd);
      if (triggers.length > 0) {
        evalTriggers(stepper.t, stepper.y, gNew);
        const hit = findTrigger(stepper, triggers, p, gOld, gNew, scratch, opts.eventTolerance);
        if (hit) {
          emitDenseBefore(hit.time);
          stepper.interpolate(hit.time, y);
          fire(hit.indices, hit.time);
          // At the segment end, scheduled actions still apply below before outputs at that time are recorded.
          if (hit.time < segmentEnd) emitExactUpTo(hit.time, y);
          stepper.reset(hit.time, y, stepper.hNext);
          evalTriggers(hit.time, y, gOld);
          continue;
        }
        gOld.set(gNew);
      }
      emitDenseBefore(stepper.t);
    }
    t = segmentEnd;
    y.set(stepper.y);
    const changed = applyActions(t);
    if (changed && triggers.length > 0) fireJumpedTriggers(t);
    emitExactUpTo(t, y);
    if (changed && t < tEnd) {
      stepper.reset(t, y, stepper.hNext);
      evalTriggers(t, y, gOld);
    }
  }
  emitExactUpTo(Infinity, y);

  const stateNames = model.stateNames;
  const derivedNames = derivedIdx.map((i) => model.derivedNames[i]!);
  return {
    times,
    stateNames,
    values,
    derivedNames,
    derivedValues,
    finalState: y,
    finalParameters: p,
    stats: { ...stepper.stats },
    triggers: fired,
    state(name) {
      const i = model.stateIndex(name);
      return Float64Array.from({ length: nOut }, (_, k) => values[k * n + i]!);
    },
    derived(name) {
      const j = derivedNames.indexOf(name);
      if (j < 0) throw new ModelError(`derived quantity '${name}' was not recorded (recorded: ${derivedNames.join(', ') || 'none'})`, { field: name });
      const m = derivedNames.length;
      return Float64Array.from({ length: nOut }, (_, k) => derivedValues[k * m + j]!);
    },
  };
}

interface ResolvedOptions extends StepperOptions {
  readonly method: Method;
  readonly eventTolerance: number | undefined;
}

function resolveOptions(model: CompiledModel, o: SimulateOptions): ResolvedOptions {
  const method = o.method ?? 'rodas5p';
  if (!METHODS.includes(method)) {
    throw new ModelError(`options.method '${String(method)}' is not a method (known: ${METHODS.join(', ')})`, { field: 'options.method' });
  }
  const positive = (v: number | undefined, field: string, fallback: number | undefined): number | undefined => {
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) {
      throw new ModelError(`options.${field} must be a positive finite number, got ${String(v)}`, { field: `options.${field}` });
    }
    return v;
  };
  const rtol = positive(o.rtol, 'rtol', DEFAULTS.rtol)!;
  if (rtol < 1e-14) throw new ModelError(`options.rtol = ${rtol} is below what double precision can deliver (use >= 1e-14)`, { field: 'options.rtol' });
  let atol: number | Float64Array;
  if (o.atol === undefined || typeof o.atol === 'number') {
    atol = positive(o.atol as number | undefined, 'atol', DEFAULTS.atol)!;
  } else if (Array.isArray(o.atol)) {
    if (o.atol.length !== model.n) {
      throw new ModelError(`options.atol has ${o.atol.length} entries but the model has ${model.n} states`, { field: 'options.atol' });
    }
    atol = Float64Array.from(o.atol as readonly number[], (v, i) => positive(v, `atol[${i}]`, undefined)!);
  } else {
    atol = new Float64Array(model.n).fill(DEFAULTS.atol);
    for (const [name, v] of Object.entries(o.atol as Record<string, number>)) {
      atol[indexOfState(model, name, `options.atol.${name}`)] = positive(v, `atol.${name}`, undefined)!;
    }
  }
  const linearSolver = o.linearSolver ?? 'auto';
  if (!LINEAR_SOLVERS.includes(linearSolver)) {
    throw new ModelError(`options.linearSolver '${String(linearSolver)}' is not one of ${LINEAR_SOLVERS.join(', ')}`, { field: 'options.linearSolver' });
  }
  const maxSteps = o.maxSteps ?? DEFAULTS.maxSteps;
  if (!Number.isInteger(maxSteps) || maxSteps < 1) {
    throw new ModelError(`options.maxSteps must be a whole number >= 1, got ${String(maxSteps)}`, { field: 'options.maxSteps' });
  }
  return {
    method,
    rtol,
    atol,
    maxSteps,
    hMax: positive(o.hMax, 'hMax', Infinity)!,
    hInit: positive(o.hInit, 'hInit', undefined),
    fixedStep: positive(o.fixedStep, 'fixedStep', undefined),
    eventTolerance: positive(o.eventTolerance, 'eventTolerance', undefined),
    linearSolver,
  };
}

function checkTimes(times: ArrayLike<number>, t0: number | undefined): Float64Array {
  if (!times || times.length === 0) throw new ModelError('times: at least one output time is needed', { field: 'times' });
  const out = Float64Array.from(times as ArrayLike<number>);
  for (let k = 0; k < out.length; k++) {
    if (!Number.isFinite(out[k]!)) throw new ModelError(`times[${k}] is not a finite number: ${out[k]}`, { field: `times[${k}]` });
    if (k > 0 && out[k]! < out[k - 1]!) {
      throw new ModelError(`times must be non-decreasing, but times[${k}] = ${out[k]} < times[${k - 1}] = ${out[k - 1]}`, { field: `times[${k}]` });
    }
  }
  if (t0 !== undefined) {
    if (!Number.isFinite(t0)) throw new ModelError(`t0 must be a finite number, got ${t0}`, { field: 't0' });
    if (out[0]! < t0) throw new ModelError(`times[0] = ${out[0]} is before t0 = ${t0}`, { field: 'times[0]' });
  }
  return out;
}

function resolveParameters(model: CompiledModel, given: SimulateInput['parameters']): Float64Array {
  if (given === undefined) return model.defaultParameters();
  if (given instanceof Float64Array) {
    if (given.length !== model.parameterNames.length) {
      throw new ModelError(`parameters: vector has ${given.length} entries but the model has ${model.parameterNames.length} parameters`, { field: 'parameters' });
    }
    given.forEach((v, i) => checkParameterAt(model, model.parameterNames[i]!, v, `parameters.${model.parameterNames[i]}`));
    return given.slice();
  }
  for (const name of Object.keys(given)) indexOfParameter(model, name, `parameters.${name}`);
  return model.parameters(given);
}

function resolveInitialState(model: CompiledModel, p: Float64Array, given: SimulateInput['initialState']): Float64Array {
  if (given instanceof Float64Array) {
    if (given.length !== model.n) {
      throw new ModelError(`initialState: vector has ${given.length} entries but the model has ${model.n} states`, { field: 'initialState' });
    }
    given.forEach((v, i) => {
      if (!Number.isFinite(v)) throw new ModelError(`initialState: state '${model.stateNames[i]}' is ${v}`, { field: `initialState.${model.stateNames[i]}` });
    });
    return given.slice();
  }
  const y = model.initialState(p);
  for (const [name, v] of Object.entries(given ?? {})) {
    const i = indexOfState(model, name, `initialState.${name}`);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ModelError(`initialState.${name} must be a finite number, got ${String(v)}`, { field: `initialState.${name}` });
    }
    y[i] = v;
  }
  return y;
}

interface CompiledTrigger {
  readonly label: string;
  readonly g: ScalarFn;
  readonly direction: StateTriggerEvent['direction'];
  readonly action: StateTriggerEvent['action'];
  readonly target: number;
  readonly repeat: boolean;
  active: boolean;
}

function compileTriggers(model: CompiledModel, events: readonly EngineEvent[]): CompiledTrigger[] {
  const out: CompiledTrigger[] = [];
  events.forEach((ev, index) => {
    if (ev.kind !== 'trigger') return;
    const where = `events[${index}]`;
    if (!['rising', 'falling', 'either'].includes(ev.direction)) {
      throw new ModelError(`${where}.direction must be 'rising', 'falling' or 'either', got '${String(ev.direction)}'`, { field: `${where}.direction` });
    }
    const g = model.compileExpression(ev.condition, `${where}.condition`);
    const a = ev.action;
    let target: number;
    switch (a.kind) {
      case 'bolus':
      case 'set-state':
        target = indexOfState(model, a.state, `${where}.action.state`);
        if (!Number.isFinite(a.kind === 'bolus' ? a.amount : a.value)) {
          throw new ModelError(`${where}.action must carry a finite ${a.kind === 'bolus' ? 'amount' : 'value'}`, { field: `${where}.action` });
        }
        break;
      case 'set-parameter':
        target = indexOfParameter(model, a.parameter, `${where}.action.parameter`);
        checkParameterAt(model, a.parameter, a.value, `${where}.action.value`);
        break;
      default: {
        const never: never = a;
        throw new ModelError(`${where}.action.kind '${(never as { kind: string }).kind}' is not one of bolus, set-parameter, set-state`);
      }
    }
    out.push({ label: ev.label ?? `${where}: ${ev.condition}`, g, direction: ev.direction, action: a, target, repeat: ev.repeat ?? false, active: true });
  });
  return out;
}

/** Applies a trigger's action to y or p; returns whether p changed (then the parameter cache is stale). */
function applyTriggerAction(trig: CompiledTrigger, y: Float64Array, p: Float64Array): boolean {
  const a = trig.action;
  switch (a.kind) {
    case 'bolus':
      y[trig.target]! += a.amount;
      return false;
    case 'set-state':
      y[trig.target] = a.value;
      return false;
    case 'set-parameter':
      p[trig.target] = a.value;
      return true;
  }
}

const crosses = (direction: CompiledTrigger['direction'], a: number, b: number): boolean =>
  (direction !== 'falling' && a < 0 && b >= 0) || (direction !== 'rising' && a > 0 && b <= 0);

/**
 * Looks for zero crossings of the active triggers over the last step and locates the earliest by the Illinois
 * variant of regula falsi on the dense output. Returns the time just past the crossing (the right end of the final
 * bracket) and every trigger that crosses there.
 */
function findTrigger(
  stepper: Stepper,
  triggers: readonly CompiledTrigger[],
  p: Float64Array,
  gOld: Float64Array,
  gNew: Float64Array,
  scratch: Float64Array,
  tolerance: number | undefined,
): { time: number; indices: number[] } | undefined {
  let best = Infinity;
  let indices: number[] | undefined;
  const tol = tolerance ?? 1e-10 * Math.max(1, Math.abs(stepper.t));
  for (let i = 0; i < triggers.length; i++) {
    const trig = triggers[i]!;
    if (!trig.active || !crosses(trig.direction, gOld[i]!, gNew[i]!)) continue;
    const g = (tq: number): number => {
      stepper.interpolate(tq, scratch);
      return trig.g(tq, scratch, p);
    };
    const root = illinois(g, stepper.tPrev, gOld[i]!, stepper.t, gNew[i]!, tol);
    if (indices === undefined || root < best - tol) {
      best = root;
      indices = [i];
    } else if (Math.abs(root - best) <= tol) {
      best = Math.max(best, root);
      indices.push(i);
    }
  }
  return indices === undefined ? undefined : { time: best, indices };
}

/**
 * Illinois regula falsi on [a, b] where g(a) is strictly on the pre-crossing side and g(b) is on or past zero.
 * Returns the right end of the final bracket, so the state there has crossed.
 */
function illinois(g: (t: number) => number, a: number, ga: number, b: number, gb: number, tol: number): number {
  let side = 0;
  for (let iter = 0; iter < 200 && b - a > tol; iter++) {
    let c = (a * gb - b * ga) / (gb - ga);
    if (!(c > a && c < b)) c = 0.5 * (a + b);
    const gc = g(c);
    if (gc !== 0 && gc > 0 === ga > 0) {
      // Still before the crossing.
      a = c;
      ga = gc;
      if (side === -1) gb /= 2;
      side = -1;
    } else {
      b = c;
      gb = gc;
      if (side === 1) ga /= 2;
      side = 1;
    }
  }
  return b;
}

function tooManySteps(model: CompiledModel, sys: OdeSystem, stepper: Stepper, opts: ResolvedOptions): SolverError {
  const f = new Float64Array(model.n);
  sys.rhs(stepper.t, stepper.y, f);
  let worst = 0;
  let max = -1;
  for (let i = 0; i < model.n; i++) {
    const atol = typeof opts.atol === 'number' ? opts.atol : opts.atol[i]!;
    const r = Math.abs(f[i]!) / (atol + opts.rtol * Math.abs(stepper.y[i]!));
    if (r > max) {
      max = r;
      worst = i;
    }
  }
  return new SolverError(`too many steps (more than ${opts.maxSteps})`, {
    time: stepper.t,
    state: model.stateNames[worst],
    suggestion:
      opts.method === 'dopri5'
        ? "The problem is probably stiff: use the default method 'rodas5p', or raise options.maxSteps."
        : 'The state changes faster than the tolerances allow over this span: raise options.maxSteps, loosen rtol/atol, or check this state for oscillation or blow-up.',
  });
}
