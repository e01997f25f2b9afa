/**
 * Virtual-trial benchmark: a FREEDOM-like trial (2 arms, 3 years) timed with 1 and with 2 worker threads in one run,
 * and the peak memory of a large streamed trial.
 *   npm run --silent bench:trial -- [--patients N] [--memory-patients N] [--json]
 * Reports patients per second for each worker count, the speed-up, patient-years per second per core, and the peak
 * resident set size (the process and its worker threads) of the streamed run. Defaults: 5000 patients per arm, and
 * 100,000 patients streamed for the memory reading.
 */
import { parseArgs } from 'node:util';
import { runTrial } from '../src/studies/trials/run.js';
import { FREEDOM } from '../src/studies/trials/specs/index.js';

export interface TrialBenchResult {
  readonly patientsPerArm: number;
  readonly oneWorker: { readonly seconds: number; readonly patientsPerSecond: number };
  readonly twoWorkers: { readonly seconds: number; readonly patientsPerSecond: number };
  readonly speedUp: number;
  readonly patientYearsPerSecondPerCore: number;
  readonly memory?: { readonly patients: number; readonly seconds: number; readonly peakRssMb: number; readonly baselineRssMb: number };
  readonly identical: boolean;
}

export async function runTrialBench(patientsPerArm: number, memoryPatients: number, log: (s: string) => void = () => {}): Promise<TrialBenchResult> {
  const spec = { ...FREEDOM, name: 'FREEDOM-like (bench)', patientsPerArm };
  const years = spec.durationDays / 365.25;
  const total = patientsPerArm * spec.arms.length;
  // Warm-up: compile the model and load the workers' code once.
  await runTrial({ ...spec, patientsPerArm: 20 }, { workers: 0 });
  log(`1 worker: ${total} patients…`);
  const one = await runTrial(spec, { workers: 1 });
  log(`2 workers: ${total} patients…`);
  const two = await runTrial(spec, { workers: 2 });
  const identical = JSON.stringify(one.arms) === JSON.stringify(two.arms);
  let memory: TrialBenchResult['memory'];
  if (memoryPatients > 0) {
    const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
    log(`streaming ${memoryPatients} patients with 2 workers…`);
    const big = await runTrial({ ...spec, arms: [spec.arms[1]!], patientsPerArm: memoryPatients }, { workers: 2 });
    memory = { patients: memoryPatients, seconds: big.timing.seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, baselineRssMb };
  }
  return {
    patientsPerArm,
    oneWorker: { seconds: one.timing.seconds, patientsPerSecond: total / one.timing.seconds },
    twoWorkers: { seconds: two.timing.seconds, patientsPerSecond: total / two.timing.seconds },
    speedUp: one.timing.seconds / two.timing.seconds,
    patientYearsPerSecondPerCore: (total * years) / one.timing.seconds,
    ...(memory ? { memory } : {}),
    identical,
  };
}

export function formatTrialBench(r: TrialBenchResult): string {
  const lines = [
    `## Virtual trial (FREEDOM-like: placebo vs denosumab, 3 years, ${r.patientsPerArm} women per arm)`,
    `workers  seconds  patients/s`,
    `1        ${r.oneWorker.seconds.toFixed(1).padStart(7)}  ${r.oneWorker.patientsPerSecond.toFixed(1).padStart(10)}`,
    `2        ${r.twoWorkers.seconds.toFixed(1).padStart(7)}  ${r.twoWorkers.patientsPerSecond.toFixed(1).padStart(10)}`,
    `speed-up with 2 workers: ${r.speedUp.toFixed(2)}x; results identical: ${r.identical ? 'yes' : 'NO'}`,
    `patient-years per second per core: ${r.patientYearsPerSecondPerCore.toFixed(0)} (aim: 10,000)`,
  ];
  if (r.memory) lines.push(`streamed ${r.memory.patients} patients (denosumab arm, 2 workers) in ${r.memory.seconds.toFixed(0)} s: peak RSS ${r.memory.peakRssMb.toFixed(0)} MB (at start ${r.memory.baselineRssMb.toFixed(0)} MB; target < 1024 MB)`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { patients: { type: 'string', default: '5000' }, 'memory-patients': { type: 'string', default: '100000' }, json: { type: 'boolean', default: false } } });
  const result = await runTrialBench(Number(values.patients), Number(values['memory-patients']), (s) => process.stderr.write(`${s}\n`));
  console.log(values.json ? JSON.stringify(result) : formatTrialBench(result));
}
