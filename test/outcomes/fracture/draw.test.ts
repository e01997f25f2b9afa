import { describe, expect, it } from 'vitest';
import { cumulativeIncidence, drawFractures, FRACTURE_COMPONENTS, type FractureTrajectory } from '../../../src/outcomes/fracture/index.js';
import type { PatientProfile } from '../../../src/patients/index.js';

/** Event draws for virtual patients: reproducible, consistent with the probabilities, death censors fractures. */

/** mulberry32: a small seeded uniform source in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const woman: PatientProfile = { sex: 'female', ageYears: 78, priorFractures: { count: 2, vertebral: 1 }, fallsLastYear: 1 };
const n = 61;
const tr: FractureTrajectory = {
  ageYears: Float64Array.from({ length: n }, (_, k) => 78 + k / 12),
  hipTScore: new Float64Array(n).fill(-2.8),
  spineTScore: new Float64Array(n).fill(-3.2),
  days: Float64Array.from({ length: n }, (_, k) => (k * 365.25) / 12),
};

describe('drawFractures', () => {
  it('is reproducible from a seeded source and uses exactly 7 uniforms', () => {
    let calls = 0;
    const counted = (r: () => number) => () => {
      calls++;
      return r();
    };
    const a = drawFractures(woman, tr, counted(seeded(7)));
    expect(calls).toBe(7);
    expect(drawFractures(woman, tr, seeded(7))).toEqual(a);
  });

  it('draws each site as often as its cumulative incidence says (5 years, 40,000 patients)', () => {
    const ci = cumulativeIncidence(woman, tr);
    const rand = seeded(2024);
    const N = 40_000;
    const counts: Record<string, number> = {};
    for (let i = 0; i < N; i++) {
      const d = drawFractures(woman, tr, rand);
      for (const [k, v] of Object.entries(d)) if (v !== undefined) counts[k] = (counts[k] ?? 0) + 1;
    }
    for (const s of ['hip', 'morphometricVertebral', 'nonVertebral', 'anyClinical', 'majorOsteoporotic', 'death'] as const) {
      const p = ci[s].at(-1)!;
      const se = Math.sqrt((p * (1 - p)) / N);
      expect(Math.abs((counts[s] ?? 0) / N - p)).toBeLessThan(4 * se);
    }
  });

  it('places events inside the trajectory, never on or after death; composites take the earliest part', () => {
    const rand = seeded(11);
    for (let i = 0; i < 3000; i++) {
      const d = drawFractures(woman, tr, rand);
      for (const c of FRACTURE_COMPONENTS) {
        const day = d[c];
        if (day === undefined) continue;
        expect(day).toBeGreaterThanOrEqual(0);
        expect(day).toBeLessThanOrEqual(tr.days![n - 1]!);
        if (d.death !== undefined) expect(day).toBeLessThan(d.death);
      }
      const parts = [d.hip, d.forearm, d.humerus, d.otherNonVertebral].filter((x): x is number => x !== undefined);
      expect(d.nonVertebral).toBe(parts.length ? Math.min(...parts) : undefined);
    }
  });

  it('a death at the start leaves no fracture; uniforms near 1 leave no event at all', () => {
    let first = true;
    const deathFirst = () => {
      if (first) {
        first = false;
        return 0; // death's exponential threshold −ln(1 − 0) = 0: death on day 0
      }
      return 1e-6; // every fracture within days, but not before death
    };
    const d = drawFractures(woman, tr, deathFirst);
    expect(d).toEqual({ death: 0 });
    expect(drawFractures(woman, tr, () => 0.999999)).toEqual({});
    // without days, the clock is (age − age[0]) · 365.25
    let calls = 0;
    const early = drawFractures(woman, { ...tr, days: undefined }, () => (calls++ === 0 ? 0.999999 : 1e-6));
    expect(early.death).toBeUndefined();
    expect(early.hip).toBeGreaterThan(0);
    expect(early.hip).toBeLessThan(5);
  });

  it('takes explicit days (shifting the clock) and rejects a bad uniform source by name', () => {
    const days = Float64Array.from(tr.days!, (x) => x + 1000);
    const a = drawFractures(woman, tr, seeded(3));
    const b = drawFractures(woman, tr, days, seeded(3));
    for (const [k, v] of Object.entries(a)) expect(b[k as keyof typeof b]).toBeCloseTo(v! + 1000, 6);
    expect(() => drawFractures(woman, tr, () => 1)).toThrow(/^rand: must return numbers in \[0, 1\), got 1/);
  });
});
