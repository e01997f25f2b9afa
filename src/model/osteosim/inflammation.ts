import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { LN2 } from './params.js';

/** Citations of the estrogen-deficiency inflammation module, once each. */
const CENCI_2000 = 'Cenci et al. 2000, J Clin Invest 106:1229 (ovariectomy raised T-cell TNF-α; no OVX bone loss in T-cell-deficient mice)';
const ROGGIA_2001 = 'Roggia et al. 2001, Proc Natl Acad Sci USA 98:13960 (OVX raised the number of TNF-producing bone-marrow T cells, not TNF per cell; no OVX bone loss in TNF−/− mice)';
const TYAGI_2012 = 'Tyagi et al. 2012, PLoS One 7:e44552 (OVX raised Th17 cells and serum IL-17; anti-IL-17 mitigated the trabecular loss and the fall of OPG/RANKL)';
const CLINE_SMITH_2020 = 'Cline-Smith et al. 2020, J Bone Miner Res 35:1174 (PMC8061311, volume/pages from recall: after OVX, IL-7/IL-15 make memory T cells produce IL-17A and TNF together)';
const AKIYAMA_2012 = 'Akiyama et al. 2012, Cell Stem Cell 10:544 (systemic BM-MSCs induce transient FasL/Fas-mediated T-cell apoptosis; FasL−/− MSCs do not)';
const SUI_2018 = 'Sui et al. 2018, Exp Mol Med 50:166 (systemic MSCs in gonadectomized mice lowered CD3⁺ T cells and serum inflammatory cytokines; research/msc-preclinical-evidence.md S3)';
const ICHIOKA_2002 = 'Ichioka et al. 2002, Stem Cells 20:542 (IBM-BMT restored marrow IL-11 and IL-6 messages in SAMP6 mice to normal)';

/**
 * Estrogen-deficiency inflammation and MSC immunomodulation (issue 16). Estrogen keeps the number of TNF-producing
 * bone-marrow T cells low; after its loss they expand, and their TNF-α and IL-17A raise RANKL-driven
 * osteoclastogenesis (Pacifici and colleagues: Cenci 2000, Roggia 2001; Tyagi 2012; Cline-Smith 2020). Transplanted
 * living MSCs kill T cells through FasL/Fas (Akiyama 2012; in sex-hormone-deficient bone loss Sui 2018), so
 * allogeneic cells act on bone through the immune path as well as the paracrine one.
 *
 *   dT_infl/dt = k_T [(1 + beta_Te H_e) / (1 + T_tol) − T_infl] − k_Fas F̂ T_infl    TNF/IL-17-producing T cells, 1 young
 *   dT_tol/dt  = y_tol k_Fas F̂ T_infl − d_tol T_tol     tolerance: apoptotic T cells → macrophage TGF-β → Tregs
 *                (Akiyama 2012), which holds the inflammatory T cells down for weeks after the transplanted cells die
 *   F̂          = c_F / (K_Fas + c_F),  c_F = fas_MSC (X_iv + X_hm + X_im) / BW   living transplanted cells per kg
 *   tnf_alpha = il17 = T_infl                 per-cell production unchanged (Roggia 2001); one memory-T-cell source
 *   H_T        = (T_infl − 1) / beta_Te      the estrogen deficit as the T cells carry it (= H_e at quasi-steady state)
 *   RANKL      ∝ 1 + beta_Le [(1 − chi_T) H_e + chi_T H_T]                      (rankl.ts)
 *   il6        = tnf_alpha · stromal,  il11 = stromal,  stromal = c_ob M + osteo_MSC M_d     outputs only
 *
 * Compensation by construction: without transplanted cells H_T follows H_e with the T-cell time constant (a week),
 * so the calibrated RANKL rise beta_Le is split, not added to, and the untreated course moves only by that lag
 * (days against the years of the menopausal transition).
 * Every factor is 1 at the young steady state (H_e = 0, no cells).
 */
export const estrogenInflammation: ModuleDef = {
  name: 'estrogen-deficiency inflammation',
  states: {
    T_infl: { unit: '1', initial: 1, meaning: 'TNF-α/IL-17-producing bone-marrow T cells, relative to young' },
    T_tol: { unit: '1', initial: 0, meaning: 'immune tolerance induced by MSC-killed T cells (regulatory T cells), 0 without transplanted cells' },
  },
  parameters: {
    beta_Te: row({
      value: 1,
      unit: '1',
      meaning: 'largest relative rise of TNF/IL-17-producing marrow T cells at e = 0',
      evidence: 'assumed',
      source: `assumed: direction and mechanism ${ROGGIA_2001}; ${TYAGI_2012}; the fold rise was not in the abstracts seen`,
      min: 1e-3,
      note: 'plausible range 0.5–2 (1.5- to 3-fold). The bone effect does not depend on it (H_T is normalised by it); it scales the tnf_alpha and il17 readouts',
    }),
    k_T: row({
      value: LN2 / 3,
      unit: '1/day',
      meaning: 'rate at which the marrow T-cell pool follows the estrogen deficit (expansion, turnover)',
      evidence: 'assumed',
      source: `assumed: OVX bone loss in mice is T-cell dependent within the first weeks (${CENCI_2000}); half-time 3 d, the fast end of the range`,
      min: 1e-6,
      note: 'plausible range: half-time 3–21 d. The lag of H_T behind H_e in the perimenopause is the only change of the untreated course this module makes (at 51 y H_T trails H_e by about 0.005; with a 7-day half-time by 0.011, which moves P1NP at 51 y by 0.5 % and the agreement with the prototype beyond its test tolerance)',
    }),
    chi_T: row({
      value: 0.5,
      unit: '1',
      meaning: 'share of the estrogen-deficiency RANKL rise carried by T-cell TNF-α/IL-17',
      evidence: 'assumed',
      source: `assumed: in mice all OVX bone loss needed T cells and TNF (${CENCI_2000}; ${ROGGIA_2001}), anti-IL-17 mitigated it partly (${TYAGI_2012}); in women the share is unknown`,
      min: 0,
      max: 1,
      note: 'plausible range 0.2–1. Neutral for the untreated course by construction (the split keeps beta_Le); it sets how much of the RANKL rise MSC immunomodulation can remove',
    }),
    k_Fas: row({
      value: 1,
      unit: '1/day',
      meaning: 'largest T-cell apoptosis rate induced by FasL on transplanted living MSCs',
      evidence: 'assumed',
      source: `assumed: ${AKIYAMA_2012} (transient apoptosis of recipient T cells within a day of infusion); ${SUI_2018}`,
      min: 0,
      note: 'plausible range 0.2–5 per day; not constrained by the pooled BMD effect (scripts/msc-calibration.ts)',
    }),
    K_Fas: row({
      value: 10,
      unit: '1e6 cells/kg',
      meaning: 'living transplanted cells per kg of half-maximal FasL-induced T-cell apoptosis',
      evidence: 'assumed',
      source: `assumed: about the systemic dose that gave T-cell apoptosis in ${AKIYAMA_2012} (1e5 cells per 10 g, 1e7 cells/kg; dose from recall, UNVERIFIED)`,
      min: 1e-6,
      note: 'plausible range 1–100 (1e6–1e8 cells/kg)',
    }),
    y_tol: row({
      value: 1,
      unit: '1',
      meaning: 'tolerance induced per unit of T cells killed by transplanted MSCs (Treg expansion through macrophage TGF-β)',
      evidence: 'assumed',
      source: `assumed: mechanism ${AKIYAMA_2012} (apoptotic T cells made macrophages produce TGF-β, raising CD4⁺CD25⁺Foxp3⁺ Tregs and immune tolerance); no magnitude in the abstract`,
      min: 0,
      note: 'plausible range 0.1–3: at 1, killing the whole inflammatory T-cell pool once halves its set point while the tolerance lasts. Without it the FasL effect is a one-day dip of T cells with no lasting bone effect',
    }),
    d_tol: row({
      value: LN2 / 14,
      unit: '1/day',
      meaning: 'decay of MSC-induced immune tolerance',
      evidence: 'assumed',
      source: `assumed: half-life 14 d; the T-cell reduction and lower serum cytokines were still seen weeks after systemic MSCs in gonadectomized mice (${SUI_2018})`,
      min: 1e-6,
      note: 'plausible range: half-life 7–60 d',
    }),
    fas_MSC: row({
      value: 1,
      unit: '1',
      meaning: 'FasL-mediated T-cell killing capacity of the cell product relative to healthy BM-MSCs',
      evidence: 'defined',
      source: 'definition of the healthy product; BM-MSCs from OVX donors lost T-cell apoptosis (PMC5980002, msc-preclinical-evidence.md S4): a product may lower it (not set by msc-products.ts yet)',
      min: 0,
    }),
  },
  derived: {
    fas_cells: { expr: 'fas_MSC * (X_iv + X_hm + X_im) / BW', unit: '1e6 cells/kg', meaning: 'living transplanted cells per kg that present FasL to T cells' },
    fas_signal: { expr: 'fas_cells / (K_Fas + fas_cells)', unit: '1', meaning: 'saturating FasL/Fas T-cell apoptosis signal of transplanted MSCs' },
    tnf_alpha: { expr: 'T_infl', unit: '1', meaning: 'T-cell TNF-α in the marrow, relative to young (Roggia 2001: per-cell production unchanged)' },
    il17: { expr: 'T_infl', unit: '1', meaning: 'IL-17A relative to young (same memory T cells as TNF-α, Cline-Smith 2020)' },
    H_T: { expr: '(T_infl - 1) / beta_Te', unit: '1', meaning: 'estrogen deficit as carried by the T cells (H_e at quasi-steady state without transplanted cells)' },
    stromal_output: { expr: 'c_ob * M + osteo_MSC * M_d', unit: '1', meaning: 'osteogenic stromal output of the marrow MSC pool (host plus donor), relative to young normal' },
    il6: { expr: 'tnf_alpha * stromal_output', unit: '1', meaning: `stromal IL-6 relative to young (TNF-induced; ${ICHIOKA_2002}); readout only` },
    il11: { expr: 'stromal_output', unit: '1', meaning: `stromal IL-11 relative to young (${ICHIOKA_2002}); readout only` },
  },
  rates: {
    T_infl: 'k_T * ((1 + beta_Te * H_e) / (1 + T_tol) - T_infl) - k_Fas * fas_signal * T_infl',
    T_tol: 'y_tol * k_Fas * fas_signal * T_infl - d_tol * T_tol',
  },
};
