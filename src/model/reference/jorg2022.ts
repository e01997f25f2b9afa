import { DAYS_PER_JORG2022_YEAR } from '../time.js';
import { compileModel, composeModel, steadyState, type CompiledModel, type EvidenceKind, type ModuleDef, type ParameterDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';

/**
 * Reference model: Jörg DJ et al. 2022, "Modeling osteoporosis to design and optimize pharmacological therapies
 * comprising multiple drug types", eLife 11:e76228 (Appendices 1–3), ported as the assembled ODE system of the
 * authors' code (`_derivative`), with the full-precision calibrated parameters.
 *
 * One representative bone remodeling unit; every variable is nondimensional, so only relative changes mean
 * anything. Time t is in days from birth; age in years is t / 365 (365-day years, as the authors' code).
 * Hill functions have exponent 1: g+(x/x0) = hill(x, x0, 1), g-(x/x0) = hillr(x, x0, 1).
 */

const PAPER = 'Jörg et al. 2022, eLife 11:e76228, Appendix 3—table 4';

/** Origin codes of Appendix 3—table 4 and the evidence kind each maps to. */
type Origin = 'Cal.' | 'Est.' | 'Lit.' | 'Fit';
const EVIDENCE: Record<Origin, EvidenceKind> = { 'Cal.': 'fitted', 'Est.': 'assumed', 'Lit.': 'measured', Fit: 'fitted' };
const ORIGIN_TEXT: Record<Origin, string> = {
  'Cal.': 'calibrated (CMA-ES fit of 31 free parameters)',
  'Est.': 'estimate',
  'Lit.': 'literature',
  Fit: 'independent fit',
};

/** A row of Appendix 3—table 4: the origin code (and its detail) gives the source and, unless stated, the evidence kind. */
interface Table4Row {
  readonly value: number;
  readonly unit: string;
  readonly meaning: string;
  readonly origin: Origin;
  /** Origin detail after the origin code, e.g. the literature reference or "= T_romosozumab". */
  readonly from?: string;
  readonly evidence?: EvidenceKind;
  readonly max?: number;
  readonly note?: string;
}

/** A parameter of Appendix 3—table 4, at the full precision of the authors' code. */
function table4({ origin, from, evidence, ...rest }: Table4Row): ParameterDef {
  return row({ ...rest, evidence: evidence ?? EVIDENCE[origin], source: `${PAPER}, origin ${origin} (${ORIGIN_TEXT[origin]}${from ? `; ${from}` : ''})` });
}

/** Source of a fixed element of the model's structure (not a table-4 parameter), e.g. `structure('Eq. 9')`. */
const structure = (where: string): string => `Jörg et al. 2022, eLife 11:e76228, ${where}`;

/**
 * A pathway-experiment factor (issue 15; not in the paper): 1 leaves the port's equations unchanged bit for bit, a
 * perturbation sets it for a time (jorg2022-bone-model.ts JORG2022_SIGNALS).
 */
const experimentKnob = (meaning: string): ParameterDef =>
  row({ value: 1, unit: '1', meaning: `pathway-experiment factor on ${meaning} (1 = unperturbed)`, evidence: 'defined', source: 'defined: experiment knob (not in the paper)', max: 10 });

// ---------------------------------------------------------------------------------------------------------------
// Core model (Appendix 1, Eqs. 1–20)

/** Estrogen e(t), Eq. 18: 1 before the onset age, then 1 / (1 + (age − a_e) / tau_e). */
export const estrogen: ModuleDef = {
  name: 'estrogen',
  parameters: {
    a_e: table4({ value: 50, unit: 'year', meaning: 'age at onset of the estrogen decline (t_e in the paper)', origin: 'Est.' }),
    tau_e: table4({ value: 2.6, unit: 'year', meaning: 'time scale of the estrogen decline', origin: 'Fit', from: 'estradiol vs age of Sowers et al. 2008' }),
    fx_estrogen: experimentKnob('the estrogen level'),
  },
  derived: {
    age: { expr: `t / ${DAYS_PER_JORG2022_YEAR}`, unit: 'year', meaning: 'age (time from birth in 365-day years)' },
    estrogen: { expr: 'piecewise(1, age <= a_e, 1 / (1 + (age - a_e) / tau_e)) * fx_estrogen', unit: '1', meaning: 'estrogen level relative to premenopause, e(t)' },
  },
};

/** Pre-osteoblasts → osteoblasts → osteocytes (Eqs. 2, 4, 5). */
export const osteoblastLineage: ModuleDef = {
  name: 'osteoblast lineage',
  states: {
    preOB: { unit: '1', initial: 0, meaning: 'pre-osteoblast density, rho_B*' },
    OB: { unit: '1', initial: 0, meaning: 'osteoblast density, rho_B' },
    OCY: { unit: '1', initial: 0, meaning: 'osteocyte density, rho_Y' },
  },
  parameters: {
    mu_pB: row({ value: 1, unit: '1/day', meaning: 'pre-osteoblast production rate (nondimensionalised to 1)', evidence: 'defined', source: structure('Eq. 9') }),
    omega_pB: table4({ value: 0.319241069, unit: '1/day', meaning: 'reference pre-osteoblast → osteoblast differentiation rate', origin: 'Cal.' }),
    s_pB: table4({ value: 163.2824648, unit: '1', meaning: 'sclerostin threshold for inhibition of pre-osteoblast differentiation', origin: 'Cal.' }),
    eta_B: table4({ value: 0.00867806, unit: '1/day', meaning: 'reference osteoblast apoptosis rate', origin: 'Cal.' }),
    omega_B: table4({ value: 0.000624353, unit: '1/day', meaning: 'osteoblast → osteocyte conversion rate', origin: 'Cal.' }),
    eta_Y: table4({
      value: 0.000109589,
      unit: '1/day',
      meaning: 'osteocyte apoptosis rate (a 25-year osteocyte life, 1/(25·365))',
      origin: 'Est.',
    }),
  },
  derived: {
    OB_formation: { expr: 'omega_pB * hillr(sclerostin, s_pB, 1) * preOB', unit: '1/day', meaning: 'pre-osteoblast differentiation flux, f_B*→B' },
    OB_apoptosis: { expr: 'eta_B', unit: '1/day', meaning: 'osteoblast apoptosis rate (lowered by PTH analogs)' },
    OCY_formation: { expr: 'omega_B * OB', unit: '1/day', meaning: 'osteoblast → osteocyte flux, f_B→Y' },
  },
  rates: {
    preOB: 'mu_pB - OB_formation',
    OB: 'OB_formation - OB_apoptosis * OB - OCY_formation',
    OCY: 'OCY_formation - eta_Y * OCY',
  },
};

/** Pre-osteoclasts → osteoclasts (Eqs. 1, 3); the resorption signal r is the osteoclast density itself. */
export const osteoclastLineage: ModuleDef = {
  name: 'osteoclast lineage',
  states: {
    preOC: { unit: '1', initial: 0, meaning: 'pre-osteoclast density, rho_C*' },
    OC: { unit: '1', initial: 0, meaning: 'osteoclast density, rho_C (also the resorption signal r)' },
  },
  parameters: {
    mu_pC: row({ value: 1, unit: '1/day', meaning: 'pre-osteoclast production rate (nondimensionalised to 1)', evidence: 'defined', source: structure('Eq. 9') }),
    omega_pC: table4({ value: 0.930890444, unit: '1/day', meaning: 'reference pre-osteoclast → osteoclast differentiation rate', origin: 'Cal.' }),
    e_pC: table4({ value: 0.937654795, unit: '1', meaning: 'estrogen threshold for inhibition of pre-osteoclast differentiation', origin: 'Cal.' }),
    s_pC: table4({ value: 8603687.044, unit: '1', meaning: 'sclerostin threshold for stimulation of pre-osteoclast differentiation', origin: 'Cal.' }),
    eta_C: table4({ value: 0.023815993, unit: '1/day', meaning: 'reference osteoclast apoptosis rate', origin: 'Cal.', note: 'printed 0.02 in the paper' }),
    e_C: table4({ value: 0.990728213, unit: '1', meaning: 'estrogen threshold for stimulation of osteoclast apoptosis', origin: 'Cal.' }),
    r_C: table4({
      value: 10.12488334,
      unit: '1',
      meaning: 'resorption-signal threshold for stimulation of osteoclast apoptosis',
      origin: 'Cal.',
      note: "printed 10.10 in the paper; the authors' code has 10.12488334 (0.25 % apart), used here",
    }),
    nu_C: table4({ value: 0.000123164, unit: '1', meaning: 'largest relative effect of estrogen and resorption signal on osteoclast apoptosis', origin: 'Cal.' }),
  },
  derived: {
    RANKL_signalling: { expr: '1', unit: '1', meaning: 'fraction of RANKL signalling left unblocked (lowered by RANKL antibodies)' },
    PTH_osteoclastogenesis: { expr: '1', unit: '1', meaning: 'factor on pre-osteoclast differentiation from PTH analogs' },
    OC_formation: {
      expr: 'omega_pC * hillr(estrogen, e_pC, 1) * hill(sclerostin, s_pC, 1) * RANKL_signalling * PTH_osteoclastogenesis * preOC',
      unit: '1/day',
      meaning: 'pre-osteoclast differentiation flux, f_C*→C',
    },
    OC_apoptosis: {
      expr: 'eta_C * (1 + nu_C * hill(estrogen, e_C, 1) * hill(OC, r_C, 1))',
      unit: '1/day',
      meaning: 'osteoclast apoptosis rate, raised by estrogen and the resorption signal',
    },
  },
  rates: {
    preOC: 'mu_pC - OC_formation',
    OC: 'OC_formation - OC_apoptosis * OC',
  },
};

/** Free sclerostin, secreted by osteocytes under estrogen suppression (Eqs. 6, 15). */
export const sclerostin: ModuleDef = {
  name: 'sclerostin',
  states: { sclerostin: { unit: '1', initial: 0, meaning: 'free (functional) sclerostin, s' } },
  parameters: {
    kappa_s: table4({
      value: 0.05,
      unit: '1/day',
      meaning: 'sclerostin degradation rate',
      origin: 'Est.',
      from: 'informed by Suen et al. 2015 and Ominsky et al. 2015 (table: "Est., Lit.")',
    }),
    e_s: table4({ value: 9.595406602, unit: '1', meaning: 'estrogen threshold for suppression of sclerostin secretion', origin: 'Cal.' }),
    fx_sclerostin: experimentKnob('sclerostin secretion per osteocyte'),
  },
  rates: { sclerostin: 'fx_sclerostin * hillr(estrogen, e_s, 1) * OCY - kappa_s * sclerostin' },
};

/** Bone formation by osteoblasts and resorption by osteoclasts (Eq. 16). */
export const boneTurnover: ModuleDef = {
  name: 'bone turnover',
  parameters: {
    lambda_B: table4({ value: 1.29e-6, unit: '1/day', meaning: 'bone formation rate per unit osteoblast density', origin: 'Cal.' }),
    lambda_C: table4({ value: 3.82e-6, unit: '1/day', meaning: 'bone resorption rate per unit osteoclast density', origin: 'Cal.' }),
    s_Omega: table4({ value: 3039.645954, unit: '1', meaning: 'sclerostin threshold for inhibition of bone formation', origin: 'Cal.' }),
    r_Omega: table4({ value: 1024.4198, unit: '1', meaning: 'resorption-signal threshold for stimulation of bone formation', origin: 'Cal.' }),
    nu_Omega: table4({ value: 107.5332737, unit: '1', meaning: 'largest relative effect of the resorption signal on bone formation', origin: 'Cal.' }),
  },
  derived: {
    b_plus: { expr: 'lambda_B * hillr(sclerostin, s_Omega, 1) * (1 + nu_Omega * hill(OC, r_Omega, 1)) * OB', unit: '1/day', meaning: 'bone formation rate, b+' },
    b_minus: { expr: 'lambda_C * OC', unit: '1/day', meaning: 'bone resorption rate, b−' },
  },
};

/**
 * Bone density rho_b (Eq. 7) and BMD (Eq. 19). rho_b has no steady state (its rate b+ − b− does not depend on it),
 * so this module is left out of the equilibrium model.
 */
export const boneDensity: ModuleDef = {
  name: 'bone density',
  states: { rho_b: { unit: '1', initial: 1, meaning: 'total bone density (1 = peak bone density at t = 0)' } },
  derived: { BMD: { expr: 'rho_b * c_b', unit: '1', meaning: 'bone mineral density, rho_b · c_b' } },
  rates: { rho_b: 'b_plus - b_minus' },
};

/** Bone mineral content relaxing to its target (Eqs. 8, 17). */
export const mineralisation: ModuleDef = {
  name: 'mineralisation',
  states: { c_b: { unit: '1', initial: 'c_0', meaning: 'bone mineral content (fraction)' } },
  parameters: {
    gamma: table4({ value: 0.006654662, unit: '1/day', meaning: 'bone mineral content equilibration rate', origin: 'Cal.' }),
    c_0: table4({ value: 0.8, unit: '1', meaning: 'reference bone mineral content', origin: 'Est.', max: 1 }),
  },
  derived: { mineral_target: { expr: 'c_0', unit: '1', meaning: 'bone mineral content that c_b relaxes to (raised by RANKL antibodies)' } },
  rates: { c_b: 'gamma * (mineral_target - c_b)' },
};

/** Bone turnover markers (Eq. 20); report them as ratios to a baseline. */
export const turnoverMarkers: ModuleDef = {
  name: 'turnover markers',
  parameters: {
    q_CTX: table4({ value: 1.160526444, unit: '1', meaning: 'exponent, resorption rate → CTX', origin: 'Cal.', note: 'the table cites "Equation 15"; the defining equation is Eq. 20' }),
    q_P1NP: table4({ value: 1.453273548, unit: '1', meaning: 'exponent, formation rate → P1NP', origin: 'Cal.' }),
    q_BSAP: table4({ value: 0.923890022, unit: '1', meaning: 'exponent, formation rate → BSAP', origin: 'Cal.' }),
  },
  // b+ and b− are positive, so the code's sign(x)|x|^q guard reduces to the plain power.
  derived: {
    CTX: { expr: 'b_minus ^ q_CTX', unit: 'a.u.', meaning: 'C-terminal telopeptide (resorption marker)' },
    P1NP: { expr: 'b_plus ^ q_P1NP', unit: 'a.u.', meaning: 'procollagen type 1 N-terminal propeptide (formation marker)' },
    BSAP: { expr: 'b_plus ^ q_BSAP', unit: 'a.u.', meaning: 'bone-specific alkaline phosphatase (formation marker)' },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Drugs (Appendix 2, Eqs. 21–27). Each exposure psi_x is in multiples of the EC50 of its effect; a dose c adds
// E_x · c (discrete, Eq. 21) or infuses E_x · c per day (quasi-continuous, Eq. 22); psi_x decays with rate ln2/T_x.

/** First-order elimination of an exposure with half-life T. */
const elimination = (drug: string): string => `log(2) / T_${drug} * psi_${drug}`;
const exposure = (drug: string) => ({ unit: '1', initial: 0, meaning: `${drug} exposure psi (multiples of its EC50)` });

/** Denosumab, a RANKL antibody (Eq. 24): blocks pre-osteoclast differentiation and raises mineralisation. */
export const denosumab: ModuleDef = {
  name: 'denosumab',
  states: { psi_denosumab: exposure('denosumab') },
  parameters: {
    E_denosumab: table4({ value: 4339.630194, unit: '1/mg', meaning: 'efficacy: exposure per mg dosed', origin: 'Cal.', note: 'table unit "1"; dose unit mg inferred' }),
    T_denosumab: table4({ value: 10.0, unit: 'day', meaning: 'effective half-life', origin: 'Lit.', from: 'Bekker et al. 2004' }),
    beta_pC_rAb: table4({ value: 0.873373525, unit: '1', meaning: 'largest relative inhibition of pre-osteoclast differentiation by RANKL antibodies', origin: 'Cal.', max: 1 }),
    beta_b_rAb: table4({ value: 0.015764123, unit: '1', meaning: 'largest relative rise of the mineral content target by RANKL antibodies', origin: 'Cal.', note: 'printed 0.02 in the paper' }),
  },
  derived: { Psi_rAb: { expr: 'psi_denosumab', unit: '1', meaning: 'RANKL antibody class exposure' } },
  overrides: {
    RANKL_signalling: '1 - beta_pC_rAb * hill(Psi_rAb, 1, 1)',
    mineral_target: 'c_0 + beta_b_rAb * hill(Psi_rAb, 1, 1)',
  },
  rates: { psi_denosumab: `-${elimination('denosumab')}` },
};

/** Sclerostin antibodies romosozumab and blosozumab (Eqs. 23, 25): bind free sclerostin reversibly. */
export const sclerostinAntibodies: ModuleDef = {
  name: 'sclerostin antibodies',
  states: {
    psi_romosozumab: exposure('romosozumab'),
    psi_blosozumab: exposure('blosozumab'),
    sclerostin_Ab: { unit: '1', initial: 0, meaning: 'antibody-bound sclerostin, s*' },
  },
  parameters: {
    E_romosozumab: table4({
      value: 0.013104958,
      unit: '1/mg',
      meaning: 'efficacy: exposure per mg dosed',
      origin: 'Cal.',
      from: '= E_blosozumab',
      note: 'set equal to the calibrated E_blosozumab; printed 0.01; table unit "1", dose unit mg inferred',
    }),
    T_romosozumab: table4({ value: 7.0, unit: 'day', meaning: 'effective half-life', origin: 'Lit.', from: 'Solling et al. 2018' }),
    E_blosozumab: table4({ value: 0.013104958, unit: '1/mg', meaning: 'efficacy: exposure per mg dosed', origin: 'Cal.', note: 'printed 0.01; table unit "1", dose unit mg inferred' }),
    T_blosozumab: table4({
      value: 7.0,
      unit: 'day',
      meaning: 'effective half-life',
      origin: 'Lit.',
      from: '= T_romosozumab (Solling et al. 2018)',
      evidence: 'assumed',
      note: 'assumed equal to the romosozumab half-life',
    }),
    delta_s: table4({
      value: 0.05,
      unit: '1/day',
      meaning: 'sclerostin–antibody unbinding rate',
      origin: 'Est.',
      from: '= kappa_s',
      note: 'Appendix 2 calls it a binding rate; in Eq. 25 it releases bound sclerostin',
    }),
  },
  derived: { Psi_sAb: { expr: 'psi_romosozumab + psi_blosozumab', unit: '1', meaning: 'sclerostin antibody class exposure' } },
  rates: {
    sclerostin: '-kappa_s * Psi_sAb * sclerostin + delta_s * sclerostin_Ab',
    sclerostin_Ab: 'kappa_s * Psi_sAb * sclerostin - (delta_s + kappa_s) * sclerostin_Ab',
    psi_romosozumab: `-${elimination('romosozumab')}`,
    psi_blosozumab: `-${elimination('blosozumab')}`,
  },
};

/**
 * Alendronate, a bisphosphonate (Eq. 26): raises osteoclast apoptosis. Code form (D1): the term sits outside the
 * [1 + nu_C g+ g+] bracket of Eq. 13, a ≤ 0.012 % difference from the paper's substitution.
 */
export const alendronate: ModuleDef = {
  name: 'alendronate',
  states: { psi_alendronate: exposure('alendronate') },
  parameters: {
    E_alendronate: table4({ value: 2.97e-5, unit: '1/mg', meaning: 'efficacy: exposure per mg dosed', origin: 'Cal.', note: 'table unit "1"; dose unit mg inferred' }),
    T_alendronate: table4({ value: 152.710497, unit: 'day', meaning: 'effective half-life', origin: 'Cal.', note: 'fitted, not a literature half-life' }),
    eta_C_bp: table4({ value: 1.000665052, unit: '1/day', meaning: 'largest bisphosphonate contribution to osteoclast apoptosis', origin: 'Cal.' }),
  },
  derived: { Psi_bp: { expr: 'psi_alendronate', unit: '1', meaning: 'bisphosphonate class exposure' } },
  rates: {
    OC: '-eta_C_bp * hill(Psi_bp, 1, 1) * OC',
    psi_alendronate: `-${elimination('alendronate')}`,
  },
};

/**
 * Teriparatide, a PTH analog in the anabolic regime (Eq. 27): lowers osteoblast apoptosis and raises pre-osteoclast
 * differentiation. beta_B_pth > 1 would make the apoptosis rate negative above Psi_pth ≈ 3.27 (about 200 µg/day
 * quasi-continuous); the paper has no guard, so the factor is clamped at zero here (no effect at the doses studied).
 */
export const teriparatide: ModuleDef = {
  name: 'teriparatide',
  states: { psi_teriparatide: exposure('teriparatide') },
  parameters: {
    E_teriparatide: table4({
      value: 0.265529542,
      unit: '1/µg',
      meaning: 'efficacy: exposure per µg dosed',
      origin: 'Cal.',
      note: 'table unit "1"; dose unit µg inferred (20 µg/day reproduces the calibration response, 0.02 mg gives none)',
    }),
    T_teriparatide: table4({ value: 0.0417, unit: 'day', meaning: 'effective half-life (1 h)', origin: 'Lit.', from: 'Satterwhite et al. 2010' }),
    beta_B_pth: table4({
      value: 1.305332076,
      unit: '1',
      meaning: 'largest relative reduction of osteoblast apoptosis by PTH analogs',
      origin: 'Cal.',
      note: 'greater than 1: the apoptosis factor is clamped at 0 (port guard, not in the paper)',
    }),
    beta_pC_pth: table4({ value: 4.282514877, unit: '1', meaning: 'largest relative rise of pre-osteoclast differentiation by PTH analogs', origin: 'Cal.' }),
  },
  derived: { Psi_pth: { expr: 'psi_teriparatide', unit: '1', meaning: 'PTH analog class exposure' } },
  overrides: {
    OB_apoptosis: 'eta_B * max(1 - beta_B_pth * hill(Psi_pth, 1, 1), 0)',
    PTH_osteoclastogenesis: '1 + beta_pC_pth * hill(Psi_pth, 1, 1)',
  },
  rates: { psi_teriparatide: `-${elimination('teriparatide')}` },
};

// ---------------------------------------------------------------------------------------------------------------
// Assembly

export const JORG2022_MODULES: readonly ModuleDef[] = [
  estrogen,
  osteoblastLineage,
  osteoclastLineage,
  sclerostin,
  boneTurnover,
  boneDensity,
  mineralisation,
  turnoverMarkers,
  denosumab,
  sclerostinAntibodies,
  alendronate,
  teriparatide,
];

/** The full reference model, compiled once. */
export const jorg2022: CompiledModel = compileModel(composeModel('jorg2022', JORG2022_MODULES));

/**
 * The paper's initial state (Appendix 3, "Simulation protocol"): every variable at its steady state with e = 1 and
 * no drugs, except the bone density, which has none and is set to 1 (peak bone density).
 *
 * @param p full-model parameter vector (default: the published values)
 */
export function jorgInitialState(p: Float64Array = jorg2022.defaultParameters()): Float64Array {
  // rho_b starts at its declared initial value (1) and is held there while the rest settles.
  return steadyState(jorg2022, p, jorg2022.initialState(p), { t: 0, hold: ['rho_b'] }).y;
}
