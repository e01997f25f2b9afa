import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';

/**
 * Skeletal sites as bone of their own (issue 13). Two bone envelopes, trabecular (tb) and cortical (ct), are remodeled
 * by the cells and signals of the calibrated remodeling unit (bone.ts): each turns over at its own rate, kappa_tb or
 * kappa_ct times the unit's formation and resorption, because remodeling runs on bone surfaces and trabecular bone
 * has several times the surface per volume of cortical bone (turnover ratio R_tc). Each envelope carries its own
 * bone volume (rho) and its own mean mineral content (m, as a fraction of fully mineralized bone), so its own
 * remodeling space and its own secondary mineralization.
 *
 * Every DXA site is a mix of the two envelopes with its own composition f_tb_<site> (trabecular share of the site's
 * bone mineral at the young steady state): lumbar spine (LS), total hip (TH), femoral neck (FN), one-third radius
 * (R13). The turnover of the two envelopes is scaled so that the total hip, mixed by its composition, turns over as
 * the calibrated unit does (Jörg's 5.86 %/y): the untreated natural history stays calibrated on the hip.
 *
 *   kappa_ct = 1 / (f_tb_TH R_tc + 1 − f_tb_TH),   kappa_tb = R_tc kappa_ct
 *   drho_e/dt = kappa_e (b+ − b−)                                        (e = tb, ct; tb adds modeling-based formation)
 *   dm_e/dt   = mineralization [(kappa_e b+ / rho_e)(m_prim − m_e) + k_sec (1 − m_e)]   (secondary mineralization, mean field)
 *   X_e       = (rho_e m_e / m_e,young) (c_b / c0)                        (envelope BMD relative to young)
 *   BMD_site  = f_tb_site X_tb + (1 − f_tb_site) X_ct
 *
 * Mineralization (Boivin & Meunier; Ruffoni et al. 2007; Martínez-Reina & Pivonka 2019): new bone gains a primary
 * share m_prim of its final mineral within days, then mineralizes slowly over years (k_sec). The equation for the
 * mean m_e is exact for that law when resorption removes bone regardless of its age (as in Martínez-Reina's packet
 * model, where packets are resorbed in proportion to their volume): formation brings bone at m_prim, resorption
 * removes bone at the mean, and every packet closes a fraction k_sec of its remaining deficit per day. The
 * primary phase (lag of about 12 days, then about 10 days, Martínez-Reina 2019) is taken as instantaneous. Lower
 * turnover makes the bone older on average, so denser: an antiresorptive keeps raising BMD for years after the
 * remodeling space has refilled; higher turnover (menopause) lowers the mean mineral content.
 *
 * The drug-specific mineral target of the calibrated unit (c_b/c0: denosumab and bisphosphonates, Jörg Eq. 24 form)
 * multiplies every envelope alike.
 *
 * Modeling-based formation (MBF): PTH-receptor agonists make bone also on quiescent surfaces, without prior
 * resorption, by activating lining cells (iliac-crest histomorphometry under teriparatide: Lindsay et al. 2006,
 * J Bone Miner Res 21:366; Ma et al. 2006, J Bone Miner Res 21:855; Dempster et al. 2018, J Bone Miner Res 33:627).
 * Formation of this kind adds bone that no resorption took away, so it escapes the coupling of remodeling. It runs
 * on the trabecular envelope, whose surface per volume is R_tc times the cortical one; endocortical and periosteal
 * MBF are left out (under teriparatide the cortical DXA gain is small, with intracortical porosity rising):
 *
 *   b_mbf = beta_mbf_pth pth_anabolic b+_young,   drho_tb/dt = kappa_tb (b+ + b_mbf − b− f_res_tb)
 *
 * The markers (bone.ts) still read remodeling formation only.
 */
const SITE_COMPOSITION =
  'assumed: trabecular share of the DXA bone mineral of the site, within the range of the QCT/DXA compartment literature (issue 13 brief: spine about 0.4–0.7 by mass in the DXA projection, total hip 0.3–0.5, femoral neck 0.25–0.4, one-third radius about 0.05; UNVERIFIED against a primary source)';

export const boneSites: ModuleDef = {
  name: 'skeletal sites (trabecular and cortical envelopes)',
  states: {
    rho_tb: { unit: '1', initial: 1, meaning: 'trabecular bone volume (1 = young steady state)' },
    rho_ct: { unit: '1', initial: 1, meaning: 'cortical bone volume (1 = young steady state)' },
    m_tb: { unit: '1', initial: 'm_prim', meaning: 'mean mineral content of trabecular bone, fraction of fully mineralized (young steady state from youngSteadyState)' },
    m_ct: { unit: '1', initial: 'm_prim', meaning: 'mean mineral content of cortical bone, fraction of fully mineralized (young steady state from youngSteadyState)' },
  },
  parameters: {
    R_tc: row({
      value: 7.5,
      unit: '1',
      meaning: 'turnover of trabecular bone per unit volume relative to cortical bone (surface-to-volume ratio)',
      evidence: 'measured',
      source:
        'histomorphometric turnover of about 30 %/y in trabecular and about 4 %/y in cortical bone, as quoted by Jörg et al. 2022 (eLife 11:e76228, text; research/jorg2022.md §4.3); Parfitt (Bone Histomorphometry 1983; Calcif Tissue Int 1984) gives about 25 %/y and 2–3 %/y (ratio 8–12)',
      min: 1,
      note: 'Turnover is proportional to the remodeling surface per bone volume; published ratios span about 4–12.',
    }),
    f_tb_TH: row({ value: 0.4, unit: '1', meaning: 'trabecular share of total-hip bone mineral', evidence: 'assumed', source: SITE_COMPOSITION, max: 1, note: 'range 0.3–0.5' }),
    f_tb_LS: row({
      value: 0.481,
      unit: '1',
      meaning: 'trabecular share of lumbar-spine (AP, L1–L4) bone mineral',
      evidence: 'fitted',
      fittedTo: ['A1', 'A5'],
      source:
        'osteosim natural-history calibration of the spine turnover ratio (src/studies/calibration/specs.ts, spine targets only; scripts/calibrate.ts), 2026-11-26: kappa_LS = 1.147 ± 0.054 (SE), carried over as the composition that gives that turnover, (1.147 (f_tb_TH R_tc + 1 − f_tb_TH) − 1) / (R_tc − 1) = 0.481 (± 0.03)',
      min: 0,
      max: 1,
      note: 'Within the assumed range 0.4–0.7 (the posterior elements in the AP projection are mostly cortical). Replaces kappa_LS: the same single spine parameter, fitted to the same targets.',
    }),
    f_tb_FN: row({ value: 0.325, unit: '1', meaning: 'trabecular share of femoral-neck bone mineral', evidence: 'assumed', source: SITE_COMPOSITION, max: 1, note: 'range 0.25–0.4' }),
    f_tb_R13: row({ value: 0.05, unit: '1', meaning: 'trabecular share of one-third-radius bone mineral', evidence: 'assumed', source: SITE_COMPOSITION, max: 1, note: 'range 0–0.1 (diaphyseal, almost all cortical)' }),
    m_prim: row({
      value: 0.65,
      unit: '1',
      meaning: 'share of its final mineral content that new bone gains in the primary (fast) phase',
      evidence: 'measured',
      source:
        'Boivin & Meunier 2002 (Calcif Tissue Int 70:503) and 2003 (Osteoporos Int 14 Suppl 5:S19): primary mineralization brings bone to about 60–70 % of its final mineral content within days to weeks; Fuchs et al. 2008 (Matrix Biol 27:34, rabbit osteons, synchrotron FTIR): 67 % of the interstitial level at day 18',
      max: 1,
      note: 'range 0.6–0.7; Martínez-Reina & Pivonka 2019 take a lower primary share of mineral volume (0.121/0.442)',
    }),
    mineralization: row({
      value: 0,
      unit: '1',
      meaning: 'secondary mineralization switch: 1 follows the mineral content of each envelope, 0 holds it at its young value',
      evidence: 'defined',
      source:
        'model option (issue 13): off by default until the remodeling-side drug parameters fitted without it (denosumab K_D, k_e0, beta_b_rAb, beta_C_RANK; bisphosphonate beta_b_bp, pot_zol) are refitted with it on; with it on and those values the total-hip denosumab and bisphosphonate gains overshoot B3, B4, B8, B16, B26. Measured 2026-12-02 (issue 13): on, with beta_b_rAb = beta_b_bp = 0, every bisphosphonate BMD row passes unrefitted and A5 passes, but A4 LS (FMP+2 to +5, −1.42), B3 TH 36 mo, B4 TH, B8 TH (9.1) and B16 TH/LS fail; refitting k_e0, K_D, beta_C_RANK to B3, B7, B16 with it on (0.0517/d, 7.48 ng/mL, 0.75) leaves B16 LS 1.04 and A4 LS failing, and adding f_tb_LS (0.443) to that fit leaves B8 TH 8.40 and B16 LS 1.01 just outside and A5 failing again: it stays off',
      min: 0,
      max: 1,
    }),
    beta_mbf_pth: row({
      value: 0.727,
      unit: '1',
      meaning: 'modeling-based trabecular formation at the full PTH-analog anabolic drive, in units of the young remodeling formation rate',
      evidence: 'fitted',
      fittedTo: ['B36'],
      source:
        'osteosim calibration (issue 13), 2026-12-02: least squares on the two FPT femoral-neck rows of B36 (teriparatide 20 and 40 µg minus placebo at 21 mo, 3 and 6 pp, each in units of its tolerance) through the validation harness; the response is linear in beta (FN 20 µg 2.12 + 1.82 beta, 40 µg 3.72 + 2.50 beta pp), so the minimum is closed-form. The lumbar-spine rows of B36 are not fitted: with the trabecular shares of sites.ts no value reaches them without overshooting FN',
      min: 0,
      note: 'Row-wise leave-one-out: fitted to FN 20 µg alone 0.484, which predicts FN 40 µg 4.93 pp (−1.07 vs 6 ± 1.2); fitted to FN 40 µg alone 0.912, which predicts FN 20 µg 3.78 pp (+0.78 vs 3 ± 1). Abaloparatide (B44) shares the drive and is out of sample. At 0.727 MBF is 15 % of trabecular formation in the first month of teriparatide 20 µg and 10–11 % from month 5 on (histomorphometric shares, larger in the first months, are UNVERIFIED against the papers above).',
    }),
    k_sec: row({
      value: 0.2 * ((22.2 / 31.1 - 0.65) / (1 - 22.2 / 31.1)) / 365.25,
      unit: '1/day',
      meaning: 'secondary mineralization: fraction of the remaining mineral deficit of a bone packet closed per day',
      evidence: 'measured',
      source:
        'from the reference trabecular BMDD of healthy adults (Roschger et al. 2003, Bone 32:316: CaMean 22.20 wt% Ca) with the upper bound of the mineralization law and the turnover time of Ruffoni et al. 2007 (Bone 40:1308: 31.1 wt% Ca, 5 years): at steady state the mean m = (t m_prim + k_sec)/(t + k_sec), so k_sec = t (m − m_prim)/(1 − m) with t = 0.2/y, m = 22.2/31.1 (0.045/y, time constant about 22 y)',
      min: 0,
      note: 'Derived, not fitted. Ruffoni 2007 fit a two-phase law whose slow phase lasts years; a single exponential with this rate matches the mean of the reference BMDD.',
    }),
  },
  derived: {
    kappa_ct: { expr: '1 / (f_tb_TH * R_tc + 1 - f_tb_TH)', unit: '1', meaning: 'cortical turnover relative to the calibrated unit (the total hip mixes to 1)' },
    kappa_tb: { expr: 'R_tc * kappa_ct', unit: '1', meaning: 'trabecular turnover relative to the calibrated unit' },
    m_tb_young: {
      expr: '(kappa_tb * b_plus_young * m_prim + k_sec) / (kappa_tb * b_plus_young + k_sec)',
      unit: '1',
      meaning: 'mean mineral content of trabecular bone at the young steady state',
    },
    m_ct_young: {
      expr: '(kappa_ct * b_plus_young * m_prim + k_sec) / (kappa_ct * b_plus_young + k_sec)',
      unit: '1',
      meaning: 'mean mineral content of cortical bone at the young steady state',
    },
    f_res_tb: { expr: 'min(max(rho_tb, 0) / rho_res, 1) * (2 - min(max(rho_tb, 0) / rho_res, 1))', unit: '1', meaning: 'resorbable fraction of trabecular resorption (as f_res_b of bone.ts, on the trabecular density)' },
    f_res_ct: { expr: 'min(max(rho_ct, 0) / rho_res, 1) * (2 - min(max(rho_ct, 0) / rho_res, 1))', unit: '1', meaning: 'resorbable fraction of cortical resorption (as f_res_b, on the cortical density)' },
    b_mbf: {
      expr: 'beta_mbf_pth * pth_anabolic * b_plus_young',
      unit: '1/day',
      meaning: 'modeling-based formation on quiescent trabecular surfaces (PTH-analog drive), per unit of the calibrated unit',
    },
    X_tb: { expr: 'rho_tb * m_tb / m_tb_young * c_b / c0', unit: '1', meaning: 'trabecular bone mineral relative to the young steady state' },
    X_ct: { expr: 'rho_ct * m_ct / m_ct_young * c_b / c0', unit: '1', meaning: 'cortical bone mineral relative to the young steady state' },
    BMD_TH: { expr: 'f_tb_TH * X_tb + (1 - f_tb_TH) * X_ct', unit: '1', meaning: 'total-hip BMD relative to the young steady state' },
    BMD_LS: { expr: 'f_tb_LS * X_tb + (1 - f_tb_LS) * X_ct', unit: '1', meaning: 'lumbar-spine BMD relative to the young steady state' },
    BMD_FN: { expr: 'f_tb_FN * X_tb + (1 - f_tb_FN) * X_ct', unit: '1', meaning: 'femoral-neck BMD relative to the young steady state' },
    BMD_R13: { expr: 'f_tb_R13 * X_tb + (1 - f_tb_R13) * X_ct', unit: '1', meaning: 'one-third-radius BMD relative to the young steady state' },
  },
  rates: {
    rho_tb: 'kappa_tb * (b_plus + b_mbf - b_minus * f_res_tb)',
    rho_ct: 'kappa_ct * (b_plus - b_minus * f_res_ct)',
    m_tb: 'mineralization * (kappa_tb * (b_plus + b_mbf) / max(rho_tb, 1e-6) * (m_prim - m_tb) + k_sec * (1 - m_tb))',
    m_ct: 'mineralization * (kappa_ct * b_plus / max(rho_ct, 1e-6) * (m_prim - m_ct) + k_sec * (1 - m_ct))',
  },
};
