import type { Expr } from '../expr/ast.js';
import { toJs, type NameResolver } from '../expr/codegen.js';
import type { ChainRule } from './chain-rule.js';
import type { Equations } from './equations.js';
import { sensitivityOf, TIME, type ModelNames } from './names.js';

/**
 * Code that writes each expression as it stands: names resolved to y[i], p[i], t and locals (d<k> for derived
 * quantity k, g<k>_<j> for its sensitivity to state j or t).
 */
export interface PlainCode {
  readonly resolve: NameResolver;
  /** The local that holds a derived quantity. */
  local(derived: string): string;
  /** `const` lines computing the given derived quantities (in the order given). */
  derivedLines(derivedInOrder: readonly string[]): string[];
  /** Lines computing the sensitivities of the given derived quantities with respect to the given variables. */
  sensitivityLines(derivedInOrder: readonly string[], wrtSet: ReadonlySet<string>): string[];
  /** `out[k] = ...;` for each expression. */
  assignments(exprs: readonly Expr[]): string[];
}

export function plainCode(names: ModelNames, { derivedExpr }: Equations, chain: ChainRule): PlainCode {
  const local = (d: string): string => `d${names.derivedIdx.get(d)}`;
  const sensitivityLocal = (d: string, wrt: string): string => `g${names.derivedIdx.get(d)}_${wrt === TIME ? 't' : names.stateIdx.get(wrt)}`;
  const resolve: NameResolver = (name) => {
    const s = names.stateIdx.get(name);
    if (s !== undefined) return `y[${s}]`;
    const p = names.paramIdx.get(name);
    if (p !== undefined) return `p[${p}]`;
    if (names.derivedIdx.has(name)) return local(name);
    if (name === TIME) return 't';
    const sensitivity = sensitivityOf(name);
    if (sensitivity) return sensitivityLocal(...sensitivity);
    throw new Error(`internal: unresolved name ${name}`);
  };
  const sensitivityLines: PlainCode['sensitivityLines'] = (derivedInOrder, wrtSet) => {
    const lines: string[] = [];
    for (const d of derivedInOrder) {
      for (const wrt of chain.dependsOn.get(d)!) {
        if (!wrtSet.has(wrt)) continue;
        lines.push(`const ${sensitivityLocal(d, wrt)} = ${toJs(chain.totalDerivative(derivedExpr.get(d)!, wrt), resolve)};`);
      }
    }
    return lines;
  };
  return {
    resolve,
    local,
    derivedLines: (derivedInOrder) => derivedInOrder.map((d) => `const ${local(d)} = ${toJs(derivedExpr.get(d)!, resolve)};`),
    sensitivityLines,
    assignments: (exprs) => exprs.map((e, i) => `out[${i}] = ${toJs(e, resolve)};`),
  };
}
