import { assemble } from './compile/assemble.js';
import type { SymbolicModel } from './compile/bodies.js';
import { chainRule } from './compile/chain-rule.js';
import { jacobianEntries } from './compile/derivatives.js';
import { parseEquations } from './compile/equations.js';
import { generateFunctions, generator } from './compile/generate.js';
import { checkedParser, resolveNames } from './compile/names.js';
import { optimizedBodies } from './compile/optimized-bodies.js';
import { checkParameters } from './compile/parameters.js';
import { plainCode } from './compile/plain-code.js';
import { referenceBodies } from './compile/reference-bodies.js';
import type { CompiledModel, CompileOptions } from './compile/types.js';
import { composeModel, type ComposedModel, type ModuleDef } from './model.js';
import { sparsityPattern } from './sparse.js';

export type { CachedVectorFn, CompiledModel, CompileOptions, ModelKernels, ScalarFn, VectorFn } from './compile/types.js';

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

/**
 * The compiler's passes in order; each lives in src/engine/compile/. Errors surface in the order of the passes:
 * names, parameter values, derived quantities (and their cycles), rates, initial values.
 */
function build(composed: ComposedModel, optimize: boolean): CompiledModel {
  const names = resolveNames(composed);
  const parse = checkedParser(names);
  const parameters = checkParameters(composed, names);
  const equations = parseEquations(composed, names, parse);
  const chain = chainRule(names, equations);
  const jacobian = jacobianEntries(names, equations.rateExpr, chain);
  const pattern = sparsityPattern(names.states.length, jacobian.map(({ i, j }) => [i, j] as const));
  const symbolic: SymbolicModel = { names, equations, chain, jacobian, pattern };
  const code = plainCode(names, equations, chain);
  const bodies = optimize ? optimizedBodies(symbolic) : referenceBodies(symbolic, code);
  const generate = generator(composed.name);
  const functions = generateFunctions(generate, bodies);
  return assemble({ composed, symbolic, parameters, parse, code, bodies, functions, generate });
}
