import { describe, expect, it } from 'vitest';
import { getModel } from '../../../src/model/index.js';
import { eligibleShare, samplePatient } from '../../../src/studies/trials/population.js';
import { checkTrialSpec, type TrialSpec } from '../../../src/studies/trials/spec.js';
import { FPT, TRIAL_SPECS } from '../../../src/studies/trials/specs/index.js';
import { TRIAL_TARGETS, TRIALS_FOR_VALIDATION, trialValidationRows } from '../../../src/studies/trials/validation.js';

describe('ready-made trial specs', () => {
  it('are all valid and enrol someone', () => {
    for (const [key, spec] of Object.entries(TRIAL_SPECS)) {
      expect(() => checkTrialSpec(spec), key).not.toThrow();
      expect(eligibleShare(spec.population, spec.seed, 2000), key).toBeGreaterThan(0);
    }
  });
  it('cover every trial the fracture targets name, the pending fracture targets included', () => {
    for (const t of TRIALS_FOR_VALIDATION) expect(TRIAL_SPECS[t], t).toBeDefined();
    for (const id of ['B12', 'B22', 'B35', 'B37', 'B42', 'B43', 'B54', 'B56', 'B58', 'B59', 'B61', 'B62']) expect(TRIAL_TARGETS[id], id).toBeDefined();
  });
  it('leave a pooled target pending until every trial it pools has run', () => {
    const rows = trialValidationRows({}).filter((r) => r.id === 'B22');
    expect(rows.length).toBe(4);
    for (const r of rows) {
      expect(r.status).toBe('pending');
      expect(r.note).toContain('fit2 and fit');
    }
  });
});

describe('trial populations', () => {
  it('draw prevalent vertebral fracture counts in the stated shares', () => {
    const model = getModel('osteosim');
    const spec: TrialSpec = { ...FPT, population: { ...FPT.population, prevalentVertebralCounts: [0.2, 0.3, 0.5] } };
    const counts = [0, 0, 0, 0];
    const n = 1500;
    for (let i = 0; i < n; i++) counts[samplePatient(spec.population, spec.seed, i, model).profile.priorFractures?.vertebral ?? 0]!++;
    expect(counts[0]).toBe(0);
    expect(counts[1]! / n).toBeCloseTo(0.2, 1);
    expect(counts[2]! / n).toBeCloseTo(0.3, 1);
    expect(counts[3]! / n).toBeCloseTo(0.5, 1);
  });
  it('refuse count shares that do not sum to 1', () => {
    const bad: TrialSpec = { ...FPT, population: { ...FPT.population, prevalentVertebralCounts: [0.5, 0.5, 0.5] } };
    expect(() => checkTrialSpec(bad)).toThrow(/prevalentVertebralCounts/);
  });
  it('refuse rate windows outside the trial', () => {
    const bad: TrialSpec = { ...FPT, windows: [{ name: 'late', fromDay: 100, toDay: FPT.durationDays + 1 }] };
    expect(() => checkTrialSpec(bad)).toThrow(/windows\[0\]/);
  });
});
