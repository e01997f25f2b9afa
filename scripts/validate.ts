/**
 * The validation report (npm run validate): the same as `osteosim validate`, every published target
 * (src/studies/validation) on the bone models of src/model. Takes the command's options:
 *
 *   tsx scripts/validate.ts [--json] [--model osteosim|jorg2022|all] [--ids A1,A2] [--fmp-age 51]
 *                           [--daily-dosing continuous|discrete] [--strict] [--trials DIR] [--quiet]
 */
import { processIo } from '../src/cli/io.js';
import { runCli } from '../src/cli/program.js';

process.exitCode = await runCli(['validate', ...process.argv.slice(2)], processIo);
