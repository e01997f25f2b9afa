import { assertNever, type BinaryOp, type CompareOp, type Expr, type FunctionName, type LogicOp } from './ast.js';
import { literal } from './codegen.js';

/**
 * Expression graphs for code generation. Expressions are interned into a DAG in which identical subexpressions share
 * one node (common-subexpression elimination), derived quantities are substituted by their definitions, and every
 * node knows what it varies with: nothing, parameters only, or states and time. The compiler evaluates the
 * parameter-only nodes once per parameter vector (`cacheNodes`); `emitFunction` writes straight-line JavaScript that
 * binds every node used more than once to a local.
 *
 * Every node is evaluated with the same operations on the same operands as in the tree it came from (a * b and b * a
 * share a node: they are equal in floating point), so sharing and hoisting do not change results; only x^3, x^4 and
 * x^-2..-4 of a compound x (written as products instead of Math.pow, as the plain code does for names) may differ in
 * the last bit.
 */

/** What a node varies with: 0 nothing (a constant), 1 parameters only, 2 states or time. */
export type Level = 0 | 1 | 2;

export type GraphNode =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'state' | 'param'; readonly index: number }
  | { readonly kind: 'time' }
  | { readonly kind: 'neg' | 'not'; readonly arg: number }
  | { readonly kind: 'bin'; readonly op: BinaryOp; readonly left: number; readonly right: number }
  | { readonly kind: 'call'; readonly fn: Exclude<FunctionName, 'pow'>; readonly args: readonly number[] }
  | { readonly kind: 'cmp'; readonly op: CompareOp; readonly left: number; readonly right: number }
  | { readonly kind: 'logic'; readonly op: LogicOp; readonly left: number; readonly right: number }
  | { readonly kind: 'piecewise'; readonly pieces: readonly { readonly value: number; readonly when: number }[]; readonly otherwise: number };

/** What a model name stands for: a state, a parameter, time, or (for derived quantities) another expression. */
export type NameBinding =
  | { readonly kind: 'state' | 'param'; readonly index: number }
  | { readonly kind: 'time' }
  | { readonly kind: 'expr'; readonly expr: Expr; readonly label?: string };

const isLeafKind = (k: GraphNode['kind']): boolean => k === 'num' || k === 'state' || k === 'param' || k === 'time';
const isBooleanKind = (k: GraphNode['kind']): boolean => k === 'cmp' || k === 'logic' || k === 'not';

/** Children of a node, in evaluation order. */
export function children(node: GraphNode): readonly number[] {
  switch (node.kind) {
    case 'num':
    case 'state':
    case 'param':
    case 'time':
      return [];
    case 'neg':
    case 'not':
      return [node.arg];
    case 'bin':
    case 'cmp':
    case 'logic':
      return [node.left, node.right];
    case 'call':
      return node.args;
    case 'piecewise':
      return [...node.pieces.flatMap((p) => [p.value, p.when]), node.otherwise];
    default:
      return assertNever(node);
  }
}

export class ExprGraph {
  readonly nodes: GraphNode[] = [];
  readonly levels: Level[] = [];
  /** Names of the derived quantities (or other labelled bindings) a node computes: for comments in generated code. */
  readonly labels = new Map<number, string>();
  private readonly byKey = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  private readonly resolving = new Set<string>();

  /** `bind` says what each name in the expressions stands for; names bound to expressions are substituted once. */
  constructor(private readonly bind: (name: string) => NameBinding) {}

  /** The node of an expression (interned: an identical expression gives the same node). */
  add(expr: Expr): number {
    switch (expr.kind) {
      case 'num':
        return this.intern({ kind: 'num', value: expr.value });
      case 'var':
        return this.name(expr.name);
      case 'neg': {
        // A negated number is a number (negation is exact).
        const arg = this.add(expr.arg);
        const a = this.nodes[arg]!;
        return this.intern(a.kind === 'num' ? { kind: 'num', value: -a.value } : { kind: 'neg', arg });
      }
      case 'not':
        return this.intern({ kind: 'not', arg: this.add(expr.arg) });
      case 'bin':
        return this.binary(expr.op, this.add(expr.left), this.add(expr.right));
      case 'call': {
        const args = expr.args.map((a) => this.add(a));
        if (expr.fn === 'pow') return this.binary('^', args[0]!, args[1]!);
        return this.intern({ kind: 'call', fn: expr.fn, args });
      }
      case 'cmp':
        return this.intern({ kind: 'cmp', op: expr.op, left: this.add(expr.left), right: this.add(expr.right) });
      case 'logic':
        return this.intern({ kind: 'logic', op: expr.op, left: this.add(expr.left), right: this.add(expr.right) });
      case 'piecewise':
        return this.intern({
          kind: 'piecewise',
          pieces: expr.pieces.map((p) => ({ value: this.add(p.value), when: this.add(p.when) })),
          otherwise: this.add(expr.otherwise),
        });
      default:
        return assertNever(expr);
    }
  }

  /** The node a name stands for. */
  name(name: string): number {
    const hit = this.byName.get(name);
    if (hit !== undefined) return hit;
    if (this.resolving.has(name)) throw new Error(`internal: '${name}' is defined in terms of itself`);
    this.resolving.add(name);
    const b = this.bind(name);
    let id: number;
    if (b.kind === 'expr') {
      id = this.add(b.expr);
      if (b.label !== undefined && !this.labels.has(id)) this.labels.set(id, b.label);
    } else {
      id = this.intern(b.kind === 'time' ? { kind: 'time' } : { kind: b.kind, index: b.index });
    }
    this.resolving.delete(name);
    this.byName.set(name, id);
    return id;
  }

  private binary(op: BinaryOp, left: number, right: number): number {
    // x ^ 1 is x exactly (hill functions of exponent 1).
    const r = this.nodes[right]!;
    if (op === '^' && r.kind === 'num' && r.value === 1) return left;
    return this.intern({ kind: 'bin', op, left, right });
  }

  private intern(node: GraphNode): number {
    const key = nodeKey(node);
    const hit = this.byKey.get(key);
    if (hit !== undefined) return hit;
    const id = this.nodes.length;
    this.nodes.push(node);
    let level: Level;
    switch (node.kind) {
      case 'num':
        level = 0;
        break;
      case 'param':
        level = 1;
        break;
      case 'state':
      case 'time':
        level = 2;
        break;
      default:
        level = 0;
        for (const c of children(node)) if (this.levels[c]! > level) level = this.levels[c]!;
    }
    this.levels.push(level);
    this.byKey.set(key, id);
    return id;
  }
}

function nodeKey(node: GraphNode): string {
  switch (node.kind) {
    case 'num':
      return `n${Object.is(node.value, -0) ? '-0' : String(node.value)}`;
    case 'state':
      return `y${node.index}`;
    case 'param':
      return `p${node.index}`;
    case 'time':
      return 't';
    case 'neg':
      return `-${node.arg}`;
    case 'not':
      return `!${node.arg}`;
    case 'bin':
      // + and * commute exactly in floating point: a*b and b*a share a node.
      if ((node.op === '+' || node.op === '*') && node.left > node.right) return `${node.op}${node.right},${node.left}`;
      return `${node.op}${node.left},${node.right}`;
    case 'cmp':
    case 'logic':
      return `${node.op}${node.left},${node.right}`;
    case 'call':
      return `${node.fn}(${node.args.join(',')})`;
    case 'piecewise':
      return `pw(${children(node).join(',')})`;
    default:
      return assertNever(node);
  }
}

/**
 * The parameter-only nodes the given roots need: the largest parameter-only subexpressions of expressions that vary
 * with states or time, and parameter-only roots themselves (plain parameters and numbers excluded), in first-use
 * order. Evaluated once per parameter vector, they make the per-call functions cheaper.
 */
export function cacheNodes(graph: ExprGraph, roots: readonly number[]): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const visit = (id: number): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = graph.nodes[id]!;
    if (isLeafKind(node.kind)) return;
    if (graph.levels[id]! < 2) {
      out.push(id);
      return;
    }
    for (const c of children(node)) visit(c);
  };
  for (const r of roots) visit(r);
  return out;
}

export interface EmitOptions {
  /** Nodes read from the cache array `c` instead of computed (node to slot). */
  readonly cache?: ReadonlyMap<number, number>;
  /** Code written before the first output (e.g. `out.fill(0);`). */
  readonly prelude?: readonly string[];
}

/**
 * Straight-line JavaScript assigning each root's value to its target (`out[3]`, `c[0]`). Nodes used more than once
 * (and the bases of powers written without Math.pow) are bound to `const` locals before their first use; nodes used
 * once are written inline. Each root's locals come just before its assignment, in root order. It reads `t`, `y`, `p`
 * and, for cached nodes, `c`.
 */
export function emitFunction(graph: ExprGraph, roots: readonly { readonly target: string; readonly node: number }[], options: EmitOptions = {}): string {
  const { nodes } = graph;
  const cache = options.cache ?? new Map<number, number>();
  const isLeaf = (id: number): boolean => isLeafKind(nodes[id]!.kind) || cache.has(id);

  // Uses of each node reachable from the roots (cached nodes are leaves here).
  const uses = new Map<number, number>();
  const forceLocal = new Set<number>();
  const count = (id: number): void => {
    const u = uses.get(id) ?? 0;
    uses.set(id, u + 1);
    if (u > 0 || isLeaf(id)) return;
    const node = nodes[id]!;
    const repeatsBase = node.kind === 'bin' && node.op === '^' && (smallPower(graph, node.right) !== undefined || dispatchedPower(graph, node.right));
    if (repeatsBase && !isLeaf(node.left)) forceLocal.add(node.left);
    for (const c of children(node)) count(c);
  };
  for (const r of roots) count(r.node);

  const bound = new Map<number, string>();
  const lines: string[] = [...(options.prelude ?? [])];
  let counter = 0;
  const leafCode = (id: number): string => {
    const slot = cache.get(id);
    if (slot !== undefined) return `c[${slot}]`;
    const node = nodes[id]!;
    switch (node.kind) {
      case 'num':
        return literal(node.value);
      case 'state':
        return `y[${node.index}]`;
      case 'param':
        return `p[${node.index}]`;
      case 'time':
        return 't';
      default:
        throw new Error(`internal: node ${id} is not a leaf`);
    }
  };
  const needsLocal = (id: number): boolean => {
    const k = nodes[id]!.kind;
    if (k === 'num' || k === 'time' || k === 'param') return false;
    return (uses.get(id) ?? 0) > 1 || forceLocal.has(id);
  };

  /** Numeric code of a node. */
  const num = (id: number): string => {
    const local = bound.get(id);
    if (local !== undefined) return isBooleanKind(nodes[id]!.kind) && !cache.has(id) ? `(${local} ? 1 : 0)` : local;
    if (isLeaf(id)) return leafCode(id);
    const node = nodes[id]!;
    switch (node.kind) {
      case 'neg':
        return `(-${num(node.arg)})`;
      case 'bin':
        if (node.op === '^') return power(node.left, node.right);
        return `(${num(node.left)} ${node.op} ${num(node.right)})`;
      case 'call':
        return `Math.${node.fn}(${node.args.map(num).join(', ')})`;
      case 'cmp':
      case 'logic':
      case 'not':
        return `(${cond(id)} ? 1 : 0)`;
      case 'piecewise': {
        let out = num(node.otherwise);
        for (let i = node.pieces.length - 1; i >= 0; i--) out = `(${cond(node.pieces[i]!.when)} ? ${num(node.pieces[i]!.value)} : ${out})`;
        return out;
      }
      default:
        throw new Error(`internal: unexpected node kind ${node.kind}`);
    }
  };
  /** Condition code of a node (a number counts as true when non-zero). */
  const cond = (id: number): string => {
    const node = nodes[id]!;
    const local = bound.get(id);
    const boolean = isBooleanKind(node.kind) && !cache.has(id);
    if (local !== undefined) return boolean ? local : `(${local} !== 0)`;
    if (!boolean) return `(${num(id)} !== 0)`;
    switch (node.kind) {
      case 'cmp': {
        const op = node.op === '==' ? '===' : node.op === '!=' ? '!==' : node.op;
        return `(${num(node.left)} ${op} ${num(node.right)})`;
      }
      case 'logic':
        return `(${cond(node.left)} ${node.op} ${cond(node.right)})`;
      case 'not':
        return `(!${cond(node.arg)})`;
      default:
        throw new Error(`internal: unexpected node kind ${node.kind}`);
    }
  };
  const power = (base: number, exponent: number): string => {
    const n = smallPower(graph, exponent);
    const e = nodes[exponent]!;
    if (e.kind === 'num' && e.value === 0.5) return `Math.sqrt(${num(base)})`;
    if (dispatchedPower(graph, exponent)) {
      // A parameter exponent is often 0, 1 or 2 (an effect switched off, a hill exponent), or one less in a
      // derivative. For these Math.pow(x, e) equals 1, x, x * x and 1 / x exactly (V8's pow special-cases them the
      // same way), so they skip its cost. The base is a leaf or a local here.
      const b = num(base);
      const x = num(exponent);
      return `((${x} === 0) ? 1 : (${x} === 1) ? ${b} : (${x} === 2) ? (${b} * ${b}) : (${x} === -1) ? (1 / ${b}) : Math.pow(${b}, ${x}))`;
    }
    if (n === undefined) return `Math.pow(${num(base)}, ${num(exponent)})`;
    // The base is a leaf or a local here, so repeating it costs nothing.
    const b = num(base);
    const product = Array(Math.abs(n)).fill(b).join(' * ');
    return n > 0 ? `(${product})` : Math.abs(n) === 1 ? `(1 / ${b})` : `(1 / (${product}))`;
  };

  const emitted = new Set<number>();
  const emit = (id: number): void => {
    if (emitted.has(id)) return;
    emitted.add(id);
    if (!isLeaf(id)) for (const c of children(nodes[id]!)) emit(c);
    if (!needsLocal(id)) return;
    const node = nodes[id]!;
    const boolean = isBooleanKind(node.kind) && !cache.has(id);
    const name = node.kind === 'state' ? `y${node.index}` : cache.has(id) ? `c${cache.get(id)}` : `${boolean ? 'b' : 'v'}${counter++}`;
    const label = graph.labels.get(id);
    lines.push(`const ${name} = ${boolean ? cond(id) : num(id)};${label !== undefined ? ` // ${label}` : ''}`);
    bound.set(id, name);
  };
  for (const r of roots) {
    emit(r.node);
    lines.push(`${r.target} = ${num(r.node)};`);
  }
  return lines.join('\n');
}

/** Whether x ^ exponent checks for the exponents 0 and 1 before calling Math.pow: a parameter-only exponent that varies. */
function dispatchedPower(graph: ExprGraph, exponent: number): boolean {
  return graph.nodes[exponent]!.kind !== 'num' && graph.levels[exponent]! < 2;
}

/** The exponent as an integer in -4..-1 or 2..4 (written as products), else undefined. */
function smallPower(graph: ExprGraph, exponent: number): number | undefined {
  const e = graph.nodes[exponent]!;
  if (e.kind !== 'num' || !Number.isInteger(e.value)) return undefined;
  const n = e.value;
  return (n >= 2 && n <= 4) || (n <= -1 && n >= -4) ? n : undefined;
}
