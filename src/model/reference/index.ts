/**
 * Reference models, ported unchanged from their publications so the integrated model can be checked against them.
 * Jörg et al. 2022 (eLife 11:e76228): bone cell lineages, sclerostin, BMD, turnover markers and five drugs.
 */
export {
  alendronate,
  boneDensity,
  boneTurnover,
  denosumab,
  estrogen,
  jorg2022,
  JORG2022_MODULES,
  jorgInitialState,
  mineralisation,
  osteoblastLineage,
  osteoclastLineage,
  sclerostin,
  sclerostinAntibodies,
  teriparatide,
  turnoverMarkers,
} from './jorg2022.js';
export { dosedFor, DOSE_UNIT, regimenEvents } from './jorg2022-regimens.js';
export type { DiscreteDosing, JorgDrug, JorgRegimen, QuasiContinuousDosing } from './jorg2022-regimens.js';
export { runJorgScenario } from './jorg2022-scenario.js';
export type { JorgScenario, JorgScenarioResult } from './jorg2022-scenario.js';
export { jorg2022Model } from './jorg2022-bone-model.js';
