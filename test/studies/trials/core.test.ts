import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ModelError } from '../../../src/engine/errors.js';
import { randomStream, streamSeed } from '../../../src/studies/trials/rng.js';
import { checkTrialSpec, type TrialSpec } from '../../../src/studies/trials/spec.js';
import { FREEDOM, TRIAL_SPECS } from '../../../src/studies/trials/specs/index.js';
import { addValue, emptyMoments, meanCi, mergeMoments, proportion, riskRatio } from '../../../src/studies/trials/stats.js';
import { lognormalFactor } from '../../../src/studies/trials/variability.js';

describe('random streams', () => {
  it('are reproducible per (seed, label, index) and differ between indices, labels and seeds', () => {
    const draw = (seed: number, label: string, index: number) => Array.from({ length: 5 }, randomStream(seed, label, index).uniform);
    expect(draw(1, 'patient', 7)).toEqual(draw(1, 'patient', 7));
    expect(draw(1, 'patient', 7)).not.toEqual(draw(1, 'patient', 8));
    expect(draw(1, 'patient', 7)).not.toEqual(draw(1, 'events', 7));
    expect(draw(1, 'patient', 7)).not.toEqual(draw(2, 'patient', 7));
    expect(streamSeed(1, 'patient', 7)).toBe(streamSeed(1, 'patient', 7));
  });
  it('give standard normals: mean about 0 and SD about 1 over 20000 draws', () => {
    const s = randomStream(42, 'test', 0);
    const m = emptyMoments();
    for (let k = 0; k < 20000; k++) addValue(m, s.normal());
    expect(Math.abs(m.mean)).toBeLessThan(0.03);
    expect(Math.abs(meanCi(m).sd - 1)).toBeLessThan(0.03);
  });
  it('lognormal factors keep the mean at 1 and have the stated CV', () => {
    const s = randomStream(3, 'test', 0);
    const m = emptyMoments();
    for (let k = 0; k < 40000; k++) addValue(m, lognormalFactor(0.3, s.normal()));
    expect(Math.abs(m.mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(meanCi(m).sd - 0.3)).toBeLessThan(0.01);
  });
});

describe('streaming statistics', () => {
  it('merged moments equal the moments of the concatenation (any split)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 60 }), fc.nat(), (xs, cut) => {
        const k = cut % xs.length;
        const a = emptyMoments();
        const b = emptyMoments();
        const all = emptyMoments();
        xs.forEach((x, i) => (addValue(i < k ? a : b, x), addValue(all, x)));
        const m = mergeMoments(a, b);
        expect(m.n).toBe(all.n);
        expect(m.mean).toBeCloseTo(all.mean, 9);
        expect(m.m2).toBeCloseTo(all.m2, 6);
      }),
    );
  });
  it('Wilson interval and Katz risk ratio against hand-computed values', () => {
    const p = proportion(10, 100);
    expect(p.pct).toBe(10);
    expect(p.ci[0]).toBeCloseTo(5.52, 1);
    expect(p.ci[1]).toBeCloseTo(17.4, 1);
    const rr = riskRatio(20, 100, 40, 100);
    expect(rr.rr).toBeCloseTo(0.5, 12);
    // se = sqrt(1/20 - 1/100 + 1/40 - 1/100) = 0.2345
    expect(rr.ci[0]).toBeCloseTo(0.5 * Math.exp(-1.96 * 0.234521), 6);
    expect(riskRatio(0, 100, 10, 100).rr).toBeGreaterThan(0);
  });
});

describe('trial specs: bad input names the field', () => {
  const bad: [string, Partial<TrialSpec> | Record<string, unknown>, RegExp][] = [
    ['a trial of zero patients', { patientsPerArm: 0 }, /patientsPerArm: a trial needs at least one patient per arm/],
    ['a seed that is not an integer', { seed: 1.5 }, /seed: must be a whole number/],
    ['an arm without regimens', { arms: [{ name: 'placebo' } as never] }, /arms\[0\]\.regimens: arm 'placebo' has no regimens/],
    ['T-score criteria no one can meet', { population: { ...FREEDOM.population, tScore: { sites: ['totalHip'], min: -2, max: -3, rule: 'all' } } }, /population\.tScore: no one can meet/],
    ['two arms with one name', { arms: [FREEDOM.arms[0]!, FREEDOM.arms[0]!] }, /arms\[1\]\.name: 'placebo' is already the name/],
    ['a regimen after the end', { arms: [{ name: 'late', regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 5000 }] }] }, /arms\[0\]\.regimens\[0\]\.start: starts at day 5000/],
    ['an unknown control arm', { control: 'nobody' }, /control: 'nobody' is not an arm/],
    ['ages upside down', { population: { ...FREEDOM.population, age: { min: 80, max: 60 } } }, /population\.age: needs min <= max/],
  ];
  for (const [what, change, message] of bad) {
    it(`rejects ${what}`, () => {
      const spec = { ...FREEDOM, ...change } as TrialSpec;
      expect(() => checkTrialSpec(spec)).toThrow(ModelError);
      expect(() => checkTrialSpec(spec)).toThrow(message);
    });
  }
  it('accepts every ready-made spec', () => {
    for (const spec of Object.values(TRIAL_SPECS)) expect(() => checkTrialSpec(spec)).not.toThrow();
  });
});
