import { ModelError } from '../errors.js';
import { referencedNames, type Expr } from '../expr/ast.js';
import { parseExpr } from '../expr/parse.js';
import { didYouMean, type ComposedModel } from '../model.js';

/** The name of time in model expressions. */
export const TIME = 't';

/** Name of the symbolic variable that stands for d(derived)/d(wrt) inside generated code. */
export const sensitivityName = (derived: string, wrt: string): string => `$D:${derived}:${wrt}`;

/** The derived quantity and the variable a sensitivity name stands for, or undefined for any other name. */
export function sensitivityOf(name: string): readonly [derived: string, wrt: string] | undefined {
  if (!name.startsWith('$D:')) return undefined;
  const [, d, wrt] = name.split(':') as [string, string, string];
  return [d, wrt];
}

/** Every name a model expression can use, in declaration order, with its index. */
export interface ModelNames {
  readonly states: readonly string[];
  readonly parameters: readonly string[];
  /** Derived quantities in declaration order (the compiled model lists them in evaluation order). */
  readonly derived: readonly string[];
  readonly stateIdx: ReadonlyMap<string, number>;
  readonly paramIdx: ReadonlyMap<string, number>;
  readonly derivedIdx: ReadonlyMap<string, number>;
}

/** Pass 1: the names of states, parameters and derived quantities and their indices; a model needs a state. */
export function resolveNames(composed: ComposedModel): ModelNames {
  const states = [...composed.states.keys()];
  const parameters = [...composed.parameters.keys()];
  const derived = [...composed.derived.keys()];
  if (states.length === 0) throw new ModelError(`model '${composed.name}' has no states`);
  return {
    states,
    parameters,
    derived,
    stateIdx: new Map(states.map((s, i) => [s, i])),
    paramIdx: new Map(parameters.map((s, i) => [s, i])),
    derivedIdx: new Map(derived.map((s, i) => [s, i])),
  };
}

/** Whether a name is a state, parameter, derived quantity or t. */
export const isModelName = (names: ModelNames, name: string): boolean =>
  names.stateIdx.has(name) || names.paramIdx.has(name) || names.derivedIdx.has(name) || name === TIME;

/**
 * Parses `source` and checks every name it reads against `allowed` (default: any model name). An unknown name is
 * an error with a suggestion; a known name that is not allowed is an error ending with `what`.
 */
export type ParseChecked = (source: string, context: string, allowed?: (name: string) => boolean, what?: string) => Expr;

export function checkedParser(names: ModelNames): ParseChecked {
  const allNames = [...names.states, ...names.parameters, ...names.derived, TIME];
  const anyName = (name: string): boolean => isModelName(names, name);
  return (source, context, allowed = anyName, what = '') => {
    const expr = parseExpr(source, context);
    for (const name of referencedNames(expr)) {
      if (!allowed(name)) {
        throw new ModelError(
          isModelName(names, name)
            ? `${context} uses '${name}', but ${what}`
            : `${context} uses undefined name '${name}'${didYouMean(name, allNames)}`,
          { field: context },
        );
      }
    }
    return expr;
  };
}
