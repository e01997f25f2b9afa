import type { ModuleDef } from '../../engine/index.js';
import { assumed, defined, fitted, LN2, measured, TARGETS } from './params.js';

/**
 * MSC pool and marrow fat (prototype changes C1, C2). Exploratory: natural history hardly constrains these
 * parameters (v1/integrated-model.md §6.1); h_W, delta_M and beta_oe went to 0 in the fit and are kept as
 * scenario knobs ("senescent MSC", "SAMP6-like", "osteoporotic phenotype").
 *
 *   f_ob = W^h_W (1 + beta_RP P̂) (1 − beta_oe H)                           osteogenic drive
 *   f_ad = 1 + phi [(1 + k_Qa sigma)(1 + beta_ae H) − 1]                     adipogenic drive
 *   K_M  = max(1 − s_ob (f_ob − 1) − s_ad (f_ad − 1) − delta_M sigma, K_min) niche capacity left
 *   dM/dt = r_M M (K_M − M)
 *   J_ob = mu_pB f_ob M      (replaces Jörg's constant pre-osteoblast influx 1)
 *   dA/dt = d_A (f_ad M − A)
 *   MFF  = A / (A + K_A),  K_A = (1 − MFF0) / MFF0
 *
 * Every factor is 1 at the young steady state (W = 1, H = 0, sigma = 0, P = 0), so M = A = 1 and J_ob = mu_pB.
 * Other modules scale these drives: glucocorticoids (f_ad, f_ob; glucocorticoids.ts) and mechanical loading (J_ob;
 * mechanics.ts).
 */
export const mscPool: ModuleDef = {
  name: 'MSC pool and marrow fat',
  states: {
    M: { unit: '1', initial: 1, meaning: 'MSC pool (functional osteo/adipo progenitor capacity), relative to young' },
    A: { unit: '1', initial: 1, meaning: 'marrow adipocytes, relative to young' },
  },
  parameters: {
    mu_pB: defined(1, '1/day', 'pre-osteoblast influx at the young steady state (nondimensionalised to 1)', 'Jörg et al. 2022, eLife 11:e76228, Eq. 9 (structural constant; scaled by the rodent time-scale profiles)'),
    r_M: assumed(LN2 / 30, '1/day', 'MSC pool regeneration rate (logistic relaxation)', 'half-time 30 d (prototype r_M)'),
    s_ob: assumed(0.1, '1', 'niche-capacity cost of extra osteogenic drive (self-limitation of Wnt)', 'prototype s_ob'),
    s_ad: fitted(0.0276335, '1', 'niche-capacity cost of extra adipogenic drive (osteo/adipo competition)', [TARGETS.freedomPlacebo, TARGETS.mff70, TARGETS.mffOp70], 'stage 1 (v2)'),
    delta_M: assumed(0, '1', 'senescence loss of MSC capacity per unit aging index', 'fixed at 0 in the v2 prototype: its v1 fit to A2, A4 and A8 went to the lower bound 0 (research/integrated-prototype). Exploratory knob (SAMP6-like senescence)'),
    h_W: assumed(0, '1', 'exponent of Wnt activity on the osteogenic drive', 'fixed at 0 in the v2 prototype: its v1 fit to A2, A4 and A8 went to the lower bound 0 (research/integrated-prototype). (Proctor 2016 uses n = 2). Exploratory knob'),
    beta_oe: assumed(0, '1', 'largest loss of osteogenic drive at e = 0', 'fixed at 0 in the v2 prototype: its v1 fit to A2, A4 and A8 went to the lower bound 0 (research/integrated-prototype). Exploratory knob', { max: 1 }),
    k_Qa: fitted(0.404133, '1', 'adipogenic drive increase per unit aging index', [TARGETS.mff40, TARGETS.mff70], 'stage 1 (v2)'),
    beta_ae: fitted(0.895816, '1', 'adipogenic drive increase at e = 0', [TARGETS.mff40, TARGETS.mff70], 'stage 1 (v2)'),
    phi: assumed(1, '1', 'phenotype multiplier on the age/estrogen-driven adipogenic increase (1 = average woman)', 'definition of the average phenotype; the osteoporotic value is fitted (see PHENOTYPES)'),
    d_A: assumed(LN2 / 365.25, '1/day', 'marrow adipocyte turnover', 'half-life 1 y (prototype d_A)'),
    MFF0: measured(0.29, '1', 'young marrow fat fraction (vertebral 1H-MRS, young controls, mean age 28)', 'Yeung et al. 2005, J Magn Reson Imaging 22:279 (research/msc.md §1a)', { min: 1e-3, max: 0.999 }),
    K_min: assumed(0.05, '1', 'floor of the MSC niche capacity (numerical guard)', 'prototype K_min', { min: 1e-6, max: 1 }),
  },
  derived: {
    f_ob: { expr: 'W ^ h_W * (1 + beta_RP * P_hat) * (1 - beta_oe * H_e)', unit: '1', meaning: 'osteogenic drive of MSC commitment' },
    f_ad: { expr: '1 + phi * ((1 + k_Qa * aging) * (1 + beta_ae * H_e) - 1)', unit: '1', meaning: 'adipogenic drive of MSC commitment' },
    K_M: { expr: 'max(1 - s_ob * (f_ob - 1) - s_ad * (f_ad - 1) - delta_M * aging, K_min)', unit: '1', meaning: 'MSC niche capacity left after commitment drains and senescence' },
    J_ob: { expr: 'mu_pB * f_ob * M', unit: '1/day', meaning: 'osteogenic commitment flux into pre-osteoblasts' },
    K_A: { expr: '(1 - MFF0) / MFF0', unit: '1', meaning: 'adipocyte level of half marrow fat' },
    MFF: { expr: 'A / (A + K_A)', unit: '1', meaning: 'marrow fat fraction' },
  },
  rates: {
    M: 'r_M * M * (K_M - M)',
    A: 'd_A * (f_ad * M - A)',
  },
};

/**
 * MSC therapy inputs (prototype change C5): living transplanted cells in the lung after IV infusion (X_iv) and in
 * an intra-marrow depot (X_im) make a paracrine signal P that raises osteogenic drive and lowers RANKL production.
 * Engraftment adds to M. Dosing of cells comes with the MSC-therapy issue; the states and parameters are here now.
 * Uncalibrated: only directions can be checked (no human data).
 *
 *   dX_iv/dt = −k_X_iv X_iv,   dX_im/dt = −k_X_im X_im,   dP/dt = k_P (w_iv X_iv + X_im) − d_P P,   P̂ = P / (1 + P)
 *   a dose of N cells: IV     M += f_eng_iv N / N_M0,                X_iv += f_lung_iv N / 1e8
 *                      marrow M += f_eng_im N / (N_M0 site_frac),    X_im += N / 1e8
 */
export const mscTherapy: ModuleDef = {
  name: 'MSC therapy',
  states: {
    X_iv: { unit: '1e8 cells', initial: 0, meaning: 'living IV-infused MSCs trapped in the lung' },
    X_im: { unit: '1e8 cells', initial: 0, meaning: 'living cells of an intra-marrow depot' },
    P: { unit: '1', initial: 0, meaning: 'paracrine signal from transplanted cells' },
  },
  parameters: {
    N_M0: assumed(5e7, 'cells', 'endogenous MSC pool of the whole skeleton (young)', '1e12 marrow cells × 1e-5..1e-4 (Pittenger & Martin 2004)', { min: 1 }),
    site_frac: assumed(0.05, '1', 'share of the MSC pool in a locally injected site', 'prototype site_frac', { min: 1e-6, max: 1 }),
    f_eng_iv: assumed(5e-4, '1', 'IV: fraction of cells engrafting in bone or marrow', 'set at the upper bound reported by Lee et al. 2009, Cell Stem Cell 5:54 (<1000 of 2e6 cells outside the lung; research/msc.md §3)', { max: 1 }),
    f_eng_im: assumed(0.03, '1', 'intra-marrow: fraction engrafting long term', 'set at the upper bound reported by Huang et al. 2015, Stem Cell Res Ther 6:206 (<3 % at 5 weeks, fracture model)', { max: 1 }),
    f_lung_iv: assumed(0.85, '1', 'IV: fraction of the dose alive in the lung after infusion', "Lee 2009 / Fischer 2009 say 'most'; the value is assumed", { max: 1 }),
    k_X_iv: measured(LN2 / 1, '1/day', 'clearance of lung-trapped cells', 'Lee et al. 2009 (half-life about 24 h)'),
    k_X_im: measured(1 / 13, '1/day', 'clearance of the local cell depot', 'Huang et al. 2015 (local signal 12–14 d)'),
    w_iv: assumed(0.1, '1', 'bone-directed paracrine potency of lung-trapped cells relative to local cells', 'prototype w_iv'),
    k_P: assumed(0.1, '1/day per 1e8 cells', 'paracrine signal production per living transplanted cell', 'prototype k_P'),
    d_P: assumed(LN2 / 14, '1/day', 'paracrine signal decay', 'half-life 14 d; effects last weeks to months (research/msc.md §3)'),
    beta_RP: assumed(1, '1', 'largest increase of the osteogenic drive by the paracrine signal', 'prototype beta_RP'),
    beta_LP: assumed(0.5, '1', 'largest decrease of RANKL production by the paracrine signal (factor 1/(1 + beta_LP P̂))', 'prototype beta_LP'),
  },
  derived: {
    P_hat: { expr: 'max(P, 0) / (1 + max(P, 0))', unit: '1', meaning: 'saturating paracrine signal' },
  },
  rates: {
    X_iv: '-k_X_iv * X_iv',
    X_im: '-k_X_im * X_im',
    P: 'k_P * (w_iv * X_iv + X_im) - d_P * P',
  },
};
