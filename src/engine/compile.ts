import { ModelError } from './errors.js';
import { referencedNames, type Expr } from './expr/ast.js';
import { toJs, type NameResolver } from './expr/codegen.js';
import { add, differentiate, isZero, mul } from './expr/derivative.js';
import { cacheNodes, emitFunction, ExprGraph, type NameBinding } from './expr/graph.js';
import { parseExpr } from './expr/parse.js';
import { composeModel, didYouMean, type ComposedModel, type ModuleDef, type ParameterDef } from './model.js';
import { sparsityPattern, type SparsityPattern } from './sparse.js';

/** f(t, y, p) written into `out` (length n). */
export type VectorFn = (t: number, y: Float64Array, p: Float64Array, out: Float64Array) => void;
/** Scalar function of time, state and parameters (event conditions, outputs). */
export type ScalarFn = (t: number, y: Float64Array, p: Float64Array) => number;
/**
 * f(t, y, p) written into `out`, reading the parameter-only quantities from `cache` (filled by
 * `CompiledModel.precompute` for the same p).
 */
export type CachedVectorFn = (t: number, y: Float64Array, p: Float64Array, cache: Float64Array, out: Float64Array) => void;

/** The generated functions in their fast form: each reads a parameter cache instead of recomputing it. */
export interface ModelKernels {
  readonly rhs: CachedVectorFn;
  readonly jacobian: CachedVectorFn;
  readonly jacobianValues: CachedVectorFn;
  readonly dfdt: CachedVectorFn;
  readonly derivedValues: CachedVectorFn;
}

export interface CompileOptions {
  /**
   * Optimise the generated code (default true): quantities that depend on parameters only are computed once per
   * parameter vector (`precompute`), subexpressions used more than once are computed once per call, small integer
   * powers become products and parameter exponents 0, 1, 2 and -1 skip Math.pow. Results are those of the plain code
   * (bit for bit but for x^3, x^4 and x^-2..-4 of compound x, which may differ in the last bit). `false` writes each
   * expression as it stands: a reference for tests and benchmarks.
   */
  readonly optimize?: boolean;
}

export interface CompiledModel {
  readonly name: string;
  readonly composed: ComposedModel;
  /** Number of states. */
  readonly n: number;
  readonly stateNames: readonly string[];
  readonly parameterNames: readonly string[];
  readonly derivedNames: readonly string[];
  /** True when the right-hand side reads `t` directly (then dfdt is not identically zero). */
  readonly timeDependent: boolean;
  /** dy/dt. Like every plain (t, y, p, out) function here, it fills a parameter cache on each call: hot loops use `kernels`. */
  readonly rhs: VectorFn;
  /** Analytic Jacobian df/dy, row-major: J[i * n + j] = d f_i / d y_j. */
  readonly jacobian: VectorFn;
  /**
   * Structural nonzeros of the Jacobian: the entries whose symbolic derivative is not identically zero, i.e. the only
   * ones `jacobian` can set (compressed sparse rows, columns ascending).
   */
  readonly jacobianPattern: SparsityPattern;
  /** The same Jacobian, only its structural nonzeros, in `jacobianPattern` order (out has length nnz). */
  readonly jacobianValues: VectorFn;
  /** Analytic df/dt. */
  readonly dfdt: VectorFn;
  /** Every derived quantity, in `derivedNames` order. */
  readonly derivedValues: VectorFn;
  /** Length of a parameter cache (0 when nothing depends on parameters only, or without optimisation). */
  readonly cacheSize: number;
  /**
   * Fills `cache` (length cacheSize) with the quantities that depend on parameters only (young-state normalisations,
   * parameter products, ...). Call it again after every change of p.
   */
  precompute(p: Float64Array, cache: Float64Array): void;
  /** A new parameter cache, filled for p. */
  parameterCache(p: Float64Array): Float64Array;
  /** rhs, jacobian, jacobianValues, dfdt and derivedValues reading a cache filled for the same p: for solvers. */
  readonly kernels: ModelKernels;
  stateIndex(name: string): number;
  parameterIndex(name: string): number;
  /** A fresh copy of the declared parameter values. */
  defaultParameters(): Float64Array;
  /** Parameter vector with overrides by name, each checked against its declared bounds. */
  parameters(overrides?: Readonly<Record<string, number>>, base?: Float64Array): Float64Array;
  /** Checks one value against a parameter's bounds; throws a ModelError naming the parameter and the range. */
  checkParameter(name: string, value: number): void;
  /** Initial state for a parameter vector (initial values may be expressions of parameters). */
  initialState(p?: Float64Array): Float64Array;
  /** Compiles an expression over states, parameters, derived quantities and t. */
  compileExpression(source: string, context?: string): ScalarFn;
  /** Generated JavaScript, for inspection. */
  readonly source: {
    readonly rhs: string;
    readonly jacobian: string;
    readonly jacobianValues: string;
    readonly dfdt: string;
    readonly derivedValues: string;
    readonly precompute: string;
  };
}

const cache = new WeakMap<ComposedModel, CompiledModel>();
const referenceCache = new WeakMap<ComposedModel, CompiledModel>();
const cacheByModules = new WeakMap<readonly ModuleDef[], Map<string, CompiledModel>>();

/**
 * Compiles modules (or an already composed model) once; later calls with the same ComposedModel object (and options),
 * or with the same name and the same modules array, hit the cache.
 */
export function compileModel(model: ComposedModel, options?: CompileOptions): CompiledModel;
export function compileModel(name: string, modules: readonly ModuleDef[]): CompiledModel;
export function compileModel(a: ComposedModel | string, b?: readonly ModuleDef[] | CompileOptions): CompiledModel {
  if (typeof a === 'string') {
    const list = (b as readonly ModuleDef[] | undefined) ?? [];
    const byName = cacheByModules.get(list) ?? new Map<string, CompiledModel>();
    cacheByModules.set(list, byName);
    const hit = byName.get(a);
    if (hit) return hit;
    const compiled = compileModel(composeModel(a, list));
    byName.set(a, compiled);
    return compiled;
  }
  const optimize = (b as CompileOptions | undefined)?.optimize ?? true;
  const store = optimize ? cache : referenceCache;
  const hit = store.get(a);
  if (hit) return hit;
  const compiled = build(a, optimize);
  store.set(a, compiled);
  return compiled;
}

/** Name of the symbolic variable that stands for d(derived)/d(wrt) inside generated code. */
const sensitivityName = (derived: string, wrt: string): string => `$D:${derived}:${wrt}`;
const TIME = 't';

function build(composed: ComposedModel, optimize: boolean): CompiledModel {
  const stateNames = [...composed.states.keys()];
  const parameterNames = [...composed.parameters.keys()];
  const derivedNames = [...composed.derived.keys()];
  const n = stateNames.length;
  if (n === 0) throw new ModelError(`model '${composed.name}' has no states`);
  const stateIdx = new Map(stateNames.map((s, i) => [s, i]));
  const paramIdx = new Map(parameterNames.map((s, i) => [s, i]));
  const derivedIdx = new Map(derivedNames.map((s, i) => [s, i]));
  const allNames = [...stateNames, ...parameterNames, ...derivedNames, TIME];

  const parse = (source: string, context: string, allowed: (name: string) => boolean, what: string): Expr => {
    const expr = parseExpr(source, context);
    for (const name of referencedNames(expr)) {
      if (!allowed(name)) {
        const known = stateIdx.has(name) || paramIdx.has(name) || derivedIdx.has(name) || name === TIME;
        throw new ModelError(
          known
            ? `${context} uses '${name}', but ${what}`
            : `${context} uses undefined name '${name}'${didYouMean(name, allNames)}`,
          { field: context },
        );
      }
    }
    return expr;
  };
  const anyName = (name: string): boolean =>
    stateIdx.has(name) || paramIdx.has(name) || derivedIdx.has(name) || name === TIME;

  // Parameters: check declared values and bounds.
  const paramDefs: ParameterDef[] = parameterNames.map((p) => composed.parameters.get(p)!.def);
  const checkParameter = (name: string, value: number): void => {
    const i = paramIdx.get(name);
    if (i === undefined) {
      throw new ModelError(`unknown parameter '${name}'${didYouMean(name, parameterNames)}`, { field: name });
    }
    const def = paramDefs[i]!;
    const lo = def.min ?? 0;
    const hi = def.max ?? Infinity;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ModelError(`parameter '${name}' must be a finite number, got ${String(value)} (allowed: ${lo} to ${hi} ${def.unit})`, { field: name });
    }
    if (value < lo || value > hi) {
      throw new ModelError(`parameter '${name}' = ${value} is outside its allowed range ${lo} to ${hi} ${def.unit}`, { field: name });
    }
  };
  parameterNames.forEach((name, i) => {
    const def = paramDefs[i]!;
    if (!Number.isFinite(def.value)) {
      throw new ModelError(`parameter '${name}' in module '${composed.parameters.get(name)!.module}' has a non-finite value ${def.value}`, { field: name });
    }
    checkParameter(name, def.value);
  });

  // Derived quantities: parse, then order so each is computed after what it reads; cycles are errors.
  const derivedExpr = new Map<string, Expr>();
  for (const [name, { def, module }] of composed.derived) {
    derivedExpr.set(name, parse(def.expr, `derived quantity '${name}' (module '${module}')`, anyName, ''));
  }
  const derivedOrder = topologicalOrder(derivedNames, (d) => [...referencedNames(derivedExpr.get(d)!)].filter((x) => derivedIdx.has(x)));

  // Rates: the sum of every module's terms for each state.
  const rateExpr: Expr[] = stateNames.map((state) => {
    const terms = composed.rates.get(state) ?? [];
    return terms
      .map((term) => parse(term.expr, `rate of '${state}' (module '${term.module}')`, anyName, ''))
      .reduce<Expr>((sum, e) => add(sum, e), { kind: 'num', value: 0 });
  });

  // Initial values: numbers or expressions of parameters.
  const initialExpr: Expr[] = stateNames.map((state) => {
    const { def, module } = composed.states.get(state)!;
    if (typeof def.initial === 'number') {
      if (!Number.isFinite(def.initial)) {
        throw new ModelError(`initial value of state '${state}' (module '${module}') is not finite: ${def.initial}`, { field: state });
      }
      return { kind: 'num', value: def.initial };
    }
    return parse(def.initial, `initial value of '${state}' (module '${module}')`, (x) => paramIdx.has(x), 'initial values may use parameters only');
  });

  // Which states (and t) each derived quantity depends on, transitively.
  const dependsOn = new Map<string, Set<string>>();
  for (const d of derivedOrder) {
    const deps = new Set<string>();
    for (const name of referencedNames(derivedExpr.get(d)!)) {
      if (stateIdx.has(name) || name === TIME) deps.add(name);
      else if (derivedIdx.has(name)) for (const x of dependsOn.get(name)!) deps.add(x);
    }
    dependsOn.set(d, deps);
  }
  const directDeps = (expr: Expr): { vars: Set<string>; derived: string[] } => {
    const vars = new Set<string>();
    const derived: string[] = [];
    for (const name of referencedNames(expr)) {
      if (stateIdx.has(name) || name === TIME) vars.add(name);
      else if (derivedIdx.has(name)) {
        derived.push(name);
        for (const x of dependsOn.get(name)!) vars.add(x);
      }
    }
    return { vars, derived };
  };

  const local = (d: string): string => `d${derivedIdx.get(d)}`;
  const sensitivityLocal = (d: string, wrt: string): string =>
    `g${derivedIdx.get(d)}_${wrt === TIME ? 't' : stateIdx.get(wrt)}`;
  const resolve: NameResolver = (name) => {
    const s = stateIdx.get(name);
    if (s !== undefined) return `y[${s}]`;
    const p = paramIdx.get(name);
    if (p !== undefined) return `p[${p}]`;
    if (derivedIdx.has(name)) return local(name);
    if (name === TIME) return 't';
    if (name.startsWith('$D:')) {
      const [, d, wrt] = name.split(':') as [string, string, string];
      return sensitivityLocal(d, wrt);
    }
    throw new Error(`internal: unresolved name ${name}`);
  };

  /** Derived quantities needed (transitively) by some expressions, in evaluation order. */
  const neededDerived = (exprs: readonly Expr[]): string[] => {
    const needed = new Set<string>();
    const visit = (names: Iterable<string>): void => {
      for (const x of names) {
        if (derivedIdx.has(x) && !needed.has(x)) {
          needed.add(x);
          visit(referencedNames(derivedExpr.get(x)!));
        }
      }
    };
    for (const e of exprs) visit(referencedNames(e));
    return derivedOrder.filter((d) => needed.has(d));
  };
  const derivedLines = (names: readonly string[]): string[] =>
    names.map((d) => `const ${local(d)} = ${toJs(derivedExpr.get(d)!, resolve)};`);

  /**
   * d expr / d wrt through the chain rule: direct partial plus, for each derived quantity read, the partial with
   * respect to it times its own sensitivity (a local variable computed earlier).
   */
  const totalDerivative = (expr: Expr, wrt: string): Expr => {
    const { derived } = directDeps(expr);
    let result = differentiate(expr, wrt);
    for (const d of derived) {
      if (!dependsOn.get(d)!.has(wrt)) continue;
      const partial = differentiate(expr, d);
      if (isZero(partial)) continue;
      result = add(result, mul(partial, { kind: 'var', name: sensitivityName(d, wrt) }));
    }
    return result;
  };
  /** Lines computing the sensitivities of the given derived quantities with respect to the given variables. */
  const sensitivityLines = (derivedInOrder: readonly string[], wrtSet: ReadonlySet<string>): string[] => {
    const lines: string[] = [];
    for (const d of derivedInOrder) {
      for (const wrt of dependsOn.get(d)!) {
        if (!wrtSet.has(wrt)) continue;
        lines.push(`const ${sensitivityLocal(d, wrt)} = ${toJs(totalDerivative(derivedExpr.get(d)!, wrt), resolve)};`);
      }
    }
    return lines;
  };

  /** Structurally nonzero Jacobian entries (row, column, d rate_i / d y_j), rows in order. */
  const jacEntries: { i: number; j: number; expr: Expr }[] = [];
  rateExpr.forEach((e, i) => {
    for (const wrt of directDeps(e).vars) {
      if (wrt === TIME) continue;
      const dexpr = totalDerivative(e, wrt);
      if (!isZero(dexpr)) jacEntries.push({ i, j: stateIdx.get(wrt)!, expr: dexpr });
    }
  });
  const jacobianPattern = sparsityPattern(n, jacEntries.map(({ i, j }) => [i, j] as const));
  const patternPos = (i: number, j: number): number => {
    const { rowPtr, colIdx } = jacobianPattern;
    for (let e = rowPtr[i]!; e < rowPtr[i + 1]!; e++) if (colIdx[e] === j) return e;
    throw new Error(`internal: Jacobian entry (${i}, ${j}) missing from its pattern`);
  };
  const timeDependent = rateExpr.some((e) => directDeps(e).vars.has(TIME));
  /** d rate_i / dt, or undefined where the rate does not read t. */
  const timeDerivative = (e: Expr): Expr | undefined => (directDeps(e).vars.has(TIME) ? totalDerivative(e, TIME) : undefined);

  /** Function bodies: (t, y, p, c, out) for the kernels, (p, c) for precompute. */
  interface Bodies {
    readonly rhs: string;
    readonly jacobian: string;
    readonly jacobianValues: string;
    readonly dfdt: string;
    readonly derivedValues: string;
    readonly precompute: string;
    readonly cacheSize: number;
  }

  /** Each expression as it stands, derived quantities and their sensitivities as locals (the reference code). */
  const referenceBodies = (): Bodies => {
    const rhsDerived = neededDerived(rateExpr);
    const jacPrelude = [...derivedLines(rhsDerived), ...sensitivityLines(rhsDerived, new Set(stateNames))];
    return {
      rhs: [...derivedLines(rhsDerived), ...rateExpr.map((e, i) => `out[${i}] = ${toJs(e, resolve)};`)].join('\n'),
      jacobian: [...jacPrelude, `out.fill(0);`, ...jacEntries.map(({ i, j, expr }) => `out[${i * n + j}] = ${toJs(expr, resolve)};`)].join('\n'),
      jacobianValues: [...jacPrelude, ...jacEntries.map(({ i, j, expr }) => `out[${patternPos(i, j)}] = ${toJs(expr, resolve)};`)].join('\n'),
      dfdt: [
        ...derivedLines(rhsDerived),
        ...sensitivityLines(rhsDerived, new Set([TIME])),
        ...rateExpr.map((e, i) => {
          const dt = timeDerivative(e);
          return `out[${i}] = ${dt ? toJs(dt, resolve) : '0'};`;
        }),
      ].join('\n'),
      derivedValues: [...derivedLines(derivedOrder), ...derivedOrder.map((d, k) => `out[${k}] = ${local(d)};`)].join('\n'),
      precompute: '',
      cacheSize: 0,
    };
  };

  /**
   * Every expression interned into one graph (derived quantities substituted, shared subexpressions computed once
   * per function); the parameter-only subexpressions the functions need become cache slots filled by precompute.
   */
  const optimizedBodies = (): Bodies => {
    const graph = new ExprGraph((name): NameBinding => {
      const s = stateIdx.get(name);
      if (s !== undefined) return { kind: 'state', index: s };
      const p = paramIdx.get(name);
      if (p !== undefined) return { kind: 'param', index: p };
      if (name === TIME) return { kind: 'time' };
      if (derivedIdx.has(name)) return { kind: 'expr', expr: derivedExpr.get(name)!, label: name };
      if (name.startsWith('$D:')) {
        const [, d, wrt] = name.split(':') as [string, string, string];
        return { kind: 'expr', expr: totalDerivative(derivedExpr.get(d)!, wrt), label: `d ${d} / d ${wrt}` };
      }
      throw new Error(`internal: unresolved name ${name}`);
    });
    const rhsRoots = rateExpr.map((e, i) => ({ target: `out[${i}]`, node: graph.add(e) }));
    const jacNodes = jacEntries.map(({ expr }) => graph.add(expr));
    const dfdtRoots = rateExpr.map((e, i) => ({ target: `out[${i}]`, node: graph.add(timeDerivative(e) ?? { kind: 'num', value: 0 }) }));
    const derivedRoots = derivedOrder.map((d, k) => ({ target: `out[${k}]`, node: graph.name(d) }));
    const slots = cacheNodes(graph, [...rhsRoots.map((r) => r.node), ...jacNodes, ...dfdtRoots.map((r) => r.node), ...derivedRoots.map((r) => r.node)]);
    const cacheSlot = new Map(slots.map((node, k) => [node, k]));
    const kernel = (roots: readonly { target: string; node: number }[], prelude: readonly string[] = []): string =>
      emitFunction(graph, roots, { cache: cacheSlot, prelude });
    return {
      rhs: kernel(rhsRoots),
      jacobian: kernel(jacEntries.map(({ i, j }, k) => ({ target: `out[${i * n + j}]`, node: jacNodes[k]! })), ['out.fill(0);']),
      jacobianValues: kernel(jacEntries.map(({ i, j }, k) => ({ target: `out[${patternPos(i, j)}]`, node: jacNodes[k]! }))),
      dfdt: kernel(dfdtRoots),
      derivedValues: kernel(derivedRoots),
      precompute: emitFunction(graph, slots.map((node, k) => ({ target: `c[${k}]`, node }))),
      cacheSize: slots.length,
    };
  };

  const bodies = optimize ? optimizedBodies() : referenceBodies();
  const sourceUrl = (label: string): string => `\n//# sourceURL=${composed.name.replace(/[^\w.-]/g, '_')}/${label}.js`;
  const generate = <F>(params: readonly string[], body: string, label: string): F => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      return new Function(...params, `"use strict";\n${body}${sourceUrl(label)}`) as F;
    } catch (e) {
      throw new Error(`internal: generated ${label} for model '${composed.name}' does not compile: ${(e as Error).message}`);
    }
  };
  const kernelParams = ['t', 'y', 'p', 'c', 'out'];
  const kernels: ModelKernels = {
    rhs: generate(kernelParams, bodies.rhs, 'rhs'),
    jacobian: generate(kernelParams, bodies.jacobian, 'jacobian'),
    jacobianValues: generate(kernelParams, bodies.jacobianValues, 'jacobian-values'),
    dfdt: generate(kernelParams, bodies.dfdt, 'dfdt'),
    derivedValues: generate(kernelParams, bodies.derivedValues, 'derived'),
  };
  const cacheSize = bodies.cacheSize;
  const precompute = generate<(p: Float64Array, cache: Float64Array) => void>(['p', 'c'], bodies.precompute, 'precompute');
  /** The plain form: fills a scratch cache for p, then runs the kernel (no allocation; not re-entrant, and need not be). */
  const scratch = new Float64Array(cacheSize);
  const plain = (kernel: CachedVectorFn): VectorFn =>
    cacheSize === 0
      ? (t, y, p, out) => kernel(t, y, p, scratch, out)
      : (t, y, p, out) => {
          precompute(p, scratch);
          kernel(t, y, p, scratch, out);
        };
  const initBody = initialExpr.map((e, i) => `out[${i}] = ${toJs(e, resolve)};`).join('\n');
  const initFn = generate<VectorFn>(['t', 'y', 'p', 'out'], initBody, 'initial-state');

  const defaults = Float64Array.from(paramDefs, (d) => d.value);
  const expressionCache = new Map<string, ScalarFn>();

  const compiled: CompiledModel = {
    name: composed.name,
    composed,
    n,
    stateNames,
    parameterNames,
    derivedNames: derivedOrder,
    timeDependent,
    rhs: plain(kernels.rhs),
    jacobian: plain(kernels.jacobian),
    jacobianPattern,
    jacobianValues: plain(kernels.jacobianValues),
    dfdt: plain(kernels.dfdt),
    derivedValues: plain(kernels.derivedValues),
    cacheSize,
    precompute,
    parameterCache(p) {
      const c = new Float64Array(cacheSize);
      precompute(p, c);
      return c;
    },
    kernels,
    stateIndex(name) {
      const i = stateIdx.get(name);
      if (i === undefined) throw new ModelError(`unknown state '${name}'${didYouMean(name, stateNames)}`, { field: name });
      return i;
    },
    parameterIndex(name) {
      const i = paramIdx.get(name);
      if (i === undefined) throw new ModelError(`unknown parameter '${name}'${didYouMean(name, parameterNames)}`, { field: name });
      return i;
    },
    defaultParameters: () => defaults.slice(),
    parameters(overrides = {}, base = defaults) {
      const p = base.slice();
      for (const [name, value] of Object.entries(overrides)) {
        checkParameter(name, value);
        p[paramIdx.get(name)!] = value;
      }
      return p;
    },
    checkParameter,
    initialState(p = defaults) {
      const y = new Float64Array(n);
      initFn(0, y, p, y);
      for (let i = 0; i < n; i++) {
        if (!Number.isFinite(y[i]!)) {
          throw new ModelError(`initial value of state '${stateNames[i]}' evaluates to ${y[i]}`, { field: stateNames[i]! });
        }
      }
      return y;
    },
    compileExpression(source, context = 'expression') {
      // Parse every time, so errors name the caller's context; reuse the generated function per source text.
      const expr = parse(source, context, anyName, '');
      const cached = expressionCache.get(source);
      if (cached) return cached;
      const body = [...derivedLines(neededDerived([expr])), `return ${toJs(expr, resolve)};`].join('\n');
      const fn = generate<ScalarFn>(['t', 'y', 'p'], body, 'expression');
      expressionCache.set(source, fn);
      return fn;
    },
    source: {
      rhs: bodies.rhs,
      jacobian: bodies.jacobian,
      jacobianValues: bodies.jacobianValues,
      dfdt: bodies.dfdt,
      derivedValues: bodies.derivedValues,
      precompute: bodies.precompute,
    },
  };
  return compiled;
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
