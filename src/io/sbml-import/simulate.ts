import { compileModel } from '../../engine/compile.js';
import type { CompiledModel, ScalarFn } from '../../engine/compile.js';
import { SolverError } from '../../engine/errors.js';
import { composeModel } from '../../engine/model.js';
import { RosenbrockStepper } from '../../engine/solvers/rosenbrock.js';
import type { OdeSystem } from '../../engine/solvers/types.js';
import type { EventSpec, ImportedModel } from './build.js';

/**
 * Runs an imported SBML model with SBML event semantics, which the engine's dose events do not cover: a trigger
 * fires on a false-to-true transition (located by bisection on the dense output), assignments are expressions
 * evaluated at trigger time (or at execution when there is no delay), delayed events wait in a queue, a
 * non-persistent event is dropped when its trigger turns false first, simultaneous events run by priority, and
 * triggers are re-checked after each execution. The right-hand side, Jacobian and expressions are the engine's.
 */

export interface SbmlSimOptions {
  readonly rtol?: number;
  readonly atol?: number;
  readonly hMax?: number;
  readonly maxSteps?: number;
  /** Events executed at one instant before the run is declared stuck (default 10000). */
  readonly maxEventsPerInstant?: number;
}

export interface SbmlColumn {
  readonly label: string;
  /** Engine expression. */
  readonly expr: string;
}

export interface SbmlTimeCourse {
  readonly times: readonly number[];
  readonly labels: readonly string[];
  /** rows[k][j]: column j at times[k]. */
  readonly rows: readonly (readonly number[])[];
  readonly eventsFired: number;
}

interface Pending {
  readonly event: number;
  readonly time: number;
  readonly values: Float64Array | undefined;
  readonly order: number;
}

interface CompiledEvent {
  readonly spec: EventSpec;
  readonly trigger: ScalarFn;
  readonly delay: ScalarFn | undefined;
  readonly priority: ScalarFn | undefined;
  readonly values: readonly ScalarFn[];
}

export function compileImported(imported: ImportedModel): CompiledModel {
  return compileModel(composeModel(imported.module.name, [imported.module]));
}

export function simulateSbml(imported: ImportedModel, times: readonly number[], columns: readonly SbmlColumn[], options: SbmlSimOptions = {}): SbmlTimeCourse {
  const model = compileImported(imported);
  const p = model.defaultParameters();
  const cache = model.parameterCache(p);
  const y = model.initialState(p);
  const n = model.n;
  const { kernels } = model;
  const sys: OdeSystem = {
    n,
    autonomous: !model.timeDependent,
    rhs: (t, yy, dy) => kernels.rhs(t, yy, p, cache, dy),
    jacobian: (t, yy, J) => kernels.jacobian(t, yy, p, cache, J),
    sparseJacobian: { pattern: model.jacobianPattern, values: (t, yy, v) => kernels.jacobianValues(t, yy, p, cache, v) },
    dfdt: (t, yy, out) => kernels.dfdt(t, yy, p, cache, out),
    stateName: (i) => model.stateNames[i]!,
  };
  const stepper = new RosenbrockStepper(sys, {
    rtol: options.rtol ?? 1e-9,
    atol: options.atol ?? 1e-14,
    hMax: options.hMax ?? Infinity,
    maxSteps: options.maxSteps ?? 2_000_000,
  });
  const columnFns = columns.map((c) => model.compileExpression(c.expr, `output ${c.label}`));
  const events: CompiledEvent[] = imported.events.map((e) => ({
    spec: e,
    trigger: model.compileExpression(e.trigger, `trigger of event ${e.id}`),
    delay: e.delay ? model.compileExpression(e.delay, `delay of event ${e.id}`) : undefined,
    priority: e.priority ? model.compileExpression(e.priority, `priority of event ${e.id}`) : undefined,
    values: e.assignments.map((a) => model.compileExpression(a.expr, `assignment to ${a.target.id} in event ${e.id}`)),
  }));
  const stateIdx = (name: string): number => model.stateIndex(name);
  const paramIdx = (name: string): number => model.parameterIndex(name);
  const compartmentValue = (name: string, t: number): number => model.compileExpression(name)(t, y, p);

  const rows: number[][] = [];
  let next = 0;
  const buf = new Float64Array(n);
  /** Records the output times before `upTo` (and at it when inclusive) from the dense output or from y. */
  const record = (upTo: number, inclusive: boolean, dense: boolean): void => {
    while (next < times.length && (times[next]! < upTo || (inclusive && times[next]! <= upTo))) {
      const tk = times[next]!;
      let yy: Float64Array = y;
      if (dense) {
        stepper.interpolate(tk, buf);
        yy = buf;
      }
      rows.push(columnFns.map((f) => f(tk, yy, p)));
      next++;
    }
  };

  const prev = events.map((e) => e.spec.initialValue);
  const pending: Pending[] = [];
  let order = 0;
  let fired = 0;
  const maxPerInstant = options.maxEventsPerInstant ?? 10_000;
  const valuesNow = (ev: CompiledEvent, t: number): Float64Array => Float64Array.from(ev.values, (f) => f(t, y, p));
  const execute = (pe: Pending, t: number): void => {
    const ev = events[pe.event]!;
    const values = pe.values ?? valuesNow(ev, t);
    let parametersChanged = false;
    // Compartments first, so a concentration assigned in the same event is stored as amount in the new size.
    const orderIdx = ev.spec.assignments.map((a, i) => ({ a, i })).sort((u, v) => Number(v.a.target.kind === 'compartment') - Number(u.a.target.kind === 'compartment'));
    for (const { a, i } of orderIdx) {
      const target = a.target;
      const value = target.compartment ? values[i]! * compartmentValue(target.compartment, t) : values[i]!;
      if (parametersChanged) model.precompute(p, cache);
      if (target.storage === 'state') y[stateIdx(target.store)] = value;
      else {
        p[paramIdx(target.store)] = value;
        parametersChanged = true;
      }
    }
    if (parametersChanged) model.precompute(p, cache);
    fired++;
  };
  const processEvents = (t: number): void => {
    for (let guard = 0; ; guard++) {
      if (guard > maxPerInstant) throw new SolverError(`more than ${maxPerInstant} SBML events at one instant`, { time: t, state: undefined, suggestion: 'The events retrigger each other; check their triggers.' });
      events.forEach((ev, i) => {
        const now = ev.trigger(t, y, p) !== 0;
        if (now && !prev[i]) {
          const delay = ev.delay ? ev.delay(t, y, p) : 0;
          const values = delay > 0 || ev.spec.useValuesFromTriggerTime === false ? (ev.spec.useValuesFromTriggerTime ? valuesNow(ev, t) : undefined) : undefined;
          pending.push({ event: i, time: t + delay, values, order: order++ });
        }
        if (!now && !ev.spec.persistent) {
          for (let k = pending.length - 1; k >= 0; k--) if (pending[k]!.event === i) pending.splice(k, 1);
        }
        prev[i] = now;
      });
      const ready = pending.filter((pe) => pe.time <= t);
      if (ready.length === 0) return;
      let best = ready[0]!;
      let bestPriority = -Infinity;
      for (const pe of ready) {
        const ev = events[pe.event]!;
        const pr = ev.priority ? ev.priority(t, y, p) : -Infinity;
        if (pr > bestPriority || (pr === bestPriority && pe.order < best.order)) {
          best = pe;
          bestPriority = pr;
        }
      }
      pending.splice(pending.indexOf(best), 1);
      execute(best, t);
    }
  };
  const triggerChanged = (t: number, yy: Float64Array): boolean => events.some((ev, i) => (ev.trigger(t, yy, p) !== 0) !== prev[i]);

  const tEnd = times[times.length - 1] ?? 0;
  let t = 0;
  processEvents(t);
  record(t, true, false);
  stepper.reset(t, y);
  const probe = new Float64Array(n);
  while (t < tEnd) {
    const nextEvent = pending.reduce((m, pe) => Math.min(m, pe.time), Infinity);
    const limit = Math.min(tEnd, nextEvent);
    stepper.step(limit);
    if (events.length > 0 && triggerChanged(stepper.t, stepper.y)) {
      let lo = stepper.tPrev;
      let hi = stepper.t;
      while (hi - lo > 1e-13 * Math.max(1, Math.abs(hi))) {
        const mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi) break;
        stepper.interpolate(mid, probe);
        if (triggerChanged(mid, probe)) hi = mid;
        else lo = mid;
      }
      record(hi, false, true);
      if (hi === stepper.t) y.set(stepper.y);
      else stepper.interpolate(hi, y);
      t = hi;
      processEvents(t);
      record(t, true, false);
      stepper.reset(t, y);
      continue;
    }
    const atEvent = stepper.t >= nextEvent;
    record(stepper.t, !atEvent, true);
    t = stepper.t;
    y.set(stepper.y);
    if (atEvent) {
      processEvents(t);
      record(t, true, false);
      stepper.reset(t, y);
    }
  }
  record(Infinity, true, false);
  return { times: times.slice(), labels: columns.map((c) => c.label), rows, eventsFired: fired };
}
