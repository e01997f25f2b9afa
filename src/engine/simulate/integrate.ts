import type { CompiledModel } from '../compile.js';
import { SolverError } from '../errors.js';
import type { OdeSystem, Stepper } from '../solvers/types.js';
import type { ResolvedOptions } from './inputs.js';
import type { OutputRecorder } from './outputs.js';
import type { ActionSchedule } from './schedule.js';
import type { TriggerWatch } from './triggers.js';

/** The model's kernels over one run's p and parameter cache, plus the inputs of the infusions running now. */
export function odeSystem(model: CompiledModel, p: Float64Array, cache: Float64Array, schedule: ActionSchedule): OdeSystem {
  const { kernels, n } = model;
  const inputRate = schedule.inputRate;
  return {
    n,
    autonomous: !model.timeDependent,
    rhs(t, yy, dy) {
      kernels.rhs(t, yy, p, cache, dy);
      if (schedule.infusing) for (let i = 0; i < n; i++) dy[i]! += inputRate[i]!;
    },
    jacobian: (t, yy, J) => kernels.jacobian(t, yy, p, cache, J),
    sparseJacobian: { pattern: model.jacobianPattern, values: (t, yy, values) => kernels.jacobianValues(t, yy, p, cache, values) },
    dfdt: (t, yy, out) => kernels.dfdt(t, yy, p, cache, out),
    stateName: (i) => model.stateNames[i]!,
  };
}

/** One run's parts: y is the exact state at the last segment end or event, shared with the schedule and triggers. */
export interface Run {
  readonly model: CompiledModel;
  readonly opts: ResolvedOptions;
  readonly sys: OdeSystem;
  readonly stepper: Stepper;
  readonly y: Float64Array;
  readonly outputs: OutputRecorder;
  readonly schedule: ActionSchedule;
  readonly triggers: TriggerWatch;
}

/**
 * Integrates from t0 to tEnd in segments between scheduled actions, stopping inside a segment where a trigger
 * fires, and records every output time.
 */
export function integrate(run: Run, t0: number, tEnd: number): void {
  const { stepper, outputs, schedule, triggers, y } = run;
  schedule.applyUpTo(t0);
  outputs.exactUpTo(t0, y);
  stepper.reset(t0, y);
  triggers.restart(t0, y);
  let t = t0;
  while (!outputs.done && t < tEnd) {
    const segmentEnd = Math.min(schedule.nextTime(), tEnd);
    integrateSegment(run, segmentEnd);
    t = segmentEnd;
    y.set(stepper.y);
    applyScheduled(run, t, tEnd);
  }
  outputs.exactUpTo(Infinity, y);
}

/** Steps up to `segmentEnd`, recording the outputs passed and firing triggers where they cross. */
function integrateSegment(run: Run, segmentEnd: number): void {
  const { model, opts, sys, stepper, outputs, triggers } = run;
  while (stepper.t < segmentEnd) {
    if (stepper.stats.steps + stepper.stats.rejected >= opts.maxSteps) throw tooManySteps(model, sys, stepper, opts);
    stepper.step(segmentEnd);
    if (triggers.count > 0 && stopAtTrigger(run, segmentEnd)) continue;
    outputs.denseBefore(stepper.t, stepper);
  }
}

/** After a step: fires the earliest trigger crossing in it, if any, and restarts the stepper there (returns true). */
function stopAtTrigger(run: Run, segmentEnd: number): boolean {
  const { opts, stepper, outputs, triggers, y } = run;
  const hit = triggers.crossingInStep(stepper, opts.eventTolerance);
  if (!hit) return false;
  outputs.denseBefore(hit.time, stepper);
  stepper.interpolate(hit.time, y);
  triggers.fire(hit.indices, hit.time);
  // At the segment end, scheduled actions still apply (applyScheduled) before outputs at that time are recorded.
  if (hit.time < segmentEnd) outputs.exactUpTo(hit.time, y);
  stepper.reset(hit.time, y, stepper.hNext);
  triggers.restart(hit.time, y);
  return true;
}

/** At a segment end: applies the actions due, fires the triggers they make jump, records outputs, restarts if needed. */
function applyScheduled(run: Run, t: number, tEnd: number): void {
  const { stepper, outputs, schedule, triggers, y } = run;
  const changed = schedule.applyUpTo(t);
  if (changed && triggers.count > 0) triggers.fireJumped(t);
  outputs.exactUpTo(t, y);
  if (changed && t < tEnd) {
    stepper.reset(t, y, stepper.hNext);
    triggers.restart(t, y);
  }
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
