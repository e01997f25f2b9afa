import { simulateScenario as simulateChecked } from '../../../src/studies/simulate.js';
import { simulateScenario } from '../../../src/model/index.js';
import { describe, expect, it } from 'vitest';
import { ModelError, simulate } from '../../../src/engine/index.js';
import {
  osteosim,
  osteosimModel as m,
  OSTEOSIM_SOLVER_OPTIONS,
  prepareScenario,
  regimenEvents,
  SPECIES_PROFILES,
} from '../../../src/model/osteosim/index.js';
import { percentChange, type DrugName, type DrugRegimen, type OutputName, type Scenario } from '../../../src/model/scenario.js';

const YEAR = 365.25;
const MONTH = YEAR / 12;
const cad: DrugRegimen = { kind: 'drug', drug: 'calciumVitaminD', dose: 1, start: 0 };
const doses = (drug: DrugName, dose: number, interval: number, count: number, start = 0): DrugRegimen => ({ kind: 'drug', drug, dose, start, interval, count });
const woman70 = { species: 'woman' as const, ageYears: 70 };
const change = (s: Scenario, output: OutputName = 'bmdTotalHip'): number[] => Array.from(percentChange(simulateScenario(osteosim, s).outputs[output]!));

describe('outputs', () => {
  it('reports every contract output, finite, at the requested days', () => {
    const r = simulateScenario(osteosim, { patient: woman70, regimens: [doses('denosumab', 60, 182.625, 2)], days: [0, 30, YEAR] });
    const names: OutputName[] = [
      'bmdTotalHip', 'bmdLumbarSpine', 'bmdFemoralNeck', 'bmdRadius', 'ctx', 'p1np', 'bsap', 'marrowFatFraction', 'rankOccupancy', 'ranklOpgRatio',
      'sclerostin', 'estrogen', 'mscPool', 'osteoblasts', 'osteoclasts',
    ];
    for (const name of names) {
      expect(r.outputs[name]?.length, name).toBe(3);
      for (const v of r.outputs[name]!) expect(Number.isFinite(v), name).toBe(true);
    }
    expect(r.model).toBe('osteosim');
    expect(Array.from(r.ageYears)).toEqual([70, 70 + 30 / YEAR, 71]);
    // Denosumab binds RANKL: RANK occupancy falls.
    expect(r.outputs.rankOccupancy![1]!).toBeLessThan(0.5 * r.outputs.rankOccupancy![0]!);
  });
});

describe('dose response and direction', () => {
  it('denosumab 60 mg gains more and suppresses CTX more than 14 mg (Q6M, 12 months)', () => {
    const at12 = (dose: number) => {
      const s: Scenario = { patient: woman70, regimens: [cad, doses('denosumab', dose, 182.625, 2)], days: [0, 12 * MONTH] };
      return { bmd: change(s)[1]!, ctx: change(s, 'ctx')[1]! };
    };
    const high = at12(60);
    const low = at12(14);
    expect(high.bmd).toBeGreaterThan(low.bmd + 1);
    expect(high.ctx).toBeLessThan(low.ctx - 30);
    expect(high.ctx).toBeLessThan(-75);
  });

  it('stopping denosumab sends CTX above baseline and gives back the gain (rebound, B16)', () => {
    const s: Scenario = { patient: woman70, regimens: [cad, doses('denosumab', 60, 182.625, 4)], days: [0, 24 * MONTH, 36 * MONTH, 48 * MONTH] };
    const ctx = change(s, 'ctx');
    const bmd = change(s);
    expect(ctx[2]!).toBeGreaterThan(30);
    expect(bmd[3]!).toBeLessThan(bmd[1]! - 4);
  });

  it('romosozumab 210 mg monthly gains more than 140 mg; both raise P1NP early', () => {
    const gain = (dose: number) => change({ patient: woman70, regimens: [cad, doses('romosozumab', dose, MONTH, 12)], days: [0, 3 * MONTH, 12 * MONTH] });
    const g210 = gain(210);
    const g140 = gain(140);
    expect(g210[2]!).toBeGreaterThan(g140[2]! + 0.5);
    const p1np = change({ patient: woman70, regimens: [doses('romosozumab', 140, MONTH, 12)], days: [0, 1 * MONTH] }, 'p1np');
    expect(p1np[1]!).toBeGreaterThan(40);
  });

  it('calcium + vitamin D slows loss; a weekly 70 mg alendronate gains; both lower CTX', () => {
    const none = change({ patient: woman70, days: [0, 2 * YEAR] })[1]!;
    const supplemented = change({ patient: woman70, regimens: [cad], days: [0, 2 * YEAR] })[1]!;
    const aln = change({ patient: woman70, regimens: [cad, doses('alendronate', 70, 7, 104)], days: [0, 2 * YEAR] })[1]!;
    expect(supplemented).toBeGreaterThan(none);
    expect(aln).toBeGreaterThan(2);
    expect(change({ patient: woman70, regimens: [doses('alendronate', 70, 7, 52)], days: [0, YEAR] }, 'ctx')[1]!).toBeLessThan(-60);
  });

  it('calcium + vitamin D given for a set time switches off again', () => {
    const ended = change({ patient: woman70, regimens: [{ ...cad, interval: 1, count: 180 }], days: [0, 180, 3 * YEAR] }, 'ctx');
    const ongoing = change({ patient: woman70, regimens: [cad], days: [0, 180, 3 * YEAR] }, 'ctx');
    expect(ended[1]!).toBeCloseTo(ongoing[1]!, 6);
    expect(ended[2]!).toBeGreaterThan(ongoing[2]! + 3);
  });

  it('across the menopause the sites lose in the order of their trabecular share: spine, hip, femoral neck, radius', () => {
    const s: Scenario = { patient: { species: 'woman', ageYears: 46 }, days: [0, 10 * YEAR] };
    const hip = change(s)[1]!;
    const spine = change(s, 'bmdLumbarSpine')[1]!;
    const neck = change(s, 'bmdFemoralNeck')[1]!;
    const radius = change(s, 'bmdRadius')[1]!;
    expect(spine).toBeLessThan(hip);
    expect(spine / hip).toBeGreaterThan(1.1);
    expect(spine / hip).toBeLessThan(1.25);
    expect(neck).toBeGreaterThan(hip);
    expect(neck / hip).toBeGreaterThan(0.8);
    expect(radius).toBeGreaterThan(neck);
    expect(radius / hip).toBeLessThan(0.5);
  });

  it('a later menopause moves the loss later', () => {
    const at = (menopauseAgeYears: number) => change({ patient: { species: 'woman', ageYears: 45, menopauseAgeYears }, days: [0, 8 * YEAR] })[1]!;
    expect(at(47)).toBeLessThan(at(55) - 3);
  });

  it('ovariectomy drops estrogen to the castrate level within days and speeds bone loss', () => {
    const r = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 40, ovariectomyDay: 0 }, days: [0, 1, 7, 2 * YEAR] });
    expect(r.outputs.estrogen![0]).toBe(1);
    expect(r.outputs.estrogen![2]!).toBeLessThan(0.06);
    const intact = change({ patient: { species: 'woman', ageYears: 40 }, days: [0, 2 * YEAR] })[1]!;
    expect(percentChange(r.outputs.bmdTotalHip!)[3]!).toBeLessThan(intact - 4);
  });

  it('an ovariectomy after a natural menopause cannot raise estrogen', () => {
    const r = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 70, ovariectomyDay: 10 }, days: [0, 5, 20] });
    expect(r.outputs.estrogen![1]).toBeCloseTo(r.outputs.estrogen![0]!, 3);
    expect(r.outputs.estrogen![2]!).toBeLessThanOrEqual(r.outputs.estrogen![1]!);
  });
});

describe('non-negativity over a long run with a drug sequence', () => {
  it('cell, signal and drug states stay >= 0 from 25 to 100 y', () => {
    const scenario: Scenario = {
      patient: { species: 'woman', ageYears: 60, ovariectomyDay: 0 },
      regimens: [
        cad,
        doses('romosozumab', 210, MONTH, 12),
        doses('denosumab', 60, 182.625, 6, YEAR),
        doses('zoledronate', 5, YEAR, 3, 4 * YEAR),
        { kind: 'drug', drug: 'teriparatide', dose: 20, start: 8 * YEAR, interval: 1, count: 730, continuous: true },
        doses('blosozumab', 180, 14, 26, 12 * YEAR),
        doses('alendronate', 70, 7, 260, 15 * YEAR),
      ],
      days: Array.from({ length: 40 * 12 + 1 }, (_, k) => k * MONTH),
    };
    const prepared = prepareScenario(scenario);
    const times = Float64Array.from([...Array.from({ length: 35 }, (_, k) => k * YEAR), ...prepared.times]);
    const run = simulate(m, {
      parameters: prepared.parameters,
      initialState: prepared.initialState,
      t0: 0,
      times,
      events: prepared.events,
      options: OSTEOSIM_SOLVER_OPTIONS,
    });
    for (const name of m.stateNames) {
      const min = Math.min(...run.state(name));
      expect(min, name).toBeGreaterThanOrEqual(-1e-9);
    }
    for (const name of ['M', 'A', 'pB', 'B', 'Y', 'pC', 'C', 's', 'rho_b', 'rho_tb', 'rho_ct', 'c_b', 'm_tb', 'm_ct']) expect(Math.min(...run.state(name)), name).toBeGreaterThan(0);
  });
});

describe('species profiles', () => {
  it('only the woman is calibrated; the others say they are scaled or assumed', () => {
    expect(SPECIES_PROFILES.woman.calibrated).toBe(true);
    for (const species of ['man', 'rat', 'mouse'] as const) {
      expect(SPECIES_PROFILES[species].calibrated).toBe(false);
      expect(SPECIES_PROFILES[species].notes).toMatch(/not calibrated/);
    }
    expect(osteosim.species).toEqual(['woman', 'man', 'rat', 'mouse']);
  });

  it('man: no menopause; slow loss about −0.37 %/y at 65 (A12), far below a woman’s menopausal loss', () => {
    const r = simulateScenario(osteosim, { patient: { species: 'man', ageYears: 65 }, days: [0, YEAR] });
    expect(r.outputs.estrogen![0]!).toBeGreaterThan(0.85);
    expect(percentChange(r.outputs.bmdTotalHip!)[1]!).toBeCloseTo(-0.37, 1);
    const man = change({ patient: { species: 'man', ageYears: 46 }, days: [0, 10 * YEAR] })[1]!;
    const woman = change({ patient: { species: 'woman', ageYears: 46 }, days: [0, 10 * YEAR] })[1]!;
    expect(man).toBeGreaterThan(woman + 4);
  });

  it('rat and mouse: ovariectomy loses bone within weeks, sham barely; turnover rises', () => {
    for (const [species, age] of [['rat', 0.5], ['mouse', 1 / 3]] as const) {
      const days = [0, 56];
      const ovx = simulateScenario(osteosim, { patient: { species, ageYears: age, ovariectomyDay: 0 }, days });
      const sham = simulateScenario(osteosim, { patient: { species, ageYears: age }, days });
      const lossOvx = percentChange(ovx.outputs.bmdTotalHip!)[1]!;
      const lossSham = percentChange(sham.outputs.bmdTotalHip!)[1]!;
      expect(lossOvx, species).toBeLessThan(-3);
      expect(lossSham, species).toBeGreaterThan(-1);
      expect(ovx.outputs.ctx![1]!, species).toBeGreaterThan(1.3);
    }
  });

  it('mouse SAMP6: more marrow fat, a third of the osteogenic output (bone formation), more bone lost', () => {
    const samp6 = simulateScenario(osteosim, { patient: { species: 'mouse', ageYears: 1 / 3, phenotype: 'SAMP6' }, days: [0, 30, 365] });
    const normal = simulateScenario(osteosim, { patient: { species: 'mouse', ageYears: 1 / 3 }, days: [0, 30, 365] });
    for (const k of [1, 2]) expect(samp6.outputs.marrowFatFraction![k]!).toBeGreaterThan(normal.outputs.marrowFatFraction![k]! + 0.1);
    expect(samp6.outputs.p1np![1]! / normal.outputs.p1np![1]!).toBeGreaterThan(0.25);
    expect(samp6.outputs.p1np![1]! / normal.outputs.p1np![1]!).toBeLessThan(0.5);
    expect(percentChange(samp6.outputs.bmdTotalHip!)[2]!).toBeLessThan(percentChange(normal.outputs.bmdTotalHip!)[2]! - 5);
  });
});

describe('regimens as dose events', () => {
  const p = m.defaultParameters();
  const par = (name: string) => p[m.parameterIndex(name)]!;
  it('maps each supported drug to its state and unit conversion, shifted to the scenario start', () => {
    const events = regimenEvents(
      [
        doses('denosumab', 60, 182.625, 2),
        doses('romosozumab', 210, MONTH, 12),
        doses('alendronate', 70, 7, 52),
        { kind: 'drug', drug: 'alendronate', dose: 10, start: 0, interval: 1, count: 365, continuous: true },
        doses('zoledronate', 5, YEAR, 3),
        { kind: 'drug', drug: 'teriparatide', dose: 20, start: 0, interval: 1, count: 730, continuous: true },
        doses('blosozumab', 180, 14, 26),
        cad,
        doses('risedronate', 35, 7, 52),
        doses('teriparatide', 20, 1, 730),
        doses('abaloparatide', 80, 1, 540),
        { kind: 'drug', drug: 'raloxifene', dose: 60, start: 0, interval: 1, count: 365, continuous: true },
        { kind: 'drug', drug: 'hormoneTherapy', dose: 0.625, start: 0, interval: 1, count: 365, continuous: true },
        doses('odanacatib', 50, 7, 52),
        { ...doses('alendronate', 70, 7, 8), adherence: 0.75 },
      ],
      par,
      1000,
    );
    expect(events).toEqual([
      { kind: 'bolus', time: 1000, state: 'D_sc', amount: 60, interval: 182.625, count: 2 },
      { kind: 'bolus', time: 1000, state: 'R_sc', amount: 210 / 0.145, interval: MONTH, count: 12 },
      { kind: 'bolus', time: 1000, state: 'BP_pl', amount: par('F_aln') * 70, interval: 7, count: 52 },
      { kind: 'infusion', time: 1000, state: 'BP_pl', rate: par('F_aln') * 10, duration: 365 },
      { kind: 'bolus', time: 1000, state: 'BP_pl', amount: par('pot_zol') * 5, interval: YEAR, count: 3 },
      { kind: 'infusion', time: 1000, state: 'T_sc', rate: 20, duration: 730 },
      { kind: 'bolus', time: 1000, state: 'psi_blo', amount: par('E_blo') * 180, interval: 14, count: 26 },
      { kind: 'set-parameter', time: 1000, parameter: 'u_CaD', value: 1 },
      { kind: 'bolus', time: 1000, state: 'BP_pl', amount: par('F_ris') * par('pot_ris') * 35, interval: 7, count: 52 },
      { kind: 'bolus', time: 1000, state: 'T_sc', amount: 20, interval: 1, count: 730 },
      { kind: 'bolus', time: 1000, state: 'Ab_sc', amount: 80, interval: 1, count: 540 },
      { kind: 'infusion', time: 1000, state: 'A_ral', rate: 60, duration: 365 },
      { kind: 'infusion', time: 1000, state: 'A_HT', rate: 0.625, duration: 365 },
      { kind: 'bolus', time: 1000, state: 'G_odn', amount: 50, interval: 7, count: 52 },
      // Adherence 0.75 misses every 4th dose (doses 3 and 7 of 8).
      ...[0, 1, 2, 4, 5, 6].map((k) => ({ kind: 'bolus', time: 1000 + 7 * k, state: 'BP_pl', amount: par('F_aln') * 70 })),
    ]);
  });
});

describe('bad input: a ModelError naming the field and what is allowed', () => {
  const bad: [string, Scenario, RegExp][] = [
    ['an unknown species', { patient: { species: 'dog' as never, ageYears: 5 }, days: [0] }, /patient\.species: unknown species 'dog'/],
    ['a menopause at 70', { patient: { species: 'woman', ageYears: 60, menopauseAgeYears: 70 }, days: [0] }, /menopauseAgeYears: must be between 30 and 65 years, got 70/],
    ['a menopause at 25', { patient: { species: 'woman', ageYears: 60, menopauseAgeYears: 25 }, days: [0] }, /menopauseAgeYears: must be between 30 and 65/],
    ['a menopause age for a man', { patient: { species: 'man', ageYears: 60, menopauseAgeYears: 50 }, days: [0] }, /menopauseAgeYears: applies to women only/],
    ['a negative age', { patient: { species: 'woman', ageYears: -1 }, days: [0] }, /patient\.ageYears: must be between 0 and 120/],
    ['an age past the profile', { patient: { species: 'woman', ageYears: 115 }, days: [0] }, /patient\.ageYears: must be at most 110 years for the woman profile, got 115/],
    ['a rat too old', { patient: { species: 'rat', ageYears: 10 }, days: [0] }, /patient\.ageYears: must be at most 3\.5 years for the rat profile, got 10/],
    ['a negative dose', { patient: woman70, regimens: [doses('denosumab', -60, 182.625, 1)], days: [0] }, /regimens\[0\]\.dose: must be a finite number >= 0, got -60/],
    ['an unknown drug', { patient: woman70, regimens: [{ kind: 'drug', drug: 'aspirin' as never, dose: 60, start: 0 }], days: [0] }, /regimens\[0\]\.drug: model 'osteosim' has no drug 'aspirin'/],
    ['continuous zoledronate', { patient: woman70, regimens: [{ ...doses('zoledronate', 0.01, 1, 3), continuous: true }], days: [0] }, /regimens\[0\]\.continuous: zoledronate is given as discrete doses/],
    ['an adherence of 0', { patient: woman70, regimens: [{ ...doses('alendronate', 70, 7, 3), adherence: 0 }], days: [0] }, /regimens\[0\]\.adherence: must be a fraction of doses taken, > 0 and <= 1, got 0/],
    ['an adherence above 1', { patient: woman70, regimens: [{ ...doses('alendronate', 70, 7, 3), adherence: 1.2 }], days: [0] }, /regimens\[0\]\.adherence: must be a fraction/],
    ['adherence with continuous dosing', { patient: woman70, regimens: [{ ...doses('raloxifene', 60, 1, 30), continuous: true, adherence: 0.5 }], days: [0] }, /regimens\[0\]\.adherence: applies to discrete doses/],
    ['a negative interval', { patient: woman70, regimens: [{ ...doses('denosumab', 60, 1, 1), interval: -182 }], days: [0] }, /regimens\[0\]\.interval: must be a number of days > 0, got -182/],
    ['continuous denosumab', { patient: woman70, regimens: [{ ...doses('denosumab', 0.5, 1, 3), continuous: true }], days: [0] }, /regimens\[0\]\.continuous: denosumab is given as discrete doses/],
    ['a calcium + vitamin D dose of 2', { patient: woman70, regimens: [{ ...cad, dose: 2 }], days: [0] }, /regimens\[0\]\.dose: calcium \+ vitamin D is a switch between 0 \(none\) and 1/],
    ['a parameter out of bounds', { patient: woman70, days: [0], parameters: { beta_Oe: 2 } }, /parameters\.beta_Oe: parameter 'beta_Oe' = 2 is outside its allowed range 0 to 1/],
    ['a negative rate constant', { patient: woman70, days: [0], parameters: { eta_C: -1 } }, /parameters\.eta_C: .*outside its allowed range/],
    ['an unknown parameter', { patient: woman70, days: [0], parameters: { beta_Lee: 1 } }, /parameters\.beta_Lee: unknown parameter 'beta_Lee' \(did you mean 'beta_Le'\?\)/],
    ['menopause age and a_e together', { patient: { species: 'woman', ageYears: 60, menopauseAgeYears: 50 }, days: [0], parameters: { a_e: 49 } }, /give either the menopause age or parameters\.a_e/],
    ['an unknown phenotype', { patient: { ...woman70, phenotype: 'frail' }, days: [0] }, /patient\.phenotype: unknown phenotype 'frail' for woman \(known: osteoporotic\)/],
    ['SAMP6 in a woman', { patient: { ...woman70, phenotype: 'SAMP6' }, days: [0] }, /patient\.phenotype: unknown phenotype 'SAMP6' for woman/],
    ['an ovariectomy in a man', { patient: { species: 'man', ageYears: 60, ovariectomyDay: 0 }, days: [0] }, /patient\.ovariectomyDay: ovariectomy applies to female patients, not 'man'/],
    ['an ovariectomy before 25 y', { patient: { species: 'woman', ageYears: 30, ovariectomyDay: -6 * YEAR }, days: [0] }, /patient\.ovariectomyDay: must be >= -1826\.25 days/],
    ['unsorted days', { patient: woman70, days: [10, 5] }, /days\[1\]: output days must be non-decreasing/],
    ['a negative output day', { patient: woman70, days: [-1] }, /days\[0\]: must be a finite number of days >= 0/],
  ];
  for (const [what, scenario, message] of bad) {
    it(`rejects ${what}`, () => {
      expect(() => simulateScenario(osteosim, scenario)).toThrow(ModelError);
      expect(() => simulateScenario(osteosim, scenario)).toThrow(message);
    });
  }
});

describe('patients younger than the young steady state', () => {
  it('start at the young steady state and age into the menopause like everyone else', () => {
    const young = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 20 }, days: [0, 5 * 365, 40 * 365] });
    const at25 = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 25 }, days: [0, 35 * 365] });
    // The cells are at rest until 25 y: same osteoclast numbers at 20 and 25 y (to solver noise, about 1e-12 relative).
    expect(young.outputs.osteoclasts![0]).toBeCloseTo(at25.outputs.osteoclasts![0]!, 10);
    expect(young.outputs.osteoclasts![1]).toBeCloseTo(at25.outputs.osteoclasts![0]!, 9);
    // From 25 y on, the cells follow the same course (bone density differs only by Jörg's small imbalance before 25).
    expect(young.outputs.ctx![2]! / young.outputs.ctx![1]!).toBeCloseTo(at25.outputs.ctx![1]! / at25.outputs.ctx![0]!, 3);
    expect(young.outputs.marrowFatFraction![2]).toBeCloseTo(at25.outputs.marrowFatFraction![1]!, 3);
    expect(young.outputs.bmdTotalHip![1]! / young.outputs.bmdTotalHip![0]!).toBeGreaterThan(0.99);
  });
});

describe('label warnings ride along with the result of the library facade (the model knows no labels)', () => {
  it('a denosumab dose 100 times the label is an error of the facade, naming the field; the model alone runs it', () => {
    const overdose: Scenario = { patient: woman70, regimens: [doses('denosumab', 6000, 182.625, 1)], days: [0, 30] };
    expect(() => simulateChecked(osteosim, overdose)).toThrow(/regimens\[0\]\.dose: .*more than 10× above/);
    expect(simulateScenario(osteosim, overdose).outputs.ctx![1]).toBeLessThan(simulateScenario(osteosim, overdose).outputs.ctx![0]!);
  });

  it('a scenario within the labels has none; denosumab every 30 days and two bisphosphonates at once do', () => {
    expect(simulateChecked(osteosim, { patient: woman70, regimens: [doses('denosumab', 60, 182.625, 2)], days: [0, 30] }).warnings).toBeUndefined();
    const r = simulateChecked(osteosim, { patient: woman70, regimens: [doses('denosumab', 60, 30, 3), doses('alendronate', 70, 7, 8), doses('risedronate', 35, 7, 8)], days: [0, 30] });
    expect(r.warnings!.some((w) => w.startsWith('regimens[0].interval'))).toBe(true);
    expect(r.warnings!.some((w) => /^regimens\[2\]/.test(w) && /bisphosphonate/i.test(w))).toBe(true);
    // The same scenario on the model alone: the same numbers, no label findings.
    const bare = simulateScenario(osteosim, { patient: woman70, regimens: [doses('denosumab', 60, 30, 3), doses('alendronate', 70, 7, 8), doses('risedronate', 35, 7, 8)], days: [0, 30] });
    expect(bare.warnings).toBeUndefined();
    expect(Array.from(bare.outputs.bmdTotalHip!)).toEqual(Array.from(r.outputs.bmdTotalHip!));
  });
});
