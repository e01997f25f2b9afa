import { FUNCTIONS, type CompareOp, type Expr, type FunctionName } from './ast.js';
import { ModelError } from '../errors.js';

/**
 * Parser for the model's math language:
 *   numbers (1, 2.5, 1e-3), names (letters, digits, `_`), `t` for time,
 *   + - * / ^ (right-associative), unary minus, parentheses,
 *   comparisons < <= > >= == !=, logic && || !,
 *   exp log log10 sqrt abs sin cos tanh pow min max, floor ceil trunc, tan asin acos atan, sinh cosh asinh acosh atanh,
 *   hill(x, K, n) = x^n / (K^n + x^n), hillr(x, K, n) = K^n / (K^n + x^n),
 *   piecewise(value1, condition1, ..., otherwise).
 * Hill functions are expanded at parse time so that differentiation and code generation see plain arithmetic.
 */

type Token =
  | { type: 'num'; value: number; pos: number }
  | { type: 'name'; value: string; pos: number }
  | { type: 'op'; value: string; pos: number }
  | { type: 'end'; pos: number };

const OPERATORS = ['<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '^', '(', ')', ',', '<', '>', '!'];

function tokenize(source: string, context: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const numberMatch = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (numberMatch) {
      tokens.push({ type: 'num', value: Number(numberMatch[0]), pos: i });
      i += numberMatch[0].length;
      continue;
    }
    const nameMatch = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (nameMatch) {
      tokens.push({ type: 'name', value: nameMatch[0], pos: i });
      i += nameMatch[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      tokens.push({ type: 'op', value: op, pos: i });
      i += op.length;
      continue;
    }
    throw syntaxError(source, i, `unexpected character '${ch}'`, context);
  }
  tokens.push({ type: 'end', pos: source.length });
  return tokens;
}

function syntaxError(source: string, pos: number, what: string, context: string): ModelError {
  const pointer = `${source}\n${' '.repeat(pos)}^`;
  return new ModelError(`${context}: ${what} at column ${pos + 1}\n${pointer}`, { field: context });
}

/** Parses one expression. `context` names where it came from (e.g. "rate of OCa") for error messages. */
export function parseExpr(source: string, context = 'expression'): Expr {
  if (typeof source !== 'string' || source.trim() === '') {
    throw new ModelError(`${context}: empty expression`, { field: context });
  }
  const tokens = tokenize(source, context);
  let k = 0;
  const peek = (): Token => tokens[k]!;
  const next = (): Token => tokens[k++]!;
  const isOp = (value: string): boolean => {
    const t = peek();
    return t.type === 'op' && t.value === value;
  };
  const expectOp = (value: string): void => {
    const t = next();
    if (t.type !== 'op' || t.value !== value) {
      throw syntaxError(source, t.pos, `expected '${value}'`, context);
    }
  };

  // Precedence, lowest first: || && comparison +- */ unary ^
  const parseOr = (): Expr => {
    let left = parseAnd();
    while (isOp('||')) {
      next();
      left = { kind: 'logic', op: '||', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): Expr => {
    let left = parseComparison();
    while (isOp('&&')) {
      next();
      left = { kind: 'logic', op: '&&', left, right: parseComparison() };
    }
    return left;
  };
  const parseComparison = (): Expr => {
    const left = parseSum();
    const t = peek();
    if (t.type === 'op' && ['<', '<=', '>', '>=', '==', '!='].includes(t.value)) {
      next();
      return { kind: 'cmp', op: t.value as CompareOp, left, right: parseSum() };
    }
    return left;
  };
  const parseSum = (): Expr => {
    let left = parseProduct();
    for (;;) {
      const t = peek();
      if (t.type === 'op' && (t.value === '+' || t.value === '-')) {
        next();
        left = { kind: 'bin', op: t.value, left, right: parseProduct() };
      } else return left;
    }
  };
  const parseProduct = (): Expr => {
    let left = parseUnary();
    for (;;) {
      const t = peek();
      if (t.type === 'op' && (t.value === '*' || t.value === '/')) {
        next();
        left = { kind: 'bin', op: t.value, left, right: parseUnary() };
      } else return left;
    }
  };
  const parseUnary = (): Expr => {
    if (isOp('-')) {
      next();
      return { kind: 'neg', arg: parseUnary() };
    }
    if (isOp('+')) {
      next();
      return parseUnary();
    }
    if (isOp('!')) {
      next();
      return { kind: 'not', arg: parseUnary() };
    }
    return parsePower();
  };
  const parsePower = (): Expr => {
    const base = parseAtom();
    if (isOp('^')) {
      next();
      // Right-associative, and binds tighter than a unary minus on its left: -x^2 = -(x^2), 2^-1 allowed.
      return { kind: 'bin', op: '^', left: base, right: parseUnary() };
    }
    return base;
  };
  const parseArgs = (): Expr[] => {
    expectOp('(');
    const args: Expr[] = [];
    if (!isOp(')')) {
      args.push(parseOr());
      while (isOp(',')) {
        next();
        args.push(parseOr());
      }
    }
    expectOp(')');
    return args;
  };
  const parseAtom = (): Expr => {
    const t = next();
    if (t.type === 'num') return { kind: 'num', value: t.value };
    if (t.type === 'op' && t.value === '(') {
      const inner = parseOr();
      expectOp(')');
      return inner;
    }
    if (t.type === 'name') {
      if (!isOp('(')) return { kind: 'var', name: t.value };
      const args = parseArgs();
      return makeCall(t.value, args, t.pos);
    }
    throw syntaxError(source, t.pos, t.type === 'end' ? 'unexpected end of expression' : `unexpected '${t.value}'`, context);
  };
  const makeCall = (fn: string, args: Expr[], pos: number): Expr => {
    const arityError = (expected: string): ModelError =>
      syntaxError(source, pos, `${fn}() takes ${expected} argument(s), got ${args.length}`, context);
    if (fn === 'hill' || fn === 'hillr') {
      if (args.length !== 3) throw arityError('3 (x, K, n)');
      const [x, K, n] = args as [Expr, Expr, Expr];
      const xn: Expr = { kind: 'bin', op: '^', left: x, right: n };
      const Kn: Expr = { kind: 'bin', op: '^', left: K, right: n };
      const denominator: Expr = { kind: 'bin', op: '+', left: Kn, right: xn };
      return { kind: 'bin', op: '/', left: fn === 'hill' ? xn : Kn, right: denominator };
    }
    if (fn === 'piecewise') {
      if (args.length < 3 || args.length % 2 === 0) throw arityError('an odd number >= 3 of');
      const pieces = [];
      for (let i = 0; i + 1 < args.length; i += 2) pieces.push({ value: args[i]!, when: args[i + 1]! });
      return { kind: 'piecewise', pieces, otherwise: args[args.length - 1]! };
    }
    if (!(fn in FUNCTIONS)) {
      const known = [...Object.keys(FUNCTIONS), 'hill', 'hillr', 'piecewise'].join(', ');
      throw syntaxError(source, pos, `unknown function '${fn}' (known: ${known})`, context);
    }
    const arity = FUNCTIONS[fn as FunctionName];
    if (arity === -1 ? args.length < 2 : args.length !== arity) {
      throw arityError(arity === -1 ? '2 or more' : String(arity));
    }
    return { kind: 'call', fn: fn as FunctionName, args };
  };

  const expr = parseOr();
  const t = peek();
  if (t.type !== 'end') throw syntaxError(source, t.pos, `unexpected '${t.type === 'num' ? t.value : t.value}'`, context);
  return expr;
}
