import { ModelError } from '../errors.js';
import { toJs } from '../expr/codegen.js';
import { didYouMean, type ComposedModel } from '../model.js';
import type { Bodies, SymbolicModel } from './bodies.js';
import { isTimeDependent } from './derivatives.js';
import type { GeneratedFunctions, Generate } from './generate.js';
import type { ParseChecked } from './names.js';
import type { CheckedParameters } from './parameters.js';
import type { PlainCode } from './plain-code.js';
import type { CompiledModel, ScalarFn } from './types.js';

/** The passes' results an assembled model reads. */
export interface AssemblyParts {
  readonly composed: ComposedModel;
  readonly symbolic: SymbolicModel;
  readonly parameters: CheckedParameters;
  readonly parse: ParseChecked;
  readonly code: PlainCode;
  readonly bodies: Bodies;
  readonly functions: GeneratedFunctions;
  readonly generate: Generate;
}

/** Pass 8: the compiled model, its generated functions and the accessors over its names and parameters. */
export function assemble(parts: AssemblyParts): CompiledModel {
  const { composed, symbolic, bodies, functions } = parts;
  const { names, equations, chain } = symbolic;
  const { kernels, precompute, plain } = functions;
  const access = parameterAccess(parts);
  const cacheSize = bodies.cacheSize;
  return {
    name: composed.name,
    composed,
    n: names.states.length,
    stateNames: names.states,
    parameterNames: names.parameters,
    derivedNames: equations.derivedOrder,
    timeDependent: isTimeDependent(equations.rateExpr, chain),
    rhs: plain.rhs,
    jacobian: plain.jacobian,
    jacobianPattern: symbolic.pattern,
    jacobianValues: plain.jacobianValues,
    dfdt: plain.dfdt,
    derivedValues: plain.derivedValues,
    cacheSize,
    precompute,
    parameterCache(p) {
      const c = new Float64Array(cacheSize);
      precompute(p, c);
      return c;
    },
    kernels,
    stateIndex(name) {
      const i = names.stateIdx.get(name);
      if (i === undefined) throw new ModelError(`unknown state '${name}'${didYouMean(name, names.states)}`, { field: name });
      return i;
    },
    ...access,
    initialState: initialStateFn(parts),
    compileExpression: expressionCompiler(parts),
    source: sourceTexts(bodies),
  };
}

type ParameterAccess = Pick<CompiledModel, 'parameterIndex' | 'defaultParameters' | 'parameters' | 'checkParameter'>;

function parameterAccess({ symbolic: { names }, parameters: { check, defaults } }: AssemblyParts): ParameterAccess {
  return {
    parameterIndex(name) {
      const i = names.paramIdx.get(name);
      if (i === undefined) throw new ModelError(`unknown parameter '${name}'${didYouMean(name, names.parameters)}`, { field: name });
      return i;
    },
    defaultParameters: () => defaults.slice(),
    parameters(overrides = {}, base = defaults) {
      const p = base.slice();
      for (const [name, value] of Object.entries(overrides)) {
        check(name, value);
        p[names.paramIdx.get(name)!] = value;
      }
      return p;
    },
    checkParameter: check,
  };
}

function initialStateFn({ symbolic: { names, equations }, parameters: { defaults }, code, generate }: AssemblyParts): CompiledModel['initialState'] {
  const n = names.states.length;
  const initFn = generate<(t: number, y: Float64Array, p: Float64Array, out: Float64Array) => void>(
    ['t', 'y', 'p', 'out'],
    code.assignments(equations.initialExpr).join('\n'),
    'initial-state',
  );
  return (p = defaults) => {
    const y = new Float64Array(n);
    initFn(0, y, p, y);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(y[i]!)) {
        throw new ModelError(`initial value of state '${names.states[i]}' evaluates to ${y[i]}`, { field: names.states[i]! });
      }
    }
    return y;
  };
}

function expressionCompiler({ symbolic: { chain }, parse, code, generate }: AssemblyParts): CompiledModel['compileExpression'] {
  const expressionCache = new Map<string, ScalarFn>();
  return (source, context = 'expression') => {
    // Parse every time, so errors name the caller's context; reuse the generated function per source text.
    const expr = parse(source, context);
    const cached = expressionCache.get(source);
    if (cached) return cached;
    const body = [...code.derivedLines(chain.neededDerived([expr])), `return ${toJs(expr, code.resolve)};`].join('\n');
    const fn = generate<ScalarFn>(['t', 'y', 'p'], body, 'expression');
    expressionCache.set(source, fn);
    return fn;
  };
}

const sourceTexts = (bodies: Bodies): CompiledModel['source'] => ({
  rhs: bodies.rhs,
  jacobian: bodies.jacobian,
  jacobianValues: bodies.jacobianValues,
  dfdt: bodies.dfdt,
  derivedValues: bodies.derivedValues,
  precompute: bodies.precompute,
});
