import { signed, textTable } from '../format.js';
import { UsageError, type CliIo } from '../io.js';
import { atDay, percentSeries, runStudies, type ArmResult } from '../run-study.js';

export interface CompareOptions {
  readonly model?: string;
  readonly format: string;
  readonly quiet: boolean;
}

const YEAR = 365;

export interface Endpoints {
  readonly study: string;
  readonly arm: string;
  readonly model: string;
  /** % change from baseline at 1, 2, 3 and 5 years (undefined past the end of the run). */
  readonly hip: readonly (number | undefined)[];
  readonly spine: readonly (number | undefined)[];
  readonly ctx1y: number | undefined;
  readonly p1np1y: number | undefined;
}

export const ENDPOINT_YEARS = [1, 2, 3, 5] as const;

export function endpoints(r: ArmResult): Endpoints {
  const hip = percentSeries(r.result, 'bmdTotalHip');
  const spine = percentSeries(r.result, 'bmdLumbarSpine');
  return {
    study: r.study,
    arm: r.arm,
    model: r.model,
    hip: ENDPOINT_YEARS.map((y) => atDay(r.result, hip, y * YEAR)),
    spine: ENDPOINT_YEARS.map((y) => atDay(r.result, spine, y * YEAR)),
    ctx1y: atDay(r.result, percentSeries(r.result, 'ctx'), YEAR),
    p1np1y: atDay(r.result, percentSeries(r.result, 'p1np'), YEAR),
  };
}

/** `osteosim compare <study>...`: end points of every arm side by side. */
export function compareCommand(files: readonly string[], options: CompareOptions, io: CliIo): void {
  if (options.format !== 'table' && options.format !== 'json') throw new UsageError(`--format must be table or json, got '${options.format}'`);
  const { arms } = runStudies(files, options.model, io, options.quiet);
  const rows = arms.map(endpoints);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const years = ENDPOINT_YEARS.map((y) => `${y}y`);
  io.stdout(
    `${textTable(
      ['study', 'arm', 'model', ...years.map((y) => `hip ${y}`), ...years.map((y) => `spine ${y}`), 'CTX 1y', 'P1NP 1y'],
      rows.map((e) => [e.study, e.arm, e.model, ...e.hip.map((v) => signed(v)), ...e.spine.map((v) => signed(v)), signed(e.ctx1y, 0), signed(e.p1np1y, 0)]),
      ['l', 'l', 'l', ...years.map(() => 'r' as const), ...years.map(() => 'r' as const), 'r', 'r'],
    )}\nBMD and markers in % change from the start of each arm; — where the run is shorter or the model has no such output.\n`,
  );
}
