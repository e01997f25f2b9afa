import { randomStream } from '../trials/rng.js';

/**
 * Elementary effects (M. D. Morris, "Factorial sampling plans for preliminary computational experiments",
 * Technometrics 33:161-174, 1991) with μ* (F. Campolongo, J. Cariboni, A. Saltelli, "An effective screening design
 * for sensitivity analysis of large models", Environ. Model. Softw. 22:1509-1518, 2007).
 *
 * Design: r trajectories on a grid of p levels {0, 1/(p−1), …, 1} of the unit cube, step Δ = p / (2(p − 1)). A
 * trajectory starts at a random base point with every coordinate in {0, …, 1 − Δ}; coordinates whose random
 * direction is down start Δ higher. It then moves each coordinate once, in a random order, by ±Δ: k + 1 points,
 * every one on the grid and inside the cube. With p even, every coordinate of every point is uniform over the p
 * levels.
 *
 * Effects: EE_i = (f(x + Δ e_i) − f(x)) / Δ in unit-cube units (the output's change over the whole range of
 * parameter i, per unit Δ); μ* = mean |EE_i|, σ = standard deviation of EE_i (n − 1), μ = mean EE_i.
 */

export interface MorrisDesign {
  readonly method: 'morris';
  readonly k: number;
  readonly trajectories: number;
  readonly levels: number;
  readonly delta: number;
  /** Unit-cube points in evaluation order: trajectory t's k + 1 points at t (k + 1) … t (k + 1) + k. */
  readonly points: readonly Float64Array[];
  /** For trajectory t and step s (0 … k − 1): the coordinate moved and its sign (+1 up, −1 down). */
  readonly moves: readonly (readonly { readonly parameter: number; readonly sign: 1 | -1 }[])[];
}

export const DEFAULT_MORRIS_LEVELS = 4;

export function morrisDesign(k: number, trajectories: number, seed: number, levels = DEFAULT_MORRIS_LEVELS): MorrisDesign {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k: must be a whole number >= 1, got ${String(k)}`);
  if (!Number.isInteger(trajectories) || trajectories < 2) throw new RangeError(`trajectories: must be a whole number >= 2, got ${String(trajectories)}`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`levels: must be an even whole number >= 2, got ${String(levels)}`);
  const delta = levels / (2 * (levels - 1));
  const baseLevels = levels / 2;
  const points: Float64Array[] = [];
  const moves: { parameter: number; sign: 1 | -1 }[][] = [];
  for (let t = 0; t < trajectories; t++) {
    const rng = randomStream(seed, 'morris', t);
    const x = new Float64Array(k);
    const sign: (1 | -1)[] = [];
    for (let i = 0; i < k; i++) {
      const base = Math.floor(rng.uniform() * baseLevels) / (levels - 1);
      sign.push(rng.uniform() < 0.5 ? 1 : -1);
      x[i] = sign[i] === 1 ? base : base + delta;
    }
    // Fisher–Yates order of the coordinates.
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(rng.uniform() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    points.push(x.slice());
    const steps: { parameter: number; sign: 1 | -1 }[] = [];
    for (const i of order) {
      x[i] = x[i]! + sign[i]! * delta;
      points.push(x.slice());
      steps.push({ parameter: i, sign: sign[i]! });
    }
    moves.push(steps);
  }
  return { method: 'morris', k, trajectories, levels, delta, points, moves };
}

export interface MorrisIndex {
  readonly mu: number;
  readonly mu_star: number;
  readonly sigma: number;
  /** Elementary effects used (those with both points finite). */
  readonly effects: number;
}

/** μ, μ*, σ of each parameter from the model values `y` at the design's points (in the design's order). */
export function morrisIndices(design: MorrisDesign, y: ArrayLike<number>): MorrisIndex[] {
  const { k, trajectories, delta } = design;
  if (y.length !== trajectories * (k + 1)) throw new RangeError(`y: needs ${trajectories * (k + 1)} values, got ${y.length}`);
  const effects = Array.from({ length: k }, () => [] as number[]);
  design.moves.forEach((steps, t) => {
    steps.forEach(({ parameter, sign }, s) => {
      const before = y[t * (k + 1) + s]!;
      const after = y[t * (k + 1) + s + 1]!;
      if (Number.isFinite(before) && Number.isFinite(after)) effects[parameter]!.push((after - before) / (sign * delta));
    });
  });
  return effects.map((ee) => {
    const n = ee.length;
    if (n === 0) return { mu: NaN, mu_star: NaN, sigma: NaN, effects: 0 };
    const mu = ee.reduce((a, b) => a + b, 0) / n;
    const muStar = ee.reduce((a, b) => a + Math.abs(b), 0) / n;
    const sigma = n > 1 ? Math.sqrt(ee.reduce((a, b) => a + (b - mu) ** 2, 0) / (n - 1)) : NaN;
    return { mu, mu_star: muStar, sigma, effects: n };
  });
}
