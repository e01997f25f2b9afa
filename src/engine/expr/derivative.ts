import { assertNever, type Expr } from './ast.js';

/**
 * Symbolic differentiation of expression trees, with light algebraic simplification so that the generated
 * Jacobian code stays short (0 * x, x + 0, 1 * x and constant subtrees fold away).
 */

const ZERO: Expr = { kind: 'num', value: 0 };
const ONE: Expr = { kind: 'num', value: 1 };
const TWO: Expr = { kind: 'num', value: 2 };

const isNum = (e: Expr, v?: number): e is { kind: 'num'; value: number } =>
  e.kind === 'num' && (v === undefined || e.value === v);

export function add(a: Expr, b: Expr): Expr {
  if (isNum(a, 0)) return b;
  if (isNum(b, 0)) return a;
  if (isNum(a) && isNum(b)) return { kind: 'num', value: a.value + b.value };
  if (b.kind === 'neg') return sub(a, b.arg);
  return { kind: 'bin', op: '+', left: a, right: b };
}

export function sub(a: Expr, b: Expr): Expr {
  if (isNum(b, 0)) return a;
  if (isNum(a, 0)) return neg(b);
  if (isNum(a) && isNum(b)) return { kind: 'num', value: a.value - b.value };
  if (b.kind === 'neg') return add(a, b.arg);
  return { kind: 'bin', op: '-', left: a, right: b };
}

export function neg(a: Expr): Expr {
  if (isNum(a)) return { kind: 'num', value: -a.value };
  if (a.kind === 'neg') return a.arg;
  return { kind: 'neg', arg: a };
}

export function mul(a: Expr, b: Expr): Expr {
  if (isNum(a, 0) || isNum(b, 0)) return ZERO;
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  if (isNum(a, -1)) return neg(b);
  if (isNum(b, -1)) return neg(a);
  if (isNum(a) && isNum(b)) return { kind: 'num', value: a.value * b.value };
  if (a.kind === 'neg') return neg(mul(a.arg, b));
  if (b.kind === 'neg') return neg(mul(a, b.arg));
  return { kind: 'bin', op: '*', left: a, right: b };
}

export function div(a: Expr, b: Expr): Expr {
  if (isNum(a, 0)) return ZERO;
  if (isNum(b, 1)) return a;
  if (isNum(a) && isNum(b) && b.value !== 0) return { kind: 'num', value: a.value / b.value };
  if (a.kind === 'neg') return neg(div(a.arg, b));
  return { kind: 'bin', op: '/', left: a, right: b };
}

export function pow(a: Expr, b: Expr): Expr {
  if (isNum(b, 0)) return ONE;
  if (isNum(b, 1)) return a;
  if (isNum(a) && isNum(b)) return { kind: 'num', value: a.value ** b.value };
  return { kind: 'bin', op: '^', left: a, right: b };
}

const call = (fn: 'exp' | 'log' | 'sqrt' | 'cos' | 'sin' | 'tanh' | 'cosh' | 'sinh', arg: Expr): Expr => ({ kind: 'call', fn, args: [arg] });

/** True when the expression depends on none of the names in `wrt` (cheap structural check). */
function independentOf(expr: Expr, wrt: string): boolean {
  switch (expr.kind) {
    case 'num':
      return true;
    case 'var':
      return expr.name !== wrt;
    case 'neg':
    case 'not':
      return independentOf(expr.arg, wrt);
    case 'bin':
    case 'cmp':
    case 'logic':
      return independentOf(expr.left, wrt) && independentOf(expr.right, wrt);
    case 'call':
      return expr.args.every((a) => independentOf(a, wrt));
    case 'piecewise':
      return expr.pieces.every((p) => independentOf(p.value, wrt)) && independentOf(expr.otherwise, wrt);
    default:
      return assertNever(expr);
  }
}

/**
 * d expr / d name. Conditions (comparisons, logic) are piecewise constant and differentiate to zero: the
 * derivative of piecewise(...) is the piecewise of the derivatives; min and max pick the active branch.
 */
export function differentiate(expr: Expr, name: string): Expr {
  if (independentOf(expr, name)) return ZERO;
  switch (expr.kind) {
    case 'num':
      return ZERO;
    case 'var':
      return expr.name === name ? ONE : ZERO;
    case 'neg':
      return neg(differentiate(expr.arg, name));
    case 'bin': {
      const { left: u, right: v } = expr;
      const du = differentiate(u, name);
      const dv = differentiate(v, name);
      const op = expr.op;
      switch (op) {
        case '+':
          return add(du, dv);
        case '-':
          return sub(du, dv);
        case '*':
          return add(mul(du, v), mul(u, dv));
        case '/':
          // (du v - u dv) / v^2, written as du/v - u dv / v^2 to keep the common dv = 0 case short.
          return sub(div(du, v), div(mul(u, dv), pow(v, { kind: 'num', value: 2 })));
        case '^':
          if (isNum(dv, 0)) return mul(mul(v, pow(u, sub(v, ONE))), du);
          // d(u^v) = u^v (dv ln u + v du / u)
          return mul(expr, add(mul(dv, call('log', u)), div(mul(v, du), u)));
        default:
          return assertNever(op);
      }
    }
    case 'call': {
      const args = expr.args;
      const a = args[0]!;
      const da = differentiate(a, name);
      switch (expr.fn) {
        case 'exp':
          return mul(expr, da);
        case 'log':
          return div(da, a);
        case 'log10':
          return div(da, mul(a, { kind: 'num', value: Math.LN10 }));
        case 'sqrt':
          return div(da, mul({ kind: 'num', value: 2 }, expr));
        case 'abs':
          return { kind: 'piecewise', pieces: [{ value: da, when: { kind: 'cmp', op: '>=', left: a, right: ZERO } }], otherwise: neg(da) };
        case 'sin':
          return mul(call('cos', a), da);
        case 'cos':
          return neg(mul(call('sin', a), da));
        case 'tanh':
          return mul(sub(ONE, pow(expr, { kind: 'num', value: 2 })), da);
        case 'pow':
          return differentiate({ kind: 'bin', op: '^', left: a, right: args[1]! }, name);
        case 'floor':
        case 'ceil':
        case 'trunc':
          return ZERO; // piecewise constant (the jumps are discontinuities the solver steps over)
        case 'tan':
          return mul(add(ONE, pow(expr, TWO)), da);
        case 'asin':
          return div(da, call('sqrt', sub(ONE, pow(a, TWO))));
        case 'acos':
          return neg(div(da, call('sqrt', sub(ONE, pow(a, TWO)))));
        case 'atan':
          return div(da, add(ONE, pow(a, TWO)));
        case 'sinh':
          return mul(call('cosh', a), da);
        case 'cosh':
          return mul(call('sinh', a), da);
        case 'asinh':
          return div(da, call('sqrt', add(pow(a, TWO), ONE)));
        case 'acosh':
          return div(da, call('sqrt', sub(pow(a, TWO), ONE)));
        case 'atanh':
          return div(da, sub(ONE, pow(a, TWO)));
        case 'min':
        case 'max': {
          // Fold the n-ary call into nested binary ones, then pick the active branch.
          const op = expr.fn === 'min' ? '<=' : '>=';
          let acc: Expr = a;
          let dacc: Expr = da;
          for (let i = 1; i < args.length; i++) {
            const b = args[i]!;
            const db = differentiate(b, name);
            dacc = { kind: 'piecewise', pieces: [{ value: dacc, when: { kind: 'cmp', op, left: acc, right: b } }], otherwise: db };
            acc = { kind: 'call', fn: expr.fn, args: [acc, b] };
          }
          return dacc;
        }
        default:
          return assertNever(expr.fn);
      }
    }
    case 'piecewise': {
      const pieces = expr.pieces.map((p) => ({ value: differentiate(p.value, name), when: p.when }));
      const otherwise = differentiate(expr.otherwise, name);
      if (pieces.every((p) => isNum(p.value, 0)) && isNum(otherwise, 0)) return ZERO;
      return { kind: 'piecewise', pieces, otherwise };
    }
    case 'cmp':
    case 'logic':
    case 'not':
      return ZERO;
    default:
      return assertNever(expr);
  }
}

export const isZero = (e: Expr): boolean => isNum(e, 0);
