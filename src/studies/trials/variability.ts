/**
 * Inter-individual variability (IIV) of virtual patients: the parameters that differ between people, each lognormal
 * around the model's value with a stated coefficient of variation. Few of these spreads are measured for the model's
 * own parameters; where a population-PK analysis reports one it is cited, the rest are assumed and say so.
 *
 * A lognormal with CV c has log-SD sigma = sqrt(ln(1 + c²)); a patient's value is value · exp(sigma z − sigma²/2),
 * z standard normal, so the population mean stays the model's value.
 */
export interface Variability {
  /** Model parameter (osteosim name). */
  readonly parameter: string;
  /** Coefficient of variation between people. */
  readonly cv: number;
  readonly source: string;
  readonly evidence: 'measured' | 'assumed';
  readonly meaning: string;
}

export const IIV: readonly Variability[] = [
  {
    parameter: 'beta_Le',
    cv: 0.3,
    meaning: 'RANKL rise with estrogen loss: spreads the rate of postmenopausal bone loss',
    source: 'assumed: SWAN women lose bone at very different rates across the menopause (annual loss SD of the order of its mean; Greendale 2012, JBMR 27:111, UNVERIFIED); 30 % on this factor gives a spread of hip loss of about that size',
    evidence: 'assumed',
  },
  {
    parameter: 'a_span',
    cv: 0.2,
    meaning: 'aging index span: spreads age-related (non-estrogen) loss',
    source: 'assumed',
    evidence: 'assumed',
  },
  {
    parameter: 'Vc_D',
    cv: 0.3,
    meaning: 'denosumab central volume',
    source: 'assumed, of the order of the between-subject variability of denosumab population PK (Sutjandra et al. 2011, Clin Pharmacokinet 50:793, UNVERIFIED)',
    evidence: 'assumed',
  },
  {
    parameter: 'R0_D',
    cv: 0.4,
    meaning: 'denosumab target pool (its target-mediated elimination capacity)',
    source: 'assumed, as Vc_D (Sutjandra et al. 2011, UNVERIFIED)',
    evidence: 'assumed',
  },
  {
    parameter: 'F_aln',
    cv: 0.6,
    meaning: 'oral bioavailability of alendronate',
    source: 'assumed: oral bisphosphonate absorption varies several-fold between people and with food (Fosamax label, UNVERIFIED)',
    evidence: 'assumed',
  },
  {
    parameter: 'F_ris',
    cv: 0.6,
    meaning: 'oral bioavailability of risedronate',
    source: 'assumed, as F_aln',
    evidence: 'assumed',
  },
  {
    parameter: 'K_D',
    cv: 0.3,
    meaning: 'denosumab–RANKL effective dissociation constant in bone: spreads the response to denosumab',
    source: 'assumed',
    evidence: 'assumed',
  },
  {
    parameter: 'EC50_bp',
    cv: 0.3,
    meaning: 'surface-bound bisphosphonate of half effect: spreads the response to bisphosphonates',
    source: 'assumed',
    evidence: 'assumed',
  },
  {
    parameter: 'kappa_LS',
    cv: 0.15,
    meaning: 'spine turnover relative to the hip: spreads spine changes apart from hip changes',
    source: 'assumed',
    evidence: 'assumed',
  },
  {
    parameter: 'CL_R',
    cv: 0.3,
    meaning: 'romosozumab linear clearance',
    source: 'assumed, of the order of monoclonal-antibody population PK',
    evidence: 'assumed',
  },
];

/** Lognormal multiplier with mean 1 for CV `cv` at standard normal `z`. */
export function lognormalFactor(cv: number, z: number): number {
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  return Math.exp(sigma * z - (sigma * sigma) / 2);
}

/**
 * DXA precision error of a BMD measurement (coefficient of variation of repeated scans), applied independently at
 * baseline and at each visit to the endpoint BMD: trial endpoints are measured values. About 1 % at the spine and the
 * total hip in practice (ISCD Official Positions: precision assessment and least significant change; the minimum
 * acceptable precision of one technologist is 1.9 % at the spine and 1.8 % at the total hip; typical values near
 * 1 %, UNVERIFIED).
 */
export const DXA_PRECISION_CV: Readonly<Record<'totalHip' | 'lumbarSpine', number>> = { totalHip: 0.01, lumbarSpine: 0.01 };
