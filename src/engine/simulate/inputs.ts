import type { CompiledModel } from '../compile.js';
import { ModelError } from '../errors.js';
import { checkParameterAt, indexOfParameter, indexOfState } from '../events.js';
import { LINEAR_SOLVERS, METHODS, type Method, type StepperOptions } from '../solvers/types.js';
import type { SimulateInput, SimulateOptions } from './types.js';

const DEFAULTS = { rtol: 1e-6, atol: 1e-10, maxSteps: 500_000 };

export interface ResolvedOptions extends StepperOptions {
  readonly method: Method;
  readonly eventTolerance: number | undefined;
}

export function resolveOptions(model: CompiledModel, o: SimulateOptions): ResolvedOptions {
  const method = o.method ?? 'rodas5p';
  if (!METHODS.includes(method)) {
    throw new ModelError(`options.method '${String(method)}' is not a method (known: ${METHODS.join(', ')})`, { field: 'options.method' });
  }
  const rtol = positive(o.rtol, 'rtol', DEFAULTS.rtol)!;
  if (rtol < 1e-14) throw new ModelError(`options.rtol = ${rtol} is below what double precision can deliver (use >= 1e-14)`, { field: 'options.rtol' });
  const atol = resolveAtol(model, o.atol);
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

/** `v` when it is a positive finite number, `fallback` when it is absent; anything else is an error naming `options.<field>`. */
function positive(v: number | undefined, field: string, fallback: number | undefined): number | undefined {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) {
    throw new ModelError(`options.${field} must be a positive finite number, got ${String(v)}`, { field: `options.${field}` });
  }
  return v;
}

/** Absolute tolerance: a scalar, one per state in state order, or by state name (others get the default). */
function resolveAtol(model: CompiledModel, given: SimulateOptions['atol']): number | Float64Array {
  if (given === undefined || typeof given === 'number') return positive(given as number | undefined, 'atol', DEFAULTS.atol)!;
  if (Array.isArray(given)) {
    if (given.length !== model.n) {
      throw new ModelError(`options.atol has ${given.length} entries but the model has ${model.n} states`, { field: 'options.atol' });
    }
    return Float64Array.from(given as readonly number[], (v, i) => positive(v, `atol[${i}]`, undefined)!);
  }
  const atol = new Float64Array(model.n).fill(DEFAULTS.atol);
  for (const [name, v] of Object.entries(given as Record<string, number>)) {
    atol[indexOfState(model, name, `options.atol.${name}`)] = positive(v, `atol.${name}`, undefined)!;
  }
  return atol;
}

export function checkTimes(times: ArrayLike<number>, t0: number | undefined): Float64Array {
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

export function resolveParameters(model: CompiledModel, given: SimulateInput['parameters']): Float64Array {
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

export function resolveInitialState(model: CompiledModel, p: Float64Array, given: SimulateInput['initialState']): Float64Array {
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

/** Indices (into the model's derivedNames) of the derived quantities to record. */
export function selectDerived(model: CompiledModel, names: readonly string[]): number[] {
  return names.map((name) => {
    const i = model.derivedNames.indexOf(name);
    if (i < 0) throw new ModelError(`derived: unknown derived quantity '${name}' (known: ${model.derivedNames.join(', ')})`, { field: 'derived' });
    return i;
  });
}
