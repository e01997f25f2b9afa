/**
 * Expression trees of the model language. Rate laws, derived quantities, initial values and event
 * conditions are all written in this language and parsed into these nodes.
 */

export type BinaryOp = '+' | '-' | '*' | '/' | '^';
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type LogicOp = '&&' | '||';

/** Functions of the language with their arity (`-1`: two or more arguments). */
export const FUNCTIONS = {
  exp: 1,
  log: 1,
  log10: 1,
  sqrt: 1,
  abs: 1,
  sin: 1,
  cos: 1,
  tanh: 1,
  pow: 2,
  min: -1,
  max: -1,
  // Rounding and the remaining trigonometric and hyperbolic functions (for imported SBML MathML).
  floor: 1,
  ceil: 1,
  trunc: 1,
  tan: 1,
  asin: 1,
  acos: 1,
  atan: 1,
  sinh: 1,
  cosh: 1,
  asinh: 1,
  acosh: 1,
  atanh: 1,
} as const;
export type FunctionName = keyof typeof FUNCTIONS;

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'bin'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly Expr[] }
  | { readonly kind: 'cmp'; readonly op: CompareOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'logic'; readonly op: LogicOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly arg: Expr }
  /** SBML-style piecewise: the value of the first piece whose condition holds, else `otherwise`. */
  | {
      readonly kind: 'piecewise';
      readonly pieces: readonly { readonly value: Expr; readonly when: Expr }[];
      readonly otherwise: Expr;
    };

export const num = (value: number): Expr => ({ kind: 'num', value });
export const variable = (name: string): Expr => ({ kind: 'var', name });

/** Every variable name an expression reads, in first-seen order. */
export function referencedNames(expr: Expr, into: Set<string> = new Set()): Set<string> {
  switch (expr.kind) {
    case 'num':
      break;
    case 'var':
      into.add(expr.name);
      break;
    case 'neg':
    case 'not':
      referencedNames(expr.arg, into);
      break;
    case 'bin':
    case 'cmp':
    case 'logic':
      referencedNames(expr.left, into);
      referencedNames(expr.right, into);
      break;
    case 'call':
      for (const a of expr.args) referencedNames(a, into);
      break;
    case 'piecewise':
      for (const p of expr.pieces) {
        referencedNames(p.value, into);
        referencedNames(p.when, into);
      }
      referencedNames(expr.otherwise, into);
      break;
    default:
      assertNever(expr);
  }
  return into;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}

/** Renders an expression back into the model language (fully parenthesised where needed). */
export function formatExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'num':
      return Number.isInteger(expr.value) || Math.abs(expr.value) >= 1e-3 ? String(expr.value) : expr.value.toExponential();
    case 'var':
      return expr.name;
    case 'neg':
      return `-(${formatExpr(expr.arg)})`;
    case 'not':
      return `!(${formatExpr(expr.arg)})`;
    case 'bin':
    case 'cmp':
    case 'logic':
      return `(${formatExpr(expr.left)} ${expr.op} ${formatExpr(expr.right)})`;
    case 'call':
      return `${expr.fn}(${expr.args.map(formatExpr).join(', ')})`;
    case 'piecewise':
      return `piecewise(${expr.pieces
        .map((p) => `${formatExpr(p.value)}, ${formatExpr(p.when)}`)
        .join(', ')}, ${formatExpr(expr.otherwise)})`;
    default:
      return assertNever(expr);
  }
}
