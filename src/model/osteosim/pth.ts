import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { experimentKnob } from './signals.js';

/**
 * Endogenous PTH with calcium and vitamin D status. PTH is relative to replete status (PTH = 1), which we take to
 * be the status of the calibration cohorts, so the calibrated natural history has PTH = 1. Vitamin D deficiency
 * (serum 25(OH)D below D_rep) and low calcium intake (below Ca_rep) raise it (secondary hyperparathyroidism);
 * continuous elevation is catabolic: PTH raises RANKL production by the osteoblast lineage (Pivonka et al. 2008:
 * RANKL ∝ PTH / (PTH + K_D4), K_D4 = 150 pM ≫ PTH 2.9 pM, so nearly proportional; research/models.md §2).
 *
 *   deficit_D  = max(0, 1 − vitamin_D / D_rep)^2 (1 − u_CaD)
 *   deficit_Ca = max(0, 1 − calcium_intake / Ca_rep) (1 − u_CaD)
 *   PTH        = (1 + a_PTH_D deficit_D) (1 + a_PTH_Ca deficit_Ca)
 *   RANKL     ← RANKL · PTH^h_L_PTH
 *
 * Calcium + vitamin D supplementation (the calciumVitaminD regimen, u_CaD = 1) removes both deficits (PTH back to 1)
 * and keeps its calibrated effect unchanged: beta_CaD (hormones.ts, fitted to A8 and B61) still lowers
 * pre-osteoclast differentiation directly. beta_CaD is what supplements did in trials of women at usual status; it is
 * not routed through this PTH because RANK occupancy is not proportional to RANKL, so the same fit could not be
 * reproduced exactly through RANKL. The PTH output therefore shows deficiency and its correction, not the calibrated
 * trial effect of supplements at replete status.
 *
 * PTH analogs are separate (drugs/pth-analogs.ts): teriparatide and abaloparatide act through their own receptor
 * signal (anabolic as daily pulses, pro-resorptive always), not through this level. In a scenario, vitamin_D and calcium_intake take effect at the scenario start
 * (EXPOSURE_PARAMETERS in bone-model.ts). Nothing here is fitted.
 */
export const endogenousPth: ModuleDef = {
  name: 'endogenous PTH',
  parameters: {
    fx_pth: experimentKnob('the endogenous PTH level'),
    vitamin_D: row({
      value: 30,
      unit: 'ng/mL',
      meaning: 'serum 25(OH)D (vitamin D status); at or above D_rep = replete',
      evidence: 'defined',
      source: 'scenario input; default = replete (D_rep), the status the calibrated natural history stands for',
      max: 200,
      note: 'ng/mL; multiply by 2.5 for nmol/L. Deficiency < 12–20 ng/mL (IOM/Endocrine Society cut-offs, UNVERIFIED)',
    }),
    calcium_intake: row({
      value: 1000,
      unit: 'mg/day',
      meaning: 'dietary + supplemental calcium intake; at or above Ca_rep = replete',
      evidence: 'defined',
      source: 'scenario input; default = replete (Ca_rep), the status the calibrated natural history stands for',
      max: 5000,
      note: 'human intake; in the rat and mouse profiles vitamin D and calcium are relative knobs only (deficit = 1 − value / threshold)',
    }),
    D_rep: row({
      value: 30,
      unit: 'ng/mL',
      meaning: '25(OH)D above which PTH no longer falls (replete threshold)',
      evidence: 'assumed',
      source: 'assumed: the PTH plateau lies between about 18 and 40 ng/mL depending on the study: 44 nmol/L = 17.6 ng/mL (Aloia et al. 2006, Am J Clin Nutr 84:602), 55 nmol/L = 22 ng/mL (Gong et al. 2023, J Endocrinol Invest 46:2067), ≥ 40 ng/mL (Ginde et al. 2012, J Endocrinol Invest 35:42); abstracts seen. Middle value chosen',
      min: 1,
      max: 100,
    }),
    a_PTH_D: row({
      value: 1.2,
      unit: '1',
      meaning: 'PTH increase at complete vitamin D deficit (25(OH)D → 0)',
      evidence: 'assumed',
      source: 'assumed: chosen to match PTH about 2.1× at 25(OH)D < 5 ng/mL relative to 30–40 ng/mL (NHANES: 2.36× and 1.12× against ≥ 40 ng/mL; Ginde et al. 2012, abstract seen). Gives PTH +13 % at 20, +53 % at 10 ng/mL',
      note: 'plausible range 0.5–2. Smaller studies report smaller rises: iPTH 60.7 vs 51.1 pg/mL (+19 %) for 25(OH)D < 20 vs ≥ 30 ng/mL (Mert et al. 2017, Open J Endocr Metab Dis, doi:10.4236/ojemd.2017.73010, abstract seen); the square makes PTH flat near the threshold and steep in deep deficiency',
    }),
    Ca_rep: row({
      value: 1000,
      unit: 'mg/day',
      meaning: 'calcium intake above which PTH no longer falls',
      evidence: 'assumed',
      source: 'assumed: recommended intake (IOM 2011 RDA 1000–1200 mg/day for women over 50, UNVERIFIED)',
      min: 1,
    }),
    a_PTH_Ca: row({
      value: 0.33,
      unit: '1',
      meaning: 'PTH increase at zero calcium intake',
      evidence: 'assumed',
      source: 'assumed: assumed: PTH about +20 % at 400 mg/day (UNVERIFIED; no source in research/)',
      note: 'plausible range 0.1–0.6',
    }),
    h_L_PTH: row({
      value: 1,
      unit: '1',
      meaning: 'exponent of PTH on RANKL production',
      evidence: 'literature-model',
      source: 'Pivonka et al. 2008, Bone 43:249: RANKL on pre-osteoblasts ∝ PTH/(PTH + K_D4) with K_D4 = 150 pM and PTH = beta_PTH/D_PTH = 2.9 pM (research/models.md §2.3), elasticity 0.98',
      max: 4,
      note: 'Pivonka also lowers OPG with PTH (K_D6 = 0.22 pM, elasticity −0.93); that path is left out, so the catabolic effect is conservative. The size it gives: 25(OH)D 10 ng/mL loses about 1 % more total-hip BMD per year than replete status in the first years, the order of the gain of vitamin D repletion in deficient elderly women (femoral neck about +2 % in 2 years, Ooms et al. 1995, J Clin Endocrinol Metab 80:1052, UNVERIFIED)',
    }),
  },
  derived: {
    deficit_D: { expr: 'max(0, 1 - vitamin_D / D_rep) ^ 2 * (1 - u_CaD)', unit: '1', meaning: 'vitamin D deficit (0 replete or supplemented, 1 at no vitamin D)' },
    deficit_Ca: { expr: 'max(0, 1 - calcium_intake / Ca_rep) * (1 - u_CaD)', unit: '1', meaning: 'calcium intake deficit (0 replete or supplemented, 1 at no calcium)' },
    PTH: {
      expr: '(1 + a_PTH_D * deficit_D) * (1 + a_PTH_Ca * deficit_Ca) * fx_pth',
      unit: '1',
      meaning: 'endogenous PTH relative to replete status (teriparatide not included)',
    },
  },
  scales: {
    RANKL: 'PTH ^ h_L_PTH',
  },
};
