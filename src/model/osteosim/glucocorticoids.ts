import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';

/**
 * Glucocorticoids (glucocorticoid-induced osteoporosis, GIOP). Glucocorticoids inhibit bone formation and raise
 * resorption: they shift MSC fate to adipocytes (PPAR-γ2), impair osteoblast recruitment and function, raise
 * osteoblast and osteocyte apoptosis and raise the RANKL/OPG ratio (Compston 2018, Endocrine 61:7, PMC5997116,
 * abstract seen; in vitro, dexamethasone inhibits osteogenesis dose-dependently and raises PPAR-γ, research/msc.md
 * §1b). `glucocorticoid` is the oral dose in prednisolone-equivalent mg/day (0 = none); its effect saturates:
 *
 *   g          = glucocorticoid / (glucocorticoid + ED50_GC)          0 none, 1/2 at ED50_GC, → 1 at high doses
 *   f_ad      ← f_ad · (1 + k_GC_ad g)                               adipogenic commitment (PPAR-γ)
 *   f_ob      ← f_ob / (1 + k_GC_ob g)                               osteogenic commitment (osteoblastogenesis)
 *   OB apoptosis ← · (1 + k_GC_apo g)                                  osteoblast apoptosis
 *   RANKL     ← RANKL · (1 + k_GC_L g)                               RANKL production
 *
 * All factors are exactly 1 without glucocorticoids. Nothing here is fitted: the magnitudes are assumed, chosen by
 * hand so that 7.5 mg/day in a 60-year-old woman loses several % of spine BMD in the first year (3.7 %), as GIOP
 * does. The spine loses more than the hip only by the model's spine turnover ratio kappa_LS (about 1.15×); in
 * patients the trabecular-rich spine loses relatively more. The early resorption rise of GIOP is transient and the
 * loss slows after the first year (Compston 2018; Canalis et al. 2007), while here the effects last as long as the
 * exposure and the falling osteoblast supply makes year 2 lose slightly more than year 1. Not represented: osteocyte
 * apoptosis (osteocytes turn over in decades here), the rise in sclerostin, hypogonadism and the renal and intestinal
 * calcium effects Compston lists. In a scenario, `glucocorticoid` takes effect at the scenario start
 * (EXPOSURE_PARAMETERS in bone-model.ts); this module replaces the earlier adipogenic-only knob k_GC of the MSC
 * module.
 */
export const glucocorticoids: ModuleDef = {
  name: 'glucocorticoids',
  parameters: {
    glucocorticoid: row({
      value: 0,
      unit: 'mg/day',
      meaning: 'oral glucocorticoid dose, prednisolone-equivalent (0 = none)',
      evidence: 'defined',
      source: 'scenario input; 0 = no glucocorticoids, as in the calibrated natural history',
      max: 1000,
      note: 'clinical thresholds: fracture risk rises from about 2.5 mg/day and is greatest from 7.5 mg/day (clinical reviews, e.g. clinicalgate GIOP chapter; van Staa et al. 2000, J Bone Miner Res 15:993, UNVERIFIED). A human dose; in the rat and mouse profiles it is a relative knob only',
    }),
    ED50_GC: row({
      value: 7.5,
      unit: 'mg/day',
      meaning: 'dose with half the largest glucocorticoid effect',
      evidence: 'assumed',
      source: 'assumed: assumed: the clinical threshold dose of GIOP guidelines (7.5 mg/day prednisolone-equivalent) as the half-maximal dose',
      min: 1e-3,
      note: 'plausible range 5–20 mg/day; no dose–response data in research/',
    }),
    k_GC_ad: row({
      value: 1,
      unit: '1',
      meaning: 'largest increase of the adipogenic drive (PPAR-γ)',
      evidence: 'assumed',
      source: 'assumed: chosen by hand: 7.5 mg/day from 60 y raises the marrow fat fraction from 0.49 to 0.54 within a year (direction: research/msc.md §1b, dexamethasone drives adipogenesis; PPAR-γ2 up, Compston 2018)',
      note: 'plausible range 0.3–2; human marrow-fat data under glucocorticoids are not in research/ (UNVERIFIED)',
    }),
    k_GC_ob: row({
      value: 0.5,
      unit: '1',
      meaning: 'largest fractional fall of osteogenic commitment, factor 1/(1 + k_GC_ob g)',
      evidence: 'assumed',
      source: 'assumed: chosen by hand (direction: research/msc.md §1b, dexamethasone inhibits osteogenesis dose-dependently; Compston 2018)',
      note: 'plausible range 0.2–1. Every path that lowers osteoblasts also lowers OPG (OPG ∝ B here) and so raises resorption; larger values lose more in year 2 than in year 1, unlike GIOP',
    }),
    k_GC_apo: row({
      value: 0.5,
      unit: '1',
      meaning: 'largest increase of osteoblast apoptosis',
      evidence: 'assumed',
      source: 'assumed: chosen by hand (direction: glucocorticoids raise osteoblast apoptosis, Weinstein et al. 1998, J Clin Invest 102:274, UNVERIFIED; Canalis et al. 2007, Osteoporos Int 18:1319, abstract seen)',
      note: 'plausible range 0.2–1.5',
    }),
    k_GC_L: row({
      value: 0.5,
      unit: '1',
      meaning: 'largest increase of RANKL production',
      evidence: 'assumed',
      source: 'assumed: chosen by hand (direction: raised RANKL/OPG ratio, Compston 2018; Hofbauer et al. 1999, Endocrinology 140:4382, UNVERIFIED)',
      note: 'plausible range 0.2–1. With the values above, 7.5 mg/day from 60 y loses 3.7 % of spine and 3.2 % of total-hip BMD in the first year (natural loss at that age 0.9 and 0.8 %), CTX +29–36 % in the first 6 months, P1NP −11 % at 3 months and −20 % at 1 year; 20 mg/day loses 4.9 and 4.2 %. GIOP: rapid early loss, several %/year at the spine (clinical reviews; placebo arms of GIOP-prevention trials lost about 3 % at the spine in a year, UNVERIFIED)',
    }),
  },
  derived: {
    GC_effect: { expr: 'glucocorticoid / (glucocorticoid + ED50_GC)', unit: '1', meaning: 'saturating glucocorticoid effect (0 none, 1 maximal)' },
  },
  scales: {
    f_ad: '1 + k_GC_ad * GC_effect',
    f_ob: '1 / (1 + k_GC_ob * GC_effect)',
    OB_apoptosis: '1 + k_GC_apo * GC_effect',
    RANKL: '1 + k_GC_L * GC_effect',
  },
};
