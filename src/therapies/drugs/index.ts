/**
 * Drug therapies (issue "Drug therapies"): one module per drug of the scenario contract with its label as data
 * (display name, class, route, dose unit, label regimens, labelled dose range, duration limit, citation), the default
 * label regimen of each drug, and the checks of drug regimens against the labels: an error for a dose more than 10×
 * outside the labelled range, warnings for the rest (unusual dose or interval, double dosing, combinations the labels
 * advise against, use beyond the label's duration). The pharmacology lives in the models (model/osteosim/drugs).
 */
export { DRUG_LABELS } from './labels.js';
export type { ApprovalStatus, DoseUnit, DrugClass, DrugLabel, DrugRoute, DurationLimit, LabelRegimen } from './label.js';
export { labelRegimen } from './regimen.js';
export type { LabelRegimenOptions } from './regimen.js';
export { checkDrugRegimens, dailyEquivalentRange, INTERVAL_TOLERANCE, OUT_OF_RANGE_FACTOR } from './checks.js';
export type { DrugRegimenWarning } from './checks.js';
export { NOT_COMBINED, STUDIED_COMBINATIONS } from './combinations.js';
export type { ClassConflict, StudiedCombination } from './combinations.js';
