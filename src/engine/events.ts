import type { CompiledModel } from './compile.js';
import { ModelError } from './errors.js';

/**
 * Events are data (as dose records in NONMEM or mrgsolve): each is a typed row, visible and testable before any
 * simulation runs. Repeated doses carry `interval` and `count` (the total number of doses, first included).
 */
export type EngineEvent = BolusEvent | InfusionEvent | ParameterChangeEvent | StateTriggerEvent;

export interface BolusEvent {
  readonly kind: 'bolus';
  readonly time: number;
  /** State that receives the amount. */
  readonly state: string;
  readonly amount: number;
  readonly interval?: number;
  readonly count?: number;
}

/** Zero-order input: `rate` (state units per time unit) for `duration`. */
export interface InfusionEvent {
  readonly kind: 'infusion';
  readonly time: number;
  readonly state: string;
  readonly rate: number;
  readonly duration: number;
  readonly interval?: number;
  readonly count?: number;
}

export interface ParameterChangeEvent {
  readonly kind: 'set-parameter';
  readonly time: number;
  readonly parameter: string;
  readonly value: number;
}

export type TriggerAction =
  | { readonly kind: 'bolus'; readonly state: string; readonly amount: number }
  | { readonly kind: 'set-parameter'; readonly parameter: string; readonly value: number }
  | { readonly kind: 'set-state'; readonly state: string; readonly value: number };

/** Fires when `condition` (an expression of the model) crosses zero in the given direction. */
export interface StateTriggerEvent {
  readonly kind: 'trigger';
  readonly label?: string;
  readonly condition: string;
  readonly direction: 'rising' | 'falling' | 'either';
  readonly action: TriggerAction;
  /** Fire on every crossing (default: only the first). */
  readonly repeat?: boolean;
}

/** A scheduled discontinuity after expansion of repeats and infusions. */
export type TimedAction =
  | { readonly type: 'rate'; readonly time: number; readonly state: number; readonly delta: number; readonly start: boolean }
  | { readonly type: 'parameter'; readonly time: number; readonly parameter: number; readonly value: number }
  | { readonly type: 'bolus'; readonly time: number; readonly state: number; readonly amount: number };

const ORDER: Record<TimedAction['type'], number> = { rate: 0, parameter: 1, bolus: 2 };

function requireFinite(value: unknown, field: string, allowed: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ModelError(`${field} must be a finite number (${allowed}), got ${String(value)}`, { field });
  }
  return value;
}

function repeats(ev: { interval?: number; count?: number }, where: string): { interval: number; count: number } {
  const count = ev.count ?? 1;
  if (!Number.isInteger(count) || count < 1) {
    throw new ModelError(`${where}.count must be a whole number >= 1, got ${String(count)}`, { field: `${where}.count` });
  }
  if (count === 1) return { interval: 0, count };
  const interval = requireFinite(ev.interval, `${where}.interval`, '> 0 when count > 1');
  if (interval <= 0) {
    throw new ModelError(`${where}.interval must be > 0 when count > 1, got ${interval}`, { field: `${where}.interval` });
  }
  return { interval, count };
}

/**
 * Checks every scheduled event against the model and expands repeats and infusions into sorted actions. At one
 * time, rate changes apply first, then parameter changes, then boluses; all of them apply.
 */
export function scheduleEvents(model: CompiledModel, events: readonly EngineEvent[], t0: number): TimedAction[] {
  const actions: TimedAction[] = [];
  events.forEach((ev, index) => {
    const where = `events[${index}]`;
    if (ev.kind === 'trigger') return;
    const time = requireFinite(ev.time, `${where}.time`, `>= start time ${t0}`);
    if (time < t0) {
      throw new ModelError(`${where}.time = ${time} is before the start of the simulation (${t0})`, { field: `${where}.time` });
    }
    switch (ev.kind) {
      case 'bolus': {
        const state = indexOfState(model, ev.state, `${where}.state`);
        const amount = requireFinite(ev.amount, `${where}.amount`, '>= 0');
        if (amount < 0) throw new ModelError(`${where}.amount must be >= 0, got ${amount}`, { field: `${where}.amount` });
        const { interval, count } = repeats(ev, where);
        for (let i = 0; i < count; i++) actions.push({ type: 'bolus', time: time + i * interval, state, amount });
        break;
      }
      case 'infusion': {
        const state = indexOfState(model, ev.state, `${where}.state`);
        const rate = requireFinite(ev.rate, `${where}.rate`, '>= 0');
        if (rate < 0) throw new ModelError(`${where}.rate must be >= 0, got ${rate}`, { field: `${where}.rate` });
        const duration = requireFinite(ev.duration, `${where}.duration`, '> 0');
        if (duration <= 0) throw new ModelError(`${where}.duration must be > 0, got ${duration}`, { field: `${where}.duration` });
        const { interval, count } = repeats(ev, where);
        for (let i = 0; i < count; i++) {
          const start = time + i * interval;
          actions.push({ type: 'rate', time: start, state, delta: rate, start: true });
          actions.push({ type: 'rate', time: start + duration, state, delta: -rate, start: false });
        }
        break;
      }
      case 'set-parameter': {
        const parameter = indexOfParameter(model, ev.parameter, `${where}.parameter`);
        const value = requireFinite(ev.value, `${where}.value`, 'within the parameter bounds');
        checkParameterAt(model, ev.parameter, value, `${where}.value`);
        actions.push({ type: 'parameter', time, parameter, value });
        break;
      }
      default: {
        const never: never = ev;
        throw new ModelError(`${where}.kind '${(never as { kind: string }).kind}' is not an event kind (bolus, infusion, set-parameter, trigger)`);
      }
    }
  });
  // Stable sort: by time, then by kind, then by declaration order.
  return actions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.time - y.a.time || ORDER[x.a.type] - ORDER[y.a.type] || x.i - y.i)
    .map((x) => x.a);
}

export function indexOfState(model: CompiledModel, name: string, field: string): number {
  try {
    return model.stateIndex(name);
  } catch (e) {
    throw new ModelError(`${field}: ${(e as Error).message}`, { field });
  }
}

export function indexOfParameter(model: CompiledModel, name: string, field: string): number {
  try {
    return model.parameterIndex(name);
  } catch (e) {
    throw new ModelError(`${field}: ${(e as Error).message}`, { field });
  }
}

export function checkParameterAt(model: CompiledModel, name: string, value: number, field: string): void {
  try {
    model.checkParameter(name, value);
  } catch (e) {
    throw new ModelError(`${field}: ${(e as Error).message}`, { field });
  }
}
