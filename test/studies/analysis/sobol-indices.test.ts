import { describe, expect, it } from 'vitest';
import { saltelliDesign, sobolIndices } from '../../../src/studies/analysis/sobol-indices.js';
import { DEFAULT_SAMPLES } from '../../../src/studies/analysis/sensitivity.js';

/** Ishigami & Homma 1990 on [−π, π]³, a = 7, b = 0.1. */
const ishigami = (u: Float64Array): number => {
  const [x1, x2, x3] = Array.from(u, (v) => -Math.PI + 2 * Math.PI * v) as [number, number, number];
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
};

/** Analytic indices (Sobol' & Levitan 1999): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = b²π⁸(1/18 − 1/50). */
function ishigamiExact(a = 7, b = 0.1): { S1: number[]; ST: number[] } {
  const pi4 = Math.PI ** 4;
  const v = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi4 * pi4) / 18 + 0.5;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const v2 = (a * a) / 8;
  const v13 = b * b * pi4 * pi4 * (1 / 18 - 1 / 50);
  return { S1: [v1 / v, v2 / v, 0], ST: [(v1 + v13) / v, v2 / v, v13 / v] };
}

describe("Sobol' indices (Saltelli design, Jansen estimators)", () => {
  const exact = ishigamiExact();

  it('has the analytic Ishigami indices the issue quotes', () => {
    expect(exact.S1.map((s) => Number(s.toFixed(3)))).toEqual([0.314, 0.442, 0]);
    expect(exact.ST.map((s) => Number(s.toFixed(3)))).toEqual([0.558, 0.442, 0.244]);
  });

  it('recovers the Ishigami indices at the default N, each inside its bootstrap interval', () => {
    const n = DEFAULT_SAMPLES.sobol;
    const design = saltelliDesign(3, n, 1);
    expect(design.points).toHaveLength(n * 5);
    const { indices, rows } = sobolIndices(design, Float64Array.from(design.points, ishigami), { seed: 1 });
    expect(rows).toBe(n);
    indices.forEach((s, i) => {
      expect(Math.abs(s.S1 - exact.S1[i]!)).toBeLessThan(0.04);
      expect(Math.abs(s.ST - exact.ST[i]!)).toBeLessThan(0.03);
      expect(s.S1ci[0]).toBeLessThanOrEqual(exact.S1[i]!);
      expect(s.S1ci[1]).toBeGreaterThanOrEqual(exact.S1[i]!);
      expect(s.STci[0]).toBeLessThanOrEqual(exact.ST[i]!);
      expect(s.STci[1]).toBeGreaterThanOrEqual(exact.ST[i]!);
    });
  });

  it('converges: errors at N = 4096 are below those at N = 256', () => {
    const error = (n: number): number => {
      const design = saltelliDesign(3, n, 7);
      const { indices } = sobolIndices(design, Float64Array.from(design.points, ishigami), { bootstrap: 10 });
      return indices.reduce((m, s, i) => Math.max(m, Math.abs(s.S1 - exact.S1[i]!), Math.abs(s.ST - exact.ST[i]!)), 0);
    };
    expect(error(4096)).toBeLessThan(0.01);
    expect(error(4096)).toBeLessThan(error(256));
  });

  it('gives a linear model its analytic indices (S1 = ST = b_i² w_i² / Σ b_j² w_j²)', () => {
    const b = [1, -2, 0.5, 0];
    const width = [1, 1, 2, 3];
    const f = (u: Float64Array): number => b.reduce((s, bi, i) => s + bi * width[i]! * u[i]!, 3);
    const total = b.reduce((s, bi, i) => s + (bi * width[i]!) ** 2, 0);
    const design = saltelliDesign(4, 512, 3);
    const { indices } = sobolIndices(design, Float64Array.from(design.points, f), { seed: 3 });
    indices.forEach((s, i) => {
      const analytic = (b[i]! * width[i]!) ** 2 / total;
      expect(Math.abs(s.S1 - analytic)).toBeLessThan(0.02);
      expect(Math.abs(s.ST - analytic)).toBeLessThan(0.02);
      expect(s.STci[0]).toBeLessThanOrEqual(analytic + 1e-12);
      expect(s.STci[1]).toBeGreaterThanOrEqual(analytic - 1e-12);
    });
    // A parameter the model ignores has no total effect at all: f(A) = f(A_B) row by row.
    expect(indices[3]!.ST).toBe(0);
  });

  it('leaves out rows with a failed evaluation and counts the rest', () => {
    const design = saltelliDesign(3, 64, 2);
    const y = Float64Array.from(design.points, ishigami);
    y[5] = NaN;
    y[64 * 3 + 9] = NaN;
    expect(sobolIndices(design, y, { bootstrap: 20 }).rows).toBe(62);
  });

  it('is deterministic for a seed and varies with it', () => {
    const run = (seed: number) => {
      const design = saltelliDesign(3, 128, seed);
      return sobolIndices(design, Float64Array.from(design.points, ishigami), { seed, bootstrap: 50 }).indices;
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)[0]!.S1).not.toBe(run(6)[0]!.S1);
  });
});
