import { describe, expect, it } from 'vitest';
import { bmdRule, compare, describeTolerance, levelRule, markerRule, qualitativeRule, riskRule, timingRule } from '../../../src/studies/validation/rules.js';
import { getValue } from '../../../src/studies/validation/targets.js';

describe('comparison rules at their boundaries', () => {
  it('BMD: max(1.0 pp, 20% of the change); the 1.0 pp floor for small changes', () => {
    expect(bmdRule(3.3, 4.3).status).toBe('pass');
    expect(bmdRule(3.3, 2.3).status).toBe('pass');
    expect(bmdRule(3.3, 4.31).status).toBe('fail');
    expect(bmdRule(3.3, 4.3).tolerance).toBe('±1 pp');
    expect(bmdRule(-10.6, -12.72).status).toBe('pass');
    expect(bmdRule(-10.6, -12.73).status).toBe('fail');
    expect(bmdRule(-10.6, -8.48).status).toBe('pass');
    expect(bmdRule(-10.6, -8.47).status).toBe('fail');
  });

  it('BMD: inside the published CI counts when it is wider than the tolerance', () => {
    expect(bmdRule(2, 4.9, { ci: [0, 5] }).status).toBe('pass');
    expect(bmdRule(2, 5.01, { ci: [0, 5] }).status).toBe('fail');
    expect(bmdRule(6.4, 7.68, { ci: [6.2, 6.6] }).status).toBe('pass');
    expect(bmdRule(6.4, 7.69, { ci: [6.2, 6.6] }).status).toBe('fail');
    expect(bmdRule(6.4, 7, { ci: [6.2, 6.6] }).tolerance).toBe('±1.28 pp or 95% CI 6.2 to 6.6');
  });

  it('BMD rates: the 1.0 pp floor is spread over the window', () => {
    expect(bmdRule(-1.7, -2.2, { windowYears: 2 }).status).toBe('pass');
    expect(bmdRule(-1.7, -2.21, { windowYears: 2 }).status).toBe('fail');
    expect(bmdRule(-1.1, -1.32, { windowYears: 5 }).status).toBe('pass');
    expect(bmdRule(-1.1, -1.33, { windowYears: 5 }).status).toBe('fail');
    expect(bmdRule(-1.1, -1.2, { windowYears: 5 }).tolerance).toBe('±0.22 %/y');
  });

  it('turnover markers: max(10 points, 25%)', () => {
    expect(markerRule(-86, -64.5).status).toBe('pass');
    expect(markerRule(-86, -64.4).status).toBe('fail');
    expect(markerRule(20, 30).status).toBe('pass');
    expect(markerRule(20, 30.01).status).toBe('fail');
    expect(markerRule(20, 10).status).toBe('pass');
    expect(markerRule(20, 9.99).status).toBe('fail');
  });

  it('incidences, RR, HR: inside the 95% CI, else within 25%', () => {
    expect(riskRule(0.39, 0.58, { ci: [0.26, 0.58] }).status).toBe('pass');
    expect(riskRule(0.39, 0.581, { ci: [0.26, 0.58] }).status).toBe('fail');
    expect(riskRule(0.39, 0.26, { ci: [0.26, 0.58] }).status).toBe('pass');
    expect(riskRule(0.39, 0.259, { ci: [0.26, 0.58] }).status).toBe('fail');
    expect(riskRule(10.9, 13.625).status).toBe('pass');
    expect(riskRule(10.9, 13.63).status).toBe('fail');
    expect(riskRule(10.9, 8.175).status).toBe('pass');
    expect(riskRule(10.9, 8.17).status).toBe('fail');
  });

  it('group levels: within 1 SD', () => {
    expect(levelRule(56.3, 67.5, { sd: 11.2 }).status).toBe('pass');
    expect(levelRule(56.3, 67.51, { sd: 11.2 }).status).toBe('fail');
    expect(levelRule(56.3, 45.1, { sd: 11.2 }).status).toBe('pass');
  });

  it('timing: within 1 year', () => {
    expect(timingRule(-1, 0).status).toBe('pass');
    expect(timingRule(-1, 0.01).status).toBe('fail');
    expect(timingRule(2, 1).status).toBe('pass');
  });

  it('qualitative: by direction, and by order of magnitude where one is given', () => {
    expect(qualitativeRule({ direction: 'increase' }, 0.1).status).toBe('pass');
    expect(qualitativeRule({ direction: 'increase' }, 0).status).toBe('fail');
    expect(qualitativeRule({ direction: 'decrease' }, -3).status).toBe('pass');
    expect(qualitativeRule({ direction: 'decrease' }, 3).status).toBe('fail');
    expect(qualitativeRule({ direction: 'increase', magnitude: 20 }, 200).status).toBe('pass');
    expect(qualitativeRule({ direction: 'increase', magnitude: 20 }, 201).status).toBe('fail');
    expect(qualitativeRule({ direction: 'increase', magnitude: 20 }, 2).status).toBe('pass');
    expect(qualitativeRule({ direction: 'increase', magnitude: 20 }, 1.99).status).toBe('fail');
    expect(qualitativeRule({ direction: 'none', within: 1 }, -1).status).toBe('pass');
    expect(qualitativeRule({ direction: 'none', within: 1 }, 1.01).status).toBe('fail');
    expect(() => qualitativeRule({}, 1)).toThrow(/direction/);
  });

  it('dispatches on the published value: measure, CI, range, bound; NaN fails', () => {
    const diff12 = getValue('B3', 'diff-12');
    expect(compare(diff12, 3.13)).toEqual({ status: 'pass', tolerance: '±1 pp or 95% CI 3.1 to 3.4' });
    expect(compare(diff12, NaN).status).toBe('fail');
    const ctx1 = getValue('B7', 'ctx-1');
    expect(compare(ctx1, -64.5).status).toBe('pass');
    expect(compare(ctx1, -64.4).status).toBe('fail');
    const a18 = getValue('A18', 'ctx');
    expect(compare(a18, 37.5).status).toBe('pass');
    expect(compare(a18, 37.4).status).toBe('fail');
    expect(compare(a18, 125).status).toBe('pass');
    expect(compare(a18, 125.1).status).toBe('fail');
    const a5 = getValue('A5', 'ls-after');
    expect(compare(a5, -3.3 - 0.66).status).toBe('pass');
    expect(compare(a5, -3.3 - 0.67).status).toBe('fail');
    const bound = getValue('E4', 'bone-1wk');
    expect(compare(bound, 0.99).status).toBe('pass');
    expect(compare(bound, 1.01).status).toBe('fail');
    const mff = getValue('MFF-1', 'young');
    expect(compare(mff, 29 + 9.6).status).toBe('pass');
    expect(compare(mff, 29 + 9.7).status).toBe('fail');
    expect(describeTolerance(getValue('E1', 'lung-1h'))).toMatch(/^qualitative: /);
    expect(describeTolerance(getValue('B5', 'rr-12'))).toBe('in 95% CI 0.26 to 0.58');
  });
});
