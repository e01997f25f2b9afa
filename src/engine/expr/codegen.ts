import { assertNever, type Expr } from './ast.js';

/** Maps a model name to the JavaScript that reads it (`y[3]`, `p[12]`, a local variable, `t`). */
export type NameResolver = (name: string) => string;

/** JavaScript literal of a number (negative values parenthesised). */
export const literal = (v: number): string => {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '(-Infinity)';
  if (Object.is(v, -0)) return '(-0)';
  const s = String(v);
  return v < 0 ? `(${s})` : s;
};

/** JavaScript source for a numeric expression. */
export function toJs(expr: Expr, resolve: NameResolver): string {
  const js = (e: Expr): string => toJs(e, resolve);
  switch (expr.kind) {
    case 'num':
      return literal(expr.value);
    case 'var':
      return resolve(expr.name);
    case 'neg':
      return `(-${js(expr.arg)})`;
    case 'bin':
      if (expr.op === '^') return powerJs(expr.left, expr.right, resolve);
      return `(${js(expr.left)} ${expr.op} ${js(expr.right)})`;
    case 'call': {
      const args = expr.args.map(js);
      if (expr.fn === 'pow') return powerJs(expr.args[0]!, expr.args[1]!, resolve);
      return `Math.${expr.fn}(${args.join(', ')})`;
    }
    case 'cmp':
    case 'logic':
    case 'not':
      return `(${toJsCondition(expr, resolve)} ? 1 : 0)`;
    case 'piecewise': {
      let out = js(expr.otherwise);
      for (let i = expr.pieces.length - 1; i >= 0; i--) {
        const piece = expr.pieces[i]!;
        out = `(${toJsCondition(piece.when, resolve)} ? ${js(piece.value)} : ${out})`;
      }
      return out;
    }
    default:
      return assertNever(expr);
  }
}

/** JavaScript source for a condition; a numeric expression counts as true when non-zero. */
export function toJsCondition(expr: Expr, resolve: NameResolver): string {
  switch (expr.kind) {
    case 'cmp': {
      const op = expr.op === '==' ? '===' : expr.op === '!=' ? '!==' : expr.op;
      return `(${toJs(expr.left, resolve)} ${op} ${toJs(expr.right, resolve)})`;
    }
    case 'logic':
      return `(${toJsCondition(expr.left, resolve)} ${expr.op} ${toJsCondition(expr.right, resolve)})`;
    case 'not':
      return `(!${toJsCondition(expr.arg, resolve)})`;
    default:
      return `(${toJs(expr, resolve)} !== 0)`;
  }
}

function powerJs(base: Expr, exponent: Expr, resolve: NameResolver): string {
  const b = toJs(base, resolve);
  if (exponent.kind === 'num') {
    const n = exponent.value;
    if (n === 0.5) return `Math.sqrt(${b})`;
    // Repeated multiplication only for plain names: a compound base would be evaluated n times.
    if (base.kind !== 'var' && base.kind !== 'num') return `Math.pow(${b}, ${literal(n)})`;
    if (Number.isInteger(n) && n >= 1 && n <= 4) return `(${Array(n).fill(b).join(' * ')})`;
    if (n === -1) return `(1 / ${b})`;
    if (Number.isInteger(n) && n >= -4 && n <= -2) return `(1 / (${Array(-n).fill(b).join(' * ')}))`;
  }
  return `Math.pow(${b}, ${toJs(exponent, resolve)})`;
}
