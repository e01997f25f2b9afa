/**
 * Runs SBML Test Suite semantic cases through the importer and the suite's pass rule.
 * Usage: npx tsx scripts/sbml-suite.ts [DIR (default /work/shared/interop/sbml-test-suite/public)] [--verbose]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSuiteCase, type CaseStatus } from '../src/io/sbml-import/suite-case.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/interop/sbml-test-suite/public';
const verbose = args.includes('--verbose');
const cases = readdirSync(dir).filter((c) => /^\d{5}$/.test(c) && existsSync(join(dir, c, `${c}-settings.txt`))).sort();
const tally: Record<CaseStatus, number> = { pass: 0, fail: 0, unsupported: 0, error: 0 };
const unsupportedFeatures = new Map<string, number>();
for (const c of cases) {
  const r = runSuiteCase(join(dir, c));
  tally[r.status]++;
  if (r.status === 'unsupported') unsupportedFeatures.set(r.detail, (unsupportedFeatures.get(r.detail) ?? 0) + 1);
  if (verbose || r.status === 'fail' || r.status === 'error') console.log(`${c} ${r.status} ${r.detail}`);
}
console.log(JSON.stringify({ dir, cases: cases.length, ...tally, passRate: tally.pass / cases.length, unsupportedFeatures: Object.fromEntries(unsupportedFeatures) }, null, 1));
