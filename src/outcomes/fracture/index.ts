/**
 * Fracture risk: a hazard model for hip, clinical and morphometric vertebral, forearm, humerus, other non-vertebral,
 * non-vertebral, any clinical and major osteoporotic fracture, with competing mortality. Hazard = population incidence
 * for age and sex × gradient of risk per SD of the simulated BMD (Z-score) × clinical risk factors × bone turnover
 * (CTX); treatment acts only through the simulated BMD and CTX. Pure functions over a patient profile and a
 * trajectory (ages, T-scores, CTX); equations, parameters and sources in README.md.
 */
export { COMPOSITE_PARTS, FRACTURE_COMPONENTS, FRACTURE_COMPOSITES, FRACTURE_SITES, BMD_SITE_OF } from './sites.js';
export type { FractureComponent, FractureComposite, FractureSite } from './sites.js';
export { FRACTURE_PARAMETERS } from './parameters.js';
export type { FractureParameterName } from './parameters.js';
export { BASE_INCIDENCE, baseIncidence, INCIDENCE_AGES, vertebralToHip } from './incidence.js';
export type { IncidenceTable } from './incidence.js';
export { deathHazard, LIFE_TABLE_AGES, LIFE_TABLE_Q, LIFE_TABLE_SOURCE } from './mortality.js';
export { populationRiskFactorMean, priorFracturePrevalence, riskFactorMultipliers, vertebralFracturePrevalence } from './risk-factors.js';
export { checkTrajectory, fractureHazards } from './hazard.js';
export type { FractureHazards, FractureOptions, FractureTrajectory } from './hazard.js';
export { cumulativeIncidence, probabilityWithin, staticTenYearProbability, tenYearProbability } from './probability.js';
export type { FractureIncidence, FractureProbabilities, StaticOptions } from './probability.js';
export { drawFractures } from './draw.js';
export type { FractureDraw } from './draw.js';
export { expectedInWindow } from './rates.js';
export type { WindowExpectation } from './rates.js';
export { drawFractureEvents } from './events.js';
export type { FractureEvent } from './events.js';
