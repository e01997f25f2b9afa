import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bmdFromTScore,
  FEMALE_REFERENCE,
  populationTScore,
  tScore,
  whoCategory,
  zScore,
  type BmdSite,
} from '../../src/patients/index.js';

/** T-scores against the young-adult reference, population BMD by age, WHO categories (target C1). */

const SITES: BmdSite[] = ['totalHip', 'femoralNeck', 'lumbarSpine'];

describe('T-scores', () => {
  it('use the stated young-adult references: a BMD at the mean is T = 0, one SD below is T = −1 (C1 unit check)', () => {
    expect(FEMALE_REFERENCE.totalHip).toMatchObject({ mean: 0.942, sd: 0.122 });
    expect(FEMALE_REFERENCE.femoralNeck).toMatchObject({ mean: 0.858, sd: 0.12 });
    expect(FEMALE_REFERENCE.lumbarSpine).toMatchObject({ mean: 1.047, sd: 0.11 });
    for (const site of SITES) {
      const r = FEMALE_REFERENCE[site];
      expect(tScore(site, 'female', r.mean)).toBeCloseTo(0, 12);
      expect(tScore(site, 'female', r.mean - r.sd)).toBeCloseTo(-1, 12);
    }
    // FN T-score −2.5 ↔ 0.558 g/cm²; FIT's entry criterion FN ≤ 0.68 g/cm² ≈ T −1.48 against NHANES III
    expect(bmdFromTScore('femoralNeck', 'female', -2.5)).toBeCloseTo(0.558, 10);
  });

  it('round-trip between BMD and T-score at every site, for both sexes and both reference choices', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SITES), fc.constantFrom('female' as const, 'male' as const), fc.constantFrom('iscd' as const, 'sexSpecific' as const), fc.double({ min: -6, max: 4, noNaN: true }), (site, sex, reference, t) => {
        const bmd = bmdFromTScore(site, sex, t, { reference });
        expect(tScore(site, sex, bmd, { reference })).toBeCloseTo(t, 9);
      }),
    );
  });

  it('use the female reference for men by default (ISCD 2013), the male NHANES III one only when asked', () => {
    expect(tScore('totalHip', 'male', 0.9)).toBe(tScore('totalHip', 'female', 0.9));
    expect(tScore('totalHip', 'male', 0.9, { reference: 'sexSpecific' })).toBeCloseTo((0.9 - 1.041) / 0.144, 12);
  });
});

describe('population BMD by age and sex', () => {
  it("women's total-hip mean T-score falls with age after 50 (NHANES III via Jörg 2022): about −0.6 at 55 and −2.1 at 85", () => {
    const ages = [50, 55, 60, 65, 70, 75, 80, 85];
    const means = ages.map((a) => populationTScore('totalHip', 'female', a).mean);
    for (let k = 1; k < means.length; k++) expect(means[k]!).toBeLessThan(means[k - 1]!);
    expect(means[1]!).toBeCloseTo(-0.61, 1);
    expect(means[7]!).toBeCloseTo(-2.07, 1);
    // young women sit at the reference
    expect(populationTScore('totalHip', 'female', 25).mean).toBeCloseTo(0, 10);
  });

  it('men have higher hip T-scores than women of the same age (female reference), and the spine falls less than the hip in women', () => {
    for (const a of [55, 65, 75, 85]) {
      expect(populationTScore('totalHip', 'male', a).mean).toBeGreaterThan(populationTScore('totalHip', 'female', a).mean + 1);
    }
    const fall = (site: 'totalHip' | 'lumbarSpine'): number => populationTScore(site, 'female', 55).mean - populationTScore(site, 'female', 75).mean;
    expect(fall('lumbarSpine')).toBeGreaterThan(0.5);
  });

  it('gives Z-scores consistent with the distribution: mean → 0, one SD below → −1', () => {
    const d = populationTScore('lumbarSpine', 'female', 68);
    expect(d.sd).toBeGreaterThan(1);
    expect(zScore('lumbarSpine', 'female', 68, d.mean)).toBeCloseTo(0, 12);
    expect(zScore('lumbarSpine', 'female', 68, d.mean - d.sd)).toBeCloseTo(-1, 12);
  });

  it('rejects sites without population data by name', () => {
    expect(() => populationTScore('femoralNeck' as 'totalHip', 'female', 70)).toThrow(/^site: no population BMD by age for 'femoralNeck'/);
  });
});

describe('WHO categories (C1)', () => {
  it('normal T ≥ −1.0; osteopenia −2.5 < T < −1.0; osteoporosis T ≤ −2.5; severe with a fragility fracture', () => {
    expect(whoCategory(0.5)).toBe('normal');
    expect(whoCategory(-1)).toBe('normal');
    expect(whoCategory(-1.01)).toBe('osteopenia');
    expect(whoCategory(-2.49)).toBe('osteopenia');
    expect(whoCategory(-2.5)).toBe('osteoporosis');
    expect(whoCategory(-3.2)).toBe('osteoporosis');
    expect(whoCategory(-2.5, true)).toBe('severeOsteoporosis');
    expect(whoCategory(-2.0, true)).toBe('osteopenia');
    expect(() => whoCategory(Number.NaN)).toThrow(/^tScore: must be a finite number/);
  });

  it('classifies a BMD through its T-score: 0.558 g/cm² at the femoral neck is osteoporosis, 0.56 is not', () => {
    expect(whoCategory(tScore('femoralNeck', 'female', 0.558))).toBe('osteoporosis');
    expect(whoCategory(tScore('femoralNeck', 'female', 0.56))).toBe('osteopenia');
  });
});
