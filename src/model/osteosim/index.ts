/**
 * osteosim, the integrated bone-remodeling model: one module per subsystem, each with its parameter table
 * (value, unit, meaning, source, evidence), composed and compiled once; species profiles and phenotypes; scenario
 * regimens as dose events (drugs; MSC cell products and secretome/exosomes with their source profiles); patient conditions (mechanical loading, calcium and vitamin D status, glucocorticoids)
 * that start at the scenario start; and the `osteosim` BoneModel behind the scenario contract.
 * Design and calibration: research/integrated-prototype (v2). Only the woman profile is calibrated.
 */
export { boneMatrix, turnoverMarkers } from './bone.js';
export { boneSites } from './sites.js';
export { bisphosphonates } from './drugs/bisphosphonates.js';
export { denosumab } from './drugs/denosumab.js';
export { romosozumab } from './drugs/romosozumab.js';
export { sclerostinAntibodies } from './drugs/sclerostin-antibodies.js';
export { pthAnalogs } from './drugs/pth-analogs.js';
export { estrogenReceptorAgonists } from './drugs/estrogen-receptor.js';
export { odanacatib } from './drugs/odanacatib.js';
export { glucocorticoids } from './glucocorticoids.js';
export { calciumVitaminD, hormones } from './hormones.js';
export { mechanicalLoading } from './mechanics.js';
export { mscPool, mscTherapy } from './msc.js';
export { osteoblastLineage } from './osteoblasts.js';
export { osteoclastLineage } from './osteoclasts.js';
export { endogenousPth } from './pth.js';
export { ranklOpg } from './rankl.js';
export { tgfBeta } from './tgf-beta.js';
export { wntSclerostin } from './wnt.js';
export { OSTEOSIM_MODULES, osteosimModel, youngSteadyState } from './model.js';
export { OSTEOSIM_DRUGS, regimenEvents } from './regimens.js';
export { ageFactor, donorOf, PRODUCT_PARAMETERS, productParameters, SOURCE_PROFILES } from './msc-products.js';
export type { Recipient, SourceProfile } from './msc-products.js';
export { cellsPerDose, mscRegimenEvents } from './msc-regimens.js';
export type { MscEvents } from './msc-regimens.js';
export { MOUSE_TIME_SCALE, PHENOTYPES, RAT_TIME_SCALE, SPECIES_PROFILES, TIME_SCALED_PARAMETERS } from './species.js';
export type { Phenotype, SpeciesProfile } from './species.js';
export { EXPOSURE_PARAMETERS, osteosim, OSTEOSIM_OUTPUTS, OSTEOSIM_SOLVER_OPTIONS, OSTEOSIM_TRIAL_SOLVER_OPTIONS, prepareScenario } from './bone-model.js';
export type { OsteosimPrepared } from './bone-model.js';
export { OSTEOSIM_VARIABILITY } from './variability.js';
