import { describe, expect, it } from 'vitest';
import { getModel, InputError, type Scenario } from '../../../src/model/index.js';
import { parameterSpace, fromUnit } from '../../../src/studies/analysis/space.js';
import { sensitivity, sensitivityJson } from '../../../src/studies/analysis/sensitivity.js';

/** A 67-year-old woman on denosumab 60 mg every 6 months for a year, read at 1 year. */
const denosumabYear: Scenario = {
  patient: { species: 'woman', ageYears: 67, menopauseAgeYears: 51 },
  regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 2 }],
  days: [0, 91, 182, 273, 365],
};

describe('sensitivity on osteosim', () => {
  it('gives finite Sobol indices of the 1-year hip BMD gain, with intervals around them', async () => {
    const r = await sensitivity({ scenario: denosumabYear, parameters: ['eta_C', 'K_D'], space: { factor: 1.25 } }, { method: 'sobol', samples: 8, bootstrap: 100, workers: 0 });
    if (r.method !== 'sobol') throw new Error('expected sobol');
    expect(r.at).toBe(365);
    expect(r.evaluations).toBe(8 * 4);
    expect(r.failed).toBe(0);
    for (const s of r.indices) {
      for (const v of [s.S1, s.ST, ...s.S1ci, ...s.STci]) expect(Number.isFinite(v)).toBe(true);
      expect(s.ST).toBeGreaterThanOrEqual(0);
      expect(s.STci[0]).toBeLessThanOrEqual(s.STci[1]);
    }
    // Osteoclast apoptosis acts on 42 years of aging before the study; the RANKL binding constant only on the drug.
    const [etaC, kD] = r.indices;
    expect(etaC!.ST).toBeGreaterThan(kD!.ST);
    expect(Object.keys(sensitivityJson(r)).slice(0, 4)).toEqual(['method', 'output', 'at', 'indices']);
  }, 60_000);

  it('gives finite Morris effects and local coefficients with the signs of the biology', async () => {
    const morris = await sensitivity({ scenario: denosumabYear, parameters: ['eta_C', 'k_e0'], output: 'ctxPct', space: { factor: 1.25 } }, { method: 'morris', samples: 3, workers: 0 });
    if (morris.method !== 'morris') throw new Error('expected morris');
    for (const m of morris.indices) expect(Number.isFinite(m.mu_star) && Number.isFinite(m.sigma)).toBe(true);
    const local = await sensitivity({ scenario: { ...denosumabYear, days: [0, 7, 91, 182, 365] }, parameters: ['K_D', 'k_e0'], output: 'ctxPct', atDay: 7 }, { method: 'local', workers: 0 });
    if (local.method !== 'local') throw new Error('expected local');
    const [kD, ke0] = local.indices;
    // A weaker RANKL binding (K_D up) suppresses CTX less at every visit: |CTX % change| shrinks, c < 0, dy/dln p > 0.
    for (const c of kD!.series.slice(1)) expect(c).toBeLessThan(0);
    expect(kD!.derivative).toBeGreaterThan(0);
    // A faster onset of the effect (k_e0 up) deepens the suppression in the first week: c > 0, CTX % change lower.
    expect(ke0!.coefficient).toBeGreaterThan(0);
    expect(ke0!.derivative).toBeLessThan(0);
    expect(local.times).toEqual([0, 7, 91, 182, 365]);
  }, 60_000);

  it('names the field of bad input: unknown parameter (with a did-you-mean), unknown output, day outside, samples < 2', async () => {
    const fail = async (p: Parameters<typeof sensitivity>[0], o: Parameters<typeof sensitivity>[1]): Promise<InputError> => {
      const e = await sensitivity(p, o).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(InputError);
      return e as InputError;
    };
    const unknown = await fail({ scenario: denosumabYear, parameters: ['eta_c'] }, { method: 'local' });
    expect(unknown.field).toBe('parameters[0]');
    expect(unknown.message).toMatch(/did you mean 'eta_C'/);
    expect((await fail({ scenario: denosumabYear, parameters: ['eta_C'], output: 'hipPct' }, { method: 'local' })).field).toBe('output');
    expect((await fail({ scenario: denosumabYear, parameters: ['eta_C'], atDay: 400 }, { method: 'local' })).field).toBe('atDay');
    expect((await fail({ scenario: denosumabYear, parameters: ['eta_C'] }, { method: 'sobol', samples: 1 })).field).toBe('samples');
    expect((await fail({ scenario: denosumabYear, parameters: ['eta_C', 'eta_C'] }, { method: 'morris' })).field).toBe('parameters[1]');
  });
});

describe('parameter ranges', () => {
  const composed = getModel('osteosim').compiled.composed;

  it('default to value ×/÷ 2, log-uniform, cut to the declared bounds', () => {
    const [etaC, pi0, eL] = parameterSpace(composed, ['eta_C', 'pi0', 'e_L']);
    expect(etaC).toMatchObject({ lo: 0.023815993 / 2, hi: 0.023815993 * 2, scale: 'log', origin: 'factor' });
    expect(fromUnit(etaC!, 0.5)).toBeCloseTo(0.023815993, 12);
    expect(pi0).toMatchObject({ lo: 0.0205, hi: 0.082 });
    // e_L = 0.99 is a fraction declared <= 1: the cut keeps its range admissible.
    const max = composed.parameters.get('e_L')!.def.max;
    expect(eL!.hi).toBe(Math.min(1.98, max ?? Infinity));
  });

  it("take the declared bounds on request, and the caller's ranges over both", () => {
    const [pi0, etaC] = parameterSpace(composed, ['pi0', 'eta_C'], {}, { source: 'bounds', ranges: { eta_C: { lo: 0.01, hi: 0.03 } } });
    expect(pi0).toMatchObject({ lo: 0.000001, hi: 0.999999, scale: 'linear', origin: 'bounds' });
    expect(etaC).toMatchObject({ lo: 0.01, hi: 0.03, scale: 'linear', origin: 'given' });
    expect(fromUnit(etaC!, 0.25)).toBeCloseTo(0.015, 15);
  });

  it('refuse ranges outside the bounds, empty ranges and a value of 0 without a range', () => {
    expect(() => parameterSpace(composed, ['pi0'], {}, { ranges: { pi0: { lo: 0.01, hi: 2 } } })).toThrow(/declared bounds/);
    expect(() => parameterSpace(composed, ['pi0'], {}, { ranges: { pi0: { lo: 0.05, hi: 0.05 } } })).toThrow(/lo < hi/);
    expect(() => parameterSpace(composed, ['k_imm'])).toThrow(/is 0/);
    expect(() => parameterSpace(composed, ['eta_C'], {}, { ranges: { K_D: { lo: 1, hi: 2 } } })).toThrow(/not one of the parameters/);
  });
});
