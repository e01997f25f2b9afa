import { simulateScenario } from '../../../src/model/index.js';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../src/engine/index.js';
import { models, percentChange, type Scenario } from '../../../src/model/index.js';

const model = models.jorg2022!;
const woman67 = { species: 'woman' as const, ageYears: 67 };

describe('jorg2022 behind the scenario contract', () => {
  it('reproduces the reference denosumab response (research notes §4.4: +2.40 % at 12 months, +3.29 % at 24)', () => {
    const r = simulateScenario(model, {
      patient: woman67,
      regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 180, count: 4 }],
      days: [0, 365, 730],
    });
    const bmd = percentChange(r.outputs.bmdTotalHip!);
    expect(bmd[1]).toBeCloseTo(2.4, 1);
    expect(bmd[2]).toBeCloseTo(3.29, 1);
    expect(percentChange(r.outputs.ctx!)[1]).toBeLessThan(-60);
    expect(Array.from(r.ageYears)).toEqual([67, 68, 69]);
  });

  it('moves the menopausal loss with the menopause age', () => {
    const at = (menopauseAgeYears: number) =>
      simulateScenario(model, { patient: { species: 'woman', ageYears: 45, menopauseAgeYears }, days: [0, 10 * 365] }).outputs.bmdTotalHip!;
    const early = percentChange(at(46))[1]!;
    const late = percentChange(at(54))[1]!;
    expect(early).toBeLessThan(late - 3);
  });

  it('gives quasi-continuous teriparatide as a daily rate', () => {
    const r = simulateScenario(model, {
      patient: woman67,
      regimens: [{ kind: 'drug', drug: 'teriparatide', dose: 20, start: 0, interval: 1, count: 730, continuous: true }],
      days: [0, 91, 730],
    });
    expect(percentChange(r.outputs.p1np!)[1]).toBeCloseTo(155, -1);
    expect(percentChange(r.outputs.bmdTotalHip!)[2]).toBeCloseTo(2.08, 1);
  });

  const bad: [string, Scenario, RegExp][] = [
    ['a man', { patient: { species: 'man', ageYears: 70 }, days: [0] }, /patient\.species: model 'jorg2022' does not simulate 'man'/],
    ['an unknown species', { patient: { species: 'dog' as never, ageYears: 5 }, days: [0] }, /unknown species 'dog'/],
    ['a menopause at 70', { patient: { species: 'woman', ageYears: 60, menopauseAgeYears: 70 }, days: [0] }, /menopauseAgeYears: must be between 30 and 65 years, got 70/],
    ['a negative age', { patient: { species: 'woman', ageYears: -1 }, days: [0] }, /ageYears: must be between 0 and 120/],
    ['an ovariectomy', { patient: { ...woman67, ovariectomyDay: 10 }, days: [0] }, /no surgical menopause/],
    ['raloxifene', { patient: woman67, regimens: [{ kind: 'drug', drug: 'raloxifene', dose: 60, start: 0 }], days: [0] }, /regimens\[0\]\.drug: model 'jorg2022' has no drug 'raloxifene'/],
    ['a negative dose', { patient: woman67, regimens: [{ kind: 'drug', drug: 'denosumab', dose: -60, start: 0 }], days: [0] }, /regimens\[0\]\.dose: must be a finite number >= 0, got -60/],
    ['repeats without an interval', { patient: woman67, regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, count: 2 }], days: [0] }, /regimens\[0\]\.interval: must be a number of days > 0/],
    ['unsorted days', { patient: woman67, days: [10, 5] }, /days\[1\]: output days must be non-decreasing/],
    ['a parameter out of bounds', { patient: woman67, days: [0], parameters: { eta_C: -1 } }, /parameter 'eta_C' = -1 is outside its allowed range/],
  ];
  for (const [what, scenario, message] of bad) {
    it(`rejects ${what}`, () => {
      expect(() => simulateScenario(model, scenario)).toThrow(ModelError);
      expect(() => simulateScenario(model, scenario)).toThrow(message);
    });
  }
});
