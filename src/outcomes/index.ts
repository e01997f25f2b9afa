/**
 * Outcomes beyond model outputs: safety signals shown beside efficacy (MSC therapy: safety/msc.ts; drug harms and
 * label rules: safety/drugs.ts).
 */
export * from './safety/index.js';
