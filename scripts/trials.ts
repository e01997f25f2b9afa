/**
 * Runs the ready-made virtual trials the fracture targets need (TRIALS_FOR_VALIDATION: FREEDOM and its extension,
 * FIT-1, FIT-2, HORIZON-PFT, FRAME, MORE and its fourth year, FPT, ACTIVE, LOFT, WHI E+P, WHI CaD) at their published
 * sizes (or --patients N per arm), writes each result to out/trials/<name>.json, and prints the validation rows of
 * the fracture targets they answer (TRIAL_TARGETS) with pass counts.
 *   npm run trials -- [--patients N] [--workers N] [--only freedom,fit] [--json]
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../src/cli/write-file.js';
import { formatTable, summarize, toJson } from '../src/studies/validation/run.js';
import { formatTrial } from '../src/studies/trials/format.js';
import { runTrial } from '../src/studies/trials/run.js';
import type { TrialResult } from '../src/studies/trials/result.js';
import { TRIAL_SPECS } from '../src/studies/trials/specs/index.js';
import { trialValidationRows, TRIALS_FOR_VALIDATION } from '../src/studies/trials/validation.js';

const { values } = parseArgs({ options: { patients: { type: 'string' }, workers: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } } });
const only = values.only ? values.only.split(',') : TRIALS_FOR_VALIDATION;
const results: Record<string, TrialResult> = {};
mkdirSync('out/trials', { recursive: true });
for (const key of only) {
  const base = TRIAL_SPECS[key];
  if (!base) throw new Error(`unknown trial '${key}' (known: ${Object.keys(TRIAL_SPECS).join(', ')})`);
  const spec = values.patients ? { ...base, patientsPerArm: Number(values.patients) } : base;
  const total = spec.patientsPerArm * spec.arms.length;
  let last = 0;
  const r = await runTrial(spec, {
    ...(values.workers ? { workers: Number(values.workers) } : {}),
    onProgress: (done) => {
      if (!values.quiet && (done - last >= total / 20 || done === total)) {
        last = done;
        process.stderr.write(`\r${spec.name}: ${done}/${total} patients`);
      }
    },
  });
  if (!values.quiet) process.stderr.write(` (${r.timing.seconds.toFixed(0)} s)\n`);
  results[key] = r;
  writeFileAtomic(`out/trials/${key}.json`, `${JSON.stringify(r, null, 2)}\n`);
  if (!values.json && !values.quiet) console.log(`${formatTrial(r)}\n`);
}
const rows = trialValidationRows(results);
if (values.json) console.log(toJson(rows));
else {
  console.log(formatTable(rows));
  const s = summarize(rows)[0]!;
  console.log(`\nTrial targets: ${s.targets.pass} pass, ${s.targets.fail} fail, ${s.targets.pending} pending (comparisons: ${s.rows.pass} pass, ${s.rows.fail} fail, ${s.rows.pending} pending)`);
}
