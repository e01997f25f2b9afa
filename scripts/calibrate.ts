/**
 * Refits a calibration spec and reports parameters (tabled -> fitted, with standard errors) and targets (before ->
 * after). It never edits the parameter tables: adopting a fit is a reviewed change to the model's source.
 *   tsx scripts/calibrate.ts [natural-history] [--json]
 */
import { calibrate } from '../src/studies/calibration/calibrate.js';
import { CALIBRATION_SPECS } from '../src/studies/calibration/specs.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const name = args.find((a) => !a.startsWith('--')) ?? 'natural-history';
const make = CALIBRATION_SPECS[name];
if (!make) {
  console.error(`unknown calibration '${name}' (known: ${Object.keys(CALIBRATION_SPECS).join(', ')})`);
  process.exit(2);
}
const spec = make();
const started = Date.now();
const result = calibrate(spec, {
  onIteration: (i, cost) => {
    if (!json) process.stderr.write(`iteration ${i}: chi2 ${(2 * cost).toFixed(3)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  },
});
if (json) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
console.log(`calibration '${spec.name}': ${spec.description}`);
console.log(`chi2 ${result.chi2Before.toFixed(2)} -> ${result.chi2After.toFixed(2)} over ${spec.targets.length} target values; ${result.fit.iterations} iterations, ${result.fit.evaluations} evaluations, ${result.fit.converged ? 'converged' : 'NOT converged'}`);
console.log('\nparameter      tabled       fitted     std.err   note');
for (const p of spec.parameters) {
  const v = result.fit.values[p.name]!;
  const se = result.fit.standardErrors[p.name]!;
  const note = result.fit.atBounds.includes(p.name) ? 'AT BOUND' : '';
  console.log(`${p.name.padEnd(12)} ${p.initial.toPrecision(5).padStart(9)} ${v.toPrecision(5).padStart(12)} ${se.toPrecision(2).padStart(11)}   ${note}`);
}
console.log('\ntarget               published    sigma     before      after   status');
for (const t of result.targets) {
  console.log(
    `${`${t.id} ${t.key}`.padEnd(20)} ${String(t.published).padStart(9)} ${String(t.sigma).padStart(8)} ${t.before.toFixed(2).padStart(10)} ${t.after.toFixed(2).padStart(10)}   ${t.statusBefore} -> ${t.statusAfter}`,
  );
}
