import { describe, expect, it } from 'vitest';
import { osteosim } from '../../../src/model/osteosim/index.js';
import { trialValidationRows } from '../../../src/studies/trials/validation.js';
import { summarize } from '../../../src/studies/validation/run.js';

describe('trial rows of the validation report', () => {
  const rows = trialValidationRows({});

  it('take in-sample from the target id, as scenario rows do (B47 was fitted: its fracture rows are in-sample too)', () => {
    expect(osteosim.fittedTargets).toContain('B47');
    const b47 = rows.filter((r) => r.id === 'B47');
    expect(b47.length).toBeGreaterThan(0);
    expect(b47.every((r) => r.inSample)).toBe(true);
    expect(rows.filter((r) => r.id === 'A9').every((r) => !r.inSample)).toBe(true);
    expect(summarize(rows)[0]!.inSample.pending).toBeGreaterThanOrEqual(1);
  });

  it('compare numbers: every trial row is quantitative evidence', () => {
    expect(rows.every((r) => r.evidence === 'quantitative')).toBe(true);
  });
});
