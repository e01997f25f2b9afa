import { describe, expect, it } from 'vitest';
import type { DrugRegimen, ScenarioResult } from '../../src/model/scenario.js';
import { bmdFromTScore, bmdTrajectory, patientScenario, populationTScore, tScore, type PatientProfile } from '../../src/patients/index.js';

/** A profile becomes a model scenario (mechanism only), and a model result becomes the patient's BMD in g/cm² and T-scores. */

const denosumab: DrugRegimen = { kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 2 };

describe('patientScenario', () => {
  it('maps sex, age, menopause, ovariectomy and glucocorticoids, and nothing else', () => {
    const s = patientScenario(
      { sex: 'female', ageYears: 60, menopauseAgeYears: 52, ovariectomyAgeYears: 48, glucocorticoidMgPerDay: 10, smoking: true, bmi: 19, baseline: { hipTScore: -2 } },
      [denosumab],
      [0, 365],
    );
    expect(s.patient).toEqual({ species: 'woman', ageYears: 60, menopauseAgeYears: 52, ovariectomyDay: -12 * 365.25 });
    expect(s.parameters).toEqual({ glucocorticoid: 10 });
    expect(s.regimens).toEqual([denosumab]);
    expect(s.days).toEqual([0, 365]);
  });

  it('gives men the man profile and no glucocorticoid parameter without a dose', () => {
    const s = patientScenario({ sex: 'male', ageYears: 70, glucocorticoidMgPerDay: 0 }, [], [0]);
    expect(s.patient).toEqual({ species: 'man', ageYears: 70 });
    expect(s.parameters).toBeUndefined();
  });

  it('checks the profile first', () => {
    expect(() => patientScenario({ sex: 'female', ageYears: 60, bmi: 5 }, [], [0])).toThrow(/^patient\.bmi:/);
  });
});

/** A hand-made result: hip and spine in model units (ratios), CTX relative to young. */
function result(hip: number[], spine: number[] | undefined, days = hip.map((_, k) => k * 365.25)): ScenarioResult {
  return {
    model: 'test',
    days: Float64Array.from(days),
    ageYears: Float64Array.from(days, (d) => 70 + d / 365.25),
    outputs: {
      bmdTotalHip: Float64Array.from(hip),
      ...(spine ? { bmdLumbarSpine: Float64Array.from(spine) } : {}),
      ctx: Float64Array.from(hip, () => 1),
    },
  };
}

describe('bmdTrajectory', () => {
  it('anchors the model’s relative change at the measured baseline, in g/cm² and T-scores', () => {
    const p: PatientProfile = { sex: 'female', ageYears: 70, baseline: { hipTScore: -2.5, spineBmd: 0.8 } };
    const tr = bmdTrajectory(p, result([0.6, 0.63, 0.66], [0.5, 0.55, 0.6]));
    const hip0 = bmdFromTScore('totalHip', 'female', -2.5);
    expect(tr.hipBmd[0]).toBeCloseTo(hip0, 12);
    expect(tr.hipBmd[2]! / tr.hipBmd[0]!).toBeCloseTo(1.1, 12);
    expect(tr.hipTScore[0]).toBeCloseTo(-2.5, 12);
    expect(tr.hipTScore[2]).toBeCloseTo(tScore('totalHip', 'female', hip0 * 1.1), 12);
    expect(tr.spineBmd[0]).toBeCloseTo(0.8, 12);
    expect(tr.spineBmd[1]).toBeCloseTo(0.88, 12);
    expect(tr.spineTScore[1]).toBeCloseTo((0.88 - 1.047) / 0.11, 12);
    expect(tr.baselineSource).toEqual({ totalHip: 'measuredTScore', lumbarSpine: 'measuredBmd' });
    expect(Array.from(tr.ctx!)).toEqual([1, 1, 1]);
    expect(tr.spineFromHip).toBe(false);
  });

  it('uses the population mean for age and sex without a measurement', () => {
    const tr = bmdTrajectory({ sex: 'male', ageYears: 70 }, result([0.7, 0.7], [0.7, 0.7]));
    expect(tr.hipTScore[0]).toBeCloseTo(populationTScore('totalHip', 'male', 70).mean, 12);
    expect(tr.spineTScore[0]).toBeCloseTo(populationTScore('lumbarSpine', 'male', 70).mean, 12);
    expect(tr.baselineSource.totalHip).toBe('populationMean');
  });

  it('falls back to the hip course for the spine when the model has no spine output, and says so', () => {
    const tr = bmdTrajectory({ sex: 'female', ageYears: 70, baseline: { spineTScore: -3 } }, result([0.6, 0.66], undefined));
    expect(tr.spineFromHip).toBe(true);
    expect(tr.spineBmd[1]! / tr.spineBmd[0]!).toBeCloseTo(1.1, 12);
  });

  it('needs day 0 and a hip output, and names what is missing', () => {
    const p: PatientProfile = { sex: 'female', ageYears: 70 };
    expect(() => bmdTrajectory(p, result([0.6, 0.6], [0.6, 0.6], [30, 60]))).toThrow(/^result\.days\[0\]: the first output must be day 0/);
    const noHip = { ...result([0.6], [0.6]), outputs: {} };
    expect(() => bmdTrajectory(p, noHip)).toThrow(/^result\.outputs\.bmdTotalHip:/);
  });
});
