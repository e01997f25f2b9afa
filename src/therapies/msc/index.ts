/**
 * MSC therapy (issue 5): products (BM, AD, UC MSCs; secretome and exosomes), routes (intravenous, intra-arterial,
 * intra-bone-marrow, local scaffold), doses per kg or per animal, infusions and repeated schedules, as regimens of the
 * scenario contract. The biology (cell fate, engraftment, paracrine signal) and the source profiles live in the
 * osteosim model (model/osteosim/msc.ts, msc-products.ts, msc-regimens.ts); this layer builds and checks regimens,
 * runs the ISCT 2006 release check, lists dose events and offers ready scenarios. Safety rows: outcomes/safety.
 */
export { MSC_DONORS, MSC_MAX_CELLS_PER_KG, MSC_ROUTES, MSC_SOURCES, checkMscRegimen } from '../../model/scenario.js';
export type { MscCellFreeProduct, MscCellProduct, MscDonor, MscDonorState, MscProduct, MscRegimen, MscRoute, MscSource } from '../../model/scenario.js';
export { MSC_SOURCE_FACTS } from './products.js';
export type { MscSourceFacts } from './products.js';
export type { SourceProfile } from '../../model/osteosim/index.js';
export { MSC_DOSE_STATES, mscDoseEvents, mscRegimen } from './regimen.js';
export type { CheckedMscRegimen, MscTherapySpec } from './regimen.js';
export { checkPanel, ISCT_2006, NEGATIVE_MAX_PCT, POSITIVE_MIN_PCT, releaseCheck, ReleaseError, requireRelease, TYPICAL_RELEASE_PANEL } from './release.js';
export type { CriterionResult, CriterionStatus, MarkerPanel, ReleaseOptions, ReleasePanel, ReleaseReport } from './release.js';
export {
  BMT_MARROW_CELLS,
  BMT_MSC_FREQUENCY,
  bmtSamp6Study,
  cellDose,
  mouseRouteStudy,
  mscVersusDenosumab,
  ovxScenario,
  ovxStudy,
  phase1Nct02566655,
  RAT_ZOLEDRONATE,
  ratIntraMarrowStudy,
  ratIvStudy,
  READOUT_WEEKS,
  sourceComparisonOvxRat,
  weeklyDays,
} from './scenarios.js';
export type { OvxProtocol } from './scenarios.js';
export {
  CV_LOG_SD,
  dataChi2,
  FITTED_PRIORS,
  fitParacrine,
  leaveOneStudyOut,
  OVX_RAT_CV,
  percentOf,
  PRIOR_WEIGHT,
  profile,
  randomEffects,
  seOf,
  smdOf,
  SYSTEMIC_BMD_EVIDENCE,
  SYSTEMIC_DOSE,
  SYSTEMIC_PROTOCOL,
  SYSTEMIC_READOUT_DAY,
  systemicDesign,
  systemicEffect,
  targetOf,
} from './calibration.js';
export type { BetweenAnimalCv, FitResult, FitTarget, FittedPrior, LosoRow, Profile, ProfiledParameter, SmdEvidence } from './calibration.js';
