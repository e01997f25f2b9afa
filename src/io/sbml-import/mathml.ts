import type { Expr, FunctionName } from '../../engine/expr/ast.js';
import { invalid, unsupported } from './errors.js';
import type { XmlNode } from './xml.js';

/**
 * MathML (the SBML subset) to expression trees of the engine's language. Names stay SBML ids here; the model
 * builder renames them. Functions the language lacks are written with those it has (sec = 1/cos, log base b =
 * ln/ln b, root of degree n = x^(1/n), quotient = trunc(a/b), ...). Function definitions are inlined by the caller
 * through `lambdas`.
 */

export interface Lambda {
  readonly params: readonly string[];
  readonly body: Expr;
}

export interface MathContext {
  /** Where the math sits, for errors (e.g. "kineticLaw of reaction R1"). */
  readonly element: string;
  readonly lambdas: ReadonlyMap<string, Lambda>;
}

const num = (value: number): Expr => ({ kind: 'num', value });
const bin = (op: '+' | '-' | '*' | '/' | '^', left: Expr, right: Expr): Expr => ({ kind: 'bin', op, left, right });
const call = (fn: FunctionName, ...args: Expr[]): Expr => ({ kind: 'call', fn, args });
const NAN: Expr = bin('/', num(0), num(0));
const INF: Expr = bin('/', num(1), num(0));
const AVOGADRO = 6.02214076e23;
/** Name of the time csymbol in imported trees (no SBML id can take it); the builder renames it to `t`. */
export const TIME = '#time';

/** Replaces variables by expressions (function-definition arguments). */
export function substitute(e: Expr, map: ReadonlyMap<string, Expr>): Expr {
  switch (e.kind) {
    case 'num':
      return e;
    case 'var':
      return map.get(e.name) ?? e;
    case 'neg':
    case 'not':
      return { ...e, arg: substitute(e.arg, map) };
    case 'bin':
    case 'cmp':
    case 'logic':
      return { ...e, left: substitute(e.left, map), right: substitute(e.right, map) } as Expr;
    case 'call':
      return { ...e, args: e.args.map((a) => substitute(a, map)) };
    case 'piecewise':
      return { kind: 'piecewise', pieces: e.pieces.map((p) => ({ value: substitute(p.value, map), when: substitute(p.when, map) })), otherwise: substitute(e.otherwise, map) };
  }
}

/** The expression of a `<math>` element (its single child). */
export function mathToExpr(math: XmlNode, ctx: MathContext): Expr {
  const content = math.children.filter((c) => c.name !== 'annotation' && c.name !== 'annotation-xml');
  if (content.length !== 1) throw invalid(ctx.element, `<math> must hold one expression, found ${content.length}`);
  return convert(content[0]!, ctx);
}

function cn(node: XmlNode, ctx: MathContext): number {
  const type = node.attrs.type ?? 'real';
  const pieces = node.parts.filter((p) => p !== '' && p !== '<sep>');
  const parse = (s: string): number => {
    const v = /^\s*[-+]?(inf|infinity)\s*$/i.test(s) ? (s.trim().startsWith('-') ? -Infinity : Infinity) : /^\s*nan\s*$/i.test(s) ? NaN : Number(s);
    if (Number.isNaN(v) && !/nan/i.test(s)) throw invalid(ctx.element, `<cn> '${s}' is not a number`);
    return v;
  };
  switch (type) {
    case 'integer':
    case 'real':
    case 'double':
      return parse(node.text);
    case 'e-notation':
      return parse(`${pieces[0]}e${pieces[1]}`);
    case 'rational':
      return parse(pieces[0]!) / parse(pieces[1]!);
    default:
      throw unsupported(ctx.element, `MathML <cn type="${type}">`);
  }
}

const numberExpr = (v: number): Expr => (Number.isNaN(v) ? NAN : v === Infinity ? INF : v === -Infinity ? { kind: 'neg', arg: INF } : num(v));

function convert(node: XmlNode, ctx: MathContext): Expr {
  switch (node.name) {
    case 'cn':
      return numberExpr(cn(node, ctx));
    case 'ci':
      return { kind: 'var', name: node.text };
    case 'csymbol': {
      const url = node.attrs.definitionURL ?? '';
      if (url.endsWith('/time')) return { kind: 'var', name: TIME };
      if (url.endsWith('/avogadro')) return num(AVOGADRO);
      throw unsupported(ctx.element, `MathML csymbol ${url.split('/').pop()}`);
    }
    case 'true':
      return num(1);
    case 'false':
      return num(0);
    case 'pi':
      return num(Math.PI);
    case 'exponentiale':
      return num(Math.E);
    case 'infinity':
      return INF;
    case 'notanumber':
      return NAN;
    case 'semantics':
      return convert(node.children[0]!, ctx);
    case 'piecewise': {
      const pieces = node.children
        .filter((c) => c.name === 'piece')
        .map((p) => ({ value: convert(p.children[0]!, ctx), when: convert(p.children[1]!, ctx) }));
      const other = node.children.find((c) => c.name === 'otherwise');
      const otherwise = other ? convert(other.children[0]!, ctx) : NAN;
      if (pieces.length === 0) return otherwise;
      return { kind: 'piecewise', pieces, otherwise };
    }
    case 'apply':
      return apply(node, ctx);
    default:
      throw unsupported(ctx.element, `MathML <${node.name}>`);
  }
}

function apply(node: XmlNode, ctx: MathContext): Expr {
  const [head, ...rest] = node.children;
  if (!head) throw invalid(ctx.element, 'empty <apply>');
  const qualifier = (name: string): XmlNode | undefined => rest.find((c) => c.name === name);
  const args = rest.filter((c) => c.name !== 'degree' && c.name !== 'logbase' && c.name !== 'bvar').map((c) => convert(c, ctx));
  const a = args[0]!;
  const b = args[1]!;
  const arity = (n: number): void => {
    if (args.length !== n) throw invalid(ctx.element, `MathML <${head.name}> takes ${n} argument(s), got ${args.length}`);
  };
  const chain = (op: '==' | '!=' | '<' | '<=' | '>' | '>='): Expr => {
    if (args.length < 2) return num(1);
    let out: Expr = { kind: 'cmp', op, left: args[0]!, right: args[1]! };
    for (let i = 2; i < args.length; i++) out = { kind: 'logic', op: '&&', left: out, right: { kind: 'cmp', op, left: args[i - 1]!, right: args[i]! } };
    return out;
  };
  const fold = (op: '&&' | '||', empty: number): Expr =>
    args.length === 0 ? num(empty) : args.slice(1).reduce<Expr>((acc, x) => ({ kind: 'logic', op, left: acc, right: x }), args[0]!);
  const unary = (fn: FunctionName): Expr => (arity(1), call(fn, a));
  const inv = (e: Expr): Expr => bin('/', num(1), e);
  switch (head.name) {
    case 'ci': {
      const name = head.text;
      const lambda = ctx.lambdas.get(name);
      if (!lambda) throw invalid(ctx.element, `call of '${name}', which is not a function definition`);
      if (lambda.params.length !== args.length) throw invalid(ctx.element, `function '${name}' takes ${lambda.params.length} argument(s), got ${args.length}`);
      return substitute(lambda.body, new Map(lambda.params.map((p, i) => [p, args[i]!])));
    }
    case 'csymbol': {
      const url = head.attrs.definitionURL ?? '';
      throw unsupported(ctx.element, `MathML csymbol ${url.split('/').pop()}`);
    }
    case 'plus':
      return args.length === 0 ? num(0) : args.slice(1).reduce((acc, x) => bin('+', acc, x), a);
    case 'times':
      return args.length === 0 ? num(1) : args.slice(1).reduce((acc, x) => bin('*', acc, x), a);
    case 'minus':
      if (args.length === 1) return { kind: 'neg', arg: a };
      arity(2);
      return bin('-', a, b);
    case 'divide':
      arity(2);
      return bin('/', a, b);
    case 'power':
      arity(2);
      return bin('^', a, b);
    case 'root': {
      arity(1);
      const degree = qualifier('degree');
      if (!degree) return call('sqrt', a);
      return bin('^', a, bin('/', num(1), convert(degree.children[0]!, ctx)));
    }
    case 'log': {
      arity(1);
      const base = qualifier('logbase');
      if (!base) return call('log10', a);
      return bin('/', call('log', a), call('log', convert(base.children[0]!, ctx)));
    }
    case 'ln':
      return unary('log');
    case 'exp':
    case 'abs':
    case 'floor':
    case 'sin':
    case 'cos':
    case 'tan':
    case 'sinh':
    case 'cosh':
    case 'tanh':
      return unary(head.name);
    case 'ceiling':
      return unary('ceil');
    case 'arcsin':
    case 'arccos':
    case 'arctan':
    case 'arcsinh':
    case 'arccosh':
    case 'arctanh':
      return unary(`a${head.name.slice(3)}` as FunctionName);
    case 'sec':
      return arity(1), inv(call('cos', a));
    case 'csc':
      return arity(1), inv(call('sin', a));
    case 'cot':
      return arity(1), inv(call('tan', a));
    case 'sech':
      return arity(1), inv(call('cosh', a));
    case 'csch':
      return arity(1), inv(call('sinh', a));
    case 'coth':
      return arity(1), inv(call('tanh', a));
    case 'arcsec':
      return arity(1), call('acos', inv(a));
    case 'arccsc':
      return arity(1), call('asin', inv(a));
    case 'arccot':
      return arity(1), call('atan', inv(a));
    case 'arcsech':
      return arity(1), call('acosh', inv(a));
    case 'arccsch':
      return arity(1), call('asinh', inv(a));
    case 'arccoth':
      return arity(1), call('atanh', inv(a));
    case 'max':
    case 'min':
      if (args.length === 1) return a;
      return call(head.name, ...args);
    case 'quotient':
      arity(2);
      return call('trunc', bin('/', a, b));
    case 'rem':
      arity(2);
      return bin('-', a, bin('*', b, call('trunc', bin('/', a, b))));
    case 'eq':
      return chain('==');
    case 'neq':
      arity(2);
      return { kind: 'cmp', op: '!=', left: a, right: b };
    case 'gt':
      return chain('>');
    case 'lt':
      return chain('<');
    case 'geq':
      return chain('>=');
    case 'leq':
      return chain('<=');
    case 'and':
      return fold('&&', 1);
    case 'or':
      return fold('||', 0);
    case 'xor': {
      if (args.length === 0) return num(0);
      // Odd number of true arguments.
      return args.slice(1).reduce<Expr>(
        (acc, x) => ({ kind: 'logic', op: '||', left: { kind: 'logic', op: '&&', left: acc, right: { kind: 'not', arg: x } }, right: { kind: 'logic', op: '&&', left: { kind: 'not', arg: acc }, right: x } }),
        a,
      );
    }
    case 'not':
      arity(1);
      return { kind: 'not', arg: a };
    case 'implies':
      arity(2);
      return { kind: 'logic', op: '||', left: { kind: 'not', arg: a }, right: b };
    default:
      throw unsupported(ctx.element, `MathML <${head.name}>`);
  }
}

/** A `<lambda>` of a function definition: its bound variables and body (body may call earlier definitions). */
export function lambdaOf(math: XmlNode, ctx: MathContext): Lambda {
  const lambda = math.children.find((c) => c.name === 'lambda') ?? math.children.find((c) => c.name === 'semantics')?.children.find((c) => c.name === 'lambda');
  if (!lambda) throw invalid(ctx.element, 'functionDefinition without <lambda>');
  const params = lambda.children.filter((c) => c.name === 'bvar').map((b) => b.children[0]!.text);
  const bodyNode = lambda.children.filter((c) => c.name !== 'bvar');
  if (bodyNode.length !== 1) throw invalid(ctx.element, '<lambda> must have one body');
  return { params, body: convert(bodyNode[0]!, ctx) };
}
