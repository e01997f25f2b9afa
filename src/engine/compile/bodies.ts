import type { SparsityPattern } from '../sparse.js';
import type { ChainRule } from './chain-rule.js';
import type { JacobianEntry } from './derivatives.js';
import type { Equations } from './equations.js';
import type { ModelNames } from './names.js';

/** Everything the code emitters read: names, parsed equations, the chain rule and the Jacobian's structure. */
export interface SymbolicModel {
  readonly names: ModelNames;
  readonly equations: Equations;
  readonly chain: ChainRule;
  readonly jacobian: readonly JacobianEntry[];
  readonly pattern: SparsityPattern;
}

/** Function bodies: (t, y, p, c, out) for the kernels, (p, c) for precompute. */
export interface Bodies {
  readonly rhs: string;
  readonly jacobian: string;
  readonly jacobianValues: string;
  readonly dfdt: string;
  readonly derivedValues: string;
  readonly precompute: string;
  readonly cacheSize: number;
}
