import { ModelError } from '../errors.js';
import { didYouMean, type ComposedModel, type ParameterDef } from '../model.js';
import type { ModelNames } from './names.js';

/** The declared parameters, checked, with the check callers use for their own values. */
export interface CheckedParameters {
  readonly defs: readonly ParameterDef[];
  /** Throws a ModelError unless `name` is a parameter and `value` a finite number within its bounds. */
  readonly check: (name: string, value: number) => void;
  /** The declared values, in parameter order. */
  readonly defaults: Float64Array;
}

/** Pass 2: every declared parameter value must be finite and within its own bounds. */
export function checkParameters(composed: ComposedModel, names: ModelNames): CheckedParameters {
  const defs = names.parameters.map((p) => composed.parameters.get(p)!.def);
  const check = boundsCheck(names, defs);
  names.parameters.forEach((name, i) => {
    const def = defs[i]!;
    if (!Number.isFinite(def.value)) {
      throw new ModelError(`parameter '${name}' in module '${composed.parameters.get(name)!.module}' has a non-finite value ${def.value}`, { field: name });
    }
    check(name, def.value);
  });
  return { defs, check, defaults: Float64Array.from(defs, (d) => d.value) };
}

function boundsCheck(names: ModelNames, defs: readonly ParameterDef[]): CheckedParameters['check'] {
  return (name, value) => {
    const i = names.paramIdx.get(name);
    if (i === undefined) {
      throw new ModelError(`unknown parameter '${name}'${didYouMean(name, names.parameters)}`, { field: name });
    }
    const def = defs[i]!;
    const lo = def.min ?? 0;
    const hi = def.max ?? Infinity;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ModelError(`parameter '${name}' must be a finite number, got ${String(value)} (allowed: ${lo} to ${hi} ${def.unit})`, { field: name });
    }
    if (value < lo || value > hi) {
      throw new ModelError(`parameter '${name}' = ${value} is outside its allowed range ${lo} to ${hi} ${def.unit}`, { field: name });
    }
  };
}
