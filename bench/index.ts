/**
 * `npm run bench`: every benchmark case, as a readable report. Each case is also its own script for scripting
 * (e.g. `npm run --silent bench:solver -- --json`). Performance is reported as ratios measured in one run.
 */
import { drugBenchTable, runDrugBench } from './drugs.js';
import { runSolverBench } from './solver.js';
import { runSparseBench, sparseBenchTable } from './sparse.js';
import { formatTrialBench, runTrialBench } from './trial.js';

function solverCase(): void {
  const rows = runSolverBench({ rtol: 1e-6, atol: 1e-10, reps: 50, method: 'rodas5p' });
  console.log('## Stiff solver (rodas5p, rtol 1e-6, atol 1e-10; median us per solve after warm-up)');
  console.log('problem  steps    rhs    jac    us/solve   scd');
  for (const r of rows) {
    console.log(
      `${r.problem.padEnd(8)} ${String(r.steps).padStart(5)} ${String(r.rhs).padStart(6)} ${String(r.jac).padStart(6)} ${r.us.toFixed(1).padStart(11)} ${r.scd.toFixed(2).padStart(5)}`,
    );
  }
  console.log('Against SUNDIALS CVODE in the same run: npm run bench:peers (needs libsundials-dev).\n');
}

function sparseCase(): void {
  console.log('## Sparse vs dense LU in rodas5p (rtol 1e-6; osteosim denosumab woman and the stiff problems; median us per solve, interleaved)');
  console.log(sparseBenchTable(runSparseBench({ reps: 41, rtol: 1e-6 })));
  console.log('Ratios below 1: sparse is faster. auto: the path options.linearSolver \'auto\' takes.\n');
}

function drugsCase(): void {
  const rows = runDrugBench({ reps: 3 });
  console.log('## Drugs on osteosim (a 65-year-old woman, 10 years, monthly outputs; each drug at its label regimen; median of 3 after warm-up)');
  console.log(drugBenchTable(rows));
  console.log('Courses stop at the label limit (romosozumab 12 doses; PTH analogs 24 months of daily pulses). npm run bench:drugs -- --full-courses: 10 years of each.\n');
}

async function trialCase(): Promise<void> {
  const result = await runTrialBench(5000, 100_000, (s) => process.stderr.write(`${s}\n`));
  console.log(formatTrialBench(result));
  console.log('');
}

solverCase();
sparseCase();
drugsCase();
await trialCase();
