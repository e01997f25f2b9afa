import { readFileSync } from 'node:fs';
import { columnsFor, formatCsv, importSbml, outputTimes, readSettings, simulateSbml } from '../../io/sbml-import/index.js';
import { UsageError, type CliIo } from '../io.js';
import { writeFileAtomic } from '../write-file.js';

export interface SbmlSimulateOptions {
  readonly settings?: string;
  readonly until?: string;
  readonly steps?: string;
  readonly out?: string;
}

/**
 * `osteosim sbml simulate MODEL.xml [--settings S | --until T --steps N] [--out F]`: a time course of an outside SBML
 * model as CSV (`time` and the variables). With a Test Suite settings file: its times, variables and amount or
 * concentration choice; else every species, compartment and parameter by value from 0 to T in N steps.
 */
export function sbmlSimulateCommand(file: string, o: SbmlSimulateOptions, io: CliIo): void {
  if (o.settings !== undefined && (o.until !== undefined || o.steps !== undefined)) throw new UsageError('give either --settings or --until/--steps, not both');
  const imported = importSbml(readText(file), file);
  let times: number[];
  let variables: readonly string[];
  let amount: readonly string[] = [];
  let concentration: readonly string[] = [];
  if (o.settings !== undefined) {
    const s = readSettings(readText(o.settings));
    times = outputTimes(s.start, s.duration, s.steps);
    ({ variables, amount, concentration } = s);
  } else {
    if (o.until === undefined) throw new UsageError('give --settings FILE or --until T (with --steps N)');
    const until = Number(o.until);
    const steps = o.steps === undefined ? 100 : Number(o.steps);
    if (!Number.isFinite(until) || until <= 0) throw new UsageError(`--until must be a number > 0, got '${o.until}'`);
    if (!Number.isInteger(steps) || steps < 1 || steps > 1_000_000) throw new UsageError(`--steps must be a whole number 1..1000000, got '${o.steps}'`);
    times = outputTimes(0, until, steps);
    const d = imported.description;
    variables = [...d.species.map((x) => x.id), ...d.compartments.map((x) => x.id), ...d.parameters.map((x) => x.id)];
  }
  const csv = formatCsv(simulateSbml(imported, times, columnsFor(imported, variables, amount, concentration)));
  if (o.out) writeFileAtomic(o.out, csv);
  else io.stdout(csv);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read '${path}': ${(e as Error).message}`);
  }
}
