import { describe, expect, it } from 'vitest';
import { morrisDesign, morrisIndices } from '../../../src/studies/analysis/morris.js';

const ishigami = (u: ArrayLike<number>): number => {
  const x1 = -Math.PI + 2 * Math.PI * u[0]!;
  const x2 = -Math.PI + 2 * Math.PI * u[1]!;
  const x3 = -Math.PI + 2 * Math.PI * u[2]!;
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
};

/**
 * The exact μ* and σ of the Morris design on a function: every coordinate of a trajectory point is uniform on the p
 * levels and independent of the others, and the moved coordinate starts uniform on the lower p/2 levels (upward
 * moves; downward ones are their mirror), so E|EE_i| and Var EE_i are averages over the finite grid.
 */
function gridMoments(f: (u: number[]) => number, k: number, levels: number): { muStar: number[]; sigma: number[] } {
  const delta = levels / (2 * (levels - 1));
  const grid = Array.from({ length: levels }, (_, l) => l / (levels - 1));
  const muStar: number[] = [];
  const sigma: number[] = [];
  for (let i = 0; i < k; i++) {
    const effects: number[] = [];
    const visit = (u: number[], j: number): void => {
      if (j === k) {
        const up = u.slice();
        up[i] = up[i]! + delta;
        effects.push((f(up) - f(u)) / delta);
        return;
      }
      for (const g of j === i ? grid.slice(0, levels / 2) : grid) visit([...u.slice(0, j), g], j + 1);
    };
    visit([], 0);
    const mean = effects.reduce((a, b) => a + b, 0) / effects.length;
    muStar.push(effects.reduce((a, b) => a + Math.abs(b), 0) / effects.length);
    sigma.push(Math.sqrt(effects.reduce((a, b) => a + (b - mean) ** 2, 0) / effects.length));
  }
  return { muStar, sigma };
}

describe('Morris elementary effects', () => {
  it('builds trajectories on the grid, inside the cube, moving one coordinate by ±Δ per step', () => {
    const d = morrisDesign(5, 30, 11);
    expect(d.delta).toBeCloseTo(2 / 3, 15);
    expect(d.points).toHaveLength(30 * 6);
    for (const p of d.points) {
      for (const v of p) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
        expect(Math.abs(v * 3 - Math.round(v * 3))).toBeLessThan(1e-12);
      }
    }
    d.moves.forEach((steps, t) => {
      expect(steps.map((s) => s.parameter).sort()).toEqual([0, 1, 2, 3, 4]);
      steps.forEach((s, j) => {
        const a = d.points[t * 6 + j]!;
        const b = d.points[t * 6 + j + 1]!;
        for (let c = 0; c < 5; c++) expect(b[c]! - a[c]!).toBeCloseTo(c === s.parameter ? s.sign * d.delta : 0, 12);
      });
    });
  });

  it('gives a linear model exact effects: μ* = |b_i| (σ = 0)', () => {
    const b = [3, -1, 0.25, 0];
    const d = morrisDesign(4, 10, 2);
    const m = morrisIndices(d, d.points.map((u) => b.reduce((s, bi, i) => s + bi * u[i]!, 1)));
    m.forEach((x, i) => {
      expect(x.mu_star).toBeCloseTo(Math.abs(b[i]!), 12);
      expect(x.mu).toBeCloseTo(b[i]!, 12);
      expect(x.sigma).toBeCloseTo(0, 12);
    });
  });

  it("estimates the Ishigami function's exact grid μ* and σ within their sampling error", () => {
    const exact = gridMoments(ishigami, 3, 4);
    // x2's effect is ±7.875 on the grid whatever the other coordinates: sin²(±π) = 0, sin²(±π/3) = 3/4, Δx = 4π/3.
    expect(exact.muStar[1]).toBeCloseTo(7.875, 12);
    const r = 400;
    const d = morrisDesign(3, r, 5);
    const m = morrisIndices(d, d.points.map(ishigami));
    m.forEach((x, i) => {
      expect(x.effects).toBe(r);
      expect(Math.abs(x.mu_star - exact.muStar[i]!)).toBeLessThan((4 * exact.sigma[i]!) / Math.sqrt(r) + 1e-9);
      expect(Math.abs(x.sigma - exact.sigma[i]!) / exact.sigma[i]!).toBeLessThan(0.15);
    });
    // x3 has the smallest μ*, as it has the smallest total index (ST = 0.558, 0.442, 0.244), and acts only through
    // its interaction with x1: its effects change sign with sin x1, so their mean μ is near 0.
    expect(m[2]!.mu_star).toBeLessThan(m[0]!.mu_star);
    expect(Math.abs(m[2]!.mu)).toBeLessThan(m[2]!.mu_star / 2);
  });

  it('drops effects whose runs failed and is deterministic for a seed', () => {
    const d = morrisDesign(3, 20, 9);
    const y = d.points.map(ishigami);
    expect(morrisIndices(d, y)).toEqual(morrisIndices(morrisDesign(3, 20, 9), y));
    y[1] = NaN; // trajectory 0: the step into point 1 and the step out of it
    const m = morrisIndices(d, y);
    expect(m.reduce((s, x) => s + x.effects, 0)).toBe(60 - 2);
  });
});
