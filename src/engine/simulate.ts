import type { CompiledModel } from './compile.js';
import { scheduleEvents } from './events.js';
import { DormandPrinceStepper } from './solvers/dopri5.js';
import { RosenbrockStepper } from './solvers/rosenbrock.js';
import type { Stepper } from './solvers/types.js';
import { checkTimes, resolveInitialState, resolveOptions, resolveParameters, selectDerived } from './simulate/inputs.js';
import { integrate, odeSystem } from './simulate/integrate.js';
import { OutputRecorder, simulationResult } from './simulate/outputs.js';
import { ActionSchedule } from './simulate/schedule.js';
import { compileTriggers, TriggerWatch } from './simulate/triggers.js';
import type { SimulateInput, SimulationResult } from './simulate/types.js';

export type { FiredTrigger, SimulateInput, SimulateOptions, SimulationResult } from './simulate/types.js';

/**
 * Simulates a compiled model: checks the input (src/engine/simulate/inputs.ts), schedules the events, integrates
 * segment by segment between scheduled actions, stopping at state triggers (integrate.ts), and returns the outputs.
 */
export function simulate(model: CompiledModel, input: SimulateInput): SimulationResult {
  const opts = resolveOptions(model, input.options ?? {});
  const times = checkTimes(input.times, input.t0);
  const t0 = input.t0 ?? times[0]!;
  const p = resolveParameters(model, input.parameters);
  const y = resolveInitialState(model, p, input.initialState);
  const actions = scheduleEvents(model, input.events ?? [], t0);
  const compiledTriggers = compileTriggers(model, input.events ?? []);
  const derivedIdx = selectDerived(model, input.derived ?? []);

  // The model's parameter-only quantities for p: refilled whenever an event changes p.
  const cache = model.parameterCache(p);
  const schedule = new ActionSchedule(model, actions, y, p, cache);
  const sys = odeSystem(model, p, cache, schedule);
  const stepper: Stepper = opts.method === 'dopri5' ? new DormandPrinceStepper(sys, opts) : new RosenbrockStepper(sys, opts);
  const outputs = new OutputRecorder(model, times, derivedIdx, p, cache);
  const triggers = new TriggerWatch(model, compiledTriggers, y, p, cache);

  integrate({ model, opts, sys, stepper, y, outputs, schedule, triggers }, t0, times[times.length - 1]!);
  return simulationResult(model, outputs, derivedIdx, { finalState: y, finalParameters: p, stats: { ...stepper.stats }, triggers: triggers.fired });
}
