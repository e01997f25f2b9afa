import type { CompiledModel, ScalarFn } from '../compile.js';
import { ModelError } from '../errors.js';
import { checkParameterAt, indexOfParameter, indexOfState, type EngineEvent, type StateTriggerEvent } from '../events.js';
import type { Stepper } from '../solvers/types.js';
import type { FiredTrigger } from './types.js';

export interface CompiledTrigger {
  readonly label: string;
  readonly g: ScalarFn;
  readonly direction: StateTriggerEvent['direction'];
  readonly action: StateTriggerEvent['action'];
  readonly target: number;
  readonly repeat: boolean;
  active: boolean;
}

export function compileTriggers(model: CompiledModel, events: readonly EngineEvent[]): CompiledTrigger[] {
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

/**
 * The state triggers of one run: their conditions at the last restart or accepted step (`gOld`) and after the step
 * just taken (`gNew`), and what fired. Allocates nothing per step; a crossing allocates its result.
 */
export class TriggerWatch {
  readonly fired: FiredTrigger[] = [];
  private readonly gOld: Float64Array;
  private readonly gNew: Float64Array;
  private readonly scratch: Float64Array;

  constructor(
    private readonly model: CompiledModel,
    private readonly triggers: readonly CompiledTrigger[],
    private readonly y: Float64Array,
    private readonly p: Float64Array,
    private readonly cache: Float64Array,
  ) {
    this.gOld = new Float64Array(triggers.length);
    this.gNew = new Float64Array(triggers.length);
    this.scratch = new Float64Array(model.n);
  }

  get count(): number {
    return this.triggers.length;
  }

  /** Takes the conditions at (t, state) as the reference for the next crossing (after a start or restart). */
  restart(t: number, state: Float64Array): void {
    this.evaluate(t, state, this.gOld);
  }

  /** The earliest crossing over the stepper's last step, if any; without one the step's end becomes the reference. */
  crossingInStep(stepper: Stepper, tolerance: number | undefined): { time: number; indices: number[] } | undefined {
    this.evaluate(stepper.t, stepper.y, this.gNew);
    const hit = findTrigger(stepper, this.triggers, this.p, this.gOld, this.gNew, this.scratch, tolerance);
    if (!hit) this.gOld.set(this.gNew);
    return hit;
  }

  /** Applies the actions of the given triggers to y (and p) at time `at` and records them. */
  fire(indices: readonly number[], at: number): void {
    for (const i of indices) {
      const trig = this.triggers[i]!;
      if (applyTriggerAction(trig, this.y, this.p)) this.model.precompute(this.p, this.cache);
      this.fired.push({ label: trig.label, time: at });
      if (!trig.repeat) trig.active = false;
    }
  }

  /** Scheduled doses can make a trigger's condition jump across zero: fires those triggers too (y is after the jump). */
  fireJumped(at: number): void {
    this.evaluate(at, this.y, this.gNew);
    const jumped: number[] = [];
    for (let i = 0; i < this.triggers.length; i++) {
      if (this.triggers[i]!.active && crosses(this.triggers[i]!.direction, this.gOld[i]!, this.gNew[i]!)) jumped.push(i);
    }
    if (jumped.length > 0) this.fire(jumped, at);
  }

  private evaluate(t: number, state: Float64Array, into: Float64Array): void {
    for (let i = 0; i < this.triggers.length; i++) into[i] = this.triggers[i]!.g(t, state, this.p);
  }
}
