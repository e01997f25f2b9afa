import { cacheNodes, emitFunction, ExprGraph, type NameBinding } from '../expr/graph.js';
import type { Bodies, SymbolicModel } from './bodies.js';
import { patternPosition, timeDerivative } from './derivatives.js';
import { sensitivityOf, TIME } from './names.js';

interface Root {
  readonly target: string;
  readonly node: number;
}

/**
 * Pass 6 (optimised): every expression interned into one graph (derived quantities substituted, shared
 * subexpressions computed once per function); the parameter-only subexpressions the functions need become cache
 * slots filled by precompute.
 */
export function optimizedBodies(model: SymbolicModel): Bodies {
  const { names, equations, chain, jacobian, pattern } = model;
  const n = names.states.length;
  const graph = new ExprGraph((name) => bindName(model, name));
  const rhsRoots = equations.rateExpr.map((e, i) => ({ target: `out[${i}]`, node: graph.add(e) }));
  const jacNodes = jacobian.map(({ expr }) => graph.add(expr));
  const dfdtRoots = equations.rateExpr.map((e, i) => ({ target: `out[${i}]`, node: graph.add(timeDerivative(chain, e) ?? { kind: 'num', value: 0 }) }));
  const derivedRoots = equations.derivedOrder.map((d, k) => ({ target: `out[${k}]`, node: graph.name(d) }));
  const slots = cacheNodes(graph, [...rhsRoots.map((r) => r.node), ...jacNodes, ...dfdtRoots.map((r) => r.node), ...derivedRoots.map((r) => r.node)]);
  const cacheSlot = new Map(slots.map((node, k) => [node, k]));
  const kernel = (roots: readonly Root[], prelude: readonly string[] = []): string => emitFunction(graph, roots, { cache: cacheSlot, prelude });
  return {
    rhs: kernel(rhsRoots),
    jacobian: kernel(jacobian.map(({ i, j }, k) => ({ target: `out[${i * n + j}]`, node: jacNodes[k]! })), ['out.fill(0);']),
    jacobianValues: kernel(jacobian.map(({ i, j }, k) => ({ target: `out[${patternPosition(pattern, i, j)}]`, node: jacNodes[k]! }))),
    dfdt: kernel(dfdtRoots),
    derivedValues: kernel(derivedRoots),
    precompute: emitFunction(graph, slots.map((node, k) => ({ target: `c[${k}]`, node }))),
    cacheSize: slots.length,
  };
}

/** What a name in the graph stands for: a state, a parameter, t, or the expression of a derived quantity or sensitivity. */
function bindName({ names, equations, chain }: SymbolicModel, name: string): NameBinding {
  const s = names.stateIdx.get(name);
  if (s !== undefined) return { kind: 'state', index: s };
  const p = names.paramIdx.get(name);
  if (p !== undefined) return { kind: 'param', index: p };
  if (name === TIME) return { kind: 'time' };
  if (names.derivedIdx.has(name)) return { kind: 'expr', expr: equations.derivedExpr.get(name)!, label: name };
  const sensitivity = sensitivityOf(name);
  if (sensitivity) {
    const [d, wrt] = sensitivity;
    return { kind: 'expr', expr: chain.totalDerivative(equations.derivedExpr.get(d)!, wrt), label: `d ${d} / d ${wrt}` };
  }
  throw new Error(`internal: unresolved name ${name}`);
}
