/**
 * Sparse LU for the stiff solver's iteration matrix W = d I - J (d = 1 / (h gamma)), over a Jacobian sparsity
 * pattern known when the model is compiled.
 *
 * The symbolic work is done once per pattern (`sparseLu` caches it): an order of diagonal pivots that keeps fill low
 * (the cheapest, by operation count, of greedy Markowitz on W's unsymmetric pattern, minimum degree on W + W^T, and the
 * natural order), the fill that order causes, and a fixed schedule of operations. Assembling and factoring W then
 * follows the schedule without pivoting, as straight-line generated code for small patterns (like the model's right-hand
 * side) and as a loop over the schedule for large ones; both do the same floating-point operations in the same order.
 *
 * Without pivoting the order cannot adapt to the numbers, so each pivot is tested as threshold partial pivoting would:
 * it must be finite, nonzero and, if its row has entries right of it (so its multipliers update other entries), at
 * least PIVOT_THRESHOLD times the largest entry below it in its column. A pivot row without such entries causes no
 * growth: a large multiplier there only reproduces a triangular row (a drug's decay, say) exactly. A pivot that fails
 * stops the factorisation, and the caller factors W densely with partial pivoting for that step.
 */

/** Structural nonzeros of an n x n matrix in compressed sparse rows. */
export interface SparsityPattern {
  readonly n: number;
  /** Row i holds entries rowPtr[i] .. rowPtr[i + 1] - 1 (length n + 1). */
  readonly rowPtr: Int32Array;
  /** Column of each entry, ascending within a row. */
  readonly colIdx: Int32Array;
}

/** Builds a pattern from (row, column) pairs; duplicates are merged. */
export function sparsityPattern(n: number, entries: Iterable<readonly [number, number]>): SparsityPattern {
  const rows: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const [i, j] of entries) {
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n)) {
      throw new RangeError(`sparsity pattern entry (${i}, ${j}) is outside a ${n} x ${n} matrix`);
    }
    rows[i]!.add(j);
  }
  const rowPtr = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowPtr[i + 1] = rowPtr[i]! + rows[i]!.size;
  const colIdx = new Int32Array(rowPtr[n]!);
  rows.forEach((r, i) => colIdx.set([...r].sort((a, b) => a - b), rowPtr[i]!));
  return { n, rowPtr, colIdx };
}

const densePatterns = new Map<number, SparsityPattern>();

/** Every entry of an n x n matrix (one object per n, so its sparse LU plan is made once). */
export function densePattern(n: number): SparsityPattern {
  const hit = densePatterns.get(n);
  if (hit) return hit;
  const entries: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) entries.push([i, j]);
  const pattern = sparsityPattern(n, entries);
  densePatterns.set(n, pattern);
  return pattern;
}

/** Copies the pattern's entries of a row-major dense matrix into `values` (pattern order). */
export function gatherPattern(pattern: SparsityPattern, dense: Float64Array, values: Float64Array): void {
  const { n, rowPtr, colIdx } = pattern;
  for (let i = 0; i < n; i++) {
    for (let e = rowPtr[i]!; e < rowPtr[i + 1]!; e++) values[e] = dense[i * n + colIdx[e]!]!;
  }
}

/**
 * Writes W = d I - J into a row-major dense matrix from J's values in pattern order (entries outside the pattern are
 * zero), for the dense fallback.
 */
export function denseIterationMatrix(pattern: SparsityPattern, jv: Float64Array, d: number, w: Float64Array): void {
  const { n, rowPtr, colIdx } = pattern;
  w.fill(0);
  for (let i = 0; i < n; i++) {
    for (let e = rowPtr[i]!; e < rowPtr[i + 1]!; e++) w[i * n + colIdx[e]!] = -jv[e]!;
    w[i * n + i]! += d;
  }
}

/**
 * A pivot whose row updates others must be at least this fraction of the largest entry below it in its column
 * (threshold partial pivoting): each step then multiplies entries by at most 1 + 1 / PIVOT_THRESHOLD.
 */
export const PIVOT_THRESHOLD = 1e-3;

export type SparseKernel = 'generated' | 'interpreted';

export interface SparseLuOptions {
  /** 'generated' (straight-line code), 'interpreted' (a loop over the schedule), or chosen by size (default). */
  readonly kernel?: SparseKernel;
  /** Solves per factorisation, for weighing orders and the sparse-versus-dense choice (default 8: Rodas5P's stages). */
  readonly solvesPerFactor?: number;
}

/** Static symbolic factorisation of W = d I - J for one Jacobian pattern, with its numeric kernels. */
export interface SparseLu {
  readonly n: number;
  /** The Jacobian pattern the plan was made for (J's values are passed in this order). */
  readonly pattern: SparsityPattern;
  /** Pivot order: the k-th pivot is row and column order[k] of W. */
  readonly order: Int32Array;
  /** Which ordering heuristic gave `order`. */
  readonly ordering: 'markowitz' | 'minimum degree' | 'natural';
  /** Entries of W (J plus the diagonal) and of its factors L and U, fill included (the length of `lu`). */
  readonly nnzW: number;
  readonly nnz: number;
  /** Multiply-adds (and divisions) of one factorisation and of one solve. */
  readonly factorOps: number;
  readonly solveOps: number;
  readonly kernel: SparseKernel;
  /** The sparse path is expected to beat dense LU by a useful margin: the Rosenbrock stepper's automatic choice. */
  readonly worthwhile: boolean;
  /**
   * Writes W = d I - J into `lu` (length `nnz`) from J's values in pattern order and factors it in place. Returns -1,
   * or the index (in W's numbering) of the first pivot that failed the test; then `lu` holds no usable factors.
   */
  factor(jv: Float64Array, d: number, lu: Float64Array): number;
  /** Solves W x = b in place (b becomes x) with factors from a successful `factor`; `work` has length n. */
  solve(lu: Float64Array, b: Float64Array, work: Float64Array): void;
}

/** Straight-line code is generated up to this many operations per kernel (V8 stops optimising very long functions). */
const GENERATED_OPS_LIMIT = 4000;
/** Below this size dense LU is as fast: its loops are short and the sparse path saves little. */
const AUTO_MIN_N = 6;
/** The sparse path is chosen automatically when its estimated cost is at most this fraction of dense LU's. */
const AUTO_COST_RATIO = 0.5;

const cache = new WeakMap<SparsityPattern, SparseLu>();

/**
 * The sparse LU plan for a Jacobian pattern: symbolic analysis once, cached per pattern object when called with
 * default options (a compiled model's pattern is one object, so each model is analysed once).
 */
export function sparseLu(pattern: SparsityPattern, options: SparseLuOptions = {}): SparseLu {
  const defaults = options.kernel === undefined && options.solvesPerFactor === undefined;
  if (defaults) {
    const hit = cache.get(pattern);
    if (hit) return hit;
  }
  const plan = buildPlan(pattern, options);
  if (defaults) cache.set(pattern, plan);
  return plan;
}

interface Symbolic {
  readonly order: Int32Array;
  /** Filled pattern of the permuted matrix, rows ascending by column. */
  readonly rows: Int32Array[];
  readonly factorOps: number;
  readonly solveOps: number;
  readonly nnz: number;
}

function buildPlan(pattern: SparsityPattern, options: SparseLuOptions): SparseLu {
  const { n, rowPtr, colIdx } = pattern;
  const solves = options.solvesPerFactor ?? 8;
  // W's pattern: J's plus the diagonal.
  const wRows: Set<number>[] = Array.from({ length: n }, (_, i) => new Set<number>([i]));
  for (let i = 0; i < n; i++) for (let e = rowPtr[i]!; e < rowPtr[i + 1]!; e++) wRows[i]!.add(colIdx[e]!);
  const nnzW = wRows.reduce((s, r) => s + r.size, 0);

  const cost = (s: Symbolic): number => s.factorOps + solves * s.solveOps + s.nnz;
  const candidates: [SparseLu['ordering'], Symbolic][] = [
    ['markowitz', symbolic(wRows, markowitzOrder(wRows))],
    ['minimum degree', symbolic(wRows, minimumDegreeOrder(wRows))],
    ['natural', symbolic(wRows, Int32Array.from({ length: n }, (_, i) => i))],
  ];
  let [ordering, best] = candidates[0]!;
  for (const [name, s] of candidates) {
    if (cost(s) < cost(best)) [ordering, best] = [name, s];
  }
  const schedule = makeSchedule(pattern, best);
  const kernel: SparseKernel =
    options.kernel ?? (best.factorOps + best.nnz <= GENERATED_OPS_LIMIT && best.solveOps <= GENERATED_OPS_LIMIT ? 'generated' : 'interpreted');
  const { factor, solve } = kernel === 'generated' ? generatedKernels(schedule) : interpretedKernels(schedule);
  // Dense per step: assembly (2 n^2), LU (n^3 / 3) and the solves (n^2 each).
  const denseCost = n ** 3 / 3 + (solves + 2) * n * n;
  return {
    n,
    pattern,
    order: best.order,
    ordering,
    nnzW,
    nnz: best.nnz,
    factorOps: best.factorOps,
    solveOps: best.solveOps,
    kernel,
    worthwhile: n >= AUTO_MIN_N && cost(best) <= AUTO_COST_RATIO * denseCost,
    factor,
    solve,
  };
}

/**
 * Greedy Markowitz order restricted to diagonal pivots: each step eliminates the remaining diagonal entry with the
 * smallest (row count - 1)(column count - 1) in the active submatrix (ties: fewer entries, then the lower index).
 * Rows or columns with a single entry (one-directional chains such as drug depots) cost nothing and go first.
 */
function markowitzOrder(wRows: readonly Set<number>[]): Int32Array {
  const n = wRows.length;
  const rows = wRows.map((r) => new Set(r));
  const cols: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  rows.forEach((r, i) => r.forEach((j) => cols[j]!.add(i)));
  const done = new Uint8Array(n);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let v = -1;
    let bestCost = Infinity;
    let bestSize = Infinity;
    for (let c = 0; c < n; c++) {
      if (done[c]) continue;
      const r = rows[c]!.size;
      const q = cols[c]!.size;
      const m = (r - 1) * (q - 1);
      if (m < bestCost || (m === bestCost && r + q < bestSize)) {
        v = c;
        bestCost = m;
        bestSize = r + q;
      }
    }
    order[k] = v;
    done[v] = 1;
    const rv = [...rows[v]!].filter((j) => j !== v);
    const cv = [...cols[v]!].filter((i) => i !== v);
    for (const i of cv) {
      for (const j of rv) {
        rows[i]!.add(j);
        cols[j]!.add(i);
      }
    }
    for (const i of cv) rows[i]!.delete(v);
    for (const j of rv) cols[j]!.delete(v);
  }
  return order;
}

/** Minimum degree on the symmetric pattern W + W^T (ties: the lower index). */
function minimumDegreeOrder(wRows: readonly Set<number>[]): Int32Array {
  const n = wRows.length;
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  wRows.forEach((r, i) =>
    r.forEach((j) => {
      if (i !== j) {
        adj[i]!.add(j);
        adj[j]!.add(i);
      }
    }),
  );
  const done = new Uint8Array(n);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    let v = -1;
    let best = Infinity;
    for (let c = 0; c < n; c++) {
      if (!done[c] && adj[c]!.size < best) {
        v = c;
        best = adj[c]!.size;
      }
    }
    order[k] = v;
    done[v] = 1;
    const nb = [...adj[v]!];
    for (const a of nb) {
      adj[a]!.delete(v);
      for (const b of nb) if (a !== b) adj[a]!.add(b);
    }
  }
  return order;
}

/** Fill and operation counts of LU without pivoting in the given symmetric order. */
function symbolic(wRows: readonly Set<number>[], order: Int32Array): Symbolic {
  const n = wRows.length;
  const pinv = new Int32Array(n);
  order.forEach((v, k) => (pinv[v] = k));
  const rows: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  const cols: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  wRows.forEach((r, i) =>
    r.forEach((j) => {
      rows[pinv[i]!]!.add(pinv[j]!);
      cols[pinv[j]!]!.add(pinv[i]!);
    }),
  );
  let factorOps = 0;
  for (let k = 0; k < n; k++) {
    const lower = [...cols[k]!].filter((i) => i > k);
    const upper = [...rows[k]!].filter((j) => j > k);
    factorOps += lower.length * (1 + upper.length);
    for (const i of lower) {
      for (const j of upper) {
        rows[i]!.add(j);
        cols[j]!.add(i);
      }
    }
  }
  const sorted = rows.map((r) => Int32Array.from([...r].sort((a, b) => a - b)));
  const nnz = sorted.reduce((s, r) => s + r.length, 0);
  return { order, rows: sorted, factorOps, solveOps: nnz, nnz };
}

/** Positions in the `lu` value array (CSR of the filled, permuted matrix) of every operation, in execution order. */
interface Schedule {
  readonly n: number;
  readonly nnz: number;
  readonly order: Int32Array;
  /** For each J entry (pattern order): its position in `lu`; whether it lies on the diagonal. */
  readonly jPos: Int32Array;
  readonly jDiag: Uint8Array;
  /** Positions that hold fill (zero before factoring) and diagonal positions without a J entry (d alone). */
  readonly fillPos: Int32Array;
  readonly diagOnlyPos: Int32Array;
  /** Position of the k-th pivot. */
  readonly diagPos: Int32Array;
  /** Column k below the pivot: lPos[lPtr[k]..lPtr[k+1]), by ascending row. */
  readonly lPtr: Int32Array;
  readonly lPos: Int32Array;
  /** Row k right of the pivot: uPos[uPtr[k]..uPtr[k+1]), by ascending column. */
  readonly uPtr: Int32Array;
  readonly uPos: Int32Array;
  /** Targets of the updates at step k: for each entry of column k, one per entry of row k (updPtr[k] is the first). */
  readonly updPtr: Int32Array;
  readonly updPos: Int32Array;
  /** Row i of L (strictly lower) and of U (strictly upper): columns and positions. */
  readonly lrPtr: Int32Array;
  readonly lrCol: Int32Array;
  readonly lrPos: Int32Array;
  readonly urPtr: Int32Array;
  readonly urCol: Int32Array;
  readonly urPos: Int32Array;
}

function makeSchedule(pattern: SparsityPattern, s: Symbolic): Schedule {
  const { order, rows } = s;
  const n = order.length;
  const pinv = new Int32Array(n);
  order.forEach((v, k) => (pinv[v] = k));
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + rows[i]!.length;
  const posMaps = rows.map((r, i) => new Map(Array.from(r, (j, e) => [j, rowStart[i]! + e] as const)));
  const pos = (i: number, j: number): number => {
    const p = posMaps[i]!.get(j);
    if (p === undefined) throw new Error(`internal: (${i}, ${j}) missing from the symbolic factor`);
    return p;
  };

  const nnzJ = pattern.rowPtr[n]!;
  const jPos = new Int32Array(nnzJ);
  const jDiag = new Uint8Array(nnzJ);
  const fromJ = new Uint8Array(s.nnz);
  for (let i = 0; i < n; i++) {
    for (let e = pattern.rowPtr[i]!; e < pattern.rowPtr[i + 1]!; e++) {
      const j = pattern.colIdx[e]!;
      jPos[e] = pos(pinv[i]!, pinv[j]!);
      jDiag[e] = i === j ? 1 : 0;
      fromJ[jPos[e]!] = 1;
    }
  }
  const diagPos = Int32Array.from({ length: n }, (_, k) => pos(k, k));
  const isDiag = new Uint8Array(s.nnz);
  diagPos.forEach((p) => (isDiag[p] = 1));
  const fill: number[] = [];
  const diagOnly: number[] = [];
  for (let p = 0; p < s.nnz; p++) {
    if (fromJ[p]) continue;
    (isDiag[p] ? diagOnly : fill).push(p);
  }

  const colsOf: number[][] = Array.from({ length: n }, () => []);
  rows.forEach((r, i) => r.forEach((j) => colsOf[j]!.push(i)));
  const lPtr = new Int32Array(n + 1);
  const uPtr = new Int32Array(n + 1);
  const updPtr = new Int32Array(n + 1);
  const lPos: number[] = [];
  const uPos: number[] = [];
  const updPos: number[] = [];
  for (let k = 0; k < n; k++) {
    const lower = colsOf[k]!.filter((i) => i > k).sort((a, b) => a - b);
    const upper = Array.from(rows[k]!).filter((j) => j > k);
    for (const i of lower) {
      lPos.push(pos(i, k));
      for (const j of upper) updPos.push(pos(i, j));
    }
    for (const j of upper) uPos.push(pos(k, j));
    lPtr[k + 1] = lPos.length;
    uPtr[k + 1] = uPos.length;
    updPtr[k + 1] = updPos.length;
  }

  const lrPtr = new Int32Array(n + 1);
  const urPtr = new Int32Array(n + 1);
  const lrCol: number[] = [];
  const lrPos: number[] = [];
  const urCol: number[] = [];
  const urPos: number[] = [];
  for (let i = 0; i < n; i++) {
    rows[i]!.forEach((j) => {
      if (j < i) {
        lrCol.push(j);
        lrPos.push(pos(i, j));
      } else if (j > i) {
        urCol.push(j);
        urPos.push(pos(i, j));
      }
    });
    lrPtr[i + 1] = lrCol.length;
    urPtr[i + 1] = urCol.length;
  }
  return {
    n,
    nnz: s.nnz,
    order,
    jPos,
    jDiag,
    fillPos: Int32Array.from(fill),
    diagOnlyPos: Int32Array.from(diagOnly),
    diagPos,
    lPtr,
    lPos: Int32Array.from(lPos),
    uPtr,
    uPos: Int32Array.from(uPos),
    updPtr,
    updPos: Int32Array.from(updPos),
    lrPtr,
    lrCol: Int32Array.from(lrCol),
    lrPos: Int32Array.from(lrPos),
    urPtr,
    urCol: Int32Array.from(urCol),
    urPos: Int32Array.from(urPos),
  };
}

type FactorFn = SparseLu['factor'];
type SolveFn = SparseLu['solve'];

/** The schedule as loops over its index arrays. */
function interpretedKernels(sc: Schedule): { factor: FactorFn; solve: SolveFn } {
  const { n, order, jPos, jDiag, fillPos, diagOnlyPos, diagPos, lPtr, lPos, uPtr, uPos, updPos, lrPtr, lrCol, lrPos, urPtr, urCol, urPos } = sc;
  const factor: FactorFn = (jv, d, lu) => {
    for (let e = 0; e < jPos.length; e++) lu[jPos[e]!] = jDiag[e] ? d - jv[e]! : -jv[e]!;
    for (let e = 0; e < fillPos.length; e++) lu[fillPos[e]!] = 0;
    for (let e = 0; e < diagOnlyPos.length; e++) lu[diagOnlyPos[e]!] = d;
    let t = 0;
    for (let k = 0; k < n; k++) {
      const p = lu[diagPos[k]!]!;
      const ap = Math.abs(p);
      const l0 = lPtr[k]!;
      const l1 = lPtr[k + 1]!;
      const u0 = uPtr[k]!;
      const u1 = uPtr[k + 1]!;
      let m = 0;
      if (u1 > u0) for (let e = l0; e < l1; e++) m = Math.max(m, Math.abs(lu[lPos[e]!]!));
      if (!(ap > 0 && ap < Infinity && ap >= PIVOT_THRESHOLD * m)) return order[k]!;
      const r = 1 / p;
      lu[diagPos[k]!] = r;
      for (let e = l0; e < l1; e++) {
        const f = lu[lPos[e]!]! * r;
        lu[lPos[e]!] = f;
        for (let g = u0; g < u1; g++) lu[updPos[t++]!]! -= f * lu[uPos[g]!]!;
      }
    }
    return -1;
  };
  const solve: SolveFn = (lu, b, w) => {
    for (let i = 0; i < n; i++) {
      let s = b[order[i]!]!;
      for (let e = lrPtr[i]!; e < lrPtr[i + 1]!; e++) s -= lu[lrPos[e]!]! * w[lrCol[e]!]!;
      w[i] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = w[i]!;
      for (let e = urPtr[i]!; e < urPtr[i + 1]!; e++) s -= lu[urPos[e]!]! * w[urCol[e]!]!;
      w[i] = s * lu[diagPos[i]!]!;
    }
    for (let i = 0; i < n; i++) b[order[i]!] = w[i]!;
  };
  return { factor, solve };
}

/** The schedule as straight-line JavaScript: the same operations in the same order, with every index a constant. */
function generatedKernels(sc: Schedule): { factor: FactorFn; solve: SolveFn } {
  const { n, order, jPos, jDiag, fillPos, diagOnlyPos, diagPos, lPtr, lPos, uPtr, uPos, updPos, lrPtr, lrCol, lrPos, urPtr, urCol, urPos } = sc;
  const f: string[] = ['"use strict";', 'let p, ap, m, r, f;'];
  for (let e = 0; e < jPos.length; e++) f.push(`lu[${jPos[e]}] = ${jDiag[e] ? 'd - ' : '-'}jv[${e}];`);
  for (const p of fillPos) f.push(`lu[${p}] = 0;`);
  for (const p of diagOnlyPos) f.push(`lu[${p}] = d;`);
  let t = 0;
  for (let k = 0; k < n; k++) {
    const lower = Array.from(lPos.subarray(lPtr[k]!, lPtr[k + 1]!));
    const upper = Array.from(uPos.subarray(uPtr[k]!, uPtr[k + 1]!));
    f.push(`p = lu[${diagPos[k]}]; ap = Math.abs(p);`);
    if (lower.length === 0 || upper.length === 0) {
      f.push(`if (!(ap > 0 && ap < Infinity)) return ${order[k]};`);
    } else {
      // Same evaluation as the interpreted loop: m = max(0, |l1|, |l2|, ...) taken left to right.
      f.push(`m = ${lower.reduce((acc, q) => `Math.max(${acc}, Math.abs(lu[${q}]))`, '0')};`);
      f.push(`if (!(ap > 0 && ap < Infinity && ap >= ${PIVOT_THRESHOLD} * m)) return ${order[k]};`);
    }
    f.push(`r = 1 / p; lu[${diagPos[k]}] = r;`);
    for (const q of lower) {
      f.push(`f = lu[${q}] * r; lu[${q}] = f;`);
      for (const u of upper) f.push(`lu[${updPos[t++]}] -= f * lu[${u}];`);
    }
  }
  f.push('return -1;');
  const s: string[] = ['"use strict";'];
  for (let i = 0; i < n; i++) {
    let line = `let x${i} = b[${order[i]}]`;
    for (let e = lrPtr[i]!; e < lrPtr[i + 1]!; e++) line += ` - lu[${lrPos[e]}] * x${lrCol[e]}`;
    s.push(`${line};`);
  }
  for (let i = n - 1; i >= 0; i--) {
    let expr = `x${i}`;
    for (let e = urPtr[i]!; e < urPtr[i + 1]!; e++) expr += ` - lu[${urPos[e]}] * x${urCol[e]}`;
    s.push(urPtr[i + 1]! > urPtr[i]! ? `x${i} = (${expr}) * lu[${diagPos[i]}];` : `x${i} *= lu[${diagPos[i]}];`);
  }
  for (let i = 0; i < n; i++) s.push(`b[${order[i]}] = x${i};`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factor = new Function('jv', 'd', 'lu', f.join('\n')) as FactorFn;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const solve = new Function('lu', 'b', 'w', s.join('\n')) as SolveFn;
  return { factor, solve };
}
