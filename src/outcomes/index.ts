/** Outcomes beyond model outputs: safety signals shown beside efficacy. */
export * from './safety/index.js';
