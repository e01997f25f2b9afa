/**
 * Dense LU factorisation with partial pivoting, in place on a row-major n x n Float64Array.
 * Returns false when the matrix is singular to working precision (a zero pivot).
 */
export function luFactor(a: Float64Array, n: number, pivots: Int32Array): boolean {
  for (let k = 0; k < n; k++) {
    let p = k;
    let max = Math.abs(a[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]!);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    pivots[k] = p;
    if (max === 0 || !Number.isFinite(max)) return false;
    if (p !== k) {
      const rk = k * n;
      const rp = p * n;
      for (let j = 0; j < n; j++) {
        const tmp = a[rk + j]!;
        a[rk + j] = a[rp + j]!;
        a[rp + j] = tmp;
      }
    }
    const rowK = k * n;
    const inv = 1 / a[rowK + k]!;
    for (let i = k + 1; i < n; i++) {
      const rowI = i * n;
      const f = a[rowI + k]! * inv;
      a[rowI + k] = f;
      if (f !== 0) {
        for (let j = k + 1; j < n; j++) a[rowI + j]! -= f * a[rowK + j]!;
      }
    }
  }
  return true;
}

/** Solves A x = b in place (b becomes x) with the factors from luFactor. */
export function luSolve(lu: Float64Array, n: number, pivots: Int32Array, b: Float64Array): void {
  for (let k = 0; k < n; k++) {
    const p = pivots[k]!;
    if (p !== k) {
      const tmp = b[k]!;
      b[k] = b[p]!;
      b[p] = tmp;
    }
  }
  for (let i = 1; i < n; i++) {
    const row = i * n;
    let s = b[i]!;
    for (let j = 0; j < i; j++) s -= lu[row + j]! * b[j]!;
    b[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    const row = i * n;
    let s = b[i]!;
    for (let j = i + 1; j < n; j++) s -= lu[row + j]! * b[j]!;
    b[i] = s / lu[row + i]!;
  }
}
