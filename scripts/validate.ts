/**
 * The validation report: every published target (src/studies/validation) on the bone models of src/model.
 *
 *   tsx scripts/validate.ts [--json] [--model osteosim|jorg2022|all] [--ids A1,A2] [--fmp-age 51]
 *                           [--daily-dosing continuous|discrete] [--strict]
 *
 * Models come from `models` in src/model/index.ts (name → BoneModel).
 */
import { models } from '../src/model/index.js';
import { runCli } from '../src/studies/validation/cli.js';

process.exitCode = runCli(process.argv.slice(2), models, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
