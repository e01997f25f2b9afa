import { SolverError, type SimulateOptions } from '../../engine/index.js';
import { getModel, simulateScenario, type BoneModel, type Scenario } from '../../model/index.js';
import { outputSeries, quantitiesFor, type AnalysisOutput } from './outputs.js';

/**
 * Evaluating one scenario at many parameter sets: the work every analysis (sensitivity, and later fits and
 * uncertainty) hands to the worker pool. A job is plain data, so a worker thread rebuilds it from the model registry;
 * the values of a set override the scenario's own parameters.
 */
export interface EvaluationJob {
  /** Registered model name (workers look it up in the registry). */
  readonly model: string;
  readonly scenario: Scenario;
  /** Parameter names, in the order of each set's values. */
  readonly parameters: readonly string[];
  readonly outputs: readonly AnalysisOutput[];
  readonly solver?: SimulateOptions;
}

export interface EvaluationTask {
  readonly job: EvaluationJob;
  /** Index of the first set (for ordering). */
  readonly from: number;
  /** Parameter sets, each `job.parameters.length` values. */
  readonly sets: readonly Float64Array[];
}

export interface EvaluationResult {
  readonly from: number;
  /**
   * Per set: the outputs' series over the scenario's days, output after output (length outputs × days); NaN where the
   * solver failed at that set.
   */
  readonly series: Float64Array[];
  /** Per set: the solver's message where it failed, else ''. */
  readonly failures: string[];
}

/**
 * Runs a task on a model (the registry's, by the job's name, unless given). A solver failure at a set gives NaN
 * values and its message; any other error (an input error: a value outside a parameter's bounds, a conflicting
 * override) is thrown, since every set would share it.
 */
export function evaluateTask(task: EvaluationTask, model: BoneModel = getModel(task.job.model)): EvaluationResult {
  const { job } = task;
  const quantities = quantitiesFor(job.outputs);
  const days = job.scenario.days.length;
  const series: Float64Array[] = [];
  const failures: string[] = [];
  for (const values of task.sets) {
    const overrides: Record<string, number> = { ...job.scenario.parameters };
    job.parameters.forEach((name, i) => (overrides[name] = values[i]!));
    const out = new Float64Array(job.outputs.length * days);
    try {
      const run = simulateScenario(model, { ...job.scenario, parameters: overrides }, { quantities, ...(job.solver && { solver: job.solver }) });
      job.outputs.forEach((o, k) => out.set(outputSeries(run, o), k * days));
      failures.push('');
    } catch (e) {
      if (!(e instanceof SolverError)) throw e;
      out.fill(NaN);
      failures.push(e.message);
    }
    series.push(out);
  }
  return { from: task.from, series, failures };
}
