import { describe, expect, it } from 'vitest';
import {
  baseIncidence,
  cumulativeIncidence,
  deathHazard,
  FRACTURE_SITES,
  fractureHazards,
  staticTenYearProbability,
  tenYearProbability,
  type FractureTrajectory,
} from '../../../src/outcomes/fracture/index.js';
import { populationTScore, type PatientProfile } from '../../../src/patients/index.js';

/** Probabilities with competing mortality: FRAX-range 10-year values, mortality at long horizons, consistency. */

/** A trajectory from `age0` over `years`, monthly points, T-scores following the population's at a constant Z. */
function course(sex: 'female' | 'male', age0: number, years: number, zHip: number, zSpine = zHip): FractureTrajectory {
  const n = Math.round(years * 12) + 1;
  const ageYears = Float64Array.from({ length: n }, (_, k) => age0 + k / 12);
  const hipTScore = ageYears.map((a) => {
    const d = populationTScore('totalHip', sex, a);
    return d.mean + zHip * d.sd;
  });
  const spineTScore = ageYears.map((a) => {
    const d = populationTScore('lumbarSpine', sex, a);
    return d.mean + zSpine * d.sd;
  });
  return { ageYears, hipTScore, spineTScore };
}

describe('10-year probabilities (FRAX range)', () => {
  it('a 65-year-old woman with T −2.5 and no risk factors: hip 2–6 %, major osteoporotic 8–20 %', () => {
    // FRAX US, 65-year-old woman, FN T −2.3, no risk factors: MOF 10 %, hip 2.2 % (Endotext, Figure 6);
    // FRAX UK, women, FN T −2 / −3: hip 1.4 / 4.4 % at 60 and 2.4 / 6.3 % at 70; MOF 7.9 / 12.6 % and 11.5 / 18.2 %
    // (Kanis JA et al. 2008, Osteoporos Int 19:385, Table 3). Here the T-score is total hip.
    const p = staticTenYearProbability({ sex: 'female', ageYears: 65, baseline: { hipTScore: -2.5, spineTScore: -2.5 } });
    expect(p.hip).toBeGreaterThan(0.02);
    expect(p.hip).toBeLessThan(0.06);
    expect(p.majorOsteoporotic).toBeGreaterThan(0.08);
    expect(p.majorOsteoporotic).toBeLessThan(0.2);
  });

  it('rises steeply as the T-score falls, about as FRAX UK does from T −2 to −3 (×2.6–3.1 at 60–70 y)', () => {
    const hip = (t: number) => staticTenYearProbability({ sex: 'female', ageYears: 65, baseline: { hipTScore: t } }).hip;
    const r = hip(-3) / hip(-2);
    expect(r).toBeGreaterThan(2);
    expect(r).toBeLessThan(3.5);
  });

  it('prior fracture and glucocorticoids raise the 10-year probability', () => {
    const base = { sex: 'female' as const, ageYears: 70, baseline: { hipTScore: -2, spineTScore: -2 } };
    const p0 = staticTenYearProbability(base);
    const pf = staticTenYearProbability({ ...base, priorFractures: { count: 1, vertebral: 1 } });
    const gc = staticTenYearProbability({ ...base, glucocorticoidMgPerDay: 10 });
    expect(pf.hip / p0.hip).toBeGreaterThan(1.7);
    expect(pf.morphometricVertebral / p0.morphometricVertebral).toBeGreaterThan(3.3);
    expect(gc.clinicalVertebral / p0.clinicalVertebral).toBeGreaterThan(4);
  });

  it('keeps the Z-score by default; holding the T-score instead gives lower probabilities', () => {
    const p = { sex: 'female' as const, ageYears: 70, baseline: { hipTScore: -2.5 } };
    expect(staticTenYearProbability(p, { bmdCourse: 'constantT' }).hip).toBeLessThan(staticTenYearProbability(p).hip);
  });

  it('agrees with the 10-year point of a trajectory at the same constant Z', () => {
    const woman: PatientProfile = { sex: 'female', ageYears: 72, baseline: { hipTScore: -2.2, spineTScore: -2.7 } };
    const zHip = (-2.2 - populationTScore('totalHip', 'female', 72).mean) / populationTScore('totalHip', 'female', 72).sd;
    const zSpine = (-2.7 - populationTScore('lumbarSpine', 'female', 72).mean) / populationTScore('lumbarSpine', 'female', 72).sd;
    const dynamic = tenYearProbability(woman, course('female', 72, 12, zHip, zSpine));
    const stat = staticTenYearProbability(woman);
    for (const s of FRACTURE_SITES) expect(dynamic[s] / stat[s]).toBeCloseTo(1, 2);
  });
});

describe('competing mortality', () => {
  it('makes the probability smaller than the fracture-only probability, more so the older the patient', () => {
    const shortfall = (age: number): number => {
      const tr = course('female', age, 10, -1);
      const woman: PatientProfile = { sex: 'female', ageYears: age };
      const h = fractureHazards(woman, tr);
      let H = 0;
      for (let k = 0; k + 1 < h.hip.length; k++) H += ((h.hip[k]! + h.hip[k + 1]!) / 2) * (tr.ageYears[k + 1]! - tr.ageYears[k]!);
      return tenYearProbability(woman, tr).hip / (1 - Math.exp(-H));
    };
    const s60 = shortfall(60);
    const s90 = shortfall(90);
    expect(s60).toBeLessThan(1);
    expect(s60).toBeGreaterThan(0.9);
    expect(s90).toBeLessThan(0.6);
  });

  it('caps the 10-year hip probability at the oldest ages (FRAX UK: 9.5 % at 80 and 9.8 % at 90 with T −3)', () => {
    const p = (age: number) => staticTenYearProbability({ sex: 'female', ageYears: age, baseline: { hipTScore: -3 } }).hip;
    expect(p(90) / p(80)).toBeLessThan(1.2);
  });

  it('from a US period life table: about 5 % of women and 8 % of men die within 10 years from 50, most women from 90', () => {
    const p = (sex: 'female' | 'male', age: number) => staticTenYearProbability({ sex, ageYears: age }).death;
    expect(p('female', 50)).toBeGreaterThan(0.03);
    expect(p('female', 50)).toBeLessThan(0.07);
    expect(p('male', 50)).toBeGreaterThan(p('female', 50));
    expect(p('female', 90)).toBeGreaterThan(0.8);
    expect(deathHazard('female', 80)).toBeCloseTo(-Math.log(1 - 0.049527), 10);
  });

  it('population lifetime risks from 50 are of the order published for white US women and men (A19, out of sample)', () => {
    // A19: women hip 17.5 %, clinical VF 15.6 %, forearm 16.0 %; men 6 %, 5 %, 3 % (older incidence data)
    const lifetime = (sex: 'female' | 'male', site: 'hip' | 'clinicalVertebral' | 'forearm') => {
      let s = 1;
      let f = 0;
      const dt = 0.05;
      for (let a = 50; a < 110; a += dt) {
        const h = baseIncidence(site, sex, a);
        f += s * h * dt;
        s *= Math.exp(-(h + deathHazard(sex, a)) * dt);
      }
      return f;
    };
    expect(lifetime('female', 'hip')).toBeGreaterThan(0.1);
    expect(lifetime('female', 'hip')).toBeLessThan(0.22);
    expect(lifetime('female', 'forearm')).toBeGreaterThan(0.1);
    expect(lifetime('male', 'hip')).toBeGreaterThan(0.04);
    expect(lifetime('male', 'hip')).toBeLessThan(0.09);
    expect(lifetime('male', 'forearm')).toBeLessThan(0.05);
  });
});

describe('cumulativeIncidence', () => {
  const woman: PatientProfile = { sex: 'female', ageYears: 70, priorFractures: { count: 1 } };
  const tr = course('female', 70, 10, -1.5);
  const ci = cumulativeIncidence(woman, tr);

  it('starts at 0, never falls, stays below 1; composites lie between their largest part and the sum of parts', () => {
    for (const s of [...FRACTURE_SITES, 'death' as const]) {
      const f = ci[s];
      expect(f[0]).toBe(0);
      for (let k = 1; k < f.length; k++) expect(f[k]!).toBeGreaterThanOrEqual(f[k - 1]!);
      expect(f.at(-1)!).toBeLessThan(1);
    }
    const end = (s: keyof typeof ci) => ci[s].at(-1)!;
    expect(end('nonVertebral')).toBeGreaterThan(end('hip'));
    expect(end('nonVertebral')).toBeLessThan(end('hip') + end('forearm') + end('humerus') + end('otherNonVertebral'));
    expect(end('morphometricVertebral')).toBeGreaterThan(end('clinicalVertebral'));
  });

  it('reports days (from the ages, or as given) and matches tenYearProbability at 10 years', () => {
    expect(ci.days[12]).toBeCloseTo(365.25, 9);
    const ten = tenYearProbability(woman, tr);
    expect(ci.hip.at(-1)!).toBeCloseTo(ten.hip, 12);
    const shifted = cumulativeIncidence(woman, tr, Float64Array.from(ci.days, (d) => d + 100));
    expect(shifted.days[0]).toBe(100);
    expect(shifted.hip.at(-1)).toBeCloseTo(ci.hip.at(-1)!, 12);
  });

  it('needs 10 years for a 10-year probability and one day per point', () => {
    expect(() => tenYearProbability(woman, course('female', 70, 5, 0))).toThrow(/^trajectory\.ageYears: a 10-year probability needs at least 10 years of trajectory, got 5/);
    expect(() => cumulativeIncidence(woman, tr, [0, 1])).toThrow(/^days: must have one value per trajectory point/);
  });
});
