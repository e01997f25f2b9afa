import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/index.js';
import {
  dosedFor,
  jorg2022,
  jorgInitialState,
  regimenEvents,
  runJorgScenario,
  type JorgDrug,
  type JorgRegimen,
} from '../../../src/model/reference/index.js';

/**
 * Reference values are from /work/shared/research/jorg2022.md: the closed-form steady state (§3.1) and the outputs
 * of an independent implementation of the assembled ODE system (§4.4), which reproduces the authors' code.
 */

const p = jorg2022.defaultParameters();
const par = (name: string): number => p[jorg2022.parameterIndex(name)]!;
const y0 = jorgInitialState();
const at = (state: string): number => y0[jorg2022.stateIndex(state)]!;
const derivedAt = (y: Float64Array): Record<string, number> => {
  const out = new Float64Array(jorg2022.derivedNames.length);
  jorg2022.derivedValues(0, y, p, out);
  return Object.fromEntries(jorg2022.derivedNames.map((name, i) => [name, out[i]!]));
};
const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const YEAR = 365;
const MONTH = YEAR / 12;

describe('jorg2022 initial state: the steady state at e = 1 without drugs, rho_b = 1 (§3.1)', () => {
  /** OC solves eta_C [1 + nu_C g+(1/e_C) g+(OC/r_C)] OC = 1, found here by bisection. */
  const closedFormOC = (): number => {
    const residual = (x: number): number =>
      par('eta_C') * (1 + (par('nu_C') * (1 / (par('e_C') + 1))) * (x / (par('r_C') + x))) * x - 1;
    let lo = 0;
    let hi = 1 / par('eta_C');
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (residual(mid) < 0) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const OB = 1 / (par('eta_B') + par('omega_B'));
  const OCY = (par('omega_B') * OB) / par('eta_Y');
  const s = (OCY * (par('e_s') / (par('e_s') + 1))) / par('kappa_s');
  const closedForm: Record<string, number> = {
    OB,
    OCY,
    sclerostin: s,
    preOB: (1 + s / par('s_pB')) / par('omega_pB'),
    preOC: 1 / (par('omega_pC') * (par('e_pC') / (par('e_pC') + 1)) * (s / (par('s_pC') + s))),
    OC: closedFormOC(),
    c_b: par('c_0'),
    rho_b: 1,
  };

  it('equals the closed form derived from the parameters', () => {
    for (const [state, value] of Object.entries(closedForm)) expect(relErr(at(state), value), state).toBeLessThan(1e-9);
    for (const state of ['sclerostin_Ab', 'psi_denosumab', 'psi_romosozumab', 'psi_blosozumab', 'psi_alendronate', 'psi_teriparatide']) {
      expect(Math.abs(at(state)), state).toBeLessThan(1e-12);
    }
  });

  it('matches the values printed in §3.1', () => {
    const printed: Record<string, number> = {
      OB: 107.499,
      OCY: 612.4457,
      sclerostin: 11092.856,
      preOB: 215.939,
      preOC: 1723.9937,
      OC: 41.9865,
    };
    for (const [state, value] of Object.entries(printed)) expect(relErr(at(state), value), state).toBeLessThan(1e-6);
    const d = derivedAt(y0);
    expect(relErr(d.b_plus!, 1.56104e-4)).toBeLessThan(1e-5);
    expect(relErr(d.b_minus!, 1.60388e-4)).toBeLessThan(1e-5);
    expect(d.BMD).toBe(0.8);
    expect(d.estrogen).toBe(1);
  });

  it('turns over 5.85 % of the bone per year ("about 6 %" in the paper)', () => {
    const { b_minus } = derivedAt(y0);
    expect(((b_minus! * YEAR) / at('rho_b')) * 100).toBeCloseTo(5.85, 2);
  });

  it('is at rest in every state but the bone density, which drifts by b+ − b−', () => {
    const f = new Float64Array(jorg2022.n);
    jorg2022.rhs(0, y0, p, f);
    jorg2022.stateNames.forEach((name, i) => {
      if (name === 'rho_b') expect(f[i]).toBeCloseTo(1.56104e-4 - 1.60388e-4, 9);
      else expect(Math.abs(f[i]!) / (Math.abs(y0[i]!) + 1e-12), name).toBeLessThan(1e-10);
    });
  });
});

describe('jorg2022 aging without drugs (§4.4)', () => {
  // age, e, BMD/BMD25, CTX/CTX25, P1NP/P1NP25
  const table: readonly (readonly [number, number, number, number, number])[] = [
    [40, 1.0, 0.9756, 1.0, 1.0],
    [50, 1.0, 0.9593, 1.0, 1.0],
    [52, 0.565, 0.9482, 1.292, 1.212],
    [55, 0.342, 0.9211, 1.282, 1.183],
    [60, 0.206, 0.882, 1.113, 1.015],
    [65, 0.148, 0.85, 1.044, 0.947],
    [70, 0.115, 0.8202, 1.021, 0.924],
    [75, 0.094, 0.7909, 1.013, 0.914],
    [80, 0.08, 0.7616, 1.009, 0.909],
    [85, 0.069, 0.7323, 1.006, 0.906],
  ];
  const r = runJorgScenario({ outputAges: [25, ...table.map((row) => row[0])] });

  // BMD: within 0.05 percentage points. The rest are printed to 3 decimals: within half a unit of the last digit.
  it.each(table.map((row, i) => [row[0], i + 1, row] as const))('at %i years', (_age, i, [, e, bmd, ctx, p1np]) => {
    expect(Math.abs(r.BMD[i]! / r.BMD[0]! - bmd)).toBeLessThanOrEqual(5e-4);
    expect(Math.abs(r.estrogen[i]! - e)).toBeLessThanOrEqual(5e-4);
    expect(Math.abs(r.CTX[i]! / r.CTX[0]! - ctx)).toBeLessThanOrEqual(5e-4);
    expect(Math.abs(r.P1NP[i]! / r.P1NP[0]! - p1np)).toBeLessThanOrEqual(5e-4);
  });
});

describe('jorg2022 single regimens started at age 67 (§4.4)', () => {
  type Marker = 'BMD' | 'CTX' | 'P1NP' | 'BSAP';
  interface Row {
    readonly month: number;
    readonly ref: Partial<Record<Marker, number>>;
  }
  const START = 67;
  // Visits are read on a daily output grid: month m at the first whole day on or after m * 365/12 days. The reference
  // outputs (§4.4) were taken on such a grid; it matters only right after a monthly romosozumab dose, when P1NP
  // rises by about 14 points a day (at exactly 91.25 days P1NP is +31.9 %, at day 92 +40.9 %).
  const startingAtMonth = (month: number): number => START + Math.ceil((month * MONTH) - 1e-9) / YEAR;
  const doses = (drug: JorgDrug, dose: number, every: number, count: number, month = 0): JorgRegimen => ({
    kind: 'discrete',
    drug,
    dose,
    every,
    count,
    startAge: startingAtMonth(month),
  });
  const daily = (drug: JorgDrug, dailyDose: number, months: number): JorgRegimen => ({
    kind: 'quasi-continuous',
    drug,
    dailyDose,
    startAge: START,
    days: months * MONTH,
  });

  // Intervals follow the authors' dosing helper (§3.3): Q1M = 30 days, Q6M = 180 days. A month is 365/12 days.
  const cases: readonly { readonly name: string; readonly regimens: readonly JorgRegimen[]; readonly rows: readonly Row[] }[] = [
    {
      name: 'placebo',
      regimens: [],
      rows: [
        { month: 12, ref: { BMD: -0.71 } },
        { month: 24, ref: { BMD: -1.42 } },
        { month: 36, ref: { BMD: -2.12 } },
      ],
    },
    {
      name: 'denosumab 60 mg Q6M, 4 doses',
      regimens: [doses('denosumab', 60, 180, 4)],
      rows: [
        { month: 6, ref: { BMD: 1.58, CTX: -74, P1NP: -69 } },
        { month: 12, ref: { BMD: 2.4, CTX: -72, P1NP: -67 } },
        { month: 24, ref: { BMD: 3.29 } },
        { month: 36, ref: { BMD: 0.06, CTX: 52 } },
        { month: 48, ref: { BMD: -1.61 } },
      ],
    },
    {
      name: 'romosozumab 210 mg Q1M x12',
      regimens: [doses('romosozumab', 210, 30, 12)],
      rows: [
        // P1NP +41 (3 m) and +48 (6 m) are not met: see the known misses below.
        { month: 3, ref: { BMD: 0.6, CTX: -28, P1NP: 41 } },
        { month: 6, ref: { BMD: 1.35, P1NP: 48 } },
        { month: 12, ref: { BMD: 2.65, CTX: -23, P1NP: -1 } },
        { month: 24, ref: { BMD: 1.18 } },
      ],
    },
    {
      // Denosumab starts at the visit after the 12th monthly romosozumab dose (day 360).
      name: 'romosozumab 210 mg Q1M 12 m, then denosumab 60 mg Q6M 12 m',
      regimens: [doses('romosozumab', 210, 30, 12), { ...doses('denosumab', 60, 180, 2), startAge: START + 360 / YEAR }],
      rows: [{ month: 24, ref: { BMD: 4.85 } }],
    },
    {
      name: 'blosozumab 180 mg Q2W 12 m',
      regimens: [dosedFor('blosozumab', 180, 14, START, 1)],
      rows: [{ month: 12, ref: { BMD: 4.45 } }],
    },
    {
      name: 'alendronate 70 mg Q1W',
      regimens: [dosedFor('alendronate', 70, 7, START, 2)],
      rows: [
        { month: 12, ref: { BMD: 0.32, CTX: -73, P1NP: -68 } },
        { month: 24, ref: { BMD: 1.04 } },
      ],
    },
    {
      name: 'alendronate 10 mg/day quasi-continuous',
      regimens: [daily('alendronate', 10, 24)],
      rows: [
        { month: 12, ref: { BMD: 0.32 } },
        { month: 24, ref: { BMD: 1.04 } },
      ],
    },
    {
      name: 'teriparatide 20 µg/day quasi-continuous (exact Eq. 22)',
      regimens: [daily('teriparatide', 20, 24)],
      rows: [
        { month: 3, ref: { CTX: 98, P1NP: 155, BSAP: 81 } },
        { month: 12, ref: { BMD: 0.36 } },
        { month: 24, ref: { BMD: 2.08, CTX: 25, P1NP: 98 } },
      ],
    },
    {
      name: 'teriparatide 20 µg daily as discrete pulses',
      regimens: [doses('teriparatide', 20, 1, 730)],
      rows: [{ month: 6, ref: { P1NP: 68 } }],
    },
  ];

  /** BMD is printed to 2 decimals: within 0.05 percentage points. Markers are printed as integers: within 1. */
  const TOLERANCE: Record<Marker, number> = { BMD: 0.05, CTX: 1, P1NP: 1, BSAP: 1 };

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { regimens, rows }) => {
    const r = runJorgScenario({ regimens, outputAges: [START, ...rows.map((row) => startingAtMonth(row.month))] });
    rows.forEach((row, k) => {
      for (const [marker, ref] of Object.entries(row.ref) as [Marker, number][]) {
        const series = r[marker];
        const change = (series[k + 1]! / series[0]! - 1) * 100;
        expect(Math.abs(change - ref), `${marker} at month ${row.month}: ${change.toFixed(2)} % vs ${ref} %`).toBeLessThanOrEqual(TOLERANCE[marker]);
      }
    });
  });

});

describe('jorg2022 three-drug sequences from age 67 (Fig. 3, §4.4)', () => {
  // Each drug for one year at 67, 68 and 69, dosed as the authors' medseq helper.
  const drug = {
    A: (age: number) => dosedFor('alendronate', 70, 7, age, 1),
    R: (age: number) => dosedFor('romosozumab', 140, 30, age, 1),
    D: (age: number) => dosedFor('denosumab', 60, 180, age, 1),
  } as const;
  // sequence, max ΔBMD (% over t ≥ 66 y, relative to 67 y), ΔBMD at 82 y (%): the "check" column
  const table: readonly (readonly ['A' | 'R' | 'D', 'A' | 'R' | 'D', 'A' | 'R' | 'D', number, number])[] = [
    ['A', 'R', 'D', 5.12, -7.7],
    ['A', 'D', 'R', 4.02, -8.4],
    ['R', 'A', 'D', 5.23, -7.05],
    ['R', 'D', 'A', 4.69, -5.71],
    ['D', 'A', 'R', 3.35, -7.18],
    ['D', 'R', 'A', 3.36, -5.95],
  ];
  const days: number[] = [];
  for (let day = 66 * YEAR; day <= 82 * YEAR; day++) days.push(day / YEAR);
  const i67 = YEAR;

  it.each(table.map((row) => [row.slice(0, 3).join('→'), row] as const))('%s', (_name, [first, second, third, maxRef, at82Ref]) => {
    const regimens = [drug[first](67), drug[second](68), drug[third](69)];
    const r = runJorgScenario({ regimens, outputAges: days });
    const change = Array.from(r.BMD, (bmd) => (bmd / r.BMD[i67]! - 1) * 100);
    expect(Math.abs(Math.max(...change) - maxRef)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(change[change.length - 1]! - at82Ref)).toBeLessThanOrEqual(0.05);
  });
});

describe('jorg2022 regimens as dose events', () => {
  it('counts doses as the authors\' medseq helper: 53 weekly, 13 monthly, 3 six-monthly in a year', () => {
    expect(dosedFor('alendronate', 70, 7, 67, 1).count).toBe(53);
    expect(dosedFor('romosozumab', 140, 30, 67, 1).count).toBe(13);
    expect(dosedFor('denosumab', 60, 180, 67, 1).count).toBe(3);
  });

  it('adds E_x · dose per discrete dose and infuses E_x · daily dose per day', () => {
    const [bolus, infusion] = regimenEvents([
      dosedFor('denosumab', 60, 180, 67, 1),
      { kind: 'quasi-continuous', drug: 'teriparatide', dailyDose: 20, startAge: 67, days: 730 },
    ]);
    expect(bolus).toEqual({ kind: 'bolus', time: 67 * YEAR, state: 'psi_denosumab', amount: par('E_denosumab') * 60, interval: 180, count: 3 });
    expect(infusion).toEqual({ kind: 'infusion', time: 67 * YEAR, state: 'psi_teriparatide', rate: par('E_teriparatide') * 20, duration: 730 });
  });

  it('follows the closed form of Eq. 22 during and after a quasi-continuous window', () => {
    const rate = par('E_teriparatide') * 20;
    const k = Math.LN2 / par('T_teriparatide');
    const times = [0.05, 0.2, 1, 1.05, 1.2];
    const r = simulate(jorg2022, {
      initialState: y0,
      t0: 0,
      times,
      events: regimenEvents([{ kind: 'quasi-continuous', drug: 'teriparatide', dailyDose: 20, startAge: 0, days: 1 }]),
      options: { rtol: 1e-10, atol: 1e-14 },
    });
    const psi = r.state('psi_teriparatide');
    const during = (t: number): number => (rate / k) * (1 - Math.exp(-k * t));
    times.forEach((t, i) => {
      const expected = t <= 1 ? during(t) : during(1) * Math.exp(-k * (t - 1));
      expect(relErr(psi[i]!, expected), `t = ${t}`).toBeLessThan(1e-7);
    });
  });
});

describe('jorg2022 PTH analog guard (§1.8)', () => {
  const apoptosisAt = (psi: number): number => {
    const y = y0.slice();
    y[jorg2022.stateIndex('psi_teriparatide')] = psi;
    return derivedAt(y).OB_apoptosis!;
  };

  it('lowers osteoblast apoptosis as [1 − beta_B_pth g+(Psi)] eta_B below Psi ≈ 3.27', () => {
    expect(apoptosisAt(0)).toBe(par('eta_B'));
    expect(apoptosisAt(1)).toBeCloseTo(par('eta_B') * (1 - par('beta_B_pth') / 2), 15);
  });

  it('clamps it at zero where beta_B_pth > 1 would make it negative', () => {
    const threshold = 1 / (par('beta_B_pth') - 1);
    expect(threshold).toBeGreaterThan(3.27);
    expect(threshold).toBeLessThan(3.28);
    expect(apoptosisAt(threshold * 0.99)).toBeGreaterThan(0);
    expect(apoptosisAt(threshold * 1.01)).toBe(0);
    expect(apoptosisAt(100)).toBe(0);
  });
});
