import { invalid } from './errors.js';

/** An SBML Test Suite settings file (`NNNNN-settings.txt`). */
export interface SuiteSettings {
  readonly start: number;
  readonly duration: number;
  readonly steps: number;
  readonly variables: readonly string[];
  readonly absolute: number;
  readonly relative: number;
  readonly amount: readonly string[];
  readonly concentration: readonly string[];
}

export function readSettings(text: string): SuiteSettings {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) fields.set(m[1]!.toLowerCase(), m[2]!);
  }
  const list = (k: string): string[] => (fields.get(k) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const number = (k: string, dflt?: number): number => {
    const raw = fields.get(k);
    if (raw === undefined || raw === '') {
      if (dflt !== undefined) return dflt;
      throw invalid(`settings.${k}`, 'missing');
    }
    const v = Number(raw);
    if (!Number.isFinite(v)) throw invalid(`settings.${k}`, `'${raw}' is not a number`);
    return v;
  };
  return {
    start: number('start', 0),
    duration: number('duration'),
    steps: number('steps'),
    variables: list('variables'),
    absolute: number('absolute', 0),
    relative: number('relative', 0),
    amount: list('amount'),
    concentration: list('concentration'),
  };
}

/** steps + 1 evenly spaced output times from start to start + duration. */
export function outputTimes(start: number, duration: number, steps: number): number[] {
  return Array.from({ length: steps + 1 }, (_, k) => start + (duration * k) / steps);
}
