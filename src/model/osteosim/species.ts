import type { Species } from '../scenario.js';
import { SPECIES_FACTS } from '../species.js';
import { osteosimModel } from './model.js';

/**
 * Species profiles: parameter overrides against the model defaults plus what a scenario may ask of the species.
 * Only the woman profile is calibrated. The others are scaled or assumed, and say so in `notes`.
 */
export interface SpeciesProfile {
  readonly species: Species;
  /** True only where the parameters were fitted to data for this species. */
  readonly calibrated: boolean;
  readonly notes: string;
  /** Parameter overrides against the model defaults (the calibrated woman). */
  readonly parameters: Readonly<Record<string, number>>;
  /** Whether ovariectomy (surgical menopause) applies. */
  readonly ovariectomy: boolean;
  /** Oldest age a scenario may start at, years. */
  readonly maxAgeYears: number;
}

/**
 * Rate constants of the bone biology (cells, sclerostin, matrix, MSC pool, marrow fat, Wnt feedback, bone-bound
 * drug burial). A rodent profile multiplies all of them by one time-scale factor, which leaves every young steady
 * state unchanged and makes turnover that many times faster. Drug pharmacokinetics are not scaled.
 */
export const TIME_SCALED_PARAMETERS: readonly string[] = [
  'mu_pB',
  'mu_pC',
  'alpha_s',
  'omega_pB',
  'eta_B',
  'omega_B',
  'eta_Y',
  'omega_pC',
  'eta_C',
  'kappa_s',
  'delta_s',
  'lambda_B',
  'lambda_C',
  'gamma',
  'k_cpl',
  'k_tol',
  'r_M',
  'd_A',
  'k_bur',
  'eta_C_bp',
];

function timeScaled(factor: number): Record<string, number> {
  const p = osteosimModel.defaultParameters();
  return Object.fromEntries(TIME_SCALED_PARAMETERS.map((name) => [name, factor * p[osteosimModel.parameterIndex(name)]!]));
}

/** Rodent turnover relative to the woman (assumed orders of magnitude, not fitted). */
export const RAT_TIME_SCALE = 10;
export const MOUSE_TIME_SCALE = 15;

const RODENT_NOTES =
  'Drug pharmacokinetics and effects are the human values and are not valid in rodents (denosumab, for one, is made against human RANKL). ' +
  'MSC therapy: cell-fate rates are the rodent tracking values of the woman profile (they were measured in mice and rats and are not ' +
  'time-scaled); body weight BW and the endogenous MSC pool N_M0 are the species\' own (assumed). Marrow-fat and aging parameters are the ' +
  'woman values on a rescaled age axis.';

/**
 * Rodent body weight and endogenous MSC pool (assumed): an adult female rat about 0.25 kg, mouse about 0.025 kg (msc.md
 * §3 derives per-kg doses for a 25 g mouse); marrow about 2e9 (rat) and 2e8 (mouse) nucleated cells × MSC frequency
 * 1e-5..1e-4 (msc.md §2), taken near the low-middle: 1e5 and 1e4 cells (marrow cellularity UNVERIFIED; plausible
 * range ×0.3 to ×3).
 */
export const RAT_MSC = { BW: SPECIES_FACTS.rat.bodyWeightKg, N_M0: 1e5 } as const;
export const MOUSE_MSC = { BW: SPECIES_FACTS.mouse.bodyWeightKg, N_M0: 1e4 } as const;

export const SPECIES_PROFILES: Readonly<Record<Species, SpeciesProfile>> = {
  woman: {
    species: 'woman',
    calibrated: true,
    notes:
      'Calibrated (prototype v2): total-hip natural history (SWAN A2–A5, FREEDOM placebo A8), marrow fat by age and BMD (msc.md §1a), ' +
      'denosumab (B3, B16), alendronate (B23), romosozumab (B47), calcium + vitamin D (B61). Sites: lumbar spine, femoral neck and one-third radius are trabecular/cortical mixes; only the trabecular share of the spine is fitted (A1, A5); their drug responses are not calibrated.',
    parameters: {},
    ovariectomy: SPECIES_FACTS.woman.ovariectomy,
    maxAgeYears: SPECIES_FACTS.woman.maxAgeYears,
  },
  man: {
    species: 'man',
    calibrated: false,
    notes:
      'Assumed, not calibrated: no menopause; a slow estrogen decline from 50 y (tau_e = 150 y instead of 2.6 y) chosen by hand so that ' +
      'total-hip loss at 65–70 y is about −0.37 %/y (A12 MrOS femoral neck; A13 white men −0.32 %/y). The model does not reproduce the ' +
      'acceleration of loss with age in men (A12: 2.5× at 85 vs 65 y; model about 1.2×). Everything else is the woman calibration.',
    parameters: { a_e: 50, tau_e: 150 },
    ovariectomy: SPECIES_FACTS.man.ovariectomy,
    maxAgeYears: SPECIES_FACTS.man.maxAgeYears,
  },
  rat: {
    species: 'rat',
    calibrated: false,
    notes:
      `Only scaled, not calibrated: all bone-biology rate constants × ${RAT_TIME_SCALE} (assumed; with it, ovariectomy loses about as much bone ` +
      'in ten weeks as surgical menopause does in two years); young steady state at 6 months (skeletal maturity, assumed); aging index over ' +
      '1.5 years; no natural estrogen decline (rodents have no human-like menopause), so ovariectomy is the estrogen-loss model. ' +
      RODENT_NOTES,
    parameters: { ...timeScaled(RAT_TIME_SCALE), a_young: SPECIES_FACTS.rat.youngAdultAgeYears, a_span: 1.5, a_e: 1000, ...RAT_MSC },
    ovariectomy: SPECIES_FACTS.rat.ovariectomy,
    maxAgeYears: SPECIES_FACTS.rat.maxAgeYears,
  },
  mouse: {
    species: 'mouse',
    calibrated: false,
    notes:
      `Only scaled, not calibrated: all bone-biology rate constants × ${MOUSE_TIME_SCALE} (assumed); young steady state at 4 months (assumed); ` +
      'aging index over 1.5 years; no natural estrogen decline, so ovariectomy is the estrogen-loss model; SAMP6 senescence is a phenotype. ' +
      RODENT_NOTES,
    parameters: { ...timeScaled(MOUSE_TIME_SCALE), a_young: SPECIES_FACTS.mouse.youngAdultAgeYears, a_span: 1.5, a_e: 1000, ...MOUSE_MSC },
    ovariectomy: SPECIES_FACTS.mouse.ovariectomy,
    maxAgeYears: SPECIES_FACTS.mouse.maxAgeYears,
  },
};

/** A phenotype: parameter overrides for some species, with how they are known. */
export interface Phenotype {
  readonly name: string;
  readonly species: readonly Species[];
  readonly parameters: Readonly<Record<string, number>>;
  /** The species for which the overrides were fitted (empty: assumed for all). */
  readonly calibratedFor: readonly Species[];
  readonly notes: string;
}

export const PHENOTYPES: Readonly<Record<string, Phenotype>> = {
  osteoporotic: {
    name: 'osteoporotic',
    species: ['woman', 'man'],
    parameters: { phi: 2.7074 },
    calibratedFor: ['woman'],
    notes:
      'Stronger age/estrogen-driven adipogenic drive (phi = 2.7074), fitted in prototype stage 1 to marrow fat 0.63 at 70 y in osteoporosis ' +
      '(Yeung 2005, Tang 2010) and BMD/BMD25 = 0.70 at 70 y (T = −2.5, SD 12 % assumed). Women only; for men it is not calibrated.',
  },
  SAMP6: {
    name: 'SAMP6',
    species: ['mouse'],
    parameters: { c_ob: 1 / 3, c_ad: 2 },
    calibratedFor: [],
    notes:
      'Senescence-accelerated SAMP6 mouse: low osteogenic and high adipogenic output of the marrow MSC pool. ' +
      'c_ob = 1/3 (measured): osteoblast progenitors in SAMP6 marrow are indistinguishable from controls at 1 month and 3-fold fewer at 3–4 months ' +
      '(Jilka et al. 1996, J Clin Invest 97:1732, abstract); the model starts mice at 4 months, so the deficit holds from the start. ' +
      'c_ad = 2 (assumed, plausible range 1.2–3): SAMP6 marrow has more adipocytes and higher PPAR-γ2 (Jilka, Shmookler Reis & Manolagas 2004, ' +
      'Int Congr Ser 1260:55; Azuma, Zhou & Kubo 2018, Med Mol Morphol 2018 issue 3, review), direction only, no magnitude found; marrow fat then stays above ' +
      'normal mice at every age (about 0.45 vs 0.29 at 4 months). The MSC-senescence knob delta_M is no longer used here (its 0.5 was assumed, and ' +
      'with it marrow fat fell below normal, the opposite of the strain). Not calibrated to bone: the model loses bone much faster than SAMP6 ' +
      '(about −40 % in the year after 4 months), whereas Matsushita et al. 1986 (Am J Pathol 125:276) report a lower peak bone mass with the same ' +
      'rate of loss as other strains; the lower osteoclastogenesis of SAMP6 (Jilka 1996) is not represented.',
  },
};
