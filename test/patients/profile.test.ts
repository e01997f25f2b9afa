import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/engine/errors.js';
import { checkPatientProfile, type PatientProfile } from '../../src/patients/index.js';

/** Patient profiles are checked at the edge; every error names the field, the value and what is allowed. */

const woman: PatientProfile = { sex: 'female', ageYears: 67 };
const fails = (p: unknown): ModelError => {
  try {
    checkPatientProfile(p as PatientProfile);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error('expected a ModelError');
};

describe('checkPatientProfile', () => {
  it('accepts a complete, consistent profile', () => {
    expect(() =>
      checkPatientProfile({
        sex: 'female',
        ageYears: 67,
        menopauseAgeYears: 50,
        ovariectomyAgeYears: 45,
        bmi: 22,
        smoking: true,
        alcohol3PlusUnits: false,
        glucocorticoidMgPerDay: 7.5,
        rheumatoidArthritis: true,
        priorFractures: { count: 2, vertebral: 1 },
        fallsLastYear: 1,
        baseline: { hipTScore: -2.8, spineBmd: 0.8 },
      }),
    ).not.toThrow();
    expect(() => checkPatientProfile({ sex: 'male', ageYears: 75, baseline: { hipBmd: 0.7 } })).not.toThrow();
  });

  it('names the field, the allowed range and the value given', () => {
    const e = fails({ ...woman, bmi: 5 });
    expect(e.message).toBe('patient.bmi: must be between 10 and 70 kg/m², got 5');
    expect(e.field).toBe('patient.bmi');
    expect(fails({ ...woman, ageYears: 130 }).message).toMatch(/^patient\.ageYears: must be between 20 and 110 years, got 130/);
    expect(fails({ ...woman, sex: 'x' }).message).toMatch(/^patient\.sex: unknown sex 'x' \(known: female, male\)/);
    expect(fails({ ...woman, glucocorticoidMgPerDay: -1 }).message).toMatch(/^patient\.glucocorticoidMgPerDay:/);
    expect(fails({ ...woman, baseline: { hipTScore: Number.NaN } }).message).toMatch(/^patient\.baseline\.hipTScore:/);
    expect(fails({ ...woman, smoking: 'yes' }).message).toMatch(/^patient\.smoking: must be true or false/);
  });

  it('rejects women-only fields for men and an ovariectomy after the start', () => {
    expect(fails({ sex: 'male', ageYears: 60, menopauseAgeYears: 50 }).message).toMatch(/^patient\.menopauseAgeYears: applies to women only/);
    expect(fails({ sex: 'male', ageYears: 60, ovariectomyAgeYears: 50 }).message).toMatch(/^patient\.ovariectomyAgeYears: applies to women only/);
    expect(fails({ ...woman, ovariectomyAgeYears: 70 }).message).toMatch(/^patient\.ovariectomyAgeYears: must be <= ageYears \(67\)/);
  });

  it('checks prior fractures as whole numbers, vertebral ones counted among all', () => {
    expect(fails({ ...woman, priorFractures: { count: 1.5 } }).message).toMatch(/^patient\.priorFractures\.count: must be a whole number/);
    expect(fails({ ...woman, priorFractures: { count: 1, vertebral: 2 } }).message).toMatch(/^patient\.priorFractures\.vertebral: must be <= priorFractures\.count \(1\)/);
    expect(fails({ ...woman, fallsLastYear: -1 }).message).toMatch(/^patient\.fallsLastYear:/);
  });

  it('asks for a BMD or its T-score per site, not both', () => {
    expect(fails({ ...woman, baseline: { hipTScore: -2, hipBmd: 0.7 } }).message).toMatch(/^patient\.baseline\.hipBmd: give the total-hip BMD or its T-score, not both/);
    expect(fails({ ...woman, baseline: { spineBmd: 5 } }).message).toMatch(/^patient\.baseline\.spineBmd: must be between 0.2 and 2.5 g\/cm²/);
  });
});
