import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../src/engine/index.js';
import {
  EXPOSURE_PARAMETERS,
  osteosim,
  osteosimModel as m,
  prepareScenario,
  youngSteadyState,
} from '../../../src/model/osteosim/index.js';
import type { DrugRegimen, Patient, Scenario } from '../../../src/model/scenario.js';
import { simulateScenario } from '../../../src/model/index.js';

/** Model quantities by name over the scenario's days. */
const simulateQuantities = (scenario: Scenario, quantities: readonly string[]): Record<string, Float64Array> => ({ ...simulateScenario(osteosim, scenario, { quantities }).quantities });

/**
 * Patient conditions (mechanical loading, endogenous PTH with calcium and vitamin D status, glucocorticoids) and the
 * named TGF-β signal: direction and rough size. The effect sizes are assumed (not fitted), so the bounds are wide:
 * they pin the order of magnitude the parameter notes claim, not a calibration.
 */

const YEAR = 365.25;
const MONTH = YEAR / 12;
const cad: DrugRegimen = { kind: 'drug', drug: 'calciumVitaminD', dose: 1, start: 0 };
const Q = ['BMD_TH', 'BMD_LS', 'CTX', 'P1NP', 'MFF', 'PTH', 'TGFb', 'TGFb_coupling', 'RANKL_OPG'];

/** Model quantities over `days`, and each as % change from day 0. */
function run(patient: Patient, days: readonly number[], parameters?: Record<string, number>, regimens?: DrugRegimen[]) {
  const scenario: Scenario = { patient, days, ...(parameters ? { parameters } : {}), ...(regimens ? { regimens } : {}) };
  const r = simulateQuantities(scenario, Q);
  const pct = (q: string): number[] => Array.from(r[q]!, (v) => 100 * (v / r[q]![0]! - 1));
  return { r, pct };
}
/** % difference of a quantity between two runs at index k. */
const rel = (a: Float64Array, b: Float64Array, k: number): number => 100 * (a[k]! / b[k]! - 1);

describe('mechanical loading', () => {
  const days = [0, 3 * MONTH, 4 * MONTH, 6 * MONTH];
  const patient: Patient = { species: 'woman', ageYears: 40 };
  const habitual = run(patient, days);
  const unloaded = run(patient, days, { loading: 0 });

  it('complete unloading loses total-hip BMD at the order of 1 %/month (bed rest, spaceflight)', () => {
    const loss = unloaded.pct('BMD_TH');
    // LeBlanc 1990: 3.6 % femoral neck, 4.6 % trochanter in 17 weeks of bed rest; Lang 2004: 1.4–1.5 %/month in space.
    expect(-loss[2]!).toBeGreaterThan(2.5);
    expect(-loss[2]!).toBeLessThan(5);
    const perMonth = -(loss[3]! - habitual.pct('BMD_TH')[3]!) / 6;
    expect(perMonth).toBeGreaterThan(0.6);
    expect(perMonth).toBeLessThan(1.5);
    expect(unloaded.pct('BMD_LS')[3]!).toBeLessThan(loss[3]!);
  });

  it('disuse raises RANKL/OPG and resorption (CTX, TGF-β); formation markers stay near habitual after 3 months', () => {
    expect(rel(unloaded.r.RANKL_OPG!, habitual.r.RANKL_OPG!, 0)).toBeCloseTo(300, 6);
    expect(rel(unloaded.r.CTX!, habitual.r.CTX!, 1)).toBeGreaterThan(50);
    expect(rel(unloaded.r.TGFb!, habitual.r.TGFb!, 1)).toBeGreaterThan(50);
    expect(Math.abs(rel(unloaded.r.P1NP!, habitual.r.P1NP!, 3))).toBeLessThan(30);
  });

  it('loses in proportion to the disuse: partial unloading loses less', () => {
    const half = run(patient, days, { loading: 0.5 }).pct('BMD_TH')[3]!;
    expect(half).toBeLessThan(habitual.pct('BMD_TH')[3]!);
    expect(half).toBeGreaterThan(unloaded.pct('BMD_TH')[3]!);
  });

  it('exercise gains a little: about +0.7 % against habitual loading in a year, more in two; P1NP up', () => {
    const d = [0, YEAR, 2 * YEAR];
    const old: Patient = { species: 'woman', ageYears: 70 };
    const sedentary = run(old, d);
    const active = run(old, d, { loading: 1.5 });
    const gain1 = active.pct('BMD_TH')[1]! - sedentary.pct('BMD_TH')[1]!;
    const gain2 = active.pct('BMD_TH')[2]! - sedentary.pct('BMD_TH')[2]!;
    expect(gain1).toBeGreaterThan(0.3);
    expect(gain1).toBeLessThan(2);
    expect(gain2).toBeGreaterThan(gain1);
    expect(gain2).toBeLessThan(4);
    expect(rel(active.r.P1NP!, sedentary.r.P1NP!, 1)).toBeGreaterThan(5);
    // The anabolic response saturates (Lerebours 2016): loading 4 gains no more than loading 3.
    const at = (loading: number) => run(old, d, { loading }).pct('BMD_TH')[1]!;
    expect(at(4)).toBeCloseTo(at(3), 10);
  });
});

describe('endogenous PTH with calcium and vitamin D status', () => {
  const days = [0, YEAR, 2 * YEAR];
  const woman70: Patient = { species: 'woman', ageYears: 70 };
  const replete = run(woman70, days);
  const deficient = run(woman70, days, { vitamin_D: 10 });

  it('is 1 at replete status throughout the natural history, with or without supplements', () => {
    const life = run({ species: 'woman', ageYears: 25 }, [0, 26 * YEAR, 45 * YEAR]);
    for (const v of life.r.PTH!) expect(v).toBe(1);
    for (const v of run(woman70, days, undefined, [cad]).r.PTH!) expect(v).toBe(1);
  });

  it('vitamin D deficiency raises PTH (25(OH)D 10 ng/mL: about +50 %), RANKL/OPG and resorption, and loses bone', () => {
    for (const v of deficient.r.PTH!) expect(v).toBeCloseTo(1 + 1.2 * (2 / 3) ** 2, 12);
    expect(rel(deficient.r.RANKL_OPG!, replete.r.RANKL_OPG!, 0)).toBeGreaterThan(40);
    expect(rel(deficient.r.CTX!, replete.r.CTX!, 1)).toBeGreaterThan(10);
    const extraLoss = replete.pct('BMD_TH')[2]! - deficient.pct('BMD_TH')[2]!;
    // About 1 %/year more than replete (order of the gain of vitamin D repletion in deficient elderly women).
    expect(extraLoss).toBeGreaterThan(0.5);
    expect(extraLoss).toBeLessThan(3);
  });

  it('deeper deficiency and low calcium intake raise PTH more; the effects compose', () => {
    const pth = (parameters: Record<string, number>) => run(woman70, [0], parameters).r.PTH![0]!;
    expect(pth({ vitamin_D: 20 })).toBeGreaterThan(1);
    expect(pth({ vitamin_D: 20 })).toBeLessThan(pth({ vitamin_D: 10 }));
    expect(pth({ vitamin_D: 5 })).toBeGreaterThan(1.8);
    expect(pth({ vitamin_D: 45 })).toBe(1);
    expect(pth({ calcium_intake: 400 })).toBeCloseTo(1.198, 3);
    expect(pth({ calcium_intake: 400, vitamin_D: 10 })).toBeCloseTo(pth({ calcium_intake: 400 }) * pth({ vitamin_D: 10 }), 12);
  });

  it('calcium + vitamin D supplementation repletes: a deficient woman on supplements is a replete woman on supplements', () => {
    const supplementedDeficient = run(woman70, days, { vitamin_D: 10, calcium_intake: 400 }, [cad]);
    const supplementedReplete = run(woman70, days, undefined, [cad]);
    for (const v of supplementedDeficient.r.PTH!) expect(v).toBe(1);
    supplementedReplete.r.BMD_TH!.forEach((v, k) => expect(supplementedDeficient.r.BMD_TH![k]! / v).toBeCloseTo(1, 9));
    expect(supplementedDeficient.pct('BMD_TH')[2]! - deficient.pct('BMD_TH')[2]!).toBeGreaterThan(1.5);
  });
});

describe('glucocorticoids', () => {
  const days = [0, 6 * MONTH, YEAR];
  const woman60: Patient = { species: 'woman', ageYears: 60 };
  const none = run(woman60, days);
  const gc = run(woman60, days, { glucocorticoid: 7.5 });

  it('raise marrow fat', () => {
    // Day 0 differs only by where the solver stops (the onset event), not by the condition.
    expect(gc.r.MFF![0]! / none.r.MFF![0]!).toBeCloseTo(1, 8);
    expect(gc.r.MFF![2]! - none.r.MFF![2]!).toBeGreaterThan(0.02);
    expect(gc.r.MFF![2]! - none.r.MFF![2]!).toBeLessThan(0.15);
  });

  it('lose several % of spine BMD in the first year, faster than at the hip', () => {
    const spine = gc.pct('BMD_LS')[2]!;
    const hip = gc.pct('BMD_TH')[2]!;
    expect(spine).toBeLessThan(hip);
    expect(spine).toBeLessThan(none.pct('BMD_LS')[2]! - 2);
    expect(spine).toBeGreaterThan(-8);
    expect(hip).toBeLessThan(none.pct('BMD_TH')[2]! - 1);
  });

  it('lower formation and raise resorption markers; a higher dose loses more', () => {
    expect(rel(gc.r.P1NP!, none.r.P1NP!, 2)).toBeLessThan(-5);
    expect(rel(gc.r.CTX!, none.r.CTX!, 1)).toBeGreaterThan(10);
    const high = run(woman60, days, { glucocorticoid: 20 });
    expect(high.pct('BMD_LS')[2]!).toBeLessThan(gc.pct('BMD_LS')[2]!);
  });
});

describe('TGF-β: the resorption signal, named', () => {
  it('is 1 when young, rises with resorption across the menopause and lags in the coupling signal', () => {
    const life = run({ species: 'woman', ageYears: 25 }, [0, 26 * YEAR, 28 * YEAR, 45 * YEAR]);
    expect(life.r.TGFb![0]).toBeCloseTo(1, 12);
    expect(life.r.TGFb_coupling![0]).toBeCloseTo(1, 12);
    // At 51 y (CTX +80 %), resorption is up by about 2/3; at 53 y still up.
    expect(life.r.TGFb![1]!).toBeGreaterThan(1.4);
    expect(life.r.TGFb![2]!).toBeGreaterThan(1.4);
    expect(life.r.TGFb![1]!).toBeGreaterThan(life.r.TGFb_coupling![1]!);
    expect(Math.abs(life.r.TGFb![3]! - 1)).toBeLessThan(0.1);
  });

  it('falls on denosumab, and the delayed coupling signal follows', () => {
    const r = run({ species: 'woman', ageYears: 70 }, [0, MONTH, 6 * MONTH], undefined, [
      cad,
      { kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182.625, count: 1 },
    ]);
    expect(r.pct('TGFb')[2]!).toBeLessThan(-50);
    expect(r.pct('TGFb')[1]!).toBeLessThan(r.pct('TGFb_coupling')[1]!);
    expect(r.pct('TGFb_coupling')[2]!).toBeLessThan(-30);
  });
});

describe('conditions start at the scenario start', () => {
  it('the young steady state and the aging before day 0 use the defaults; an event at day 0 sets the value', () => {
    const plain = prepareScenario({ patient: { species: 'woman', ageYears: 60 }, days: [0] });
    const prepared = prepareScenario({ patient: { species: 'woman', ageYears: 60 }, days: [0], parameters: { loading: 0.2, glucocorticoid: 10, beta_Oe: 0.4 } });
    expect(Array.from(prepared.initialState)).toEqual(Array.from(plain.initialState));
    expect(prepared.parameters[m.parameterIndex('loading')]).toBe(1);
    expect(prepared.parameters[m.parameterIndex('glucocorticoid')]).toBe(0);
    expect(prepared.parameters[m.parameterIndex('beta_Oe')]).toBe(0.4);
    expect(prepared.events).toEqual([
      { kind: 'set-parameter', time: prepared.tStart, parameter: 'loading', value: 0.2 },
      { kind: 'set-parameter', time: prepared.tStart, parameter: 'glucocorticoid', value: 10 },
    ]);
    expect(EXPOSURE_PARAMETERS).toEqual(['loading', 'vitamin_D', 'calcium_intake', 'glucocorticoid', 'marrow_conditioning']);
    expect(Array.from(youngSteadyState())).toEqual(Array.from(plain.initialState));
  });

  it('bone at day 0 is that of the untreated patient; the loss starts from there', () => {
    const untreated = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 65 }, days: [0, YEAR] });
    const unloaded = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 65 }, days: [0, YEAR], parameters: { loading: 0 } });
    expect(unloaded.outputs.bmdTotalHip![0]! / untreated.outputs.bmdTotalHip![0]!).toBeCloseTo(1, 8);
    expect(unloaded.outputs.bmdTotalHip![1]!).toBeLessThan(untreated.outputs.bmdTotalHip![1]! * 0.95);
  });

  it('a patient younger than the young state carries the condition from day 0 too', () => {
    const r = run({ species: 'woman', ageYears: 20 }, [0, YEAR], { glucocorticoid: 7.5 });
    expect(r.pct('BMD_TH')[1]!).toBeLessThan(-1);
  });
});

describe('PTH and TGF-beta outputs, and any model quantity by name', () => {
  it('reports pth and tgfBeta through the contract and reads any derived quantity or state by name', () => {
    const vitD = simulateScenario(osteosim, { patient: { species: 'woman', ageYears: 70 }, days: [0, 365], parameters: { vitamin_D: 10 } });
    expect(vitD.outputs.pth![1]!).toBeGreaterThan(1.3);
    const deno = simulateScenario(osteosim, {
      patient: { species: 'woman', ageYears: 70 },
      regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 2 }],
      days: [0, 182],
    });
    expect(deno.outputs.tgfBeta![1]! / deno.outputs.tgfBeta![0]!).toBeLessThan(0.5);
    const r = simulateQuantities({ patient: { species: 'woman', ageYears: 70 }, days: [0, 30] }, ['PTH', 'TGFb', 'rho_b', 'OPG']);
    expect(Object.keys(r)).toEqual(['PTH', 'TGFb', 'rho_b', 'OPG']);
    for (const v of Object.values(r)) expect(v.length).toBe(2);
    expect(() => simulateQuantities({ patient: { species: 'woman', ageYears: 70 }, days: [0] }, ['PTHH'])).toThrow(/quantities\[0\]: unknown model quantity 'PTHH' \(did you mean 'PTH'\?\)/);
  });
});

describe('bad input: negative or out-of-range conditions are ModelErrors naming the parameter and range', () => {
  const woman70: Patient = { species: 'woman', ageYears: 70 };
  const bad: [string, Record<string, number>, RegExp][] = [
    ['a negative loading', { loading: -0.5 }, /parameters\.loading: parameter 'loading' = -0\.5 is outside its allowed range 0 to 4 1/],
    ['a loading above 4', { loading: 5 }, /parameters\.loading: parameter 'loading' = 5 is outside its allowed range 0 to 4/],
    ['a negative glucocorticoid dose', { glucocorticoid: -5 }, /parameters\.glucocorticoid: parameter 'glucocorticoid' = -5 is outside its allowed range 0 to 1000 mg\/day/],
    ['a negative vitamin D level', { vitamin_D: -1 }, /parameters\.vitamin_D: parameter 'vitamin_D' = -1 is outside its allowed range 0 to 200 ng\/mL/],
    ['a negative calcium intake', { calcium_intake: -100 }, /parameters\.calcium_intake: parameter 'calcium_intake' = -100 is outside its allowed range 0 to 5000 mg\/day/],
    ['a negative effect size', { beta_L_mech: -1 }, /parameters\.beta_L_mech: .*outside its allowed range 0 to/],
    ['a non-finite exposure', { glucocorticoid: Number.NaN }, /parameters\.glucocorticoid: parameter 'glucocorticoid' must be a finite number/],
  ];
  for (const [what, parameters, message] of bad) {
    it(`rejects ${what}`, () => {
      const scenario: Scenario = { patient: woman70, days: [0], parameters };
      expect(() => simulateScenario(osteosim, scenario)).toThrow(ModelError);
      expect(() => simulateScenario(osteosim, scenario)).toThrow(message);
    });
  }
});
