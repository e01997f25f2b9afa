import { describe, expect, it } from 'vitest';
import { expectedInWindow, fractureHazards } from '../../../src/outcomes/fracture/index.js';
import type { PatientProfile } from '../../../src/patients/index.js';

const woman: PatientProfile = { sex: 'female', ageYears: 70 };
const flat = (years: number) => {
  const n = years * 12 + 1;
  const days = Float64Array.from({ length: n }, (_, k) => (k * 365.25) / 12);
  return { days, ageYears: Float64Array.from({ length: n }, () => 70), hipTScore: new Float64Array(n).fill(-2.5), spineTScore: new Float64Array(n).fill(-2.5) };
};

describe('expected fractures in a window', () => {
  it('equal hazard × person-years when hazards are constant, and person-years shrink with death', () => {
    const t = flat(4);
    const h = fractureHazards(woman, t);
    const w = expectedInWindow(woman, t, 365.25, 3 * 365.25);
    expect(w.personYears).toBeLessThan(2);
    expect(w.personYears).toBeGreaterThan(2 * Math.exp(-3 * h.death[0]!) * 0.99);
    expect(w.events.hip / w.personYears).toBeCloseTo(h.hip[0]!, 10);
    expect(w.events.nonVertebral / w.personYears).toBeCloseTo(h.nonVertebral[0]!, 10);
  });
  it('adds up over adjacent windows', () => {
    const t = flat(4);
    const a = expectedInWindow(woman, t, 0, 400);
    const b = expectedInWindow(woman, t, 400, 1000);
    const ab = expectedInWindow(woman, t, 0, 1000);
    expect(a.events.hip + b.events.hip).toBeCloseTo(ab.events.hip, 12);
    expect(a.personYears + b.personYears).toBeCloseTo(ab.personYears, 12);
  });
});
