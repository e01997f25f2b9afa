import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SimulateOptions } from '../../engine/index.js';
import { getModel, requireSupport } from '../../model/index.js';
import { emptyArm, mergeArms, type ArmAccumulator, type PatientOutcome } from './accumulate.js';
import { simulateChunk, type ChunkResult, type ChunkTask } from './chunk.js';
import { summarizeTrial, type TrialResult } from './result.js';
import { checkTrialSpec, visitDaysOf, type TrialSpec } from './spec.js';

/**
 * Runs a virtual trial. Patients are simulated in chunks of CHUNK_SIZE consecutive indices, on a worker-thread pool
 * (piscina) or in this thread (workers: 0). Chunk results are merged in chunk order, and every patient's draws depend
 * only on the seed and its index, so the result is identical whatever the number of workers. At most a few chunks
 * per worker are in flight, so memory does not grow with the number of patients unless `onPatient` keeps them.
 */
export const CHUNK_SIZE = 25;

export interface RunTrialOptions {
  /** Registered model to simulate the patients on (default 'osteosim'); it must have hip and spine BMD. */
  readonly model?: string;
  /** Solver options over the model's population defaults (`BoneModel.populationSolverDefaults`). */
  readonly solver?: SimulateOptions;
  /** Worker threads; 0 = simulate in this thread. Default: the machine's parallelism. */
  readonly workers?: number;
  /** Called after each merged chunk with patients done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Per-patient outcomes in index order (for a per-patient file); not kept by the runner. */
  readonly onPatient?: (patient: PatientOutcome) => void;
  /** Stops the trial: workers are terminated and the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

export async function runTrial(spec: TrialSpec, options: RunTrialOptions = {}): Promise<TrialResult> {
  checkTrialSpec(spec);
  const modelName = options.model ?? 'osteosim';
  checkTrialModel(modelName, spec);
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) throw new RangeError(`workers: must be a whole number >= 0, got ${String(workers)}`);
  const total = spec.patientsPerArm * spec.arms.length;
  const chunks = Math.ceil(total / CHUNK_SIZE);
  const task = (chunk: number): ChunkTask => ({ spec, model: modelName, ...(options.solver && { solver: options.solver }), chunk, from: chunk * CHUNK_SIZE, to: Math.min(total, (chunk + 1) * CHUNK_SIZE), perPatient: options.onPatient !== undefined });
  const visits = visitCount(spec);
  let arms: ArmAccumulator[] = spec.arms.map(() => emptyArm(visits, spec.windows?.length ?? 0));
  let done = 0;
  const merge = (r: ChunkResult): void => {
    arms = arms.map((a, k) => mergeArms(a, r.arms[k]!));
    r.patients?.forEach((p) => options.onPatient!(p));
    done += task(r.chunk).to - task(r.chunk).from;
    options.onProgress?.(done, total);
  };
  const started = performance.now();
  const abortError = (): Error => Object.assign(new Error('the trial was stopped'), { name: 'AbortError' });

  if (workers === 0) {
    for (let c = 0; c < chunks; c++) {
      if (options.signal?.aborted) throw abortError();
      merge(simulateChunk(task(c)));
      await new Promise((resolve) => setImmediate(resolve));
    }
  } else {
    const pool = new Piscina<ChunkTask, ChunkResult>({ ...workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
    const onAbort = (): void => void pool.destroy();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const window = 4 * workers;
      const inFlight = new Map<number, Promise<ChunkResult>>();
      let next = 0;
      for (let c = 0; c < chunks; c++) {
        while (next < chunks && next < c + window) {
          if (options.signal?.aborted) throw abortError();
          const running = pool.run(task(next), options.signal ? { signal: options.signal } : {});
          // Chunks still in flight when the pool is destroyed (abort, error) reject: they are awaited in order or dropped.
          running.catch(() => {});
          inFlight.set(next, running);
          next++;
        }
        const r = await inFlight.get(c)!;
        inFlight.delete(c);
        merge(r);
      }
    } catch (e) {
      if (options.signal?.aborted) throw abortError();
      throw e;
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      await pool.destroy();
    }
  }
  return summarizeTrial(spec, arms, { workers, seconds: (performance.now() - started) / 1000 });
}

/** A trial reads hip and spine BMD of women or men: a model lacking any of that is an InputError naming it. */
export function checkTrialModel(modelName: string, spec: TrialSpec): void {
  requireSupport(getModel(modelName), 'a virtual trial', { sites: ['totalHip', 'lumbarSpine'], species: [spec.population.sex === 'female' ? 'woman' : 'man'] });
}

export function visitCount(spec: TrialSpec): number {
  return visitDaysOf(spec).length;
}

/** The worker module: TypeScript sources run under tsx (development, tests), the build runs the compiled file. */
function workerFile(): { filename: string; execArgv?: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href;
  return fromSource ? { filename, execArgv: ['--import', 'tsx'] } : { filename };
}

export const defaultWorkers = (): number => availableParallelism();
