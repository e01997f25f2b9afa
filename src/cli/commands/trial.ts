import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import type { PatientOutcome } from '../../studies/trials/accumulate.js';
import { loadTrialFile } from '../../io/trial-file.js';
import { formatTrial } from '../../studies/trials/format.js';
import { checkTrialModel, defaultWorkers, runTrial } from '../../studies/trials/run.js';
import { boneModel } from '../model-access.js';
import { checkSeed } from '../../studies/trials/rng.js';
import { TRIAL_SPECS } from '../../studies/trials/specs/index.js';
import { FRACTURE_ENDPOINTS, TRIAL_SITES, type TrialSpec } from '../../studies/trials/spec.js';
import { csv } from '../format.js';
import { InterruptedError, UsageError, type CliIo } from '../io.js';
import { progress } from '../progress.js';
import { removeStaleTemps, tempPath, writeFileAtomic } from '../write-file.js';
import { plotlySource, renderTrialReport } from '../../io/report.js';

export interface TrialOptions {
  readonly patients?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly format: string;
  readonly out?: string;
  readonly perPatient?: string;
  readonly report?: string;
  /** Registered model to simulate the patients on (default osteosim). */
  readonly model?: string;
  readonly quiet: boolean;
}

const wholeNumber = (text: string | undefined, flag: string, min: number): number | undefined => {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (!Number.isInteger(v) || v < min) throw new UsageError(`${flag} must be a whole number >= ${min}, got '${text}'`);
  return v;
};

/**
 * `osteosim trial <file|name>`: a virtual trial from a trial file or a ready-made spec (freedom, fit, horizon, frame,
 * more). Prints per arm BMD change by visit (mean, 95 % CI), fracture incidence and relative risk (95 % CI) and the
 * drug harms; --out writes the JSON result, --per-patient a CSV row per patient (streamed to a temporary file).
 * Ctrl-C (exit 130) or SIGTERM (exit 143) stops the workers and removes the unfinished files; temporary files of
 * earlier killed runs are removed.
 */
export async function trialCommand(source: string, options: TrialOptions, io: CliIo): Promise<void> {
  if (options.format !== 'table' && options.format !== 'json') throw new UsageError(`--format must be table or json, got '${options.format}'`);
  const ready = TRIAL_SPECS[source.toLowerCase()];
  let spec: TrialSpec = ready ?? loadTrialFile(source);
  const patients = wholeNumber(options.patients, '--patients', 0);
  if (patients === 0) throw new UsageError('--patients must be at least 1: a trial of zero patients has nothing to report');
  if (patients !== undefined) spec = { ...spec, patientsPerArm: patients };
  if (options.seed !== undefined) {
    const seed = Number(options.seed);
    try {
      checkSeed(seed, '--seed');
    } catch (e) {
      throw new UsageError(`${(e as Error).message}`);
    }
    spec = { ...spec, seed };
  }
  const modelName = boneModel(options.model ?? 'osteosim').name;
  checkTrialModel(modelName, spec);
  const workers = wholeNumber(options.workers, '--workers', 0) ?? defaultWorkers();
  const total = spec.patientsPerArm * spec.arms.length;
  const bar = progress(io, total, `trial ${spec.name}`, options.quiet);

  const controller = new AbortController();
  let stoppedBy = 'SIGINT' as 'SIGINT' | 'SIGTERM';
  const onInterrupt = (): void => controller.abort();
  const onTerminate = (): void => {
    stoppedBy = 'SIGTERM';
    controller.abort();
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onTerminate);
  let perPatient: { stream: WriteStream; tmp: string; path: string } | undefined;
  if (options.perPatient) {
    removeStaleTemps(options.perPatient);
    const tmp = tempPath(options.perPatient);
    const stream = createWriteStream(tmp);
    stream.write(`${csv(patientHeader(spec), [])}\n`);
    perPatient = { stream, tmp, path: options.perPatient };
  }
  let lastTick = 0;
  try {
    const result = await runTrial(spec, {
      model: modelName,
      workers,
      signal: controller.signal,
      onProgress: (done) => {
        for (; lastTick < done; lastTick++) bar.tick();
      },
      ...(perPatient ? { onPatient: (p: PatientOutcome) => void perPatient!.stream.write(`${csv(patientRow(spec, p).map(String), [])}\n`) } : {}),
    });
    bar.stop();
    if (perPatient) {
      await new Promise<void>((resolve, reject) => perPatient!.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      renameSync(perPatient.tmp, perPatient.path);
      if (!options.quiet) io.stderr(`wrote ${perPatient.path}\n`);
    }
    const text = options.format === 'json' ? JSON.stringify(result, null, 2) : formatTrial(result);
    if (options.out) {
      writeFileAtomic(options.out, `${options.format === 'json' || options.out.endsWith('.json') ? JSON.stringify(result, null, 2) : text}\n`);
      if (!options.quiet) io.stderr(`wrote ${options.out}\n`);
    }
    if (options.report) {
      writeFileAtomic(options.report, renderTrialReport(result, plotlySource(), spec.description));
      if (!options.quiet) io.stderr(`wrote ${options.report}\n`);
    }
    if (!options.out || options.format === 'table') io.stdout(`${text}\n`);
    if (!options.quiet) io.stderr(`${result.patients} patients in ${result.timing.seconds.toFixed(1)} s on ${result.timing.workers || 'no'} worker thread${result.timing.workers === 1 ? '' : 's'}\n`);
  } catch (e) {
    bar.stop();
    if (perPatient) {
      perPatient.stream.destroy();
      rmSync(perPatient.tmp, { force: true });
    }
    if ((e as Error).name === 'AbortError') throw new InterruptedError(`trial stopped (${stoppedBy === 'SIGTERM' ? 'terminated' : 'interrupted'}): no result files were written`, stoppedBy);
    throw e;
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onTerminate);
  }
}

function patientHeader(spec: TrialSpec): string[] {
  const visits = [...new Set([...(spec.visitDays ?? []), spec.durationDays])].sort((a, b) => a - b);
  return [
    'index',
    'arm',
    'ageYears',
    'hipTScore',
    'spineTScore',
    'prevalentVertebralFracture',
    ...TRIAL_SITES.flatMap((s) => visits.map((d) => `${s}Pct_day${d}`)),
    ...FRACTURE_ENDPOINTS.flatMap((e) => [`${e}Day`, `${e}Probability`]),
    'died',
  ];
}

function patientRow(spec: TrialSpec, p: PatientOutcome): (string | number)[] {
  return [
    p.index,
    spec.arms[p.arm]!.name,
    p.ageYears,
    p.hipTScore,
    p.spineTScore,
    p.prevalentVertebralFracture ? 1 : 0,
    ...TRIAL_SITES.flatMap((s) => p.bmdPct[s]),
    ...FRACTURE_ENDPOINTS.flatMap((e) => [p.firstEventDay[e] ?? '', p.probability[e]]),
    p.died ? 1 : 0,
  ];
}
