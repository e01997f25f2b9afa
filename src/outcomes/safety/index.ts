/**
 * Safety outcomes: adverse-event rows (probability or relative risk, basis, citation) to show beside efficacy.
 * MSC therapy: embolism by route, dose, concentration and infusion velocity; infusion fever; thrombosis by source;
 * tumorigenicity by passage (research/msc.md §6).
 */
export { embolicHazard, mscSafety, SAFETY_PARAMETERS } from './msc.js';
export type { SafetyMeasure, SafetyPatient, SafetyRow } from './msc.js';
export { efficacyBesideSafety } from './beside-efficacy.js';
export type { ArmOutcome } from './beside-efficacy.js';
