/**
 * The validation targets (research file rows, protocol needs, published values): one record per target, one module
 * per section under ./targets/. This entry point keeps the import path './targets.js' of the callers.
 */
export * from './targets/index.js';
