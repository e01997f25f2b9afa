/**
 * Outcomes beyond model outputs: safety signals shown beside efficacy (MSC therapy: safety/msc.ts; drug harms and
 * label rules: safety/drugs.ts) and fracture risk from the simulated BMD and turnover (fracture/).
 */
export * from './safety/index.js';
export * from './fracture/index.js';
