import { simulateScenario } from '../../../src/model/index.js';
import { describe, expect, it } from 'vitest';
import { models } from '../../../src/model/index.js';
import type { DrugRegimen } from '../../../src/model/scenario.js';
import { cumulativeIncidence } from '../../../src/outcomes/fracture/index.js';
import { bmdTrajectory, patientScenario, type PatientProfile } from '../../../src/patients/index.js';

/**
 * End to end: profile → osteosim → BMD trajectory → fracture probabilities. Treatment acts only through the simulated
 * BMD and CTX (no drug-specific relative risk): denosumab must lower fracture risk by raising BMD and suppressing CTX.
 * FREEDOM's 3-year hip RR of 0.60 (target B1) is an out-of-sample reference, not a fitted value.
 */
describe('treatment through BMD and turnover (osteosim)', () => {
  const profile: PatientProfile = { sex: 'female', ageYears: 72, baseline: { hipTScore: -2.5, spineTScore: -2.8 } };
  const days = Array.from({ length: 37 }, (_, k) => (k * 365.25) / 12);
  const run = (regimens: DrugRegimen[]) => bmdTrajectory(profile, simulateScenario(models.osteosim!, patientScenario(profile, regimens, days)));
  const placebo = run([]);
  const dmab = run([{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 6 }]);

  it('denosumab raises the T-scores and suppresses CTX against placebo', () => {
    expect(dmab.hipTScore.at(-1)! - placebo.hipTScore.at(-1)!).toBeGreaterThan(0.25);
    expect(dmab.spineTScore.at(-1)! - placebo.spineTScore.at(-1)!).toBeGreaterThan(0.3);
    expect(dmab.ctx![6]!).toBeLessThan(0.5 * placebo.ctx![6]!);
  });

  it('lowers the 3-year hip, vertebral and non-vertebral probabilities; the turnover term adds to the BMD effect', () => {
    const p = cumulativeIncidence(profile, placebo);
    const d = cumulativeIncidence(profile, dmab);
    const dBmdOnly = cumulativeIncidence(profile, dmab, undefined, { turnover: false });
    const rr = (site: 'hip' | 'morphometricVertebral' | 'nonVertebral', x = d) => x[site].at(-1)! / p[site].at(-1)!;
    expect(rr('hip')).toBeGreaterThan(0.4);
    expect(rr('hip')).toBeLessThan(0.85);
    expect(rr('morphometricVertebral')).toBeLessThan(0.9);
    expect(rr('nonVertebral')).toBeLessThan(0.9);
    expect(rr('hip', dBmdOnly)).toBeLessThan(1);
    expect(rr('hip', dBmdOnly)).toBeGreaterThan(rr('hip'));
  });
});
