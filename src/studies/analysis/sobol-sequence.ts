import { JOE_KUO_DIMENSIONS, JOE_KUO_TABLE } from './joe-kuo.js';

/**
 * Sobol' low-discrepancy points in [0, 1)^d on Joe and Kuo's direction numbers (joe-kuo.ts), 32 bits per
 * coordinate, in Gray-code order (Antonov and Saleev 1979): point n differs from point n − 1 in one direction number
 * per dimension, the one at the lowest zero bit of n − 1. Point 0 is the origin, as in the published sequence.
 *
 * Construction (Bratley and Fox 1988; Joe and Kuo 2008, §2): a dimension with primitive polynomial of degree s and
 * interior coefficients a_1 … a_{s−1} (bits of `a`, a_1 highest) has direction numbers v_k = m_k / 2^k for k ≤ s and
 * v_k = v_{k−s} ⊕ (v_{k−s} / 2^s) ⊕ a_1 v_{k−1} ⊕ … ⊕ a_{s−1} v_{k−s+1} beyond; here v_k is held as the integer
 * V_k = v_k · 2^32.
 */

const BITS = 32;

/** Most dimensions this generator has direction numbers for. */
export const SOBOL_MAX_DIMENSION = JOE_KUO_DIMENSIONS;

let directionCache: Uint32Array[] | undefined;

/** Direction integers V_1 … V_32 of every dimension (index 0 = dimension 1), parsed from the table once. */
function directions(): Uint32Array[] {
  if (directionCache) return directionCache;
  const dims: Uint32Array[] = [];
  const first = new Uint32Array(BITS);
  for (let k = 1; k <= BITS; k++) first[k - 1] = (1 << (BITS - k)) >>> 0;
  dims.push(first);
  for (const line of JOE_KUO_TABLE.trim().split('\n')) {
    const [, s, a, ...m] = line.trim().split(/\s+/).map(Number) as [number, number, number, ...number[]];
    const v = new Uint32Array(BITS);
    for (let k = 1; k <= Math.min(s, BITS); k++) v[k - 1] = (m[k - 1]! << (BITS - k)) >>> 0;
    for (let k = s + 1; k <= BITS; k++) {
      let x = v[k - s - 1]! ^ (v[k - s - 1]! >>> s);
      for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x ^= v[k - j - 1]!;
      v[k - 1] = x >>> 0;
    }
    dims.push(v);
  }
  directionCache = dims;
  return dims;
}

export interface SobolOptions {
  /** Points to skip from the start of the sequence (default 0: the origin is point 0). */
  readonly skip?: number;
  /**
   * A digital shift per dimension (32-bit integers XORed into every point; Owen 1995's randomisation by shift). It
   * keeps the points' net structure and makes the estimates of a randomised QMC design vary with the seed.
   */
  readonly shift?: Uint32Array;
}

/** `n` points of the `dimension`-dimensional Sobol' sequence, each a Float64Array of coordinates in [0, 1). */
export function sobolPoints(n: number, dimension: number, options: SobolOptions = {}): Float64Array[] {
  if (!Number.isInteger(dimension) || dimension < 1 || dimension > SOBOL_MAX_DIMENSION) {
    throw new RangeError(`dimension: must be a whole number from 1 to ${SOBOL_MAX_DIMENSION}, got ${String(dimension)}`);
  }
  const skip = options.skip ?? 0;
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(skip) || skip < 0 || n + skip > 2 ** BITS) {
    throw new RangeError(`n, skip: whole numbers >= 0 with n + skip <= 2^32, got ${String(n)}, ${String(skip)}`);
  }
  if (options.shift && options.shift.length < dimension) throw new RangeError(`shift: needs ${dimension} entries, got ${options.shift.length}`);
  const v = directions();
  const x = new Uint32Array(dimension);
  const points: Float64Array[] = [];
  const scale = 2 ** -BITS;
  for (let i = 0; i < skip + n; i++) {
    if (i > 0) {
      // Lowest zero bit of i − 1 (1-based): the direction number that changes between points i − 1 and i.
      let c = 0;
      let rest = i - 1;
      while (rest % 2 === 1) {
        rest = Math.floor(rest / 2);
        c++;
      }
      for (let d = 0; d < dimension; d++) x[d] = (x[d]! ^ v[d]![c]!) >>> 0;
    }
    if (i < skip) continue;
    const point = new Float64Array(dimension);
    for (let d = 0; d < dimension; d++) point[d] = ((options.shift ? (x[d]! ^ options.shift[d]!) >>> 0 : x[d]!) * scale);
    points.push(point);
  }
  return points;
}
