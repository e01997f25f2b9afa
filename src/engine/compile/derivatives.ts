import type { Expr } from '../expr/ast.js';
import { isZero } from '../expr/derivative.js';
import type { SparsityPattern } from '../sparse.js';
import type { ChainRule } from './chain-rule.js';
import { TIME, type ModelNames } from './names.js';

/** A structurally nonzero Jacobian entry: d rate_i / d y_j. */
export interface JacobianEntry {
  readonly i: number;
  readonly j: number;
  readonly expr: Expr;
}

/** Pass 5: the Jacobian's structurally nonzero entries, rows in order, columns in the order the rate reads them. */
export function jacobianEntries(names: ModelNames, rateExpr: readonly Expr[], chain: ChainRule): JacobianEntry[] {
  const entries: JacobianEntry[] = [];
  rateExpr.forEach((e, i) => {
    for (const wrt of chain.directDeps(e).vars) {
      if (wrt === TIME) continue;
      const dexpr = chain.totalDerivative(e, wrt);
      if (!isZero(dexpr)) entries.push({ i, j: names.stateIdx.get(wrt)!, expr: dexpr });
    }
  });
  return entries;
}

/** Position of entry (i, j) in the pattern's value array. */
export function patternPosition(pattern: SparsityPattern, i: number, j: number): number {
  const { rowPtr, colIdx } = pattern;
  for (let e = rowPtr[i]!; e < rowPtr[i + 1]!; e++) if (colIdx[e] === j) return e;
  throw new Error(`internal: Jacobian entry (${i}, ${j}) missing from its pattern`);
}

/** Whether any rate reads t directly or through a derived quantity. */
export const isTimeDependent = (rateExpr: readonly Expr[], chain: ChainRule): boolean =>
  rateExpr.some((e) => chain.directDeps(e).vars.has(TIME));

/** d rate / dt, or undefined where the rate does not read t. */
export const timeDerivative = (chain: ChainRule, e: Expr): Expr | undefined =>
  chain.directDeps(e).vars.has(TIME) ? chain.totalDerivative(e, TIME) : undefined;
