import type { Expr } from '../../engine/expr/ast.js';

/** Evaluates an expression tree numerically (initial values: once per import, so no compilation). */
export function evaluate(e: Expr, value: (name: string) => number): number {
  const ev = (x: Expr): number => evaluate(x, value);
  const truth = (x: Expr): boolean => ev(x) !== 0;
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return value(e.name);
    case 'neg':
      return -ev(e.arg);
    case 'not':
      return truth(e.arg) ? 0 : 1;
    case 'bin': {
      const a = ev(e.left);
      const b = ev(e.right);
      switch (e.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return a / b;
        case '^':
          return Math.pow(a, b);
      }
      break;
    }
    case 'cmp': {
      const a = ev(e.left);
      const b = ev(e.right);
      const r = e.op === '<' ? a < b : e.op === '<=' ? a <= b : e.op === '>' ? a > b : e.op === '>=' ? a >= b : e.op === '==' ? a === b : a !== b;
      return r ? 1 : 0;
    }
    case 'logic':
      return (e.op === '&&' ? truth(e.left) && truth(e.right) : truth(e.left) || truth(e.right)) ? 1 : 0;
    case 'call': {
      const args = e.args.map(ev);
      if (e.fn === 'pow') return Math.pow(args[0]!, args[1]!);
      const f = (Math as unknown as Record<string, (...x: number[]) => number>)[e.fn]!;
      return f(...args);
    }
    case 'piecewise':
      for (const p of e.pieces) if (truth(p.when)) return ev(p.value);
      return ev(e.otherwise);
  }
  return NaN;
}
