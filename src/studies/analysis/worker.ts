import { evaluateTask, type EvaluationResult, type EvaluationTask } from './evaluate.js';

/** Piscina worker: one task of parameter sets of an evaluation job. */
export default function run(task: EvaluationTask): EvaluationResult {
  return evaluateTask(task);
}
