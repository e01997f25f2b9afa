import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { LN2, osteosimCalibration, prototypeCalibration, TARGETS } from './params.js';
import { experimentKnob } from './signals.js';
import { DAYS_PER_CALENDAR_YEAR } from '../time.js';

/**
 * Strengths of the review's commitment signals, switched on (issue 16) at what the calibrated natural history
 * tolerates, which is almost nothing: every one of them adds postmenopausal bone loss that beta_Le and e_L were fitted
 * without. Binding: A4 (LS BMD rate FMP+2 to FMP+5: −1.322 %/y against −1 ± 0.33, a margin of 0.008 %/y before these
 * terms; cost in %/y per unit, one term at a time: h_W 0.30, h_BMP 0.28, h_WP 0.025, beta_oe 6.8, delta_M 4.1) and
 * the agreement with the prototype's aging table (test/model/osteosim/prototype.test.ts: BMD within 5e-4 to 85 y;
 * with these values 4.7e-4 from them). So at these values they are effectively off for the untreated course and act
 * only through the signals they read (romosozumab's Wnt, MSC therapy, SAMP6); at the strengths the evidence suggests
 * (each row's note) they need a joint refit of the estrogen parameters (beta_Le, e_L, d_FMP) to SWAN. A scenario may
 * set them higher through Scenario.parameters.
 */
const H_W = 0.003;
const H_BMP = 0.002;
const H_WP = 0.02;
const BETA_OE = 8e-5;
const DELTA_M = 4e-5;

/** The pooled preclinical effects the paracrine parameters are fitted to (therapies/msc/calibration.ts). */
export const MSC_FIT = {
  fu2021: 'D4',
  li: 'research/msc-preclinical-evidence.md Table 4: Li et al., stem cells in osteoporosis models, BMD SMD 1.29 (12 studies)',
} as const;

/**
 * MSC pool and marrow fat (prototype changes C1, C2). Exploratory: natural history hardly constrains these
 * parameters (v1/integrated-model.md §6.1); h_W, delta_M and beta_oe went to 0 in the fit and are kept as
 * scenario knobs ("senescent MSC", "osteoporotic phenotype").
 *
 *   wnt_signal  = W                       canonical Wnt/β-catenin activity (wnt.ts), 1 young
 *   bmp2_signal = B / B_young             osteoblast-made BMP-2, 1 young
 *   ppar_gamma  = [1 + phi ((1 + k_Qa sigma)(1 + beta_ae H) − 1)] wnt_signal^(−h_WP)   PPAR-γ adipogenic activity
 *   f_ob = wnt_signal^h_W bmp2_signal^h_BMP (1 + beta_RP P̂) (1 − beta_oe H)           osteogenic drive
 *   f_ad = ppar_gamma bmp2_signal^h_BMP                                                  adipogenic drive
 *   K_M  = max(1 − s_ob (f_ob − 1) − s_ad (f_ad − 1) − delta_M sigma / (1 + beta_SP P̂), K_min) niche capacity left
 *   dM/dt = r_M M (K_M − M) − k_cond cond_injury M   (− r_M M M_d: engrafted donor cells share the niche; mscTherapy)
 *   J_ob = mu_pB f_ob (c_ob M + osteo_MSC M_d)   (replaces Jörg's constant pre-osteoblast influx 1)
 *   dA/dt = d_A (f_ad (c_ad M + M_d) − A)         (engrafted donor cells have the normal adipogenic propensity 1)
 *   c_ob, c_ad: strain factors of the host pool's osteogenic and adipogenic output (1 = normal; the SAMP6 phenotype
 *   sets them, species.ts); engrafted donor cells keep their own propensity (osteo_MSC)
 *   MFF  = A / (A + K_A),  K_A = (1 − MFF0) / MFF0
 *   Marrow conditioning (irradiation before bone marrow transplantation; `marrow_conditioning` = 1 from day 0):
 *   dtau_cond/dt = marrow_conditioning,  cond_injury = marrow_conditioning exp(−d_cond tau_cond),
 *   k_cond = −ln(cond_survival) d_cond, so the host pool keeps cond_survival of itself (before regrowth).
 *
 * The review's signals are named quantities (wnt_signal, bmp2_signal, ppar_gamma). Switched on here with the
 * smallest strengths the evidence allows and that leave the calibrated natural history and drug targets inside
 * their tolerances (section A moves; each row's note says by how much it may): Wnt and estrogen fall together after
 * menopause, so h_W and beta_oe add bone loss that beta_Le was fitted without.
 * Every factor is 1 at the young steady state (W = 1, B = B_young, H = 0, sigma = 0, P = 0, no donor cells M_d = 0, c_ob = c_ad = 1,
 * no conditioning), so M = A = 1 and
 * J_ob = mu_pB.
 * Other modules scale these drives: glucocorticoids (f_ad, f_ob; glucocorticoids.ts) and mechanical loading (J_ob;
 * mechanics.ts).
 */
export const mscPool: ModuleDef = {
  name: 'MSC pool and marrow fat',
  states: {
    M: { unit: '1', initial: 1, meaning: 'MSC pool (functional osteo/adipo progenitor capacity), relative to young' },
    A: { unit: '1', initial: 1, meaning: 'marrow adipocytes, relative to young' },
    tau_cond: { unit: 'day', initial: 0, meaning: 'time since marrow conditioning (0 without conditioning)' },
  },
  parameters: {
    mu_pB: row({
      value: 1,
      unit: '1/day',
      meaning: 'pre-osteoblast influx at the young steady state (nondimensionalised to 1)',
      evidence: 'defined',
      source: 'Jörg et al. 2022, eLife 11:e76228, Eq. 9 (structural constant; scaled by the rodent time-scale profiles)',
    }),
    r_M: row({ value: LN2 / 30, unit: '1/day', meaning: 'MSC pool regeneration rate (logistic relaxation)', evidence: 'assumed', source: 'assumed: half-time 30 d (prototype r_M)' }),
    s_ob: row({ value: 0.1, unit: '1', meaning: 'niche-capacity cost of extra osteogenic drive (self-limitation of Wnt)', evidence: 'assumed', source: 'assumed: prototype s_ob' }),
    s_ad: row({
      value: 0.0276335,
      unit: '1',
      meaning: 'niche-capacity cost of extra adipogenic drive (osteo/adipo competition)',
      evidence: 'fitted',
      fittedTo: [TARGETS.freedomPlacebo, TARGETS.mff70, TARGETS.mffOp70],
      source: prototypeCalibration('stage 1 (v2)'),
    }),
    delta_M: row({
      value: DELTA_M,
      unit: '1',
      meaning: 'senescence loss of MSC niche capacity per unit aging index',
      evidence: 'assumed',
      source:
        'assumed: direction from Zhou et al. 2008, Aging Cell 7:335 (4× SA-β-gal⁺ MSCs, 1.7× doubling time in old donors) and D’Ippolito et al. 1999, J Bone Miner Res 14:1115 (ALP⁺ CFU-F 4.5-fold fewer at 41–70 y than at 3–36 y; research/msc.md §1b, §2)',
      note:
        'the data would put the pool of a 70-year-old at a fraction of the young one (delta_M of order 1), but the calibrated formation flux is proportional to the pool and the natural history (section A, marrow fat) was fitted with delta_M = 0 (its v1 fit went to 0): the value is the largest section A and the marrow-fat targets tolerate without a refit (checked with validate). Plausible range 0–1; the gap is a model limitation (the progenitor count falls more than osteoblast supply does)',
    }),
    h_W: row({
      value: H_W,
      unit: '1',
      meaning: 'exponent of the Wnt/β-catenin signal on the osteogenic drive',
      evidence: 'assumed',
      source:
        'assumed: direction from Song et al. 2012, J Bone Miner Res (PMC3474875: β-catenin loss in Osx⁺ cells shifts them to adipocytes); Proctor & Gartland 2016, Front Endocrinol 7:61, uses a Hill exponent 2 on Wnt for MSC commitment (research/msc.md §1b)',
      note:
        'plausible range 0–2 (2 = Proctor’s Hill exponent far below its threshold). Kept small: Wnt falls about 7 % after menopause (sclerostin rises) and rises several-fold under romosozumab, whose calibrated response (B47) already holds without this term; the value is the largest the A and B targets tolerate (validate)',
    }),
    beta_oe: row({
      value: BETA_OE,
      unit: '1',
      meaning: 'largest loss of osteogenic drive at e = 0 (estrogen favours osteogenic over adipogenic commitment)',
      evidence: 'assumed',
      source:
        'assumed: Okazaki et al. 2002, Endocrinology 143:2349 (E2 raised ALP and suppressed lipid accumulation through ERα/β, mirror-image dose responses); Liu et al. 2018, Int J Mol Med 41:669 (OVX BM-MSCs less osteogenic; target D16); research/msc.md §1b',
      max: 1,
      note:
        'a mirror of the fitted adipogenic rise (1 + beta_ae = 1.9 at e = 0) would give 1 − 1/1.9 = 0.47; plausible range 0–0.47. The natural history was fitted with 0 (the estrogen-driven loss sits in beta_Le), so the value is the largest section A tolerates without a refit (validate)',
    }),
    h_BMP: row({
      value: H_BMP,
      unit: '1',
      meaning: 'exponent of the BMP-2 signal on both osteogenic and adipogenic commitment',
      evidence: 'assumed',
      source: 'assumed: Okazaki et al. 2002, Endocrinology 143:2349 (BMP-2 raised both ALP activity and Oil Red O⁺ adipocytes in bipotential ST-2 cells: total commitment, not the split; research/msc.md §1b)',
      min: 0,
      note: 'plausible range 0–0.5; osteoblasts rise with turnover after menopause and fall under antiresorptives, so this closes a weak positive loop B → BMP-2 → J_ob; kept to what the A and B targets tolerate (validate)',
    }),
    h_WP: row({
      value: H_WP,
      unit: '1',
      meaning: 'exponent of Wnt suppression of PPAR-γ (falling Wnt releases adipogenesis)',
      evidence: 'assumed',
      source: 'assumed: RUNX2/PPAR-γ mutual inhibition with Wnt as an osteogenic, anti-adipogenic switch (Rosen et al. 2009, Crit Rev Eukaryot Gene Expr 19:109; Song et al. 2012; research/msc.md §1b)',
      min: 0,
      note: 'plausible range 0–2; the marrow-fat targets (MFF-1, MFF-2) were fitted without it, so it is kept to what they tolerate',
    }),
    marrow_conditioning: row({
      value: 0,
      unit: '1',
      meaning: 'marrow conditioning before bone marrow transplantation (1 = myeloablative irradiation at the scenario start)',
      evidence: 'defined',
      source: 'scenario input (a patient condition: set from day 0 by Scenario.parameters)',
      min: 0,
      max: 1,
    }),
    cond_survival: row({
      value: 0.01,
      unit: '1',
      meaning: 'share of the host MSC pool that survives myeloablative conditioning (before regrowth)',
      evidence: 'assumed',
      source: 'assumed: after 5.5 Gy × 2 and IBM-BMT the marrow stromal cells were donor-type (Kushida et al. 2001, Blood 97:3292; Ichioka et al. 2002, Stem Cells 20:542; abstracts), so few host stromal progenitors were left',
      min: 1e-6,
      max: 1,
      note: 'plausible range 0.001–0.1. At 0.01 the donor share of the SAMP6 MSC pool is 73 % 35 weeks after IBM-BMT (bmtSamp6Study), at 0.1 only 16 % (host regrowth wins), which would contradict the donor-type stroma reported',
    }),
    d_cond: row({
      value: LN2 / 3,
      unit: '1/day',
      meaning: 'fading of the conditioning injury (host cells die within days of irradiation)',
      evidence: 'assumed',
      source: 'assumed: radiation-induced death of marrow cells within days (half-time 3 d)',
      min: 1e-6,
      note: 'plausible range: half-time 1–7 d',
    }),
    beta_SDF_cond: row({
      value: 2,
      unit: '1',
      meaning: 'largest relative rise of marrow SDF-1 after conditioning',
      evidence: 'assumed',
      source: 'assumed: irradiation and DNA damage raise marrow SDF-1 (Ponomaryov et al. 2000, J Clin Invest 106:1331; magnitude not seen)',
      min: 0,
      note: 'plausible range 0.5–5; acts only on intravenous homing (an intra-marrow graft needs none)',
    }),
    k_Qa: row({
      value: 0.404133,
      unit: '1',
      meaning: 'adipogenic drive increase per unit aging index',
      evidence: 'fitted',
      fittedTo: [TARGETS.mff40, TARGETS.mff70],
      source: prototypeCalibration('stage 1 (v2)'),
    }),
    beta_ae: row({
      value: 0.895816,
      unit: '1',
      meaning: 'adipogenic drive increase at e = 0',
      evidence: 'fitted',
      fittedTo: [TARGETS.mff40, TARGETS.mff70],
      source: prototypeCalibration('stage 1 (v2)'),
    }),
    c_ob: row({
      value: 1,
      unit: '1',
      meaning: 'strain factor on the osteogenic output of the host MSC pool (1 = normal; a phenotype may set it)',
      evidence: 'defined',
      source: 'definition of the normal strain; SAMP6 mice: 1/3 (Jilka et al. 1996, J Clin Invest 97:1732; PHENOTYPES in species.ts)',
      min: 0,
    }),
    c_ad: row({
      value: 1,
      unit: '1',
      meaning: 'strain factor on the adipogenic output of the host MSC pool (1 = normal; a phenotype may set it)',
      evidence: 'defined',
      source: 'definition of the normal strain; SAMP6 mice: raised (PHENOTYPES in species.ts)',
      min: 0,
    }),
    phi: row({
      value: 1,
      unit: '1',
      meaning: 'phenotype multiplier on the age/estrogen-driven adipogenic increase (1 = average woman)',
      evidence: 'assumed',
      source: 'assumed: definition of the average phenotype; the osteoporotic value is fitted (see PHENOTYPES)',
    }),
    d_A: row({ value: LN2 / DAYS_PER_CALENDAR_YEAR, unit: '1/day', meaning: 'marrow adipocyte turnover', evidence: 'assumed', source: 'assumed: half-life 1 y (prototype d_A)' }),
    MFF0: row({
      value: 0.29,
      unit: '1',
      meaning: 'young marrow fat fraction (vertebral 1H-MRS, young controls, mean age 28)',
      evidence: 'measured',
      source: 'Yeung et al. 2005, J Magn Reson Imaging 22:279 (research/msc.md §1a)',
      min: 1e-3,
      max: 0.999,
    }),
    fx_bmp2: experimentKnob('the osteogenic commitment drive f_ob (BMP-2)'),
    fx_pparg: experimentKnob('the adipogenic commitment drive f_ad (PPAR-γ)'),
    K_min: row({ value: 0.05, unit: '1', meaning: 'floor of the MSC niche capacity (numerical guard)', evidence: 'assumed', source: 'assumed: prototype K_min', min: 1e-6, max: 1 }),
  },
  derived: {
    f_ob: {
      expr: 'wnt_signal ^ h_W * bmp2_signal ^ h_BMP * (1 + beta_RP * P_hat) * (1 - beta_oe * H_e) * fx_bmp2',
      unit: '1',
      meaning: 'osteogenic drive of MSC commitment (Wnt, BMP-2, MSC-therapy paracrine signal, estrogen)',
    },
    f_ad: { expr: 'ppar_gamma * bmp2_signal ^ h_BMP', unit: '1', meaning: 'adipogenic drive of MSC commitment (PPAR-γ, BMP-2)' },
    cond_injury: { expr: 'marrow_conditioning * exp(-d_cond * tau_cond)', unit: '1', meaning: 'marrow injury from conditioning (1 at conditioning, fading)' },
    k_cond: { expr: '-log(cond_survival) * d_cond', unit: '1/day', meaning: 'host MSC loss rate at full conditioning injury' },
    wnt_signal: { expr: 'W', unit: '1', meaning: 'canonical Wnt/β-catenin signal acting on MSC commitment, relative to young' },
    bmp2_signal: { expr: 'B / B_young', unit: '1', meaning: 'BMP-2 signal (made by osteoblasts) acting on MSC commitment, relative to young' },
    ppar_gamma: {
      expr: '(1 + phi * ((1 + k_Qa * aging) * (1 + beta_ae * H_e) - 1)) * wnt_signal ^ (-h_WP) * fx_pparg',
      unit: '1',
      meaning: 'PPAR-γ adipogenic activity of marrow MSCs (age, estrogen deficit, released by falling Wnt), relative to young',
    },
    K_M: { expr: 'max(1 - s_ob * (f_ob - 1) - s_ad * (f_ad - 1) - delta_M * aging / (1 + beta_SP * P_hat), K_min)', unit: '1', meaning: 'MSC niche capacity left after commitment drains and senescence (senescence eased by the MSC-therapy paracrine signal)' },
    J_ob: { expr: 'mu_pB * f_ob * (c_ob * M + osteo_MSC * M_d)', unit: '1/day', meaning: 'osteogenic commitment flux into pre-osteoblasts (endogenous pool plus engrafted donor cells)' },
    K_A: { expr: '(1 - MFF0) / MFF0', unit: '1', meaning: 'adipocyte level of half marrow fat' },
    MFF: { expr: 'A / (A + K_A)', unit: '1', meaning: 'marrow fat fraction' },
  },
  rates: {
    M: 'r_M * M * (K_M - M) - k_cond * cond_injury * M',
    A: 'd_A * (f_ad * (c_ad * M + M_d) - A)',
    tau_cond: 'marrow_conditioning',
  },
};

/**
 * MSC therapy (issue 5; prototype change C5 extended): the fate of transplanted cells, the MSC pool they join and the
 * paracrine signal they make. The cell-fate rates come from rodent tracking studies (research/msc.md §3); the paracrine
 * production k_P and gain beta_RP are fitted to the pooled preclinical BMD effects of systemic MSCs (Fu 2021 = D4, Li
 * et al.; therapies/msc/calibration.ts); the other effect parameters are assumed, each note gives its prior range,
 * and the profiles say the pooled effect does not constrain them (k_P re-fitted absorbs them). Cells are
 * counted in units of 1e6 cells (whole body); the product and its donor set pot_MSC, osteo_MSC, home_MSC and k_imm
 * (osteosim/msc-products.ts), the regimen sets body weight BW; doses arrive as events (osteosim/msc-regimens.ts).
 *
 *   route at the dose (viable cells; non-viable ones go straight to X_cl):
 *     intravenous        → X_bl
 *     intra-arterial     → X_cl (1 − f_surv_ia, microvascular plugging), X_im (f_surv_ia f_ia_site), X_bl (rest)
 *     intra-bone-marrow  → X_im        local scaffold → X_im      (the simulated bone unit is the injected site)
 *   dX_bl/dt = −k_bl X_bl                          blood: within minutes to the lung (f_lung_iv), to marrow
 *                                                  (f_home_iv home_MSC, spread over the skeleton), the rest dies
 *   dX_iv/dt = f_lung_iv k_bl X_bl − k_X_iv X_iv    lung-trapped (first pass), cleared with t½ ≈ 24 h
 *   dX_hm/dt = home_iv k_bl X_bl − (k_X_im + k_imm) X_hm        homed to marrow (whole skeleton)
 *   home_iv  = f_home_iv home_MSC sdf1_signal    CXCR4/SDF-1 chemotaxis: the product's CXCR4 (home_MSC, 0.5 from OVX
 *              donors) times marrow SDF-1 relative to young, sdf1_signal = (M + M_d)(1 + beta_SDF_cond cond_injury)
 *              (homing flux ∝ CXCR4 · SDF-1: PeerJ 2018;6:e6072, research/msc.md §7)
 *   dX_im/dt = −(k_X_im + k_imm) X_im              local depot at the site (intra-marrow, scaffold, IA survivors)
 *   of the depot loss k_X_im a fraction f_eng = f_eng_im / (M + M_d) engrafts (X_eg counts them), the rest dies; k_imm is
 *   immune clearance. Engraftment per cell is inversely proportional to niche occupancy (f_eng_im in the full young niche;
 *   about 10× after myeloablative conditioning leaves a tenth of the pool)
 *   dX_cl/dt = death (all routes)                  cleared cells, a counter: dose = X_bl + X_iv + X_hm + X_im + X_eg + X_cl
 *   dM_d/dt = f_eng k_X_im (X_im / site_frac + X_hm) 1e6 / N_M0 + r_M M_d (K_M − M − M_d) − k_imm M_d
 *             donor cells in the MSC pool of the site (relative to the young endogenous pool); they share the niche
 *             with M (dM/dt gets − r_M M M_d) and commit with their own osteogenic propensity (J_ob ∋ osteo_MSC M_d)
 *   paracrine drive (1e6 cell-equivalents per kg; local sources count per site mass, BW site_frac):
 *     c = [w_iv X_iv + X_hm + X_im / site_frac + y_EV (death_sys + death_loc / site_frac)] / BW
 *     dP/dt = k_P (pot_MSC c + (k_V_sys V_sys + k_V_loc V_loc / site_frac) / BW) − d_P P,     P̂ = P / (1 + P)
 *   dying cells release apoptotic extracellular vesicles (y_EV); secretome/exosome doses fill V_sys or V_loc
 *   P̂ raises osteogenic drive (f_ob × (1 + beta_RP P̂)), lowers RANKL (/(1 + beta_LP P̂)) and adipogenic drive
 *   (f_ad / (1 + beta_AP P̂)) and eases senescence (delta_M term / (1 + beta_SP P̂)).
 *
 * Without doses every therapy state is 0 and every factor is exactly 1: the calibrated model is unchanged.
 */
export const mscTherapy: ModuleDef = {
  name: 'MSC therapy',
  states: {
    X_bl: { unit: '1e6 cells', initial: 0, meaning: 'living transplanted cells in the blood' },
    X_iv: { unit: '1e6 cells', initial: 0, meaning: 'living transplanted cells trapped in the lung (first pass)' },
    X_hm: { unit: '1e6 cells', initial: 0, meaning: 'living transplanted cells homed to bone marrow (whole skeleton)' },
    X_im: { unit: '1e6 cells', initial: 0, meaning: 'living transplanted cells of a local depot at the simulated site (intra-marrow, scaffold)' },
    X_eg: { unit: '1e6 cells', initial: 0, meaning: 'transplanted cells that engrafted (joined the MSC pool), cumulative' },
    X_cl: { unit: '1e6 cells', initial: 0, meaning: 'transplanted cells cleared (non-viable at infusion, plugged, died, immune-cleared), cumulative' },
    M_d: { unit: '1', initial: 0, meaning: 'donor-derived MSC pool at the simulated site, relative to the young endogenous pool' },
    V_sys: { unit: '1e6 cell-equivalent days', initial: 0, meaning: 'systemic secretome/exosome dose not yet acting (potency-weighted)' },
    V_loc: { unit: '1e6 cell-equivalent days', initial: 0, meaning: 'local secretome/exosome depot at the site (hydrogel, scaffold; potency-weighted)' },
    P: { unit: '1', initial: 0, meaning: 'paracrine signal from transplanted cells and cell-free products' },
  },
  parameters: {
    // Body and niche
    BW: row({
      value: 70,
      unit: 'kg',
      meaning: 'body weight (dose per kg and dilution of systemic paracrine factors)',
      evidence: 'assumed',
      source: 'assumed: a typical adult woman; rat 0.25 kg and mouse 0.025 kg in the species profiles; a regimen may set it',
      min: 1e-3,
      max: 500,
    }),
    N_M0: row({
      value: 5e7,
      unit: 'cells',
      meaning: 'endogenous MSC pool of the whole skeleton (young)',
      evidence: 'assumed',
      source: 'assumed: 1e12 marrow cells × 1e-5..1e-4 (Pittenger & Martin 2004, Circ Res 95:9, via BioNumbers; research/msc.md §2)',
      min: 1,
      note: 'plausible range 1e7–1e8; rat 1e5 and mouse 1e4 in the species profiles (marrow cellularity assumed, UNVERIFIED)',
    }),
    site_frac: row({
      value: 0.05,
      unit: '1',
      meaning: 'share of the skeleton (marrow, MSC pool, mass) in a locally injected site',
      evidence: 'assumed',
      source: 'assumed: prototype site_frac (one femur of a rodent, a vertebra or hip region of a woman)',
      min: 1e-6,
      max: 1,
      note: 'plausible range 0.02–0.2',
    }),
    // Blood and lung (intravenous first pass)
    k_bl: row({
      sourceTargets: ['E4', 'E2', 'E5'],
      value: LN2 * 1440,
      unit: '1/day',
      meaning: 'loss of transplanted cells from the blood (trapping, homing, death)',
      evidence: 'assumed',
      source: 'assumed: half-life 1 min: IV cells reach the lung within minutes (Lee et al. 2009, Cell Stem Cell 5:54; Fischer et al. 2009, Stem Cells Dev 18:683; research/msc.md §3)',
      note: 'plausible range: half-life 0.5–10 min',
    }),
    f_lung_iv: row({
      sourceTargets: ['E4', 'E2', 'E5'],
      value: 0.85,
      unit: '1',
      meaning: 'IV: fraction of blood cells trapped in the lung (first pass)',
      evidence: 'assumed',
      source: "assumed: Lee 2009 and Fischer 2009 say 'most'; validation-targets E4 recalls 80–90 % (UNVERIFIED)",
      max: 1,
      note: 'plausible range 0.8–0.95; not constrained by the pooled effect (profile, k_P re-fitted)',
    }),
    f_home_iv: row({
      sourceTargets: ['E4'],
      value: 5e-4,
      unit: '1',
      meaning: 'IV: fraction of blood cells homing to bone marrow',
      evidence: 'assumed',
      source: 'assumed: the upper bound of Lee et al. 2009 (< 1000 of 2e6 cells outside the lung; research/msc.md §3); Eggenhofer et al. 2012 found no viable MSCs in marrow',
      max: 0.1,
      note: 'plausible range 0–5e-4; not constrained by the pooled effect (profile over 1e-5–5e-4, k_P re-fitted: Δχ² < 1e-5): the IV effect does not depend on homing or engraftment, as An et al. 2013 found (no engraftment at 48 h; research/msc-preclinical-evidence.md S2)',
    }),
    k_X_iv: row({ value: LN2 / 1, unit: '1/day', meaning: 'clearance (death) of lung-trapped cells', evidence: 'measured', source: 'Lee et al. 2009 (half-life about 24 h; research/msc.md §3)', sourceTargets: ['E4'] }),
    // Intra-arterial delivery
    f_surv_ia: row({
      value: 0.14,
      unit: '1',
      meaning: 'intra-arterial: fraction of cells surviving the microvascular passage',
      evidence: 'measured',
      source: 'PMC3700384 figure (about 86 % lost by plugging; probably Toma et al. 2009, Circ Res 104:398, attribution UNVERIFIED; research/msc.md §3)',
      max: 1,
    }),
    f_ia_site: row({
      value: 0.1,
      unit: '1',
      meaning: 'intra-arterial: share of survivors that settle in the bone the artery supplies',
      evidence: 'assumed',
      source: 'assumed: assumed: IA bypasses the lung and spreads widely (Sanchez-Diaz et al. 2021, J Clin Med 10:2925); the rest enter the venous blood',
      max: 1,
      note: 'plausible range 0.01–0.5',
    }),
    // Local depot and engraftment
    k_X_im: row({
      sourceTargets: ['E13'],
      value: 1 / 9,
      unit: '1/day',
      meaning: 'loss of cells from a local depot (death plus engraftment)',
      evidence: 'assumed',
      source: 'assumed: derived from both numbers of Huang et al. 2015, Stem Cell Res Ther 6:206 (research/msc.md §3): local signal for 12–14 d and < 3 % of cells left at 5 weeks; with 1/9 per day, 21 % are left at 13 d and 2 % at 5 weeks (the prototype’s 1/13 per day would leave 7 % at 5 weeks)',
      note: 'plausible range 1/13 to 1/5 per day',
    }),
    f_eng_im: row({
      sourceTargets: ['E13'],
      value: 0.01,
      unit: '1',
      meaning: 'fraction of the depot loss that engrafts in the MSC pool',
      evidence: 'assumed',
      source: 'assumed: assumed inside Huang et al. 2015 (< 3 % of cells at 5 weeks, living and engrafted together); GFP cells were found on trabecular surfaces after intra-femoral injection in OVX rats (Chen et al. 2021 review [61])',
      max: 1,
      note: 'plausible range 0.001–0.03; not constrained by the pooled effect (profile, k_P re-fitted: flat)',
    }),
    // Product (set from the regimen's product: msc-products.ts)
    pot_MSC: row({
      value: 1,
      unit: '1',
      meaning: 'paracrine potency of the cell product relative to young healthy BM-MSCs (source × donor age × passage)',
      evidence: 'defined',
      source: 'set by the regimen product (osteosim/msc-products.ts)',
      max: 100,
    }),
    osteo_MSC: row({
      value: 1,
      unit: '1',
      meaning: "osteogenic propensity of engrafted donor cells relative to the host's own MSCs",
      evidence: 'defined',
      source: 'set by the regimen product (osteosim/msc-products.ts)',
      max: 100,
    }),
    home_MSC: row({
      value: 1,
      unit: '1',
      meaning: 'homing factor of the product (CXCR4/SDF-1 chemotaxis) relative to healthy adult MSCs',
      evidence: 'defined',
      source: 'set by the regimen product (osteosim/msc-products.ts)',
      max: 100,
    }),
    k_imm: row({ value: 0, unit: '1/day', meaning: 'immune clearance of donor cells (0 for autologous cells)', evidence: 'defined', source: 'set by the regimen product (osteosim/msc-products.ts)' }),
    // Paracrine signal
    w_iv: row({
      value: 0.1,
      unit: '1',
      meaning: 'bone-directed paracrine potency of lung-trapped cells relative to cells in bone',
      evidence: 'assumed',
      source: 'assumed: prototype w_iv; lung-trapped MSCs act remotely (TSG-6, Lee et al. 2009)',
      note: 'plausible range 0.01–1; not constrained by the pooled effect (profile, k_P re-fitted: flat)',
    }),
    y_EV: row({
      value: 1,
      unit: 'day',
      meaning: 'paracrine output released by a dying transplanted cell (apoptotic extracellular vesicles), in days of secretion',
      evidence: 'assumed',
      source: 'assumed: assumed: most transplanted MSCs die soon and their apoptotic EVs ameliorate osteoporosis (Li et al. 2024, Theranostics 14:3583; research/msc.md §3)',
      note: 'plausible range 0.1–5 d. This is what gives intravenous cells, nearly all dead within days, a systemic effect; not constrained by the pooled effect (profile, k_P re-fitted: flat), only its product with k_P is',
    }),
    k_P: row({
      value: 0.587,
      unit: '1/day per (1e6 cells/kg)',
      meaning: 'paracrine signal production per living transplanted cell per kg (per site mass for local cells)',
      evidence: 'fitted',
      fittedTo: [MSC_FIT.fu2021, MSC_FIT.li],
      source: osteosimCalibration(
        'therapies/msc/calibration.ts (fitParacrine with beta_RP): 3e6 BM-MSCs IV 4 weeks after OVX in rats give +10.2 % BMD over OVX + vehicle at 8 weeks, SMD 2.03 at a between-animal CV of 5 % (3–8 %), against the random-effects pool of Fu 2021 (3.02) and Li et al. (1.29, year not seen): 2.07 (SE 0.86)',
      ),
      note:
        'previously 0.004, chosen by hand (assumed). Identifiability (scripts/msc-calibration.ts): the pooled effect fixes one combination of k_P and beta_RP (the 8-week systemic gain), not k_P alone: with beta_RP re-fitted, the profile Δχ² stays below 3.84 over 0.004–20 (2.8 at 0.004, where beta_RP hits its bound 20); the point on the ridge is chosen by weak priors (median 0.004, one order of magnitude per SD, weight 0.01). ' +
        'At the ends of the CV range the fit moves to k_P 0.27 (CV 3 %) and 1.06 (CV 8 %). Leave one study out: fitted to Li alone 0.29, to Fu alone 1.29. ' +
        'Local doses saturate the signal (IBM 1e6 cells in a rat: P̂ > 0.9 for 8 weeks), so local effects are an extrapolation of this IV fit',
    }),
    d_P: row({
      value: LN2 / 14,
      unit: '1/day',
      meaning: 'paracrine signal decay',
      evidence: 'assumed',
      source: 'assumed: half-life 14 d; effects last weeks to months (research/msc.md §3)',
      note: 'plausible range: half-life 3–30 d; not constrained by the pooled effect at one readout (profile, k_P re-fitted: flat). Persistence is open: the research file finds no admissible evidence for or against fading after one dose (msc-preclinical-evidence.md, Synthesis C); the Cytotherapy 2008 IBM study (PMID 18608347) found stiffness gains gone by 24 weeks, while the model keeps its IBM gain rising to 24 weeks',
    }),
    k_V_sys: row({
      value: LN2 / 1,
      unit: '1/day',
      meaning: 'action of an intravenous secretome/exosome dose (uptake and clearance)',
      evidence: 'assumed',
      source: 'assumed: assumed: EVs leave the blood within hours to a day (no value in research/msc.md)',
      note: 'plausible range: half-life 0.1–3 d',
    }),
    k_V_loc: row({
      sourceTargets: ['D9'],
      value: LN2 / 7,
      unit: '1/day',
      meaning: 'release from a local secretome/exosome depot (hydrogel, scaffold)',
      evidence: 'assumed',
      source: 'assumed: assumed: sustained release over about a week (silk-fibroin hydrogel, Liang et al. 2019; no rate in research/msc.md)',
      note: 'plausible range: half-life 1–30 d',
    }),
    beta_RP: row({
      value: 3.17,
      unit: '1',
      meaning: 'largest increase of the osteogenic drive by the paracrine signal',
      evidence: 'fitted',
      fittedTo: [MSC_FIT.fu2021, MSC_FIT.li],
      source: osteosimCalibration('therapies/msc/calibration.ts (fitParacrine with k_P; see k_P)'),
      note:
        'previously 1 (prototype, assumed, range 0.3–3). Profile with k_P re-fitted: Δχ² 2.5 at 0.3, 1.2 at 0.72, about 0 from 1.7 up to 10, so the data favour beta_RP ≳ 1.7 (below it even a saturated signal falls short of the pooled effect) but exclude no part of 0.3–10 at 95 %; its upper end is not bounded. ' +
        'At the ends of the CV range: 1.78 (CV 3 %) and 14.9 (CV 8 %); leave one study out: 1.83 (Li alone) and 6.7 (Fu alone)',
    }),
    beta_LP: row({
      value: 0.5,
      unit: '1',
      meaning: 'largest decrease of RANKL production by the paracrine signal (factor 1/(1 + beta_LP P̂))',
      evidence: 'assumed',
      source: 'assumed: prototype beta_LP (MSC p38α/OPG, Chen et al. 2021 review [73])',
      note: 'plausible range 0.2–1; not constrained by the pooled effect (profile, k_P re-fitted: flat)',
    }),
    beta_AP: row({
      value: 0.3,
      unit: '1',
      meaning: 'largest decrease of the adipogenic drive by the paracrine signal (factor 1/(1 + beta_AP P̂))',
      evidence: 'assumed',
      source: 'assumed: assumed (direction: the review asks MSC therapy to inhibit adipogenic differentiation, Chen et al. 2021)',
      note: 'plausible range 0–1',
    }),
    beta_SP: row({
      sourceTargets: ['E19', 'D9'],
      value: 0.5,
      unit: '1',
      meaning: 'largest easing of MSC senescence by the paracrine signal (factor 1/(1 + beta_SP P̂) on delta_M)',
      evidence: 'assumed',
      source: 'assumed: assumed (direction: UC-MSC secretome restores aged BMSCs, Liang et al. 2019; validation target E19)',
      note: 'plausible range 0–1; acts only where delta_M > 0 (a scenario knob: no phenotype sets it since SAMP6 became a commitment phenotype)',
    }),
  },
  derived: {
    P_hat: { expr: 'max(P, 0) / (1 + max(P, 0))', unit: '1', meaning: 'saturating paracrine signal' },
    sdf1_signal: {
      expr: 'M_all * (1 + beta_SDF_cond * cond_injury)',
      unit: '1',
      meaning: 'marrow SDF-1 (CXCL12, made by the stromal MSC pool; raised by conditioning), relative to young',
    },
    home_iv: {
      expr: 'min(f_home_iv * home_MSC * sdf1_signal, 1 - f_lung_iv)',
      unit: '1',
      meaning: 'IV: fraction of blood cells homing to marrow (CXCR4 of the product × marrow SDF-1)',
    },
    f_eng: {
      expr: 'min(f_eng_im / max(M_all, K_min), 1)',
      unit: '1',
      meaning: 'fraction of the depot loss that engrafts: f_eng_im in a full niche, more where the niche is emptied (conditioning)',
    },
    death_sys: {
      expr: '(1 - f_lung_iv - home_iv) * k_bl * X_bl + k_X_iv * X_iv + ((1 - f_eng) * k_X_im + k_imm) * X_hm',
      unit: '1e6 cells/day',
      meaning: 'death of transplanted cells away from the site (blood, lung, homed)',
    },
    death_loc: { expr: '((1 - f_eng) * k_X_im + k_imm) * X_im', unit: '1e6 cells/day', meaning: 'death of transplanted cells in the local depot' },
    engraft_flux: { expr: 'f_eng * k_X_im * (X_im + X_hm)', unit: '1e6 cells/day', meaning: 'engraftment of transplanted cells in the MSC pool' },
    msc_drive: {
      expr: '(pot_MSC * (w_iv * X_iv + X_hm + X_im / site_frac + y_EV * (death_sys + death_loc / site_frac)) + k_V_sys * V_sys + k_V_loc * V_loc / site_frac) / BW',
      unit: '1e6 cell-equivalents/kg',
      meaning: 'paracrine drive at the simulated site (living cells, apoptotic EVs, cell-free products)',
    },
    M_all: { expr: 'M + M_d', unit: '1', meaning: 'MSC pool at the site including engrafted donor cells, relative to young' },
    X_alive: { expr: 'X_bl + X_iv + X_hm + X_im', unit: '1e6 cells', meaning: 'living transplanted cells not (yet) engrafted' },
  },
  rates: {
    X_bl: '-k_bl * X_bl',
    X_iv: 'f_lung_iv * k_bl * X_bl - k_X_iv * X_iv',
    X_hm: 'home_iv * k_bl * X_bl - (k_X_im + k_imm) * X_hm',
    X_im: '-(k_X_im + k_imm) * X_im',
    X_eg: 'engraft_flux',
    X_cl: 'death_sys + death_loc',
    M_d: 'f_eng * k_X_im * (X_im / site_frac + X_hm) * 1e6 / N_M0 + r_M * M_d * (K_M - M - M_d) - k_imm * M_d',
    M: '-r_M * M * M_d',
    V_sys: '-k_V_sys * V_sys',
    V_loc: '-k_V_loc * V_loc',
    P: 'k_P * msc_drive - d_P * P',
  },
  scales: {
    f_ad: '1 / (1 + beta_AP * P_hat)',
  },
};
