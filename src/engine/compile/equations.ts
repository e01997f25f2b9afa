import { ModelError } from '../errors.js';
import { referencedNames, type Expr } from '../expr/ast.js';
import { add } from '../expr/derivative.js';
import type { ComposedModel } from '../model.js';
import type { ModelNames, ParseChecked } from './names.js';

/** The model's expressions, parsed and checked against its names. */
export interface Equations {
  readonly derivedExpr: ReadonlyMap<string, Expr>;
  /** Derived quantities in evaluation order: each after the derived quantities it reads. */
  readonly derivedOrder: readonly string[];
  /** Per state, the sum of every module's rate terms. */
  readonly rateExpr: readonly Expr[];
  /** Per state, its initial value: a number or an expression of parameters. */
  readonly initialExpr: readonly Expr[];
}

/** Pass 3: parse derived quantities (and order them), rates and initial values, in that order of error reporting. */
export function parseEquations(composed: ComposedModel, names: ModelNames, parse: ParseChecked): Equations {
  const derivedExpr = parseDerived(composed, parse);
  const derivedOrder = topologicalOrder(names.derived, (d) => [...referencedNames(derivedExpr.get(d)!)].filter((x) => names.derivedIdx.has(x)));
  const rateExpr = parseRates(composed, names, parse);
  const initialExpr = parseInitialValues(composed, names, parse);
  return { derivedExpr, derivedOrder, rateExpr, initialExpr };
}

function parseDerived(composed: ComposedModel, parse: ParseChecked): Map<string, Expr> {
  const derivedExpr = new Map<string, Expr>();
  for (const [name, { def, module }] of composed.derived) {
    derivedExpr.set(name, parse(def.expr, `derived quantity '${name}' (module '${module}')`));
  }
  return derivedExpr;
}

function parseRates(composed: ComposedModel, names: ModelNames, parse: ParseChecked): Expr[] {
  return names.states.map((state) => {
    const terms = composed.rates.get(state) ?? [];
    return terms
      .map((term) => parse(term.expr, `rate of '${state}' (module '${term.module}')`))
      .reduce<Expr>((sum, e) => add(sum, e), { kind: 'num', value: 0 });
  });
}

function parseInitialValues(composed: ComposedModel, names: ModelNames, parse: ParseChecked): Expr[] {
  return names.states.map((state) => {
    const { def, module } = composed.states.get(state)!;
    if (typeof def.initial === 'number') {
      if (!Number.isFinite(def.initial)) {
        throw new ModelError(`initial value of state '${state}' (module '${module}') is not finite: ${def.initial}`, { field: state });
      }
      return { kind: 'num', value: def.initial };
    }
    return parse(def.initial, `initial value of '${state}' (module '${module}')`, (x) => names.paramIdx.has(x), 'initial values may use parameters only');
  });
}

/** Orders names so that each comes after the names it reads; a cycle is an error that lists it. */
function topologicalOrder(names: readonly string[], reads: (name: string) => readonly string[]): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (name: string): void => {
    const s = state.get(name);
    if (s === 'done') return;
    if (s === 'visiting') {
      const cycle = [...path.slice(path.indexOf(name)), name];
      throw new ModelError(`derived quantities form a cycle: ${cycle.join(' -> ')}`, { field: name });
    }
    state.set(name, 'visiting');
    path.push(name);
    for (const dep of reads(name)) visit(dep);
    path.pop();
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of names) visit(name);
  return order;
}
