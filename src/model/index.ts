/**
 * The model layer: the biology as declarative modules with cited parameters, behind one contract. A `BoneModel`
 * describes itself and prepares scenarios; `simulateScenario` runs them; `models` is the one registry.
 */
export * from './scenario.js';
export * from './bone-model.js';
export * from './input-error.js';
export * from './registry.js';
export * from './species.js';
export * as reference from './reference/index.js';
export * as integrated from './osteosim/index.js';
