import type { Bodies } from './bodies.js';
import type { CachedVectorFn, ModelKernels, VectorFn } from './types.js';

/** Turns a generated body into a function, named for stack traces by model and label. */
export type Generate = <F>(params: readonly string[], body: string, label: string) => F;

export function generator(modelName: string): Generate {
  const sourceUrl = (label: string): string => `\n//# sourceURL=${modelName.replace(/[^\w.-]/g, '_')}/${label}.js`;
  return <F>(params: readonly string[], body: string, label: string): F => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      return new Function(...params, `"use strict";\n${body}${sourceUrl(label)}`) as F;
    } catch (e) {
      throw new Error(`internal: generated ${label} for model '${modelName}' does not compile: ${(e as Error).message}`);
    }
  };
}

/** The generated kernels and precompute, and each kernel in its plain (t, y, p, out) form. */
export interface GeneratedFunctions {
  readonly kernels: ModelKernels;
  readonly precompute: (p: Float64Array, cache: Float64Array) => void;
  readonly plain: { readonly [K in keyof ModelKernels]: VectorFn };
}

const KERNEL_PARAMS = ['t', 'y', 'p', 'c', 'out'];

/** Pass 7: compiles the bodies into functions. */
export function generateFunctions(generate: Generate, bodies: Bodies): GeneratedFunctions {
  const kernels: ModelKernels = {
    rhs: generate(KERNEL_PARAMS, bodies.rhs, 'rhs'),
    jacobian: generate(KERNEL_PARAMS, bodies.jacobian, 'jacobian'),
    jacobianValues: generate(KERNEL_PARAMS, bodies.jacobianValues, 'jacobian-values'),
    dfdt: generate(KERNEL_PARAMS, bodies.dfdt, 'dfdt'),
    derivedValues: generate(KERNEL_PARAMS, bodies.derivedValues, 'derived'),
  };
  const precompute = generate<GeneratedFunctions['precompute']>(['p', 'c'], bodies.precompute, 'precompute');
  const plain = plainForm(precompute, bodies.cacheSize);
  return {
    kernels,
    precompute,
    plain: {
      rhs: plain(kernels.rhs),
      jacobian: plain(kernels.jacobian),
      jacobianValues: plain(kernels.jacobianValues),
      dfdt: plain(kernels.dfdt),
      derivedValues: plain(kernels.derivedValues),
    },
  };
}

/** The plain form: fills a scratch cache for p, then runs the kernel (no allocation; not re-entrant, and need not be). */
function plainForm(precompute: GeneratedFunctions['precompute'], cacheSize: number): (kernel: CachedVectorFn) => VectorFn {
  const scratch = new Float64Array(cacheSize);
  return (kernel) =>
    cacheSize === 0
      ? (t, y, p, out) => kernel(t, y, p, scratch, out)
      : (t, y, p, out) => {
          precompute(p, scratch);
          kernel(t, y, p, scratch, out);
        };
}
