import { readFileSync } from 'node:fs';
import { InputError, type BoneModel } from '../../model/index.js';
import type { OutputName } from '../../model/scenario.js';
import { studyToScenarios, type Study } from '../../io/study-file.js';
import type { AnalysisOutput } from '../../studies/analysis/outputs.js';
import { uncertainty, type FitDistribution, type UncertaintyResult, type UncertaintySource } from '../../studies/analysis/uncertainty.js';
import { csv } from '../format.js';
import { InterruptedError, UsageError, type CliIo } from '../io.js';
import { boneModel } from '../model-access.js';
import { progress, type Progress } from '../progress.js';
import { percentSeries, runStudies } from '../run-study.js';
import { writeFileAtomic } from '../write-file.js';
import { parseRanges } from './sensitivity.js';

/** The `--uncertainty` flags of simulate and compare, as given. */
export interface UncertaintyFlags {
  readonly uncertainty?: string;
  readonly from?: string;
  readonly parameters?: string;
  readonly factor?: string;
  readonly range?: readonly string[];
  readonly seed?: string;
  readonly workers?: string;
}

export interface SimulateOptions extends UncertaintyFlags {
  readonly model?: string;
  readonly format: string;
  readonly out?: string;
  readonly quiet: boolean;
}

/** Outputs that people read as % change from baseline; the series get a `<name>Pct` companion. */
const RELATIVE: readonly OutputName[] = ['bmdTotalHip', 'bmdLumbarSpine', 'ctx', 'p1np', 'bsap'];

/** A study's outputs as analysis outputs: each output the model has, and the `<name>Pct` companion of relative ones. */
export function studyOutputs(study: Study, model: BoneModel): AnalysisOutput[] {
  return study.outputs
    .filter((name) => model.outputs[name] !== undefined)
    .flatMap((name): AnalysisOutput[] => [{ name, kind: 'output', of: name }, ...(RELATIVE.includes(name) ? [{ name: `${name}Pct`, kind: 'percent', of: name } as const] : [])]);
}

const whole = (text: string | undefined, flag: string, min: number): number | undefined => {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (text.trim() === '' || !Number.isInteger(v) || v < min) throw new UsageError(`${flag} must be a whole number >= ${min}, got '${text}'`);
  return v;
};

/** Reads `--from fit.json` (osteosim fit's JSON): parameters with estimate and scale, and the covariance. */
function readFit(file: string): FitDistribution {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`--from: ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const d = doc as { parameters?: unknown; covariance?: unknown };
  const ok =
    Array.isArray(d.parameters) &&
    d.parameters.every((p: unknown) => typeof p === 'object' && p !== null && typeof (p as { name?: unknown }).name === 'string' && typeof (p as { estimate?: unknown }).estimate === 'number') &&
    Array.isArray(d.covariance);
  if (!ok) throw new UsageError(`--from: ${file} is not a fit (write one with osteosim fit ... --out fit.json): it needs parameters [{name, estimate, scale}] and covariance`);
  return d as FitDistribution;
}

/**
 * Runs the uncertainty of every arm of each study when `--uncertainty N` is given (else undefined). Flags that need
 * it without it, and bad values, are usage errors naming the flag.
 */
export async function studyUncertainty(studies: readonly Study[], flags: UncertaintyFlags, io: CliIo, quiet: boolean): Promise<UncertaintyResult[] | undefined> {
  if (flags.uncertainty === undefined) {
    const stray = (['from', 'parameters', 'factor', 'range', 'seed', 'workers'] as const).find((k) => flags[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} applies to --uncertainty N: add --uncertainty, e.g. --uncertainty 100`);
    return undefined;
  }
  const draws = whole(flags.uncertainty, '--uncertainty', 2)!;
  const seed = flags.seed === undefined ? undefined : Number(flags.seed);
  if (seed !== undefined && (flags.seed!.trim() === '' || !Number.isInteger(seed))) throw new UsageError(`--seed must be a whole number, got '${flags.seed}'`);
  const workers = whole(flags.workers, '--workers', 0);
  let source: UncertaintySource;
  if (flags.from !== undefined) {
    if (flags.parameters !== undefined || flags.factor !== undefined || flags.range !== undefined) throw new UsageError('--from draws the fit\'s parameters: leave out --parameters, --factor and --range');
    source = { kind: 'fit', fit: readFit(flags.from) };
  } else {
    const parameters = (flags.parameters ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (parameters.length === 0) throw new UsageError('--uncertainty needs --from fit.json (draws from a fit) or --parameters a,b (draws from their priors)');
    const factor = flags.factor === undefined ? undefined : Number(flags.factor);
    source = { kind: 'prior', parameters, space: { ...(factor !== undefined && { factor }), ranges: parseRanges(flags.range ?? []) } };
  }
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const results: UncertaintyResult[] = [];
  try {
    for (const study of studies) {
      const model = boneModel(study.model);
      const arms = studyToScenarios(study).map(({ arm, scenario }) => ({ name: arm, scenario }));
      let shown: Progress | undefined;
      let ticked = 0;
      try {
        results.push(
          await uncertainty(
            { model, arms, outputs: studyOutputs(study, model), source },
            {
              draws,
              ...(seed !== undefined && { seed }),
              ...(workers !== undefined && { workers }),
              signal: controller.signal,
              onProgress: (done, total) => {
                shown ??= progress(io, total, `uncertainty ${study.name}`, quiet);
                for (; ticked < done; ticked++) shown.tick();
              },
            },
          ),
        );
      } finally {
        shown?.stop();
      }
      const r = results[results.length - 1]!;
      if (!quiet) io.stderr(`${study.name}: ${draws} parameter sets from ${r.source === 'fit' ? flags.from : 'priors'} (${r.parameters.join(', ')}), ${r.failed ? `${r.failed} failed, ` : ''}${r.seconds.toFixed(1)} s\n`);
    }
  } catch (e) {
    if (e instanceof InputError) {
      const flag = /^parameters/.test(e.field) ? '--parameters' : /^ranges\./.test(e.field) ? '--range' : /^factor$/.test(e.field) ? '--factor' : /^from\./.test(e.field) ? '--from' : /^draws$/.test(e.field) ? '--uncertainty' : /^seed$/.test(e.field) ? '--seed' : undefined;
      if (flag) throw new UsageError(`${flag}: ${e.field.startsWith('from.') ? `${e.field.slice(5)}: ` : ''}${e.detail}`);
    }
    if ((e as Error).name === 'AbortError') throw new InterruptedError('uncertainty runs stopped (interrupted)');
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return results;
}

/** `osteosim simulate <study>`: time series of every arm, as JSON or CSV, to stdout or a file; with --uncertainty, 5/50/95 % series too. */
export async function simulateCommand(file: string, options: SimulateOptions, io: CliIo): Promise<void> {
  if (options.format !== 'json' && options.format !== 'csv') throw new UsageError(`--format must be json or csv, got '${options.format}'`);
  const { studies, arms } = runStudies([file], options.model, io, options.quiet);
  const study = studies[0]!;
  const bands = (await studyUncertainty(studies, options, io, options.quiet))?.[0];
  const wanted = study.outputs;
  const columns = (r: (typeof arms)[number]) => {
    const cols: [string, Float64Array][] = [];
    for (const name of wanted) {
      const s = r.result.outputs[name];
      if (!s) continue;
      cols.push([name, s]);
      const pct = RELATIVE.includes(name) ? percentSeries(r.result, name) : undefined;
      if (pct) cols.push([`${name}Pct`, pct]);
    }
    return cols;
  };
  const intervalsOf = (arm: string) => bands?.arms.find((a) => a.name === arm)?.outputs;
  let text: string;
  if (options.format === 'json') {
    text = JSON.stringify(
      {
        study: study.name,
        model: arms[0]?.model,
        ...(bands && {
          uncertainty: {
            source: bands.source,
            ...(options.from !== undefined && { from: options.from }),
            draws: bands.draws,
            seed: bands.seed,
            parameters: bands.parameters,
            ...(bands.ranges && { ranges: bands.ranges.map(({ name, lo, hi, scale }) => ({ name, lo, hi, scale })) }),
            failed: bands.failed,
          },
        }),
        arms: arms.map((r) => {
          const iv = intervalsOf(r.arm);
          return {
            name: r.arm,
            days: Array.from(r.result.days),
            ageYears: Array.from(r.result.ageYears),
            outputs: Object.fromEntries(columns(r).map(([n, s]) => [n, Array.from(s)])),
            ...(iv && { intervals: Object.fromEntries(columns(r).filter(([n]) => iv[n]).map(([n]) => [n, { p05: iv[n]!.p05, p50: iv[n]!.p50, p95: iv[n]!.p95 }])) }),
          };
        }),
      },
      null,
      2,
    );
  } else {
    const first = arms[0]!;
    const banded = (n: string): boolean => Boolean(intervalsOf(first.arm)?.[n]);
    const header = ['arm', 'day', 'ageYears', ...columns(first).flatMap(([n]) => [n, ...(banded(n) ? [`${n}_p05`, `${n}_p50`, `${n}_p95`] : [])])];
    const rows = arms.flatMap((r) => {
      const cols = columns(r);
      const iv = intervalsOf(r.arm);
      return Array.from(r.result.days, (d, k) => [
        r.arm,
        d,
        r.result.ageYears[k]!,
        ...cols.flatMap(([n, s]) => [s[k]!, ...(banded(n) ? [iv?.[n]?.p05[k] ?? NaN, iv?.[n]?.p50[k] ?? NaN, iv?.[n]?.p95[k] ?? NaN] : [])]),
      ]);
    });
    text = csv(header, rows);
  }
  if (options.out) {
    writeFileAtomic(options.out, `${text}\n`);
    if (!options.quiet) io.stderr(`wrote ${options.out}\n`);
  } else io.stdout(`${text}\n`);
}
