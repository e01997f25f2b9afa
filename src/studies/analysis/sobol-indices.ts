import { randomStream } from '../trials/rng.js';
import { sobolPoints } from './sobol-sequence.js';

/**
 * Variance-based sensitivity indices (Sobol' 1993) by Saltelli's sampling scheme with Jansen's estimators
 *
 * (A. Saltelli et al., "Variance based sensitivity analysis of model output. Design and estimator for the total
 * sensitivity index", Comput. Phys. Commun. 181:259-270, 2010; M. J. W. Jansen, Comput. Phys. Commun. 117:35-43, 1999).
 *
 * Design: N points of a 2k-dimensional Sobol' sequence with a seeded digital shift; matrix A takes the first k
 * coordinates of each point, B the last k, and A_B^(i) is A with column i taken from B. The model runs N (k + 2)
 * times: on A, on B, and on each A_B^(i).
 *
 * Estimators (Jansen 1999, as Saltelli 2010 Table 2 lists them), with V the variance of f over A and B together:
 *   first order  S_i  = 1 − (1 / 2N) Σ_j (f(B)_j − f(A_B^(i))_j)² / V
 *   total        ST_i = (1 / 2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V
 * f(B) and f(A_B^(i)) share only x_i, so their mean squared difference is 2(V − V_i); f(A) and f(A_B^(i)) differ only
 * in x_i, so theirs is 2 E[Var(Y | X_~i)].
 *
 * Intervals: percentile bootstrap over the N rows (A_j, B_j, A_B^(i)_j resampled together), `bootstrap` resamples.
 */

export interface SaltelliDesign {
  readonly method: 'sobol';
  /** Parameters. */
  readonly k: number;
  /** Base samples (rows of A and B). */
  readonly n: number;
  /** Unit-cube points in evaluation order: A (n rows), B (n rows), then A_B^(1) … A_B^(k) (n rows each). */
  readonly points: readonly Float64Array[];
}

/** Saltelli's design on the Sobol' sequence, digitally shifted by a stream of `seed`. */
export function saltelliDesign(k: number, n: number, seed: number): SaltelliDesign {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k: must be a whole number >= 1, got ${String(k)}`);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n: must be a whole number >= 2, got ${String(n)}`);
  const rng = randomStream(seed, 'sobol-shift', 0);
  const shift = Uint32Array.from({ length: 2 * k }, () => Math.floor(rng.uniform() * 2 ** 32) >>> 0);
  const base = sobolPoints(n, 2 * k, { shift });
  const a = base.map((p) => p.slice(0, k));
  const b = base.map((p) => p.slice(k, 2 * k));
  const points: Float64Array[] = [...a, ...b];
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < n; j++) {
      const row = a[j]!.slice();
      row[i] = b[j]![i]!;
      points.push(row);
    }
  }
  return { method: 'sobol', k, n, points };
}

export interface SobolIndex {
  readonly S1: number;
  readonly ST: number;
  /** Bootstrap interval of S1 at `level`. */
  readonly S1ci: readonly [number, number];
  readonly STci: readonly [number, number];
}

export interface IndexOptions {
  /** Bootstrap resamples (default 500). */
  readonly bootstrap?: number;
  /** Coverage of the intervals (default 0.95). */
  readonly level?: number;
  /** Seed of the resampling stream. */
  readonly seed?: number;
}

export const DEFAULT_BOOTSTRAP = 500;

/**
 * First-order and total indices of each parameter from the model values `y` at the design's points (in the design's
 * order). Rows with a non-finite value anywhere (a failed simulation) are left out; `rows` says how many were used.
 */
export function sobolIndices(design: SaltelliDesign, y: ArrayLike<number>, options: IndexOptions = {}): { indices: SobolIndex[]; rows: number } {
  const { k, n } = design;
  if (y.length !== n * (k + 2)) throw new RangeError(`y: needs ${n * (k + 2)} values, got ${y.length}`);
  const at = (block: number, j: number): number => y[block * n + j]!;
  const rows: number[] = [];
  for (let j = 0; j < n; j++) {
    let ok = true;
    for (let block = 0; block < k + 2 && ok; block++) ok = Number.isFinite(at(block, j));
    if (ok) rows.push(j);
  }
  if (rows.length < 2) throw new RangeError(`only ${rows.length} of ${n} sample rows have finite values: no indices`);
  const estimate = (pick: readonly number[]): { S1: number[]; ST: number[] } => {
    const m = pick.length;
    let sum = 0;
    for (const j of pick) sum += at(0, j) + at(1, j);
    const mean = sum / (2 * m);
    let ss = 0;
    for (const j of pick) ss += (at(0, j) - mean) ** 2 + (at(1, j) - mean) ** 2;
    const v = ss / (2 * m - 1);
    const S1: number[] = [];
    const ST: number[] = [];
    for (let i = 0; i < k; i++) {
      let first = 0;
      let total = 0;
      for (const j of pick) {
        const abi = at(2 + i, j);
        first += (at(1, j) - abi) ** 2;
        total += (at(0, j) - abi) ** 2;
      }
      // A constant output has no variance to apportion: every index is 0.
      S1.push(v > 0 ? 1 - first / (2 * m * v) : 0);
      ST.push(v > 0 ? total / (2 * m * v) : 0);
    }
    return { S1, ST };
  };
  const point = estimate(rows);
  const resamples = options.bootstrap ?? DEFAULT_BOOTSTRAP;
  const level = options.level ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap: must be a whole number >= 1, got ${String(resamples)}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level: must be in (0, 1), got ${String(level)}`);
  const rng = randomStream(options.seed ?? 0, 'sobol-bootstrap', 0);
  const s1 = Array.from({ length: k }, () => new Float64Array(resamples));
  const st = Array.from({ length: k }, () => new Float64Array(resamples));
  const pick = new Array<number>(rows.length);
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < rows.length; j++) pick[j] = rows[Math.floor(rng.uniform() * rows.length)]!;
    const e = estimate(pick);
    for (let i = 0; i < k; i++) {
      s1[i]![b] = e.S1[i]!;
      st[i]![b] = e.ST[i]!;
    }
  }
  const indices = Array.from({ length: k }, (_, i) => ({
    S1: point.S1[i]!,
    ST: point.ST[i]!,
    S1ci: percentileInterval(s1[i]!, level),
    STci: percentileInterval(st[i]!, level),
  }));
  return { indices, rows: rows.length };
}

/** The central `level` interval of a sample (linear interpolation between order statistics). */
export function percentileInterval(sample: Float64Array, level: number): [number, number] {
  const sorted = Float64Array.from(sample).sort();
  const q = (p: number): number => {
    const x = p * (sorted.length - 1);
    const lo = Math.floor(x);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo]! + (x - lo) * (sorted[hi]! - sorted[lo]!);
  };
  return [q((1 - level) / 2), q((1 + level) / 2)];
}
