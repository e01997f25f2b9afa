/**
 * Therapies: drug labels, default label regimens and the checks of drug regimens against the labels (drugs/), and MSC
 * therapy (products, routes, release check, ready scenarios; msc/). Regimens are contract data
 * (src/model/scenario.ts) that each model turns into its own dose events.
 */
export * from './drugs/index.js';
export * from './msc/index.js';
