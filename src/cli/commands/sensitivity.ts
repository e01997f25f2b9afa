import { didYouMean } from '../../engine/index.js';
import { InputError } from '../../model/index.js';
import { loadStudyFile, studyToScenarios } from '../../io/study-file.js';
import { daysText, parseTimeQuantity, roundDay, spanDays } from '../../io/study/time.js';
import { sensitivity, sensitivityJson, SENSITIVITY_METHODS, type SensitivityMethod, type SensitivityResult } from '../../studies/analysis/sensitivity.js';
import type { RangeSpec } from '../../studies/analysis/space.js';
import { textTable } from '../format.js';
import { InterruptedError, UsageError, type CliIo } from '../io.js';
import { boneModel } from '../model-access.js';
import { progress, type Progress } from '../progress.js';
import { printWarnings } from '../run-study.js';
import { writeFileAtomic } from '../write-file.js';

export interface SensitivityCliOptions {
  readonly method: string;
  readonly parameters: string;
  readonly output?: string;
  readonly arm?: string;
  readonly at?: string;
  readonly samples?: string;
  readonly seed?: string;
  readonly workers?: string;
  readonly range?: readonly string[];
  readonly factor?: string;
  readonly rangesFrom?: string;
  readonly bootstrap?: string;
  readonly format: string;
  readonly out?: string;
  readonly model?: string;
  readonly quiet: boolean;
}

/** Library fields of the analysis and the flag each comes from, for messages that name the flag. */
const FLAGS: readonly [RegExp, string][] = [
  [/^parameters(\[\d+\])?$/, '--parameters'],
  [/^output$/, '--output'],
  [/^atDay$/, '--at'],
  [/^samples$/, '--samples'],
  [/^seed$/, '--seed'],
  [/^factor$/, '--factor'],
  [/^ranges\./, '--range'],
  [/^bootstrap$/, '--bootstrap'],
];

const wholeNumber = (text: string | undefined, flag: string, min: number): number | undefined => {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (text.trim() === '' || !Number.isInteger(v) || v < min) throw new UsageError(`${flag} must be a whole number >= ${min}, got '${text}'`);
  return v;
};

/**
 * `osteosim sensitivity <study>`: local coefficients, Morris effects or Sobol' indices of one output of one arm of a
 * study to named parameters (src/studies/analysis). Bad flags exit 2 naming the flag; Ctrl-C stops the workers.
 */
export async function sensitivityCommand(file: string, options: SensitivityCliOptions, io: CliIo): Promise<void> {
  if (options.format !== 'table' && options.format !== 'json') throw new UsageError(`--format must be table or json, got '${options.format}'`);
  if (!SENSITIVITY_METHODS.includes(options.method as SensitivityMethod)) {
    throw new UsageError(`--method must be one of ${SENSITIVITY_METHODS.join(', ')}, got '${options.method}'${didYouMean(options.method, SENSITIVITY_METHODS)}`);
  }
  const method = options.method as SensitivityMethod;
  const parameters = options.parameters.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parameters.length === 0) throw new UsageError('--parameters: name at least one parameter, e.g. --parameters eta_C,K_D');
  if (options.model !== undefined) boneModel(options.model);
  const study = loadStudyFile(file, options.model === undefined ? {} : { model: options.model });
  printWarnings(study, io);
  const model = boneModel(study.model);
  const arms = studyToScenarios(study);
  const armName = options.arm ?? arms[0]!.arm;
  const arm = arms.find((a) => a.arm === armName);
  if (!arm) throw new UsageError(`--arm: study '${study.name}' has no arm '${armName}'${didYouMean(armName, arms.map((a) => a.arm))} (arms: ${arms.map((a) => a.arm).join('; ')})`);
  const atDay = options.at === undefined ? undefined : parseAt(options.at, study.durationDays);
  const samples = wholeNumber(options.samples, '--samples', 2);
  const seed = options.seed === undefined ? undefined : Number(options.seed);
  if (seed !== undefined && (options.seed!.trim() === '' || !Number.isInteger(seed))) throw new UsageError(`--seed must be a whole number, got '${options.seed}'`);
  const workers = wholeNumber(options.workers, '--workers', 0);
  const bootstrap = wholeNumber(options.bootstrap, '--bootstrap', 1);
  const factor = options.factor === undefined ? undefined : Number(options.factor);
  if (options.rangesFrom !== undefined && options.rangesFrom !== 'factor' && options.rangesFrom !== 'bounds') throw new UsageError(`--ranges-from must be factor or bounds, got '${options.rangesFrom}'`);
  const ranges = parseRanges(options.range ?? []);

  // The bar starts with the first report, when the number of runs is known.
  let shown: Progress | undefined;
  let ticked = 0;
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result: SensitivityResult;
  try {
    result = await sensitivity(
      {
        model,
        scenario: arm.scenario,
        parameters,
        ...(options.output !== undefined && { output: options.output }),
        ...(atDay !== undefined && { atDay }),
        space: { ...(factor !== undefined && { factor }), ...(options.rangesFrom !== undefined && { source: options.rangesFrom as 'factor' | 'bounds' }), ranges },
      },
      {
        method,
        ...(samples !== undefined && { samples }),
        ...(seed !== undefined && { seed }),
        ...(workers !== undefined && { workers }),
        ...(bootstrap !== undefined && { bootstrap }),
        signal: controller.signal,
        onProgress: (done, total) => {
          shown ??= progress(io, total, `${method} ${study.name}`, options.quiet);
          for (; ticked < done; ticked++) shown.tick();
        },
      },
    );
  } catch (e) {
    if (e instanceof InputError) {
      const flag = FLAGS.find(([re]) => re.test(e.field))?.[1];
      if (flag) throw new UsageError(`${flag}: ${e.detail}`);
    }
    if ((e as Error).name === 'AbortError') throw new InterruptedError('sensitivity analysis stopped (interrupted)');
    throw e;
  } finally {
    shown?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const header = { study: study.name, arm: arm.arm };
  const text = options.format === 'json' ? JSON.stringify(sensitivityJson(result, header), null, 2) : formatSensitivity(result, header);
  if (options.out) {
    writeFileAtomic(options.out, `${options.out.endsWith('.json') ? JSON.stringify(sensitivityJson(result, header), null, 2) : text}\n`);
    if (!options.quiet) io.stderr(`wrote ${options.out}\n`);
  } else io.stdout(`${text}\n`);
  if (!options.quiet) {
    io.stderr(`${result.evaluations} model runs${result.failed ? ` (${result.failed} failed, left out)` : ''} in ${result.seconds.toFixed(1)} s on ${result.workers || 'no'} worker thread${result.workers === 1 ? '' : 's'}\n`);
  }
}

/** `--at` in study-file words ("3 years", "18 months", "3y", a bare number of days), within the study. */
function parseAt(text: string, durationDays: number): number {
  const bare = Number(text);
  const q = text.trim() !== '' && Number.isFinite(bare) ? bare : parseTimeQuantity(text);
  if (q === undefined) throw new UsageError(`--at: '${text}' is not a time (write e.g. 3 years, 18 months, 90 days)`);
  const day = roundDay(spanDays(q));
  if (day < 0 || day > durationDays + 1e-6) throw new UsageError(`--at: ${text} (${daysText(day)}) is outside the study, which runs from 0 to ${daysText(durationDays)}`);
  return day;
}

/** `--range name=lo:hi[:log]`, repeatable and comma-separated. */
export function parseRanges(items: readonly string[]): Record<string, RangeSpec> {
  const ranges: Record<string, RangeSpec> = {};
  for (const item of items.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=([^:]+):([^:]+)(?::(linear|log))?$/.exec(item);
    const lo = m ? Number(m[2]) : NaN;
    const hi = m ? Number(m[3]) : NaN;
    if (!m || !Number.isFinite(lo) || !Number.isFinite(hi)) throw new UsageError(`--range: '${item}' is not name=lo:hi (or name=lo:hi:log), e.g. eta_C=0.01:0.04`);
    ranges[m[1]!] = { lo, hi, ...(m[4] && { scale: m[4] as 'linear' | 'log' }) };
  }
  return ranges;
}

const num = (v: number | null, digits = 3): string => (v === null || !Number.isFinite(v) ? '—' : Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : v.toFixed(digits));

/** The result as a table: one row per parameter, largest effect first, with the ranges sampled. */
export function formatSensitivity(result: SensitivityResult, header: { study: string; arm: string }): string {
  const title = `${result.method} sensitivity of ${result.output} at day ${Number(result.at.toFixed(3))} (${(result.at / 365).toFixed(2)} y) — ${header.study}, arm '${header.arm}', model ${result.model}`;
  const range = (name: string): string => {
    const r = result.ranges.find((x) => x.name === name)!;
    return result.method === 'local' ? `${num(r.value, 4)} ${r.unit}` : `${num(r.lo, 4)} … ${num(r.hi, 4)} ${r.scale === 'log' ? '(log)' : ''}`.trim();
  };
  let table: string;
  let note: string;
  switch (result.method) {
    case 'sobol': {
      const rows = [...result.indices].sort((a, b) => b.ST - a.ST);
      table = textTable(
        ['parameter', 'S1', 'S1 95% CI', 'ST', 'ST 95% CI', 'range'],
        rows.map((r) => [r.parameter, num(r.S1), `${num(r.S1ci[0])} … ${num(r.S1ci[1])}`, num(r.ST), `${num(r.STci[0])} … ${num(r.STci[1])}`, range(r.parameter)]),
        ['l', 'r', 'r', 'r', 'r', 'l'],
      );
      note = `Sobol' indices (Jansen estimators), N = ${result.samples} base samples, ${result.evaluations} runs, seed ${result.seed}, ${result.bootstrap} bootstrap resamples.`;
      break;
    }
    case 'morris': {
      const rows = [...result.indices].sort((a, b) => b.mu_star - a.mu_star);
      table = textTable(
        ['parameter', 'mu_star', 'mu', 'sigma', 'range'],
        rows.map((r) => [r.parameter, num(r.mu_star), num(r.mu), num(r.sigma), range(r.parameter)]),
        ['l', 'r', 'r', 'r', 'l'],
      );
      note = `Elementary effects (${result.output} change over each parameter's whole range), r = ${result.samples} trajectories, ${result.levels} levels, ${result.evaluations} runs, seed ${result.seed}.`;
      break;
    }
    case 'local': {
      const rows = [...result.indices].sort((a, b) => Math.abs(b.coefficient ?? 0) - Math.abs(a.coefficient ?? 0));
      const years = [1, 2, 3, 5, 10].map((y) => y * 365).filter((d) => d <= result.times[result.times.length - 1]! + 1e-6);
      const columnAt = (d: number): number => result.times.reduce((best, t, k) => (Math.abs(t - d) < Math.abs(result.times[best]! - d) ? k : best), 0);
      table = textTable(
        ['parameter', 'coefficient', 'dy/dln p', ...years.map((d) => `c at ${d / 365} y`), 'value'],
        rows.map((r) => [r.parameter, num(r.coefficient), num(r.derivative), ...years.map((d) => num(r.series[columnAt(d)]!)), range(r.parameter)]),
        ['l', 'r', 'r', ...years.map(() => 'r' as const), 'l'],
      );
      note = `Normalized coefficients d ln y / d ln p by central differences, step ${result.step} in ln p; dy/dln p in the output's unit. --format json gives every output day.`;
      break;
    }
    default:
      return result satisfies never;
  }
  return `${title}\n\n${table}\n\n${note}${result.failed ? `\n${result.failed} of ${result.evaluations} runs failed in the solver and were left out.` : ''}`;
}
