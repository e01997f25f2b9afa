import { toJs } from '../expr/codegen.js';
import type { Bodies, SymbolicModel } from './bodies.js';
import { patternPosition, timeDerivative } from './derivatives.js';
import { TIME } from './names.js';
import type { PlainCode } from './plain-code.js';

/** Pass 6 (reference): each expression as it stands, derived quantities and their sensitivities as locals. */
export function referenceBodies({ names, equations, chain, jacobian, pattern }: SymbolicModel, code: PlainCode): Bodies {
  const { rateExpr, derivedOrder } = equations;
  const { resolve, derivedLines, sensitivityLines } = code;
  const n = names.states.length;
  const rhsDerived = chain.neededDerived(rateExpr);
  const jacPrelude = [...derivedLines(rhsDerived), ...sensitivityLines(rhsDerived, new Set(names.states))];
  return {
    rhs: [...derivedLines(rhsDerived), ...code.assignments(rateExpr)].join('\n'),
    jacobian: [...jacPrelude, `out.fill(0);`, ...jacobian.map(({ i, j, expr }) => `out[${i * n + j}] = ${toJs(expr, resolve)};`)].join('\n'),
    jacobianValues: [...jacPrelude, ...jacobian.map(({ i, j, expr }) => `out[${patternPosition(pattern, i, j)}] = ${toJs(expr, resolve)};`)].join('\n'),
    dfdt: [
      ...derivedLines(rhsDerived),
      ...sensitivityLines(rhsDerived, new Set([TIME])),
      ...rateExpr.map((e, i) => {
        const dt = timeDerivative(chain, e);
        return `out[${i}] = ${dt ? toJs(dt, resolve) : '0'};`;
      }),
    ].join('\n'),
    derivedValues: [...derivedLines(derivedOrder), ...derivedOrder.map((d, k) => `out[${k}] = ${code.local(d)};`)].join('\n'),
    precompute: '',
    cacheSize: 0,
  };
}
