/**
 * Safety outcomes: adverse-event rows (probability, rate or relative risk, basis, citation) to show beside efficacy.
 * MSC therapy: embolism by route, dose, concentration and infusion velocity; infusion fever; thrombosis by source;
 * tumorigenicity by passage (research/msc.md §6). Drugs: jaw osteonecrosis and atypical femoral fracture by drug and
 * cumulative duration, hypocalcaemia and the stopping rebound of denosumab, thromboembolism with raloxifene and
 * hormone therapy, stroke with odanacatib, cardiovascular events with romosozumab, kidney stones with calcium +
 * vitamin D, and label rules (PTH analogs past 24 months, romosozumab past 12 doses) as warnings.
 */
export { embolicHazard, mscSafety, SAFETY_PARAMETERS } from './msc.js';
export type { SafetyPatient } from './msc.js';
export {
  affRatePer10k,
  BISPHOSPHONATES,
  denosumabStops,
  DRUG_SAFETY_PARAMETERS,
  drugExposure,
  drugSafety,
  LABEL_INTERVAL_DAYS,
  PTH_ANALOGS,
  SAFETY_DRUGS,
} from './drugs.js';
/** `SafetyRow` and `SafetyMeasure` are the drug rows' wider forms; every MSC row is a `SafetyRow`. */
export type { DoseCover, DrugExposure, DrugSafetyOptions, ExposureGroup, SafetyMeasure, SafetyRow } from './drugs.js';
export { efficacyBesideSafety } from './beside-efficacy.js';
export type { ArmOutcome } from './beside-efficacy.js';
