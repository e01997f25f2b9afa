/**
 * Therapies: MSC therapy (products, routes, release check, ready scenarios). Drug regimens are contract data
 * (src/model/scenario.ts) that each model turns into its own dose events; the drugs issue adds drug modules here.
 */
export * from './msc/index.js';
