import { DAYS_PER_PROTOCOL_YEAR } from '../../model/time.js';
import type { UncertaintyResult } from '../../studies/analysis/uncertainty.js';
import { signed, textTable } from '../format.js';
import { UsageError, type CliIo } from '../io.js';
import { atDay, percentSeries, runStudies, type ArmResult } from '../run-study.js';
import { studyUncertainty, type UncertaintyFlags } from './simulate.js';

export interface CompareOptions extends UncertaintyFlags {
  readonly model?: string;
  readonly format: string;
  readonly quiet: boolean;
}

/** Readouts on the protocol year of study files (12 months = 365 d). */
const YEAR = DAYS_PER_PROTOCOL_YEAR;

export interface Endpoints {
  readonly study: string;
  readonly arm: string;
  readonly model: string;
  /** Labels of the read-out times (e.g. '1y' or '8w'). */
  readonly at: readonly string[];
  /** % change from baseline at each read-out time (undefined past the end of the run). */
  readonly hip: readonly (number | undefined)[];
  readonly spine: readonly (number | undefined)[];
  /** Marker % change at the first read-out time. */
  readonly ctx: number | undefined;
  readonly p1np: number | undefined;
}

export interface ReadOut {
  readonly label: string;
  readonly day: number;
}

/** Human studies: 1, 2, 3 and 5 years. */
export const YEAR_READOUTS: readonly ReadOut[] = [1, 2, 3, 5].map((y) => ({ label: `${y}y`, day: y * YEAR }));
/** Rodent protocols read out at 4, 8, 12 and 24 weeks (issue 5). */
export const WEEK_READOUTS: readonly ReadOut[] = [4, 8, 12, 24].map((w) => ({ label: `${w}w`, day: 7 * w }));

/** Weeks for studies shorter than a year, years otherwise. */
export function readOutsFor(arms: readonly ArmResult[]): readonly ReadOut[] {
  const longest = Math.max(...arms.map((a) => a.result.days[a.result.days.length - 1] ?? 0));
  return longest < YEAR ? WEEK_READOUTS : YEAR_READOUTS;
}

export function endpoints(r: ArmResult, readOuts: readonly ReadOut[] = YEAR_READOUTS): Endpoints {
  const hip = percentSeries(r.result, 'bmdTotalHip');
  const spine = percentSeries(r.result, 'bmdLumbarSpine');
  const first = readOuts[0]!.day;
  return {
    study: r.study,
    arm: r.arm,
    model: r.model,
    at: readOuts.map((x) => x.label),
    hip: readOuts.map((x) => atDay(r.result, hip, x.day)),
    spine: readOuts.map((x) => atDay(r.result, spine, x.day)),
    ctx: atDay(r.result, percentSeries(r.result, 'ctx'), first),
    p1np: atDay(r.result, percentSeries(r.result, 'p1np'), first),
  };
}

/** The end-point table shared by `compare` and `demo`. */
export function endpointTable(rows: readonly Endpoints[], withStudy: boolean): string {
  const at = rows[0]?.at ?? [];
  const first = at[0] ?? '';
  return textTable(
    [...(withStudy ? ['study'] : []), 'arm', 'model', ...at.map((y) => `hip ${y}`), ...at.map((y) => `spine ${y}`), `CTX ${first}`, `P1NP ${first}`],
    rows.map((e) => [...(withStudy ? [e.study] : []), e.arm, e.model, ...e.hip.map((v) => signed(v)), ...e.spine.map((v) => signed(v)), signed(e.ctx, 0), signed(e.p1np, 0)]),
    [...(withStudy ? ['l' as const] : []), 'l', 'l', ...at.map(() => 'r' as const), ...at.map(() => 'r' as const), 'r', 'r'],
  );
}

/** 5th, 50th and 95th percentiles of an end point (undefined where the end point is). */
export type Interval = readonly [number, number, number] | undefined;

export interface EndpointIntervals {
  readonly hip: readonly Interval[];
  readonly spine: readonly Interval[];
  readonly ctx: Interval;
  readonly p1np: Interval;
}

/** The end points' intervals of an arm from its uncertainty bands (the same read-out days as `endpoints`). */
export function endpointIntervals(r: ArmResult, bands: UncertaintyResult['arms'][number], readOuts: readonly ReadOut[] = YEAR_READOUTS): EndpointIntervals {
  const at = (name: string, day: number): Interval => {
    const b = bands.outputs[name];
    if (!b) return undefined;
    const q = [b.p05, b.p50, b.p95].map((s) => atDay(r.result, Float64Array.from(s), day));
    return q.every((v) => v !== undefined && Number.isFinite(v)) ? (q as [number, number, number]) : undefined;
  };
  const first = readOuts[0]!.day;
  return {
    hip: readOuts.map((x) => at('bmdTotalHipPct', x.day)),
    spine: readOuts.map((x) => at('bmdLumbarSpinePct', x.day)),
    ctx: at('ctxPct', first),
    p1np: at('p1npPct', first),
  };
}

/** The end-point table with each cell's 90 % interval: `+3.2 (+2.1 … +4.0)`. */
export function intervalTable(rows: readonly (Endpoints & { readonly intervals: EndpointIntervals })[]): string {
  const at = rows[0]?.at ?? [];
  const first = at[0] ?? '';
  const cell = (v: number | undefined, iv: Interval, digits = 1): string => (iv ? `${signed(v, digits)} (${signed(iv[0], digits)} … ${signed(iv[2], digits)})` : signed(v, digits));
  return textTable(
    ['study', 'arm', 'model', ...at.map((y) => `hip ${y}`), ...at.map((y) => `spine ${y}`), `CTX ${first}`, `P1NP ${first}`],
    rows.map((e) => [
      e.study,
      e.arm,
      e.model,
      ...e.hip.map((v, k) => cell(v, e.intervals.hip[k])),
      ...e.spine.map((v, k) => cell(v, e.intervals.spine[k])),
      cell(e.ctx, e.intervals.ctx, 0),
      cell(e.p1np, e.intervals.p1np, 0),
    ]),
    ['l', 'l', 'l', ...at.map(() => 'r' as const), ...at.map(() => 'r' as const), 'r', 'r'],
  );
}

/** `osteosim compare <study>...`: end points of every arm side by side; with --uncertainty, their 5–95 % intervals. */
export async function compareCommand(files: readonly string[], options: CompareOptions, io: CliIo): Promise<void> {
  if (options.format !== 'table' && options.format !== 'json') throw new UsageError(`--format must be table or json, got '${options.format}'`);
  const { studies, arms } = runStudies(files, options.model, io, options.quiet);
  const bands = await studyUncertainty(studies, options, io, options.quiet);
  if (bands) {
    const rows = studies.flatMap((study, s) => {
      const mine = arms.filter((a) => a.study === study.name);
      const readOuts = readOutsFor(mine);
      return mine.map((a) => ({ ...endpoints(a, readOuts), intervals: endpointIntervals(a, bands[s]!.arms.find((b) => b.name === a.arm)!, readOuts) }));
    });
    if (options.format === 'json') {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    const bySet = new Map<string, typeof rows>();
    for (const r of rows) bySet.set(r.at.join(','), [...(bySet.get(r.at.join(',')) ?? []), r]);
    const b = bands[0]!;
    io.stdout(
      `${[...bySet.values()].map((set) => intervalTable(set)).join('\n\n')}\nBMD and markers in % change from the start of each arm: the study's run, and in parentheses the 5th … 95th percentiles over ${b.draws} parameter sets drawn from ${b.source === 'fit' ? `the fit ${options.from}` : 'priors'} (${b.parameters.join(', ')}), seed ${b.seed}.\n`,
    );
    return;
  }
  // Read-outs per study: weeks for studies shorter than a year, years otherwise.
  const names = [...new Set(arms.map((a) => a.study))];
  const rows = names.flatMap((study) => {
    const mine = arms.filter((a) => a.study === study);
    const readOuts = readOutsFor(mine);
    return mine.map((a) => endpoints(a, readOuts));
  });
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  // One table per set of read-out times, so short and long studies each keep their own columns.
  const bySet = new Map<string, Endpoints[]>();
  for (const r of rows) bySet.set(r.at.join(','), [...(bySet.get(r.at.join(',')) ?? []), r]);
  const tables = [...bySet.values()].map((set) => endpointTable(set, true));
  io.stdout(
    `${tables.join('\n\n')}\nBMD and markers in % change from the start of each arm, at the output day nearest each read-out (within half a month); — where the run is shorter, no output day is near, or the model has no such output.\n`,
  );
}
