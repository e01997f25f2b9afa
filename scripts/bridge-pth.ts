/**
 * Bridges Jörg 2022's quasi-continuous teriparatide calibration to daily pulses (src/model/osteosim/drugs/pth-analogs.ts):
 * finds EC50_T so that 20 µg daily injections give, as a daily mean at periodic steady state, the osteoblast-apoptosis
 * factor of Jörg's constant signal g+(E_pth · 20 · T_pth / ln2), and then w_res so that the pro-resorptive drive has
 * that signal's daily mean. Abaloparatide, taken as equipotent at its label dose: EC50_A so that 80 µg daily gives
 * the same daily-mean apoptosis factor. Prints the values to put in the parameter table (it never edits it).
 *   tsx scripts/bridge-pth.ts [--tau <days>]
 */
import { compileModel, composeModel, simulate } from '../src/engine/index.js';
import { pthAnalogs } from '../src/model/osteosim/drugs/pth-analogs.js';

const E_PTH = 0.265529542; // Jörg 2022 Appendix 3—table 4 (1/µg)
const T_PTH = 0.0417; // day
const DOSE = 20; // µg/day
const jorgSignal = ((x) => x / (1 + x))((E_PTH * DOSE * T_PTH) / Math.LN2);

const model = compileModel(composeModel('pth-analogs', [pthAnalogs]));
const defaults = model.defaultParameters();
const at = (name: string): number => defaults[model.parameterIndex(name)]!;
const tauArg = process.argv.indexOf('--tau');
const tau = tauArg > 0 ? Number(process.argv[tauArg + 1]) : at('tau_pth');
const betaB = at('beta_B_pth');

const DAYS = 12;
const STEPS = 24 * 60;
const lastDay = Float64Array.from({ length: STEPS + 1 }, (_, k) => DAYS - 1 + k / STEPS);

const ABALOPARATIDE_DOSE = 80; // µg/day (Tymlos label, ACTIVE)

function dailyMeans(ec50: number, drug: 'teriparatide' | 'abaloparatide' = 'teriparatide'): { apoptosisFactor: number; resorptiveUnweighted: number } {
  const abalo = drug === 'abaloparatide';
  const run = simulate(model, {
    parameters: abalo ? { EC50_A: ec50, tau_pth: tau, w_res: 1 } : { EC50_T: ec50, tau_pth: tau, w_res: 1 },
    t0: 0,
    times: lastDay,
    events: [{ kind: 'bolus', time: 0, state: abalo ? 'Ab_sc' : 'T_sc', amount: abalo ? ABALOPARATIDE_DOSE : DOSE, interval: 1, count: DAYS }],
    derived: ['pth_anabolic', 'pth_resorptive'],
    options: { rtol: 1e-9, atol: 1e-12 },
  });
  const u = run.derived('pth_anabolic');
  const r = run.derived('pth_resorptive');
  // Trapezoid means over the last day (the first sample is the dose time).
  const mean = (f: (k: number) => number): number => {
    let s = 0;
    for (let k = 0; k < STEPS; k++) s += 0.5 * (f(k) + f(k + 1));
    return s / STEPS;
  };
  return { apoptosisFactor: mean((k) => Math.max(0, 1 - betaB * u[k]!)), resorptiveUnweighted: mean((k) => r[k]!) };
}

const target = 1 - betaB * jorgSignal;

/** EC50 giving the target daily-mean apoptosis factor (a larger EC50: weaker signal, larger factor). */
function bridge(drug: 'teriparatide' | 'abaloparatide'): number {
  let lo = 1;
  let hi = 1e5;
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(lo * hi);
    if (dailyMeans(mid, drug).apoptosisFactor < target) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}
const ec50 = bridge('teriparatide');
const ec50A = bridge('abaloparatide');
const means = dailyMeans(ec50);
const wRes = jorgSignal / means.resorptiveUnweighted;
console.log(`Jörg quasi-continuous signal at ${DOSE} µg/day: ${jorgSignal.toFixed(6)}; apoptosis factor ${target.toFixed(6)}`);
console.log(`tau_pth = ${tau} day`);
console.log(`EC50_T = ${ec50.toPrecision(6)} pg/mL (daily-mean apoptosis factor ${means.apoptosisFactor.toFixed(6)})`);
console.log(`w_res  = ${wRes.toPrecision(6)} (unweighted daily-mean pro-resorptive drive ${means.resorptiveUnweighted.toFixed(6)})`);
console.log(`EC50_A = ${ec50A.toPrecision(6)} pg/mL (abaloparatide ${ABALOPARATIDE_DOSE} µg daily: apoptosis factor ${dailyMeans(ec50A, 'abaloparatide').apoptosisFactor.toFixed(6)})`);
