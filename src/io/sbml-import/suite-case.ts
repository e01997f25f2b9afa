import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../../model/input-error.js';
import { compareToExpected } from './compare.js';
import { columnsFor, importSbml } from './index.js';
import { outputTimes, readSettings } from './settings.js';
import { simulateSbml } from './simulate.js';

export type CaseStatus = 'pass' | 'fail' | 'unsupported' | 'error';

/** The SBML file of a case folder: L3V2, else L3V1, else L2V4. */
export function caseSbmlFile(dir: string): string {
  const id = basename(dir);
  const files = readdirSync(dir);
  for (const lv of ['l3v2', 'l3v1', 'l2v4']) {
    const f = `${id}-sbml-${lv}.xml`;
    if (files.includes(f)) return join(dir, f);
  }
  throw new Error(`${dir}: no SBML file`);
}

/** Imports, simulates and checks one suite case folder. `unsupported`: the importer's documented refusal. */
export function runSuiteCase(dir: string): { status: CaseStatus; detail: string } {
  const id = basename(dir);
  try {
    const settings = readSettings(readFileSync(join(dir, `${id}-settings.txt`), 'utf8'));
    const imported = importSbml(readFileSync(caseSbmlFile(dir), 'utf8'), `SBML Test Suite case ${id}`);
    const times = outputTimes(settings.start, settings.duration, settings.steps);
    const course = simulateSbml(imported, times, columnsFor(imported, settings.variables, settings.amount, settings.concentration));
    const cmp = compareToExpected(course, readFileSync(join(dir, `${id}-results.csv`), 'utf8'), settings.absolute, settings.relative);
    const w = cmp.worst;
    return { status: cmp.pass ? 'pass' : 'fail', detail: w ? `${cmp.failingPoints} failing; worst ${w.variable} at t=${w.time}: ${w.sim} vs ${w.expected} (x${w.ratio.toPrecision(3)})` : '' };
  } catch (e) {
    if (e instanceof InputError && e.code === 'unsupported') return { status: 'unsupported', detail: String(e.given) };
    return { status: 'error', detail: (e as Error).message.split('\n')[0]! };
  }
}
