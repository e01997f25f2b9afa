import { Piscina } from 'piscina';
import type { BoneModel } from '../../model/index.js';
import { evaluateTask, type EvaluationJob, type EvaluationResult, type EvaluationTask } from './evaluate.js';
import { isRegistered, workerFile, workerCount } from './pool.js';

/**
 * A worker pool kept open across many small batches (a fit's Jacobians and line steps, the sets of an uncertainty
 * run), for jobs of several arms at once. pool.ts's `evaluateSets` opens a pool per call, which pays the workers'
 * start-up (seconds) each time; a fit asks for a few runs at a time, dozens of times. Values depend only on the
 * job and the set, so results are the same on any number of workers.
 */
export interface BatchPool {
  readonly workers: number;
  /** Per set, per job: the outputs × days series (NaN where the solver failed) and the failure message ('' if none). */
  evaluate(jobs: readonly EvaluationJob[], sets: readonly Float64Array[]): Promise<BatchResult>;
  close(): Promise<void>;
}

export interface BatchResult {
  /** series[set][job] */
  readonly series: Float64Array[][];
  readonly failures: string[][];
}

/** A pool on `workers` threads (0, or a model not in the registry: this thread). */
export function openBatchPool(model: BoneModel, workers: number, signal?: AbortSignal): BatchPool {
  const n = isRegistered(model) ? workerCount(workers) : 0;
  const abortError = (): Error => Object.assign(new Error('the analysis was stopped'), { name: 'AbortError' });
  const pool = n === 0 ? undefined : new Piscina<EvaluationTask, EvaluationResult>({ ...workerFile(), minThreads: n, maxThreads: n, idleTimeout: 60_000 });
  const onAbort = (): void => void pool?.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  const run = async (task: EvaluationTask): Promise<EvaluationResult> => {
    if (signal?.aborted) throw abortError();
    if (!pool) {
      await new Promise((resolve) => setImmediate(resolve));
      return evaluateTask(task, model);
    }
    return pool.run(task, signal ? { signal } : {}).catch((e: unknown) => {
      throw signal?.aborted ? abortError() : e;
    });
  };
  return {
    workers: n,
    async evaluate(jobs, sets) {
      // One task per (job, set) when the pool has threads (small batches spread over them), one per job otherwise.
      const tasks: EvaluationTask[] = pool ? jobs.flatMap((job) => sets.map((set, from) => ({ job, from, sets: [set] }))) : jobs.map((job) => ({ job, from: 0, sets }));
      const results = await Promise.all(tasks.map(run));
      const series = sets.map(() => new Array<Float64Array>(jobs.length));
      const failures = sets.map(() => new Array<string>(jobs.length).fill(''));
      results.forEach((r, t) => {
        const j = pool ? Math.floor(t / sets.length) : t;
        r.series.forEach((s, k) => {
          series[r.from + k]![j] = s;
          failures[r.from + k]![j] = r.failures[k]!;
        });
      });
      return { series, failures };
    },
    async close() {
      signal?.removeEventListener('abort', onAbort);
      await pool?.destroy();
    },
  };
}
