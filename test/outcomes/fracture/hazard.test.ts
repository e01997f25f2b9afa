import { describe, expect, it } from 'vitest';
import {
  baseIncidence,
  FRACTURE_PARAMETERS,
  fractureHazards,
  populationRiskFactorMean,
  type FractureTrajectory,
} from '../../../src/outcomes/fracture/index.js';
import { populationTScore, youngAdultReference, type PatientProfile } from '../../../src/patients/index.js';

/** The hazard model: gradient of risk per SD of BMD, population calibration, age, clinical risk factors, turnover. */

const woman: PatientProfile = { sex: 'female', ageYears: 70 };
/** A one-point trajectory at `age` with the given T-scores. */
const at = (age: number, hipT: number, spineT: number, more: Partial<FractureTrajectory> = {}): FractureTrajectory => ({
  ageYears: [age],
  hipTScore: [hipT],
  spineTScore: [spineT],
  ...more,
});
const mean = (age: number, sex: 'female' | 'male' = 'female') => ({ hip: populationTScore('totalHip', sex, age), spine: populationTScore('lumbarSpine', sex, age) });

const P = FRACTURE_PARAMETERS;
/** Gradients per SD of BMD that follow from strength: GR_S^r (hip 4.2^0.8 = 3.15, vertebral 2.8^0.7 = 2.06). */
const GR_HIP = P.strengthGradientHip.value ** P.bmdStrengthCorrelationHip.value;
const GR_SPINE = P.strengthGradientVertebral.value ** P.bmdStrengthCorrelationSpine.value;

describe('gradient of risk per SD of BMD (a consequence of the strength gradients; Marshall 1996, target C2)', () => {
  it('a woman 1 SD below the mean for her age has GR_S^r times the hip and vertebral hazard (inside Marshall 1996 CIs) and 1.5× the forearm', () => {
    expect(GR_HIP).toBeGreaterThan(2.0);
    expect(GR_HIP).toBeLessThan(3.5);
    expect(GR_SPINE).toBeGreaterThan(1.9);
    expect(GR_SPINE).toBeLessThan(2.8);
    for (const age of [55, 70, 85]) {
      const m = mean(age);
      const h0 = fractureHazards(woman, at(age, m.hip.mean, m.spine.mean));
      const h1 = fractureHazards(woman, at(age, m.hip.mean - m.hip.sd, m.spine.mean - m.spine.sd));
      expect(h1.hip[0]! / h0.hip[0]!).toBeCloseTo(GR_HIP, 10);
      expect(h1.clinicalVertebral[0]! / h0.clinicalVertebral[0]!).toBeCloseTo(GR_SPINE, 10);
      expect(h1.morphometricVertebral[0]! / h0.morphometricVertebral[0]!).toBeCloseTo(GR_SPINE, 10);
      expect(h1.forearm[0]! / h0.forearm[0]!).toBeCloseTo(1.5, 10);
      // a lower spine does not move the hip, nor a lower hip the spine
      const spineOnly = fractureHazards(woman, at(age, m.hip.mean, m.spine.mean - 1));
      expect(spineOnly.hip[0]).toBe(h0.hip[0]);
    }
  });

  it('per T-score unit between women the ratio is GR^(1/SD of T for age): the SD is a population SD, not the young-adult one', () => {
    const m = mean(70);
    const r = fractureHazards(woman, at(70, -3, m.spine.mean)).hip[0]! / fractureHazards(woman, at(70, -2, m.spine.mean)).hip[0]!;
    expect(r).toBeCloseTo(GR_HIP ** (1 / m.hip.sd), 10);
  });

  it('the same BMD gain within one woman is worth more than the same difference between women (strength ∝ density^2)', () => {
    const m = mean(70);
    const days = [0, 1];
    const ages = [70, 70 + 1 / 365.25];
    const base = fractureHazards(woman, { ageYears: ages, days, hipTScore: [-2.5, -2.5], spineTScore: [m.spine.mean, m.spine.mean] }).hip;
    const gain = fractureHazards(woman, { ageYears: ages, days, hipTScore: [-2.5, -2.0], spineTScore: [m.spine.mean, m.spine.mean] }).hip;
    const between = fractureHazards(woman, at(70, -2.0, m.spine.mean)).hip[0]! / fractureHazards(woman, at(70, -2.5, m.spine.mean)).hip[0]!;
    const within = gain[1]! / base[1]!;
    const ref = youngAdultReference('totalHip', 'female');
    const lnGain = Math.log((ref.mean - 2.0 * ref.sd) / (ref.mean - 2.5 * ref.sd));
    expect(within).toBeCloseTo(Math.exp((-Math.log(P.strengthGradientHip.value) / P.strengthCvHip.value) * P.densityExponent.value * lnGain), 6);
    expect(within).toBeLessThan(between);
    expect(between).toBeLessThan(1);
  });

  it('averaged over the population BMD distribution (Z ~ N(0, 1)), the hazard is the published incidence', () => {
    // Gauss–Hermite-free check: trapezoid over Z in [−8, 8]
    for (const [age, incidence] of [[72.5, 3.94e-3], [82.5, 14.47e-3]] as const) {
      const m = mean(age);
      let avg = 0;
      const dz = 0.01;
      for (let z = -8; z <= 8; z += dz) {
        const h = fractureHazards(woman, at(age, m.hip.mean + z * m.hip.sd, m.spine.mean), { riskFactorCorrection: false }).hip[0]!;
        avg += (h * Math.exp(-0.5 * z * z) * dz) / Math.sqrt(2 * Math.PI);
      }
      expect(avg / incidence).toBeCloseTo(1, 3);
    }
  });
});

describe('incidence by age and sex', () => {
  it('hip fracture incidence in women doubles about every 5 years from 60 to 85 (C11: every 5–6 years)', () => {
    const ratio = baseIncidence('hip', 'female', 85) / baseIncidence('hip', 'female', 60);
    const doubling = (25 * Math.log(2)) / Math.log(ratio);
    expect(doubling).toBeGreaterThan(4.5);
    expect(doubling).toBeLessThan(6);
    // Ettinger 2010 (NIS 2006) at the band middles
    expect(baseIncidence('hip', 'female', 72.5)).toBeCloseTo(3.94e-3, 10);
    expect(baseIncidence('hip', 'male', 87.5)).toBeCloseTo(16.3e-3, 10);
  });

  it('men reach women’s hip incidence about 5 years later (De Laet 1997, Rotterdam: out of sample)', () => {
    for (const a of [72.5, 77.5, 82.5]) {
      const r = baseIncidence('hip', 'male', a + 5) / baseIncidence('hip', 'female', a);
      expect(r).toBeGreaterThan(0.75);
      expect(r).toBeLessThan(1.35);
    }
  });

  it('clinical vertebral fractures outnumber hip fractures in the sixties and are fewer in the oldest; morphometric = 3.2 × clinical', () => {
    expect(baseIncidence('clinicalVertebral', 'female', 62.5)).toBeGreaterThan(baseIncidence('hip', 'female', 62.5));
    expect(baseIncidence('clinicalVertebral', 'female', 87.5)).toBeLessThan(0.5 * baseIncidence('hip', 'female', 87.5));
    expect(baseIncidence('morphometricVertebral', 'male', 70) / baseIncidence('clinicalVertebral', 'male', 70)).toBeCloseTo(3.2, 10);
  });

  it('at a fixed T-score the hip hazard still rises with age (age acts beyond BMD)', () => {
    const h = [60, 70, 80].map((a) => fractureHazards(woman, at(a, -2.5, -2.5)).hip[0]!);
    expect(h[1]!).toBeGreaterThan(h[0]!);
    expect(h[2]!).toBeGreaterThan(h[1]!);
  });
});

describe('clinical risk factors', () => {
  const m = mean(70);
  const base = (p: PatientProfile) => fractureHazards(p, at(70, m.hip.mean, m.spine.mean));
  const h0 = base(woman);
  const ratio = (p: Partial<PatientProfile>, site: 'hip' | 'clinicalVertebral' | 'forearm' | 'nonVertebral') => base({ ...woman, ...p })[site][0]! / h0[site][0]!;

  it('a prior fragility fracture raises every site 1.86× (Kanis 2004); a prevalent vertebral fracture raises vertebral sites 4×, more with more', () => {
    expect(ratio({ priorFractures: { count: 1 } }, 'hip')).toBeCloseTo(1.86, 10);
    expect(ratio({ priorFractures: { count: 1 } }, 'clinicalVertebral')).toBeCloseTo(1.86, 10);
    expect(ratio({ priorFractures: { count: 1, vertebral: 1 } }, 'clinicalVertebral')).toBeCloseTo(4, 10);
    expect(ratio({ priorFractures: { count: 1, vertebral: 1 } }, 'hip')).toBeCloseTo(1.86, 10);
    const vf = [1, 2, 3, 5].map((v) => ratio({ priorFractures: { count: v, vertebral: v } }, 'clinicalVertebral'));
    expect(vf[1]!).toBeGreaterThan(vf[0]!);
    expect(vf[2]!).toBeGreaterThan(vf[1]!);
    expect(vf[3]).toBe(vf[2]);
  });

  it('glucocorticoids raise risk with the dose, the spine most (van Staa 2000)', () => {
    const hip = [0, 2, 5, 10].map((d) => ratio({ glucocorticoidMgPerDay: d }, 'hip'));
    const spine = [0, 2, 5, 10].map((d) => ratio({ glucocorticoidMgPerDay: d }, 'clinicalVertebral'));
    expect(hip).toEqual([1, 1, expect.closeTo(1.77, 10), expect.closeTo(2.27, 10)]);
    expect(spine[1]!).toBeCloseTo(1.55, 10);
    expect(spine[3]!).toBeCloseTo(5.18, 10);
    expect(spine[3]!).toBeGreaterThan(hip[3]!);
  });

  it('smoking, alcohol, rheumatoid arthritis, a fall and a low BMI each raise the hip hazard by their cited ratio, multiplied together', () => {
    expect(ratio({ smoking: true }, 'hip')).toBeCloseTo(1.6, 10);
    expect(ratio({ alcohol3PlusUnits: true }, 'hip')).toBeCloseTo(1.68, 10);
    expect(ratio({ rheumatoidArthritis: true }, 'hip')).toBeCloseTo(2.23, 10);
    expect(ratio({ fallsLastYear: 2 }, 'hip')).toBeCloseTo(1.42, 10);
    expect(ratio({ bmi: 17 }, 'hip')).toBeCloseTo(1.69, 10);
    expect(ratio({ bmi: 25 }, 'hip')).toBe(1);
    expect(ratio({ smoking: true, rheumatoidArthritis: true }, 'hip')).toBeCloseTo(1.6 * 2.23, 10);
    expect(ratio({ smoking: true }, 'forearm')).toBeCloseTo(1.13, 10);
  });

  it('a person without risk factors is below the population average by the population mean of the ratios', () => {
    const E = populationRiskFactorMean('female', 70);
    expect(E[0]!).toBeGreaterThan(1.2);
    const uncorrected = fractureHazards(woman, at(70, m.hip.mean, m.spine.mean), { riskFactorCorrection: false });
    expect(uncorrected.hip[0]! / h0.hip[0]!).toBeCloseTo(E[0]!, 10);
  });

  it('composites are the sum of their components', () => {
    const h = base({ ...woman, priorFractures: { count: 1 } });
    expect(h.nonVertebral[0]).toBeCloseTo(h.hip[0]! + h.forearm[0]! + h.humerus[0]! + h.otherNonVertebral[0]!, 15);
    expect(h.majorOsteoporotic[0]).toBeCloseTo(h.hip[0]! + h.clinicalVertebral[0]! + h.forearm[0]! + h.humerus[0]!, 15);
    expect(h.anyClinical[0]).toBeCloseTo(h.nonVertebral[0]! + h.clinicalVertebral[0]!, 15);
  });
});

describe('bone turnover (CTX)', () => {
  const m = mean(70);
  const h = (ctx: number, more: Partial<FractureTrajectory> = {}, options = {}) =>
    fractureHazards(woman, at(70, m.hip.mean, m.spine.mean, { ctx: [ctx], ...more }), options).hip[0]!;
  const none = fractureHazards(woman, at(70, m.hip.mean, m.spine.mean)).hip[0]!;
  const { turnoverGradient: gr, turnoverCv: cv } = FRACTURE_PARAMETERS;

  it('CTX at its reference changes nothing; a steady remodeling space 1 SD of CTX higher raises every site by 1.20, suppression lowers it to no less than 1/(1 − c)^k', () => {
    expect(h(1)).toBeCloseTo(none, 15);
    expect(h(1 + cv.value) / none).toBeCloseTo(gr.value, 10);
    const v = (ctx: number) => fractureHazards(woman, at(70, m.hip.mean, m.spine.mean, { ctx: [ctx] })).clinicalVertebral[0]!;
    expect(v(1 + cv.value) / v(1)).toBeCloseTo(gr.value, 10);
    expect(h(0.2) / none).toBeLessThan(0.8);
    expect(h(0.2) / none).toBeGreaterThan(0.6);
    expect(h(0.2)).toBeGreaterThan(h(0));
  });

  it('after turnover falls the remodeling space empties over months (cavity lifetime), not at once', () => {
    const days = Array.from({ length: 13 }, (_, k) => 30 * k);
    const ages = days.map((d) => 70 + d / 365.25);
    const flatT = (v: number) => days.map(() => v);
    const ctx = days.map((d) => (d === 0 ? 1 : 0.3));
    const hz = fractureHazards(woman, { ageYears: ages, days, hipTScore: flatT(m.hip.mean), spineTScore: flatT(m.spine.mean), ctx }).clinicalVertebral;
    const steady = fractureHazards(woman, { ageYears: ages, days, hipTScore: flatT(m.hip.mean), spineTScore: flatT(m.spine.mean), ctx: flatT(0.3), ctxReference: 1 }).clinicalVertebral;
    const untreated = fractureHazards(woman, { ageYears: ages, days, hipTScore: flatT(m.hip.mean), spineTScore: flatT(m.spine.mean) }).clinicalVertebral;
    // one month in, part of the way; after a year, nearly all the way to the steady suppressed hazard
    const share = (k: number) => (untreated[k]! - hz[k]!) / (untreated[k]! - steady[k]!);
    expect(share(1)).toBeGreaterThan(0.1);
    expect(share(1)).toBeLessThan(0.5);
    expect(share(12)).toBeGreaterThan(0.95);
  });

  it('reads CTX against the untreated reference when given (a constant or a trajectory)', () => {
    expect(h(0.5, { ctxReference: 0.5 })).toBeCloseTo(none, 15);
    expect(h(0.5, { ctxReference: [0.5] })).toBeCloseTo(none, 15);
  });

  it("'ignore' credits only suppression; turnover: false drops the term", () => {
    expect(h(1.5, {}, { ctxRise: 'ignore' })).toBeCloseTo(none, 15);
    expect(h(0.3, {}, { ctxRise: 'ignore' })).toBeLessThan(none);
    expect(h(0.3, {}, { turnover: false })).toBeCloseTo(none, 15);
  });
});

describe('trajectory checks', () => {
  it('name the field at fault', () => {
    expect(() => fractureHazards(woman, { ageYears: [70, 71], hipTScore: [-2], spineTScore: [-2, -2] })).toThrow(/^trajectory\.hipTScore: must have one value per point \(2\), got 1/);
    expect(() => fractureHazards(woman, { ageYears: [71, 70], hipTScore: [-2, -2], spineTScore: [-2, -2] })).toThrow(/^trajectory\.ageYears\[1\]: ages must be non-decreasing/);
    expect(() => fractureHazards(woman, at(70, Number.NaN, -2))).toThrow(/^trajectory\.hipTScore\[0\]: must be a finite number/);
    expect(() => fractureHazards(woman, at(70, -2, -2, { ctx: [-1] }))).toThrow(/^trajectory\.ctx\[0\]: must be >= 0/);
    expect(() => fractureHazards(woman, at(70, -2, -2, { ctxReference: 0 }))).toThrow(/^trajectory\.ctxReference: must be a positive number/);
    expect(() => fractureHazards(woman, { ageYears: [], hipTScore: [], spineTScore: [] })).toThrow(/^trajectory\.ageYears: at least one point/);
  });
});
