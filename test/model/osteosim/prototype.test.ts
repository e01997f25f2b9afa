import { simulateScenario } from '../../../src/model/index.js';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/index.js';
import { osteosim, osteosimModel, OSTEOSIM_SOLVER_OPTIONS, prepareScenario } from '../../../src/model/osteosim/index.js';
import { percentChange, type DrugName, type DrugRegimen, type Scenario } from '../../../src/model/scenario.js';

/**
 * The port reproduces the v2 Python prototype (research/integrated-prototype: model.py, extra.py and the trial
 * helpers of calibrate.py, run with the model.py defaults = fitted values). The reference numbers below were
 * printed from the prototype at full precision; results.md shows the same numbers rounded.
 *
 * Tolerances: BMD within 0.05 percentage points (or 0.0005 as a ratio to 25 y); turnover markers within 0.5
 * percentage points of % change; marrow fat within 0.001; RANK occupancy ratio within 0.5 %.
 */

const MONTH = 30.4375;
const YEAR = 365.25;
const BMD_PP = 0.05;
const MARKER_PP = 0.5;

const cad: DrugRegimen = { kind: 'drug', drug: 'calciumVitaminD', dose: 1, start: 0 };
/** Doses every `interval` days from `start` while before `until`, like the prototype's `regimen()` helper. */
const every = (drug: DrugName, dose: number, interval: number, until: number, start = 0): DrugRegimen => ({
  kind: 'drug',
  drug,
  dose,
  start,
  interval,
  count: Math.ceil((until - start) / interval - 1e-9),
});
const woman = (ageYears: number, regimens: DrugRegimen[], months: readonly number[]): Scenario => ({
  patient: { species: 'woman', ageYears },
  regimens,
  days: months.map((m) => m * MONTH),
});
const pct = (s: Scenario) => {
  const r = simulateScenario(osteosim, s);
  return {
    bmd: Array.from(percentChange(r.outputs.bmdTotalHip!)),
    ctx: Array.from(percentChange(r.outputs.ctx!)),
    p1np: Array.from(percentChange(r.outputs.p1np!)),
    bsap: Array.from(percentChange(r.outputs.bsap!)),
    result: r,
  };
};
const expectAll = (actual: readonly number[], expected: readonly number[], tol: number, what: string): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, k) => expect(Math.abs(actual[k]! - v), `${what}[${k}]: ${actual[k]} vs ${v}`).toBeLessThan(tol));
};

describe('natural history of the average woman from 25 y (python3 model.py aging table)', () => {
  const ages = [25, 40, 46, 50, 51, 53, 56, 60, 65, 70, 72, 75, 80, 85];
  const ref = {
    bmd: [1.0, 0.975274, 0.964711, 0.95748, 0.944057, 0.904305, 0.872814, 0.844562, 0.811162, 0.777574, 0.764077, 0.743785, 0.709867, 0.675852],
    mff: [0.29, 0.311222, 0.320173, 0.325998, 0.35919, 0.434918, 0.472399, 0.485063, 0.493232, 0.500391, 0.503159, 0.507232, 0.513838, 0.520233],
    msc: [1.0, 0.996676, 0.995336, 0.994443, 0.978752, 0.96644, 0.962726, 0.9606, 0.958393, 0.956256, 0.955405, 0.954132, 0.952012, 0.949894],
    ctx: [1.0, 1.000667, 1.000542, 1.000458, 1.798637, 1.774678, 1.165769, 1.016346, 1.000437, 0.999432, 0.999396, 0.99941, 0.99948, 0.999555],
    p1np: [1.0, 0.996619, 0.994982, 0.993938, 1.508307, 1.662892, 1.050066, 0.891744, 0.872568, 0.870135, 0.869741, 0.869338, 0.868894, 0.868548],
    piRatio: [1.0, 1.002064, 1.002621, 1.002913, 1.878906, 2.746457, 2.978238, 3.013509, 3.013534, 3.008289, 3.006091, 3.002926, 2.99814, 2.993982],
    estrogen: [1.0, 1.0, 1.0, 1.0, 0.722222, 0.464286, 0.302326, 0.206349, 0.147727, 0.115044, 0.105691, 0.094203, 0.079755, 0.069149],
  };
  const r = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 25 }, days: ages.map((a) => (a - 25) * YEAR) });
  const o = r.outputs;

  it('BMD/BMD(25 y) within 0.05 points at every age', () => {
    expectAll(Array.from(o.bmdTotalHip!, (v) => v / o.bmdTotalHip![0]!), ref.bmd, BMD_PP / 100, 'BMD/BMD25');
  });
  it('marrow fat, MSC pool, estrogen', () => {
    expectAll(Array.from(o.marrowFatFraction!), ref.mff, 1e-3, 'MFF');
    expectAll(Array.from(o.mscPool!), ref.msc, 1e-4, 'M');
    expectAll(Array.from(o.estrogen!), ref.estrogen, 1e-6, 'e');
  });
  it('markers relative to 25 y (CTX +80 % and P1NP +51 % at 51 y)', () => {
    expectAll(Array.from(o.ctx!), ref.ctx, MARKER_PP / 100, 'CTX');
    expectAll(Array.from(o.p1np!), ref.p1np, MARKER_PP / 100, 'P1NP');
    expectAll(Array.from(o.rankOccupancy!, (v) => v / 0.041), ref.piRatio, 0.005 * 3, 'pi/pi0');
  });
});

describe('SWAN-aligned menopause metrics (calibrate.py nh_metrics; results.md §1)', () => {
  const fmp = 50 + 1.1772;
  const offsets = [-5, -2, -1, 0, 2, 5, 7];
  const r = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: fmp - 5 }, days: offsets.map((o) => (o + 5) * YEAR) });
  const b = (o: number) => r.outputs.bmdTotalHip![offsets.indexOf(o)]!;
  const change = (o0: number, o1: number) => 100 * (b(o1) / b(o0) - 1);
  it('TH loss FMP−5 → FMP+5 −9.64 %, FMP−1 → FMP+2 −5.77 %, FMP+2 → +5 −1.12 %/y', () => {
    expect(Math.abs(change(-5, 5) - -9.6398)).toBeLessThan(BMD_PP);
    expect(Math.abs(change(-1, 2) - -5.7673)).toBeLessThan(BMD_PP);
    expect(Math.abs(change(2, 5) / 3 - -1.119)).toBeLessThan(BMD_PP);
  });
  it('A5 shape ratios 2.06 and 0.48 (the known miss: published 3.0 and 0.52)', () => {
    expect(change(0, 2) / 2 / (change(2, 7) / 5)).toBeCloseTo(2.0608, 2);
    expect(change(-2, 0) / 2 / (change(0, 2) / 2)).toBeCloseTo(0.4794, 2);
  });
});

describe('trial arms from 72 y, both arms on calcium + vitamin D (python3 model.py; FREEDOM-like)', () => {
  const months = [0, 12, 24, 36];
  const arms: [string, DrugRegimen[], { bmd: number[]; ctx: number[]; p1np: number[]; bsap: number[] }][] = [
    ['placebo', [cad], { bmd: [0, -0.1204, -0.7394, -1.4653], ctx: [0, -21.5842, -13.7653, -8.7593], p1np: [0, -22.1834, -15.059, -9.6586], bsap: [0, -14.7388, -9.8558, -6.2533] }],
    [
      'denosumab 60 mg Q6M',
      [cad, every('denosumab', 60, 182.625, 3 * YEAR)],
      // Not the prototype's numbers (3.26/4.28/5.00 %, CTX −83.6/−77.0/−70.6 %): osteosim's denosumab departs from it
      // (issue 13: Sutjandra 2011 TMDD PK, RANKL as osteoclast survival signal, effect site refitted). Pinned osteosim values.
      { bmd: [0, 3.0065, 4.2159, 5.2988], ctx: [0, -83.1581, -76.0628, -69.0034], p1np: [0, -85.2954, -85.2885, -83.6918], bsap: [0, -70.4386, -70.4298, -68.428] },
    ],
    [
      'romosozumab 210 mg Q1M ×12',
      [cad, every('romosozumab', 210, MONTH, YEAR)],
      { bmd: [0, 6.7242, 3.4199, 2.4398], ctx: [0, -25.3659, -0.8375, -11.7177], p1np: [0, 2.778, -21.4044, -12.2129], bsap: [0, 1.7572, -14.1972, -7.9471] },
    ],
    [
      'alendronate 70 mg weekly',
      [cad, every('alendronate', 70, 7, 3 * YEAR)],
      { bmd: [0, 1.917, 3.1605, 4.1707], ctx: [0, -75.3088, -78.8407, -79.889], p1np: [0, -65.5894, -72.0582, -73.3842], bsap: [0, -49.2471, -55.5402, -56.8933] },
    ],
    [
      'zoledronate 5 mg yearly (at the prototype potency pot_zol = 1; osteosim fits it to HORIZON)',
      [cad, every('zoledronate', 5, YEAR, 3 * YEAR)],
      { bmd: [0, 1.1524, 1.5397, 1.8421], ctx: [0, -47.7796, -47.5471, -46.6094], p1np: [0, -48.8154, -49.5819, -48.7539], bsap: [0, -34.6732, -35.2969, -34.6233] },
    ],
    ['untreated (no calcium + vitamin D)', [], { bmd: [0, -0.8845, -1.7698, -2.6558], ctx: [0, 0, 0, 0], p1np: [0, -0.0176, -0.0328, -0.0463], bsap: [0, -0.0112, -0.0209, -0.0294] }],
  ];
  for (const [name, regimens, ref] of arms) {
    it(name, () => {
      const prototypeParameters: Record<string, number> = name.startsWith('zoledronate') ? { pot_zol: 1 } : {};
      const r = pct({ ...woman(72, regimens, months), parameters: prototypeParameters });
      expectAll(r.bmd, ref.bmd, BMD_PP, 'BMD %');
      expectAll(r.ctx, ref.ctx, MARKER_PP, 'CTX %');
      expectAll(r.p1np, ref.p1np, MARKER_PP, 'P1NP %');
      expectAll(r.bsap, ref.bsap, MARKER_PP, 'BSAP %');
    });
  }
});

/**
 * Not the prototype's numbers any more (calibrate.py dmab_stop gave TH +4.28 % at 24 months, +0.77 % at 36 and CTX
 * crossing baseline at month 29.08): issue 13 rebuilt the denosumab PK (Sutjandra 2011) and made RANKL an osteoclast
 * survival signal, and refitted the effect site. These are osteosim's own values, pinned.
 */
describe('denosumab discontinuation: 4 doses from 72 y, the dose at 24 months omitted (osteosim after issue 13)', () => {
  const months = [6, 12, 18, 24, 27, 30, 33, 36, 42, 48];
  const refBmd = [2.0753, 3.0065, 3.6447, 4.2159, 3.2141, 1.898, 1.0076, 0.4, -0.4699, -1.1729];
  const refCtx = [-86.4211, -83.1581, -79.6141, -76.0628, 24.3106, 51.2247, 49.4948, 44.4826, 35.2722, 27.9534];
  const grid = Array.from({ length: 97 }, (_, k) => k / 2);
  const r = pct(woman(72, [cad, every('denosumab', 60, 182.625, 1.9 * YEAR)], grid));
  const at = (series: number[], m: number) => series[grid.indexOf(m)]!;

  it('BMD and CTX at 6–48 months', () => {
    expectAll(months.map((m) => at(r.bmd, m)), refBmd, BMD_PP, 'BMD %');
    expectAll(months.map((m) => at(r.ctx, m)), refCtx, MARKER_PP, 'CTX %');
  });
  it('CTX crosses the pretreatment baseline at month 26.12, 2 months after the omitted dose (B16: above baseline by month 30)', () => {
    const k = grid.findIndex((m, i) => m >= 18 && r.ctx[i]! >= 0);
    const cross = grid[k - 1]! + (0 - r.ctx[k - 1]!) / (r.ctx[k]! - r.ctx[k - 1]!) * 0.5;
    expect(Math.abs(cross - 26.1237)).toBeLessThan(0.05);
  });
});

describe('romosozumab time course from 71 y, Ca + vit D in both arms (python3 extra.py)', () => {
  const months = [0, 0.5, 1, 2, 3, 6, 9, 12, 18, 24];
  const ref = {
    bmd: [0.0, 0.247, 0.545, 1.391, 2.275, 4.392, 5.731, 6.67, 4.913, 3.394],
    placebo: [0.0, -0.023, -0.026, -0.004, 0.024, 0.054, -0.008, -0.119, -0.405, -0.732],
    p1np: [0.0, 247.65, 110.34, 129.3, 110.29, 38.28, 9.12, 2.8, -49.69, -21.41],
    ctx: [0.0, -11.52, -21.51, -35.31, -42.58, -43.61, -34.45, -25.37, 12.92, -0.83],
    freeSclerostin: [0.0, -66.35, -41.41, -47.21, -48.89, -49.52, -49.43, -49.37, 0.65, 0.15],
    serum: [0.0, 82.066, 17.292, 26.656, 29.874, 31.487, 31.552, 31.555, 0.0, 0.0],
    Kw: [1.0, 1.0788, 1.1327, 1.2518, 1.3391, 1.471, 1.5127, 1.5256, 1.1388, 1.0364],
  };
  const arm = woman(71, [cad, every('romosozumab', 210, MONTH, YEAR)], months);
  const r = pct(arm);
  const placebo = pct(woman(71, [cad], months));

  it('total hip: arm, placebo, and +6.79 points vs placebo at 12 months (B47 +6.8)', () => {
    expectAll(r.bmd, ref.bmd, BMD_PP, 'romosozumab BMD %');
    expectAll(placebo.bmd, ref.placebo, BMD_PP, 'placebo BMD %');
    expect(Math.abs(r.bmd[7]! - placebo.bmd[7]! - 6.789)).toBeLessThan(BMD_PP);
  });
  it('P1NP spike and CTX fall, free sclerostin', () => {
    expectAll(r.p1np, ref.p1np, MARKER_PP, 'P1NP %');
    expectAll(r.ctx, ref.ctx, MARKER_PP, 'CTX %');
    expectAll(Array.from(percentChange(r.result.outputs.sclerostin!)), ref.freeSclerostin, MARKER_PP, 'free sclerostin %');
  });
  it('serum romosozumab (nM) and the Wnt feedback K_w', () => {
    const prepared = prepareScenario(arm);
    const run = simulate(osteosimModel, {
      parameters: prepared.parameters,
      initialState: prepared.initialState,
      t0: 0,
      times: prepared.times,
      events: prepared.events,
      options: OSTEOSIM_SOLVER_OPTIONS,
    });
    expectAll(Array.from(run.state('R_c')), ref.serum, 0.01, 'serum nM');
    expectAll(Array.from(run.state('K_w')), ref.Kw, 1e-3, 'K_w');
  });
});

describe('alendronate 70 mg weekly for 3 years from 71 y, then stopped (python3 extra.py)', () => {
  const months = [0, 3, 6, 12, 24, 36, 48, 60];
  const ref = {
    bmd: [0.0, 0.392, 1.016, 1.906, 3.142, 4.145, 4.371, 4.064],
    placebo: [0.0, 0.024, 0.054, -0.119, -0.732, -1.451, -2.228, -3.042],
    ctx: [0.0, -59.3, -69.68, -75.31, -78.84, -79.89, -67.66, -49.55],
    p1np: [0.0, -24.68, -48.52, -65.59, -72.06, -73.38, -66.14, -51.39],
    surface: [1.9589, 2.8587, 4.1187, 5.6222, 6.3887, 3.3931, 1.6056],
    deep: [0.3862, 1.0218, 2.4101, 5.5765, 9.1474, 11.9567, 13.4469],
  };
  const arm = woman(71, [cad, every('alendronate', 70, 7, 3 * YEAR)], months);
  const r = pct(arm);
  const placebo = pct(woman(71, [cad], months));

  it('total hip arm and placebo, CTX and P1NP on and off treatment', () => {
    expectAll(r.bmd, ref.bmd, BMD_PP, 'alendronate BMD %');
    expectAll(placebo.bmd, ref.placebo, BMD_PP, 'placebo BMD %');
    expectAll(r.ctx, ref.ctx, MARKER_PP, 'CTX %');
    expectAll(r.p1np, ref.p1np, MARKER_PP, 'P1NP %');
  });
  it('bone-bound drug: surface and deep pools (mg)', () => {
    const prepared = prepareScenario(arm);
    const run = simulate(osteosimModel, {
      parameters: prepared.parameters,
      initialState: prepared.initialState,
      t0: 0,
      times: prepared.times,
      events: prepared.events,
      options: OSTEOSIM_SOLVER_OPTIONS,
    });
    // Month 0 differs by design: the prototype puts the first dose on the surface at once, osteosim passes it
    // through a 1-hour plasma compartment, so compare from month 3.
    expectAll(Array.from(run.state('BP_s')).slice(1), ref.surface, 0.01, 'surface mg');
    expectAll(Array.from(run.state('BP_d')).slice(1), ref.deep, 0.01, 'deep mg');
  });
});

describe('other regimens of the prototype', () => {
  it('FIT-1 alendronate 5 mg/day for 24 months then 10 mg/day, from 71 y: +4.66 points vs placebo at 36 months (B23 +4.7)', () => {
    const fit = [
      cad,
      { kind: 'drug', drug: 'alendronate', dose: 5, start: 0, interval: 2 * YEAR, count: 1, continuous: true },
      { kind: 'drug', drug: 'alendronate', dose: 10, start: 2 * YEAR, interval: YEAR, count: 1, continuous: true },
    ] satisfies DrugRegimen[];
    const arm = pct(woman(71, fit, [0, 12, 36]));
    const placebo = pct(woman(71, [cad], [0, 12, 36]));
    expectAll(arm.bmd, [0, 1.258616, 3.209717], BMD_PP, 'FIT arm BMD %');
    expectAll(placebo.bmd, [0, -0.118673, -1.450607], BMD_PP, 'placebo BMD %');
    expect(Math.abs(arm.bmd[2]! - placebo.bmd[2]! - 4.660324)).toBeLessThan(BMD_PP);
  });
  it('WHI calcium + vitamin D from 62 y: +1.30 points vs none at 7 years (B61 +1.06)', () => {
    const supplemented = pct(woman(62, [cad], [0, 84]));
    const none = pct(woman(62, [], [0, 84]));
    expect(Math.abs(supplemented.bmd[1]! - -4.339247)).toBeLessThan(BMD_PP);
    expect(Math.abs(none.bmd[1]! - -5.640796)).toBeLessThan(BMD_PP);
  });
  it('osteoporotic phenotype at 70 y: BMD/BMD25 0.716 and marrow fat 0.654', () => {
    const r = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 25, phenotype: 'osteoporotic' }, days: [0, 45 * YEAR] });
    expect(Math.abs(r.outputs.bmdTotalHip![1]! / r.outputs.bmdTotalHip![0]! - 0.716166)).toBeLessThan(BMD_PP / 100);
    expect(Math.abs(r.outputs.marrowFatFraction![1]! - 0.65362)).toBeLessThan(1e-3);
  });
  // The prototype gave teriparatide quasi-continuously (Jörg Eq. 22); osteosim resolves the daily pulses, bridged so
  // that their daily means match that calibration (drugs/pth-analogs.ts), so the trajectories agree only closely.
  // The prototype has no modeling-based formation (sites.ts, beta_mbf_pth), so it is off for the comparison.
  it('teriparatide 20 µg daily pulses for 2 years from 72 y (no Ca + vit D) follow the quasi-continuous prototype', () => {
    const tptd: DrugRegimen = { kind: 'drug', drug: 'teriparatide', dose: 20, start: 0, interval: 1, count: Math.round(2 * YEAR) };
    const r = pct({ ...woman(72, [tptd], [0, 3, 12, 24, 36]), parameters: { beta_mbf_pth: 0 } });
    expectAll(r.bmd, [0, -0.7546, -0.0628, 1.9308, 2.5867], 0.3, 'BMD %');
    expectAll(r.p1np, [0, 77.0628, 110.4528, 75.8733, -23.8509], 10, 'P1NP %');
    expectAll(r.ctx, [0, 74.1506, 23.3595, 7.8558, -19.0124], 10, 'CTX %');
  });
  it('blosozumab 180 mg every 2 weeks for a year from 67 y (Jörg form)', () => {
    const r = pct(woman(67, [every('blosozumab', 180, 14, YEAR)], [0, 3, 12]));
    expectAll(r.bmd, [0, 0.9072, 3.0743], BMD_PP, 'BMD %');
    expectAll(r.p1np, [0, 125.1983, 52.2198], MARKER_PP, 'P1NP %');
  });
  // The prototype gave +8.56 % at 24 months; osteosim's denosumab after issue 13 gives +8.49 %.
  it('romosozumab 12 months then denosumab 12 months from 71 y: +8.49 % at 24 months', () => {
    const r = pct(woman(71, [cad, every('romosozumab', 210, MONTH, YEAR), every('denosumab', 60, 182.625, 2 * YEAR, YEAR)], [0, 12, 24]));
    expectAll(r.bmd, [0, 6.669563, 8.4947], BMD_PP, 'BMD %');
  });
});

describe('neutral check (v1/integrated-model.md §1): with the new layers off the model is Jörg 2022', () => {
  it('BMD/BMD25 0.887 / 0.827 / 0.771 at 60 / 70 / 80 y (Jörg run from 25 y), within 0.002', () => {
    const neutral = {
      s_ad: 0, delta_M: 0, beta_oe: 0, h_W: 0, k_Qa: 0, beta_ae: 0, // no MSC or marrow-fat effect on bone
      n_L: 1, e_L: 1e6, beta_Le: 0.103, h_OW: 1.43, // linear H(e) = 1 − e, Jörg's estrogen and sclerostin sensitivities
      k_cpl: 1e3, h_tol: 0, beta_CaD: 0, beta_b_bp: 0, // v2 changes off
    };
    const r = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 25 }, days: [0, 35, 45, 55].map((y) => y * YEAR), parameters: neutral });
    const rel = Array.from(r.outputs.bmdTotalHip!, (v) => v / r.outputs.bmdTotalHip![0]!);
    expectAll(rel, [1, 0.887, 0.827, 0.771], 0.002, 'vs Jörg');
    expectAll(rel, [1, 0.88723, 0.82845, 0.77237], BMD_PP / 100, 'vs prototype');
  });
});
