import { Command, CommanderError, Option } from 'commander';
import { MODEL_NAMES, models } from '../model/index.js';
import { compareCommand } from './commands/compare.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { fitCommand } from './commands/fit.js';
import { paramsCommand } from './commands/params.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { simulateCommand } from './commands/simulate.js';
import { trialCommand } from './commands/trial.js';
import { riskCommand } from './commands/risk.js';
import { sensitivityCommand } from './commands/sensitivity.js';
import { validateCommand } from './commands/validate.js';
import { sbmlSimulateCommand } from './commands/sbml.js';
import { TRIAL_SPECS } from '../studies/trials/specs/index.js';
import { EXIT_BAD_INPUT, EXIT_OK, exitCodeFor, type CliIo } from './io.js';

const DISCLAIMER = 'osteosim is a research and teaching tool, not a medical device: do not use it for clinical decisions.';

function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('osteosim')
    .description(`Simulate bone remodeling in osteoporosis and its treatments.\n${DISCLAIMER}`)
    .version('0.1.0')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  const modelOption = () => new Option('--model <name>', `bone model (${MODEL_NAMES.join(', ')}; default: the study's, else osteosim)`);
  const quiet = () => new Option('-q, --quiet', 'no progress or status messages');
  const repeatable = (v: string, prev: string[] = []): string[] => [...prev, v];
  /** The uncertainty options of simulate and compare. */
  const withUncertainty = (c: Command): Command =>
    c
      .option('--uncertainty <n>', 'draw n parameter sets (from --from, else the priors of --parameters) and add 5/50/95 % intervals of every output')
      .option('--from <fit.json>', 'draw from this fit (osteosim fit --out fit.json): normal with its covariance, in its coordinates')
      .option('--parameters <names>', 'without --from: parameters drawn from their priors (value ×/÷ --factor, log-uniform, cut to the declared bounds)')
      .option('--factor <f>', 'prior width: value ×/÷ f (default 2)')
      .option('--range <name=lo:hi>', 'a prior range (uniform; name=lo:hi:log for log-uniform), repeatable or comma-separated', repeatable)
      .option('--seed <n>', 'seed of the draws (default 1)')
      .option('--workers <n>', 'worker threads (0: run in this thread; default: one per core, none for under 32 runs)');
  const uncertaintyOf = (o: Record<string, unknown>) => ({
    uncertainty: o.uncertainty as string | undefined, from: o.from as string | undefined, parameters: o.parameters as string | undefined, factor: o.factor as string | undefined,
    range: o.range as string[] | undefined, seed: o.seed as string | undefined, workers: o.workers as string | undefined,
  });

  withUncertainty(
    program
      .command('simulate')
      .description('time series of every arm of a study file (BMD per site and % change, markers, cells, signals)')
      .argument('<study>', 'study file (YAML or JSON)')
      .addOption(modelOption())
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
      .option('--out <file>', 'write to a file instead of stdout'),
  )
    .addOption(quiet())
    .action((file: string, o) => simulateCommand(file, { model: o.model, format: o.format, out: o.out, quiet: Boolean(o.quiet), ...uncertaintyOf(o) }, io));

  withUncertainty(
    program
      .command('compare')
      .description('end points of every arm of one or more study files, side by side')
      .argument('<study...>', 'study files')
      .addOption(modelOption())
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table')),
  )
    .addOption(quiet())
    .action((files: string[], o) => compareCommand(files, { model: o.model, format: o.format, quiet: Boolean(o.quiet), ...uncertaintyOf(o) }, io));

  program
    .command('report')
    .description('one self-contained HTML report with plots (works offline)')
    .argument('<study...>', 'study files')
    .requiredOption('--out <file>', 'HTML file to write')
    .addOption(modelOption())
    .addOption(quiet())
    .action((files: string[], o) => reportCommand(files, { model: o.model, out: o.out, quiet: Boolean(o.quiet) }, io));

  program
    .command('validate')
    .description('every published target against the models: published and simulated value, tolerance, pass/fail/pending')
    .option('--json', 'JSON rows {id, quantity, published, simulated, tolerance, status, model} instead of the table')
    .option('--model <name>', `bone model: ${Object.keys(models).join(', ')} or all`, 'all')
    .option('--ids <ids>', 'comma-separated target ids, e.g. A1,A2 (default: every target)')
    .option('--fmp-age <years>', 'age at the final menstrual period of every simulated woman, 30-65 (default: each model\'s own)')
    .addOption(new Option('--daily-dosing <form>', 'daily drugs as continuous (default; Jörg 2022 Eq. 22) or discrete daily doses').choices(['continuous', 'discrete']))
    .option('--strict', 'exit 1 when any comparison fails')
    .option('--trials <dir>', 'read virtual-trial results (npm run trials writes out/trials) for the fracture targets of osteosim')
    .addOption(quiet())
    .action((o) =>
      setExit(
        validateCommand(
          { json: Boolean(o.json), model: o.model, ids: o.ids, fmpAge: o.fmpAge, dailyDosing: o.dailyDosing, strict: Boolean(o.strict), trials: o.trials, quiet: Boolean(o.quiet) },
          io,
        ),
      ),
    );

  program
    .command('params')
    .description('every parameter with value, unit, source and evidence kind')
    .addOption(modelOption().default('osteosim'))
    .option('--module <name>', 'only this module')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action((o) => paramsCommand({ model: o.model, module: o.module, format: o.format }, io));

  program
    .command('export')
    .description("the model with a study patient's parameters, as SBML Level 3 Version 2 or JSON")
    .argument('<study>', 'study file')
    .addOption(new Option('--format <format>', 'export format').choices(['sbml', 'json']).makeOptionMandatory())
    .addOption(modelOption())
    .option('--out <file>', 'write to a file instead of stdout')
    .addOption(quiet())
    .action((file: string, o) => exportCommand(file, { format: o.format, model: o.model, out: o.out, quiet: Boolean(o.quiet) }, io));

  program
    .command('trial')
    .description(`a virtual clinical trial from a trial file or a ready-made spec (${Object.keys(TRIAL_SPECS).join(', ')})`)
    .argument('<trial>', 'trial file (YAML or JSON) or the name of a ready-made trial')
    .option('--patients <n>', 'patients per arm (overrides the spec)')
    .option('--seed <n>', 'random seed, a whole number (overrides the spec)')
    .option('--workers <n>', 'worker threads (0: run in this thread; default: one per core)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--out <file>', 'write the result (JSON) to a file')
    .option('--per-patient <file>', 'write one CSV row per patient (streamed)')
    .option('--report <file>', 'write an HTML report with plots (BMD by visit, fracture incidence, forest plot of relative risks)')
    .addOption(modelOption())
    .addOption(quiet())
    .action((source: string, o) =>
      trialCommand(
        source,
        { patients: o.patients, seed: o.seed, workers: o.workers, format: o.format, out: o.out, perPatient: o.perPatient, report: o.report, model: o.model, quiet: Boolean(o.quiet) },
        io,
      ),
    );

  program
    .command('risk')
    .description('10-year fracture probabilities of one patient (profile with risk factors and T-scores) under each treatment option')
    .argument('<patient>', 'patient file (YAML): patient and, optionally, named options of regimens')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--out <file>', 'write to a file instead of stdout')
    .addOption(modelOption())
    .action((file: string, o) => riskCommand(file, { format: o.format, out: o.out, model: o.model }, io));

  program
    .command('sensitivity')
    .description('which parameters matter: local coefficients over time, Morris elementary effects or Sobol\' indices of one output of a study arm')
    .argument('<study>', 'study file (YAML or JSON)')
    .addOption(new Option('--method <method>', 'local (d ln y / d ln p), morris (mu_star, sigma) or sobol (S1, ST with bootstrap intervals)').choices(['local', 'morris', 'sobol']).makeOptionMandatory())
    .requiredOption('--parameters <names>', 'comma-separated model parameters (osteosim params lists them), e.g. eta_C,K_D')
    .option('--output <name>', 'totalHipPct, lumbarSpinePct, ctxPct, p1npPct (% change from day 0), a contract output (bmdTotalHip, ctx, …) or a model quantity', 'totalHipPct')
    .option('--arm <name>', "the study's arm to analyse (default: the first)")
    .option('--at <time>', 'when to read the output, in study-file words (3 years, 18 months, 3y; default: the end of the study)')
    .option('--samples <n>', 'sobol: base samples N (N(k+2) runs, default 512); morris: trajectories r (r(k+1) runs, default 20)')
    .option('--seed <n>', 'seed of the sampling design and bootstrap (default 1)')
    .option('--workers <n>', 'worker threads (0: run in this thread; default: one per core, none for under 32 runs)')
    .option('--range <name=lo:hi>', 'a parameter range (uniform; name=lo:hi:log for log-uniform), repeatable or comma-separated', (v: string, prev: string[] = []) => [...prev, v])
    .option('--factor <f>', 'default ranges: value ×/÷ f, log-uniform, cut to the declared bounds (default 2)')
    .addOption(new Option('--ranges-from <source>', "default ranges from the factor or from the parameters' declared bounds (where both are finite)").choices(['factor', 'bounds']))
    .option('--bootstrap <n>', 'sobol: bootstrap resamples for the intervals (default 500)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--out <file>', 'write to a file instead of stdout (JSON when it ends in .json)')
    .addOption(modelOption())
    .addOption(quiet())
    .action((file: string, o) =>
      sensitivityCommand(
        file,
        {
          method: o.method, parameters: o.parameters, output: o.output, arm: o.arm, at: o.at, samples: o.samples, seed: o.seed, workers: o.workers,
          range: o.range, factor: o.factor, rangesFrom: o.rangesFrom, bootstrap: o.bootstrap, format: o.format, out: o.out, model: o.model, quiet: Boolean(o.quiet),
        },
        io,
      ),
    );

  program
    .command('fit')
    .description("fit model parameters to your data: a CSV table arm,day,output,value[,sd]; estimates, standard errors, profile-likelihood intervals")
    .argument('<study>', 'study file (YAML or JSON) whose arms the data name')
    .argument('<data>', 'CSV with header arm,day,output,value[,sd] (day from the study start; output as in sensitivity --output)')
    .requiredOption('--parameters <names>', 'comma-separated model parameters to fit (osteosim params lists them), e.g. K_D,k_e0')
    .option('--range <name=lo:hi>', 'search bounds of a parameter (default value ×/÷ 10, cut to its declared bounds; log scale where positive), repeatable', repeatable)
    .option('--no-profile', 'Wald intervals (estimate ± 1.96 se) instead of profile likelihood (faster)')
    .option('--workers <n>', 'worker threads for the Jacobians and profiles (0: this thread; default: one per core)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--out <file>', 'write to a file instead of stdout (JSON when it ends in .json: what --uncertainty --from reads)')
    .option('--report <file>', 'write an HTML page with the fit and residual plots')
    .addOption(modelOption())
    .addOption(quiet())
    .action((study: string, data: string, o) =>
      fitCommand(study, data, { parameters: o.parameters, range: o.range, profile: o.profile !== false, workers: o.workers, format: o.format, out: o.out, report: o.report, model: o.model, quiet: Boolean(o.quiet) }, io),
    );

  program
    .command('sbml')
    .description('outside SBML models (Level 2 Version 4, Level 3)')
    .command('simulate')
    .description('time course of an SBML model as CSV (time and the variables)')
    .argument('<model>', 'SBML file')
    .option('--settings <file>', 'SBML Test Suite settings file (start, duration, steps, variables, amount, concentration)')
    .option('--until <t>', 'end time in model units (with --steps; outputs every species, compartment and parameter)')
    .option('--steps <n>', 'output intervals (default 100)')
    .option('--out <file>', 'write to a file instead of stdout')
    .action((file: string, o) => sbmlSimulateCommand(file, { settings: o.settings, until: o.until, steps: o.steps, out: o.out }, io));

  program
    .command('schema')
    .description('the JSON Schema of study files, for editors')
    .action(() => schemaCommand(io));

  program
    .command('demo')
    .description('a postmenopausal woman under every therapy: summary table and an HTML report')
    .option('--out <file>', 'HTML report to write', 'out/report.html')
    .addOption(quiet())
    .action((o) => demoCommand({ out: o.out, quiet: Boolean(o.quiet) }, io));

  return program;
}

/** Runs the CLI on arguments (without `node` and the script). Exit codes: 0 ok, 1 runtime failure, 2 bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exit = EXIT_OK;
  const program = buildProgram(io, (code) => (exit = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other commander error is a usage error it has already printed.
      return err.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
    }
    const code = exitCodeFor(err);
    io.stderr(`osteosim: ${(err as Error).message}\n`);
    return code;
  }
}
