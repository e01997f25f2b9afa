import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { getModel, models, type BoneModel } from '../../model/index.js';
import { evaluateTask, type EvaluationJob, type EvaluationResult, type EvaluationTask } from './evaluate.js';

/**
 * Evaluates parameter sets of a job in tasks of `chunk` consecutive sets, on a piscina worker pool or in this thread
 * (workers: 0), as src/studies/trials/run.ts runs patients. Results are put back in set order, and a set's values
 * depend only on the set, so the output is identical whatever the number of workers. At most 4 tasks per worker are
 * in flight.
 */
export interface PoolOptions {
  /** Worker threads; 0 = this thread. Default: the machine's parallelism. */
  readonly workers?: number;
  /** Sets per task (default 4). */
  readonly chunk?: number;
  /** Called after each task with sets done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops the work: workers are terminated and the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

export interface Evaluations {
  /** Per set: outputs × days values (see EvaluationResult). */
  readonly series: Float64Array[];
  readonly failures: string[];
  readonly workers: number;
}

/** Checks a worker count: a whole number >= 0 (InputError-free: a RangeError naming `workers`). */
export function workerCount(workers: number | undefined): number {
  const n = workers ?? availableParallelism();
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`workers: must be a whole number >= 0, got ${String(workers)}`);
  return n;
}

/**
 * A model object runs in workers only if it is the registry's entry of its name (workers rebuild it from there);
 * any other model object (a test model, a `withParameters` wrapper) runs in this thread.
 */
export function isRegistered(model: BoneModel): boolean {
  return Object.hasOwn(models, model.name) && getModel(model.name) === model;
}

export async function evaluateSets(job: EvaluationJob, sets: readonly Float64Array[], model: BoneModel, options: PoolOptions = {}): Promise<Evaluations> {
  let workers = workerCount(options.workers);
  if (!isRegistered(model)) workers = 0;
  const chunk = options.chunk ?? 4;
  const tasks: EvaluationTask[] = [];
  for (let from = 0; from < sets.length; from += chunk) tasks.push({ job, from, sets: sets.slice(from, from + chunk) });
  const series: Float64Array[] = [];
  const failures: string[] = [];
  let done = 0;
  const merge = (r: EvaluationResult): void => {
    series.push(...r.series);
    failures.push(...r.failures);
    done += r.series.length;
    options.onProgress?.(done, sets.length);
  };
  const abortError = (): Error => Object.assign(new Error('the analysis was stopped'), { name: 'AbortError' });
  if (workers === 0 || tasks.length <= 1) {
    for (const task of tasks) {
      if (options.signal?.aborted) throw abortError();
      merge(evaluateTask(task, model));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { series, failures, workers: 0 };
  }
  const pool = new Piscina<EvaluationTask, EvaluationResult>({ ...workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  const onAbort = (): void => void pool.destroy();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const window = 4 * workers;
    const inFlight = new Map<number, Promise<EvaluationResult>>();
    let next = 0;
    for (let t = 0; t < tasks.length; t++) {
      while (next < tasks.length && next < t + window) {
        if (options.signal?.aborted) throw abortError();
        const running = pool.run(tasks[next]!, options.signal ? { signal: options.signal } : {});
        // Tasks still in flight when the pool is destroyed (abort, error) reject: they are awaited in order or dropped.
        running.catch(() => {});
        inFlight.set(next, running);
        next++;
      }
      const r = await inFlight.get(t)!;
      inFlight.delete(t);
      merge(r);
    }
  } catch (e) {
    if (options.signal?.aborted) throw abortError();
    throw e;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await pool.destroy();
  }
  return { series, failures, workers };
}

/** The worker module: TypeScript sources run under tsx (development, tests), the build runs the compiled file. */
export function workerFile(): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href;
  return fromSource ? { filename, execArgv: ['--import', 'tsx'] } : { filename };
}
