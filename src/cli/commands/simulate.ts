import type { OutputName } from '../../model/scenario.js';
import { csv } from '../format.js';
import { UsageError, type CliIo } from '../io.js';
import { percentSeries, runStudies } from '../run-study.js';
import { writeFileAtomic } from '../write-file.js';

export interface SimulateOptions {
  readonly model?: string;
  readonly format: string;
  readonly out?: string;
  readonly quiet: boolean;
}

/** Outputs that people read as % change from baseline; the series get a `<name>Pct` companion. */
const RELATIVE: readonly OutputName[] = ['bmdTotalHip', 'bmdLumbarSpine', 'ctx', 'p1np', 'bsap'];

/** `osteosim simulate <study>`: time series of every arm, as JSON or CSV, to stdout or a file. */
export function simulateCommand(file: string, options: SimulateOptions, io: CliIo): void {
  if (options.format !== 'json' && options.format !== 'csv') throw new UsageError(`--format must be json or csv, got '${options.format}'`);
  const { studies, arms } = runStudies([file], options.model, io, options.quiet);
  const study = studies[0]!;
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
  let text: string;
  if (options.format === 'json') {
    text = JSON.stringify(
      {
        study: study.name,
        model: arms[0]?.model,
        arms: arms.map((r) => ({
          name: r.arm,
          days: Array.from(r.result.days),
          ageYears: Array.from(r.result.ageYears),
          outputs: Object.fromEntries(columns(r).map(([n, s]) => [n, Array.from(s)])),
        })),
      },
      null,
      2,
    );
  } else {
    const header = ['arm', 'day', 'ageYears', ...columns(arms[0]!).map(([n]) => n)];
    const rows = arms.flatMap((r) => {
      const cols = columns(r);
      return Array.from(r.result.days, (d, k) => [r.arm, d, r.result.ageYears[k]!, ...cols.map(([, s]) => s[k]!)]);
    });
    text = csv(header, rows);
  }
  if (options.out) {
    writeFileAtomic(options.out, `${text}\n`);
    if (!options.quiet) io.stderr(`wrote ${options.out}\n`);
  } else io.stdout(`${text}\n`);
}
