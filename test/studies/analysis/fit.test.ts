import { describe, expect, it } from 'vitest';
import { getModel, simulateScenario, type Scenario } from '../../../src/model/index.js';
import { leastSquares, leastSquaresBatched } from '../../../src/studies/calibration/least-squares.js';
import { chiSquare1Quantile, fit, fitJson, normalQuantile } from '../../../src/studies/analysis/fit.js';
import type { Measurement } from '../../../src/studies/analysis/measurements.js';
import { outputSeries, resolveOutput } from '../../../src/studies/analysis/outputs.js';
import { randomStream } from '../../../src/studies/trials/rng.js';

/** A year of denosumab 60 mg every 6 months, CTX and hip BMD read at six visits. */
const scenario: Scenario = {
  patient: { species: 'woman', ageYears: 67, menopauseAgeYears: 51 },
  regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 2 }],
  days: [0, 14, 30, 91, 182, 273, 365],
};
const model = getModel('osteosim');
const prepared = model.prepare(scenario);
const valueOf = (n: string): number => prepared.parameters[model.compiled.parameterIndex(n)]!;
/** The truth: both denosumab parameters moved from the model's values, so the fit has somewhere to go. */
const truth: Record<string, number> = { K_D: valueOf('K_D') * 1.3, k_e0: valueOf('k_e0') * 0.8 };
const SD: Record<string, number> = { ctxPct: 5, totalHipPct: 0.3 };
const clean = simulateScenario(model, { ...scenario, parameters: truth });

/** Data made by the model itself at the truth, with normal noise of the sd column (none for seed 0). */
function synthetic(seed: number): Measurement[] {
  const rng = randomStream(seed, 'fit-test', 0);
  return Object.keys(SD).flatMap((output) => {
    const s = outputSeries(clean, resolveOutput(model, output));
    return scenario.days.slice(1).map((day, k) => ({ arm: 'dmab', day, output, value: s[k + 1]! + (seed === 0 ? 0 : SD[output]! * rng.normal()), sd: SD[output]! }));
  });
}
const problem = (data: Measurement[]) => ({ arms: [{ name: 'dmab', scenario }], data, parameters: ['K_D', 'k_e0'] });

describe('fit on synthetic data made by osteosim', () => {
  it('recovers both parameters from noise-free data to 1e-4 relative, with finite standard errors and intervals around them', async () => {
    const r = await fit(problem(synthetic(0)), { workers: 0 });
    expect(r.converged).toBe(true);
    expect(r.objective).toBeLessThan(1e-8);
    for (const p of r.parameters) {
      expect(Math.abs(p.estimate / truth[p.name]! - 1)).toBeLessThan(1e-4);
      expect(p.initial).toBe(valueOf(p.name));
      expect(p.se).toBeGreaterThan(0);
      expect(p.ciMethod).toBe('profile');
      expect(p.ci[0]).toBeLessThan(p.estimate);
      expect(p.ci[1]).toBeGreaterThan(p.estimate);
      // On log scale the profile interval is about estimate ×/÷ exp(1.96 se / estimate).
      const half = Math.log(p.ci[1] / p.ci[0]) / 2;
      expect(half / (1.96 * (p.se / p.estimate))).toBeGreaterThan(0.7);
      expect(half / (1.96 * (p.se / p.estimate))).toBeLessThan(1.4);
    }
    const json = fitJson(r);
    expect(Object.keys(json).slice(0, 3)).toEqual(['converged', 'objective', 'parameters']);
    expect(Object.keys((json.parameters as object[])[0]!).slice(0, 5)).toEqual(['name', 'initial', 'estimate', 'se', 'ci']);
    expect(r.residuals).toHaveLength(12);
  }, 120_000);

  it('covers the truth with its 95 % profile intervals on at least 8 of 10 noisy data sets', async () => {
    let covered = 0;
    const misses: string[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const r = await fit(problem(synthetic(seed)), { workers: 0 });
      expect(r.converged).toBe(true);
      const inside = r.parameters.every((p) => p.ci[0] <= truth[p.name]! && truth[p.name]! <= p.ci[1]);
      if (inside) covered++;
      else misses.push(`seed ${seed}: ${r.parameters.map((p) => `${p.name} ${p.ci[0].toPrecision(4)}…${p.ci[1].toPrecision(4)} (truth ${truth[p.name]!.toPrecision(4)})`).join(', ')}`);
    }
    // Both intervals at once: the joint coverage of two 95 % intervals is at least 90 % in theory.
    expect(covered, misses.join('\n')).toBeGreaterThanOrEqual(8);
  }, 300_000);

  it('estimates the noise when the data give no sd, and gives Wald intervals on request', async () => {
    const r = await fit(problem(synthetic(3).map(({ sd: _sd, ...m }) => m)), { workers: 0, profile: false });
    expect(r.noise).toBe('estimated');
    expect(r.sigma2).toBeCloseTo(r.objective / (12 - 2), 12);
    for (const p of r.parameters) {
      expect(p.ciMethod).toBe('wald');
      const z = Math.log(p.ci[1] / p.estimate) / (p.se / p.estimate);
      expect(z).toBeCloseTo(normalQuantile(0.975), 6);
    }
  }, 120_000);
});

describe('fit building blocks', () => {
  it('gives the normal and chi-square quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.644854, 5);
    expect(chiSquare1Quantile(0.95)).toBeCloseTo(3.841459, 4);
    expect(chiSquare1Quantile(0.68)).toBeCloseTo(0.98895, 3);
  });

  it('runs the same Levenberg–Marquardt iterations whether residuals come one by one or in batches', async () => {
    const t = [0, 1, 2, 3, 4, 5];
    const y = t.map((x) => 3 * Math.exp(-0.4 * x) + 0.01 * Math.sin(7 * x));
    const residuals = (v: Readonly<Record<string, number>>) => Float64Array.from(t, (x, i) => v.a! * Math.exp(-v.k! * x) - y[i]!);
    const params = [
      { name: 'a', initial: 1, lower: 0.1, upper: 10, scale: 'log' as const },
      { name: 'k', initial: 1, lower: 0.01, upper: 5, scale: 'log' as const },
    ];
    const one = leastSquares(params, residuals);
    const batches: number[] = [];
    const many = await leastSquaresBatched(params, async (sets) => {
      batches.push(sets.length);
      return sets.map(residuals);
    });
    expect(many.values).toEqual(one.values);
    expect(many.evaluations).toBe(one.evaluations);
    expect(many.jacobian).toEqual(one.jacobian);
    // The Jacobian's two probes travel together.
    expect(batches).toContain(2);
    expect(one.values.a).toBeCloseTo(3, 1);
  });
});
