/**
 * Drug benchmark: one 65-year-old woman simulated for 10 years with monthly outputs on osteosim, untreated and on
 * each drug osteosim lists at its default label regimen (therapies/drugs `labelRegimen`), timed in one run.
 *   npm run --silent bench:drugs -- [--json] [--reps N] [--full-courses]
 * Per drug: the median wall time of one simulated patient after warm-up (process.hrtime.bigint), its ratio to the
 * untreated run, and the % change of total-hip BMD at 10 years (a sanity column). Drugs whose regimens the model
 * refuses as not modeled yet are listed as such.
 *
 * Courses stop at the label's duration limit: romosozumab after 12 doses, the PTH analogs (daily pulses) after
 * 24 months, then 8 years off treatment. `--full-courses` gives every drug for all 10 years instead (3652 daily
 * pulses of a PTH analog take some 20 s per patient, so the case then runs for minutes).
 */
import { simulateScenario } from '../src/model/index.js';
import { parseArgs } from 'node:util';
import { ModelError } from '../src/engine/errors.js';
import type { DrugName, DrugRegimen, Scenario } from '../src/model/scenario.js';
import { osteosim } from '../src/model/osteosim/index.js';
import { checkDrugRegimens, DRUG_LABELS, labelRegimen } from '../src/therapies/drugs/index.js';

export interface DrugBenchRow {
  /** The drug, or 'untreated' for the reference run. */
  readonly drug: DrugName | 'untreated';
  readonly status: 'ok' | 'not modeled' | 'failed';
  /** The regimen as given: dose, interval, doses or days, form. */
  readonly regimen: string;
  /** Median milliseconds per simulated patient. */
  readonly ms?: number;
  /** `ms` over the untreated run's. */
  readonly ratio?: number;
  /** Total-hip BMD at 10 years, % change from the start. */
  readonly hipPct?: number;
  /** Why the drug did not run, or the label warnings of the regimen. */
  readonly note?: string;
}

export interface DrugBenchOptions {
  /** Timed repetitions per case (the median is reported). */
  readonly reps: number;
  /** Give every drug for the whole 10 years, beyond its label's duration limit. */
  readonly fullCourses?: boolean;
}

const AGE_YEARS = 65;
const DAYS = 3652;
const DAYS_PER_MONTH = 365 / 12;
/** Monthly outputs (twelfths of a 365-day year) and the last day. */
const OUTPUT_DAYS: readonly number[] = [...Array.from({ length: Math.floor(DAYS / DAYS_PER_MONTH) + 1 }, (_, k) => Math.round(k * DAYS_PER_MONTH * 1e6) / 1e6), DAYS];

const scenario = (regimens: readonly DrugRegimen[], days: readonly number[] = OUTPUT_DAYS): Scenario => ({
  patient: { species: 'woman', ageYears: AGE_YEARS },
  regimens,
  days,
});

function describeRegimen(r: DrugRegimen | undefined): string {
  if (!r) return '—';
  const unit = DRUG_LABELS[r.drug].unit;
  const dose = unit === 'switch' ? `on (${r.dose})` : `${r.dose} ${unit}`;
  if (r.continuous) return `${dose}/day for ${(r.count ?? 1) * (r.interval ?? 1)} d`;
  return `${dose} every ${r.interval} d x ${r.count ?? 1}`;
}

const median = (samples: number[]): number => {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Milliseconds of one call. */
function timed(run: () => void): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Times one case: a warm-up on the first year (the same code paths, events included, at a fraction of the cost),
 * then `reps` full runs; returns the median and the last result's total-hip change at 10 years.
 */
function timeCase(regimens: readonly DrugRegimen[], reps: number): { ms: number; hipPct: number } {
  const firstYear = OUTPUT_DAYS.filter((d) => d <= 365);
  for (let i = 0; i < 2; i++) simulateScenario(osteosim, scenario(regimens, firstYear));
  let hipPct = Number.NaN;
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    samples.push(
      timed(() => {
        const hip = simulateScenario(osteosim, scenario(regimens)).outputs.bmdTotalHip!;
        hipPct = (100 * (hip[hip.length - 1]! - hip[0]!)) / hip[0]!;
      }),
    );
  }
  return { ms: median(samples), hipPct };
}

/** The default label regimen of a drug over the 10 years (within the label's duration limit unless fullCourses). */
export function benchRegimen(drug: DrugName, fullCourses = false): DrugRegimen {
  return labelRegimen(drug, DAYS, 0, { dailyDosing: osteosim.dailyDosing?.[drug] ?? 'continuous', withinLabelLimit: !fullCourses });
}

export function runDrugBench(opts: DrugBenchOptions): DrugBenchRow[] {
  // The compiled model and the untreated aging path are shared by every case: warm them first.
  for (let i = 0; i < 3; i++) simulateScenario(osteosim, scenario([]));
  const untreated = timeCase([], Math.max(opts.reps, 5));
  const rows: DrugBenchRow[] = [{ drug: 'untreated', status: 'ok', regimen: '—', ms: untreated.ms, ratio: 1, hipPct: untreated.hipPct }];
  for (const drug of osteosim.drugs) {
    const regimen = benchRegimen(drug, opts.fullCourses);
    const warnings = checkDrugRegimens([regimen]).map((w) => w.message);
    try {
      const { ms, hipPct } = timeCase([regimen], opts.reps);
      rows.push({ drug, status: 'ok', regimen: describeRegimen(regimen), ms, ratio: ms / untreated.ms, hipPct, ...(warnings.length ? { note: warnings.join('; ') } : {}) });
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      const notModeled = /does not model/.test(e.message);
      rows.push({ drug, status: notModeled ? 'not modeled' : 'failed', regimen: describeRegimen(regimen), note: e.message });
    }
  }
  return rows;
}

/** The rows as a table. */
export function drugBenchTable(rows: readonly DrugBenchRow[]): string {
  const lines = ['drug             regimen                        ms/patient   x untreated   hip 10y %'];
  for (const r of rows) {
    const cells =
      r.status === 'ok'
        ? `${r.ms!.toFixed(1).padStart(10)}   ${r.ratio!.toFixed(2).padStart(11)}   ${r.hipPct!.toFixed(1).padStart(9)}`
        : `${r.status.padStart(10)}`;
    lines.push(`${r.drug.padEnd(16)} ${r.regimen.padEnd(30)} ${cells}`);
  }
  const notes = rows.filter((r) => r.note !== undefined).map((r) => `  ${r.drug}: ${r.note}`);
  if (notes.length) lines.push('notes:', ...notes);
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      reps: { type: 'string', default: '3' },
      'full-courses': { type: 'boolean', default: false },
    },
  });
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1) {
    console.error(`--reps must be a whole number >= 1, got '${values.reps}'`);
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const rows = runDrugBench({ reps, fullCourses: values['full-courses'] });
  if (values.json) {
    for (const row of rows) console.log(JSON.stringify(row));
  } else {
    console.log(
      `osteosim drug benchmark: a ${AGE_YEARS}-year-old woman, ${DAYS} days, monthly outputs; median of ${reps} runs after warm-up ` +
        `(${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(0)} s in all)`,
    );
    console.log(drugBenchTable(rows));
  }
  if (rows.some((r) => r.status === 'failed')) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
