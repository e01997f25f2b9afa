/**
 * The model layer: the biology as declarative modules with cited parameters, behind one scenario contract.
 * `models` lists every bone model a user can pick by name.
 */
import { osteosim } from './osteosim/index.js';
import { jorg2022Model } from './reference/index.js';
import type { BoneModel } from './scenario.js';

export * from './scenario.js';
export * as reference from './reference/index.js';
export * as integrated from './osteosim/index.js';

export const models: Readonly<Record<string, BoneModel>> = {
  osteosim,
  jorg2022: jorg2022Model,
};
