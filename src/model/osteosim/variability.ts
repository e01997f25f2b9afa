import type { Variability } from '../bone-model.js';

/**
 * Between-subject variability (IIV) of osteosim's parameters for virtual patients (the model's $OMEGA): each lognormal
 * around the model's value with a stated coefficient of variation. Few of these spreads are measured for the model's
 * own parameters; where a population-PK analysis reports one it is cited, the rest are assumed and say so.
 */
export const OSTEOSIM_VARIABILITY: readonly Variability[] = [
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
    parameter: 'f_tb_LS',
    cv: 0.15,
    meaning: 'trabecular share of the spine: spreads spine changes apart from hip changes',
    source: 'assumed (vertebral size and posterior-element share vary between women)',
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
