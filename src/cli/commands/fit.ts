import { readFileSync } from 'node:fs';
import { InputError } from '../../model/index.js';
import { loadStudyFile, studyToScenarios } from '../../io/study-file.js';
import { plotlySource } from '../../io/report.js';
import { renderFitReport } from '../../io/report/fit.js';
import { fit, fitCurves, fitJson, type FitResult } from '../../studies/analysis/fit.js';
import { MeasurementError, parseMeasurements } from '../../studies/analysis/measurements.js';
import { textTable } from '../format.js';
import { InterruptedError, UsageError, type CliIo } from '../io.js';
import { boneModel } from '../model-access.js';
import { printWarnings } from '../run-study.js';
import { writeFileAtomic } from '../write-file.js';
import { parseRanges } from './sensitivity.js';

export interface FitCliOptions {
  readonly parameters: string;
  readonly range?: readonly string[];
  readonly workers?: string;
  readonly profile: boolean;
  readonly format: string;
  readonly out?: string;
  readonly report?: string;
  readonly model?: string;
  readonly quiet: boolean;
}

/** Library fields of the fit and the flag each comes from, for messages that name the flag. */
const FLAGS: readonly [RegExp, string][] = [
  [/^parameters(\[\d+\])?$/, '--parameters'],
  [/^ranges\./, '--range'],
  [/^initial\./, '--range'],
];

/**
 * `osteosim fit <study> <data.csv>`: named parameters fitted to a measurement table (src/studies/analysis/fit.ts).
 * Table or JSON on stdout, or to --out (JSON when it ends in .json: the file `--uncertainty --from` reads); --report
 * writes an HTML page with the fit and residual plots. Errors in the table exit 2 naming the file, row and column.
 */
export async function fitCommand(studyFile: string, dataFile: string, options: FitCliOptions, io: CliIo): Promise<void> {
  if (options.format !== 'table' && options.format !== 'json') throw new UsageError(`--format must be table or json, got '${options.format}'`);
  const parameters = options.parameters.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (parameters.length === 0) throw new UsageError('--parameters: name at least one parameter, e.g. --parameters K_D,k_e0');
  let workers: number | undefined;
  if (options.workers !== undefined) {
    workers = Number(options.workers);
    if (options.workers.trim() === '' || !Number.isInteger(workers) || workers < 0) throw new UsageError(`--workers must be a whole number >= 0, got '${options.workers}'`);
  }
  if (options.model !== undefined) boneModel(options.model);
  const study = loadStudyFile(studyFile, options.model === undefined ? {} : { model: options.model });
  printWarnings(study, io);
  const model = boneModel(study.model);
  let text: string;
  try {
    text = readFileSync(dataFile, 'utf8');
  } catch (e) {
    throw new UsageError(`${dataFile}: cannot read the data file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const bounds = parseRanges(options.range ?? []);
  const arms = studyToScenarios(study).map(({ arm, scenario }) => ({ name: arm, scenario }));
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let result: FitResult;
  try {
    const data = parseMeasurements(text);
    result = await fit(
      { model, arms, data, parameters, bounds },
      {
        ...(workers !== undefined && { workers }),
        profile: options.profile,
        signal: controller.signal,
        ...(!options.quiet && io.interactive && { onIteration: (k: number, objective: number) => io.stderr(`iteration ${k}: objective ${objective.toPrecision(6)}\n`) }),
      },
    );
  } catch (e) {
    if (e instanceof MeasurementError) throw new UsageError(`${dataFile}: ${e.message}`);
    if (e instanceof InputError) {
      const flag = FLAGS.find(([re]) => re.test(e.field))?.[1];
      if (flag) throw new UsageError(`${flag}: ${e.detail}`);
    }
    if ((e as Error).name === 'AbortError') throw new InterruptedError('fit stopped (interrupted)');
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const header = { study: study.name, data: dataFile };
  const json = (): string => JSON.stringify(fitJson(result, header), null, 2);
  const out = options.format === 'json' ? json() : formatFit(result, header);
  if (options.out) {
    writeFileAtomic(options.out, `${options.out.endsWith('.json') ? json() : out}\n`);
    if (!options.quiet) io.stderr(`wrote ${options.out}\n`);
  } else io.stdout(`${out}\n`);
  if (options.report) {
    const curves = fitCurves(model, arms, result);
    writeFileAtomic(options.report, renderFitReport({ study: study.name, dataFile, result, curves }, plotlySource()));
    if (!options.quiet) io.stderr(`wrote ${options.report}\n`);
  }
  if (!options.quiet) {
    io.stderr(`${result.evaluations} model runs in ${result.seconds.toFixed(1)} s on ${result.workers || 'no'} worker thread${result.workers === 1 ? '' : 's'}\n`);
  }
}

const num = (v: number, digits = 4): string => (!Number.isFinite(v) ? '—' : Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : String(Number(v.toPrecision(digits))));

/** The fit as a table: one row per parameter, then the objective and the residuals' size. */
export function formatFit(result: FitResult, header: { study: string; data: string }): string {
  const level = `${Math.round(result.level * 100)}% CI (${result.parameters[0]?.ciMethod ?? 'profile'})`;
  const table = textTable(
    ['parameter', 'initial', 'estimate', 'se', level, 'unit'],
    result.parameters.map((p) => [
      p.name,
      num(p.initial),
      num(p.estimate),
      num(p.se, 3),
      `${num(p.ci[0])}${p.ciAtBound[0] ? ' (bound)' : ''} … ${num(p.ci[1])}${p.ciAtBound[1] ? ' (bound)' : ''}`,
      p.unit,
    ]),
    ['l', 'r', 'r', 'r', 'r', 'l'],
  );
  const rms = Math.sqrt(result.residuals.reduce((s, r) => s + r.residual ** 2, 0) / Math.max(1, result.residuals.length));
  const bound = result.parameters.filter((p) => p.atBound).map((p) => p.name);
  const lines = [
    `fit of ${header.study} to ${header.data}: ${result.points} measurements, model ${result.model}, ${result.converged ? 'converged' : 'NOT converged'} after ${result.iterations} iterations`,
    '',
    table,
    '',
    `objective Σ((model − value)/sd)² = ${num(result.objective)} on ${result.points - result.parameters.length} degrees of freedom; rms weighted residual ${num(rms, 3)}`,
    result.noise === 'given' ? 'noise: the data\'s sd' : `noise: no sd in the data, variance estimated from the residuals (σ² = ${num(result.sigma2)})`,
    ...(bound.length ? [`at a search bound: ${bound.join(', ')} (widen it with --range name=lo:hi)`] : []),
  ];
  return lines.join('\n');
}
