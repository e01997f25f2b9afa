import { describe, expect, it } from 'vitest';
import { getModel, InputError, type Scenario } from '../../../src/model/index.js';
import { parameterSpace } from '../../../src/studies/analysis/space.js';
import { cholesky, drawFromFit, drawFromPrior, quantileSorted, uncertainty, type UncertaintyResult } from '../../../src/studies/analysis/uncertainty.js';

/** A year of denosumab 60 mg every 6 months. */
const scenario: Scenario = {
  patient: { species: 'woman', ageYears: 67, menopauseAgeYears: 51 },
  regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 2 }],
  days: [0, 91, 182, 365],
};
const arms = [{ name: 'dmab', scenario }];
const outputs = ['totalHipPct', 'ctxPct', 'bmdTotalHip'];
const last = scenario.days.length - 1;
const width = (r: UncertaintyResult, output: string, t = last): number => r.arms[0]!.outputs[output]!.p95[t]! - r.arms[0]!.outputs[output]!.p05[t]!;

describe('uncertainty from priors', () => {
  it('brackets the nominal run with its 5–95 % band, and the band widens with the prior width', async () => {
    const run = (factor: number) => uncertainty({ arms, outputs, source: { kind: 'prior', parameters: ['K_D', 'k_e0'], space: { factor } } }, { draws: 24, seed: 7, workers: 0 });
    const [narrow, wide] = [await run(1.5), await run(3)];
    expect(narrow.failed).toBe(0);
    expect(narrow.parameters).toEqual(['K_D', 'k_e0']);
    for (const r of [narrow, wide]) {
      for (const name of outputs) {
        const b = r.arms[0]!.outputs[name]!;
        for (let t = 1; t <= last; t++) {
          expect(b.p05[t]).toBeLessThanOrEqual(b.p50[t]!);
          expect(b.p50[t]).toBeLessThanOrEqual(b.p95[t]!);
          expect(b.nominal[t]).toBeGreaterThanOrEqual(b.p05[t]!);
          expect(b.nominal[t]).toBeLessThanOrEqual(b.p95[t]!);
        }
      }
      // Percent changes start at 0 in every draw.
      expect(r.arms[0]!.outputs.totalHipPct!.p95[0]).toBe(0);
    }
    for (const name of outputs) for (let t = 1; t <= last; t++) expect(width(wide, name, t)).toBeGreaterThan(width(narrow, name, t));
    expect(width(narrow, 'totalHipPct')).toBeGreaterThan(0);
    // The nominal run is the model at its own values, whatever the prior.
    expect(wide.arms[0]!.outputs.totalHipPct!.nominal).toEqual(narrow.arms[0]!.outputs.totalHipPct!.nominal);
  }, 120_000);

  it('draws the same sets for a seed and other sets for another, inside the prior ranges', () => {
    const model = getModel('osteosim');
    const ranges = parameterSpace(model.compiled.composed, ['K_D', 'k_e0'], {}, { factor: 2 });
    const a = drawFromPrior(ranges, 50, 1);
    expect(drawFromPrior(ranges, 50, 1)).toEqual(a);
    expect(drawFromPrior(ranges, 50, 2)).not.toEqual(a);
    for (const set of a) ranges.forEach((r, i) => expect(set[i]! >= r.lo && set[i]! <= r.hi).toBe(true));
  });

  it('names bad input: too few draws, an unknown parameter', async () => {
    const fail = async (p: Parameters<typeof uncertainty>[0], draws: number) => {
      const e = await uncertainty(p, { draws, workers: 0 }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).field;
    };
    expect(await fail({ arms, outputs, source: { kind: 'prior', parameters: ['K_D'] } }, 1)).toBe('draws');
    expect(await fail({ arms, outputs, source: { kind: 'prior', parameters: ['K_d'] } }, 4)).toBe('parameters[0]');
    expect(await fail({ arms, outputs, source: { kind: 'fit', fit: { parameters: [{ name: 'nope', estimate: 1 }], covariance: [[1]] } } }, 4)).toBe('from.parameters[0].name');
  });
});

describe('uncertainty from a fit', () => {
  it('draws normal sets with the fit covariance in its coordinates (log scale: log-normal)', () => {
    const fit = {
      parameters: [
        { name: 'a', estimate: 2, scale: 'log' as const },
        { name: 'b', estimate: -1, scale: 'linear' as const },
      ],
      covariance: [
        [0.04, 0.03],
        [0.03, 0.09],
      ],
    };
    const { sets, nominal } = drawFromFit(fit, 20_000, 3);
    expect(Array.from(nominal)).toEqual([2, -1]);
    const z = sets.map((s) => [Math.log(s[0]!), s[1]!] as const);
    const mean = [0, 1].map((k) => z.reduce((s, v) => s + v[k]!, 0) / z.length);
    expect(mean[0]).toBeCloseTo(Math.log(2), 2);
    expect(mean[1]).toBeCloseTo(-1, 2);
    const cov = (i: number, j: number) => z.reduce((s, v) => s + (v[i]! - mean[i]!) * (v[j]! - mean[j]!), 0) / (z.length - 1);
    expect(cov(0, 0)).toBeCloseTo(0.04, 2);
    expect(cov(1, 1)).toBeCloseTo(0.09, 2);
    expect(cov(0, 1) / Math.sqrt(cov(0, 0) * cov(1, 1))).toBeCloseTo(0.5, 1);
    // Cut to the fit's bounds.
    const bounded = drawFromFit({ ...fit, parameters: [{ ...fit.parameters[0]!, lower: 1.9, upper: 2.1 }, fit.parameters[1]!] }, 200, 3);
    for (const s of bounded.sets) expect(s[0]! >= 1.9 && s[0]! <= 2.1).toBe(true);
    expect(() => drawFromFit({ ...fit, covariance: [[1, 2], [2, 1]] }, 10, 1)).toThrow(/not positive definite/);
  });

  it('brackets the run at the estimates', async () => {
    const model = getModel('osteosim');
    const prepared = model.prepare(scenario);
    const v = (n: string) => prepared.parameters[model.compiled.parameterIndex(n)]!;
    const fit = { parameters: [{ name: 'K_D', estimate: v('K_D') * 1.2, scale: 'log' as const }], covariance: [[0.05]] };
    const r = await uncertainty({ arms, outputs: ['totalHipPct'], source: { kind: 'fit', fit } }, { draws: 16, seed: 2, workers: 0 });
    const b = r.arms[0]!.outputs.totalHipPct!;
    expect(r.source).toBe('fit');
    expect(b.nominal[last]).toBeGreaterThan(b.p05[last]!);
    expect(b.nominal[last]).toBeLessThan(b.p95[last]!);
  }, 60_000);

  it('has the building blocks right: quantiles, Cholesky', () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2, 12);
    expect(quantileSorted([], 0.5)).toBeNaN();
    const L = cholesky([[4, 2], [2, 3]])!;
    expect(L[0]).toEqual([2, 0]);
    expect(L[1]![0]).toBe(1);
    expect(L[1]![1]).toBeCloseTo(Math.SQRT2, 12);
  });
});
