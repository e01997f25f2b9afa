import { referencedNames, type Expr } from '../expr/ast.js';
import { add, differentiate, isZero, mul } from '../expr/derivative.js';
import type { Equations } from './equations.js';
import { sensitivityName, TIME, type ModelNames } from './names.js';

/** What each expression depends on through the derived quantities it reads, and derivatives through them. */
export interface ChainRule {
  /** Which states (and t) each derived quantity depends on, transitively. */
  readonly dependsOn: ReadonlyMap<string, ReadonlySet<string>>;
  /** The states and t an expression depends on (directly or through derived quantities), and the derived quantities it reads. */
  directDeps(expr: Expr): { vars: Set<string>; derived: string[] };
  /**
   * d expr / d wrt through the chain rule: direct partial plus, for each derived quantity read, the partial with
   * respect to it times its own sensitivity (a symbolic variable named by `sensitivityName`).
   */
  totalDerivative(expr: Expr, wrt: string): Expr;
  /** Derived quantities needed (transitively) by some expressions, in evaluation order. */
  neededDerived(exprs: readonly Expr[]): string[];
}

/** Pass 4: the dependencies of the derived quantities, and the chain rule over them. */
export function chainRule(names: ModelNames, equations: Equations): ChainRule {
  const dependsOn = transitiveDependencies(names, equations);
  const directDeps: ChainRule['directDeps'] = (expr) => {
    const vars = new Set<string>();
    const derived: string[] = [];
    for (const name of referencedNames(expr)) {
      if (names.stateIdx.has(name) || name === TIME) vars.add(name);
      else if (names.derivedIdx.has(name)) {
        derived.push(name);
        for (const x of dependsOn.get(name)!) vars.add(x);
      }
    }
    return { vars, derived };
  };
  const totalDerivative: ChainRule['totalDerivative'] = (expr, wrt) => {
    const { derived } = directDeps(expr);
    let result = differentiate(expr, wrt);
    for (const d of derived) {
      if (!dependsOn.get(d)!.has(wrt)) continue;
      const partial = differentiate(expr, d);
      if (isZero(partial)) continue;
      result = add(result, mul(partial, { kind: 'var', name: sensitivityName(d, wrt) }));
    }
    return result;
  };
  return { dependsOn, directDeps, totalDerivative, neededDerived: (exprs) => neededDerived(names, equations, exprs) };
}

function transitiveDependencies(names: ModelNames, { derivedExpr, derivedOrder }: Equations): Map<string, Set<string>> {
  const dependsOn = new Map<string, Set<string>>();
  for (const d of derivedOrder) {
    const deps = new Set<string>();
    for (const name of referencedNames(derivedExpr.get(d)!)) {
      if (names.stateIdx.has(name) || name === TIME) deps.add(name);
      else if (names.derivedIdx.has(name)) for (const x of dependsOn.get(name)!) deps.add(x);
    }
    dependsOn.set(d, deps);
  }
  return dependsOn;
}

function neededDerived(names: ModelNames, { derivedExpr, derivedOrder }: Equations, exprs: readonly Expr[]): string[] {
  const needed = new Set<string>();
  const visit = (refs: Iterable<string>): void => {
    for (const x of refs) {
      if (names.derivedIdx.has(x) && !needed.has(x)) {
        needed.add(x);
        visit(referencedNames(derivedExpr.get(x)!));
      }
    }
  };
  for (const e of exprs) visit(referencedNames(e));
  return derivedOrder.filter((d) => needed.has(d));
}
