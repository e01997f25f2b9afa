import { describe, expect, it } from 'vitest';
import { calibrate, targetRows } from '../../../src/studies/calibration/calibrate.js';
import { naturalHistorySpec } from '../../../src/studies/calibration/specs.js';
import { integrated } from '../../../src/model/index.js';

const tabled = (name: string) => integrated.osteosimModel.defaultParameters()[integrated.osteosimModel.parameterIndex(name)]!;

describe('calibration through the validation harness', () => {
  it('recovers the tabled calcium + vitamin D effect from a poor start, fitting FREEDOM placebo and WHI (A8, B61)', () => {
    const base = naturalHistorySpec();
    const spec = {
      ...base,
      name: 'calcium-vitamin-d',
      parameters: [{ ...base.parameters.find((p) => p.name === 'beta_CaD')!, initial: 0.12 }],
      targets: base.targets.filter((t) => t.id === 'A8' || t.id === 'B61'),
    };
    const result = calibrate(spec);
    expect(result.fit.converged).toBe(true);
    expect(result.chi2After).toBeLessThan(result.chi2Before);
    const fitted = result.fit.values.beta_CaD!;
    const se = result.fit.standardErrors.beta_CaD!;
    expect(se).toBeGreaterThan(0);
    // The table says 0.2828 (fitted to A8 and B61 in the prototype); the TypeScript fit must land on it.
    expect(Math.abs(fitted - tabled('beta_CaD'))).toBeLessThan(Math.max(se, 0.005));
    expect(result.targets.every((t) => t.statusAfter === 'pass')).toBe(true);
  });

  it('every parameter marked fitted in the natural-history spec names the targets it was fitted to', () => {
    const spec = naturalHistorySpec();
    for (const p of spec.parameters) {
      const def = integrated.osteosimModel.composed.parameters.get(p.name)!.def;
      expect(def.evidence, p.name).toBe('fitted');
      expect(def.fittedTo?.length, p.name).toBeGreaterThan(0);
    }
  });

  it('names a target value that does not exist', () => {
    const spec = { ...naturalHistorySpec(), targets: [{ id: 'A8', key: 'pbo-99', sigma: 0.3 }] };
    expect(() => targetRows(spec, {})).toThrow(/target A8 has no value 'pbo-99' \(it has: pbo-12, pbo-24, pbo-36\)/);
  });

  it('rejects a non-positive sigma', () => {
    const spec = { ...naturalHistorySpec(), targets: [{ id: 'A8', key: 'pbo-12', sigma: 0 }] };
    expect(() => calibrate(spec)).toThrow(/sigma of A8\/pbo-12 must be > 0/);
  });
});
