import type { DrugName } from '../../model/scenario.js';
import type { DrugClass } from './label.js';

/**
 * Drugs given at the same time. Two regimens of one drug at once double the dose; two drugs whose classes are listed
 * in NOT_COMBINED are ones the labels say not to combine, or that work against each other. Every other pair is let
 * through: several are studied (STUDIED_COMBINATIONS), and the rest the model may explore.
 */

export interface ClassConflict {
  readonly classes: readonly [DrugClass, DrugClass];
  /** Why, in a clause that completes "… at once: ". */
  readonly reason: string;
  readonly source: string;
}

export const NOT_COMBINED: readonly ClassConflict[] = [
  {
    classes: ['bisphosphonate', 'bisphosphonate'],
    reason: 'two bisphosphonates bind the same bone mineral and add nothing but dose; no label or trial combines them',
    source: 'Reclast label: patients treated with Reclast should not be treated with Zometa or other bisphosphonates',
  },
  {
    classes: ['PTH analog', 'PTH analog'],
    reason: 'teriparatide and abaloparatide are both PTH1R agonists; no label or trial combines them',
    source: 'Tymlos label (abaloparatide and teriparatide share one 2-year limit)',
  },
  {
    classes: ['sclerostin antibody', 'sclerostin antibody'],
    reason: 'two sclerostin antibodies bind the same target; no trial combines them',
    source: 'Evenity label; blosozumab phase 2 (Recker 2015)',
  },
  {
    classes: ['SERM', 'estrogen'],
    reason: 'raloxifene is an estrogen antagonist at the breast and uterus; its use with systemic estrogens was not studied',
    source: 'Evista label: use with systemic estrogens (hormone therapy) is not recommended',
  },
];

/**
 * Combinations and sequences that trials studied, so the checks must let them through (test/therapies/drugs).
 * `sequence`: the second drug starts when the first one's label course ends; otherwise both start together.
 */
export interface StudiedCombination {
  readonly drugs: readonly [DrugName, DrugName];
  readonly sequence: boolean;
  readonly trial: string;
}

export const STUDIED_COMBINATIONS: readonly StudiedCombination[] = [
  { drugs: ['teriparatide', 'denosumab'], sequence: false, trial: 'DATA, Tsai 2013, Lancet 382:50 (recalled); Leder 2014, JCEM 99:1694' },
  { drugs: ['teriparatide', 'alendronate'], sequence: false, trial: 'PaTH, Black 2003, NEJM 349:1207 (recalled, UNVERIFIED)' },
  { drugs: ['teriparatide', 'raloxifene'], sequence: false, trial: 'Deal 2005, JBMR 20:1905 (recalled, UNVERIFIED)' },
  { drugs: ['romosozumab', 'denosumab'], sequence: true, trial: 'FRAME and its extension, Cosman 2016, NEJM 375:1532' },
  { drugs: ['romosozumab', 'alendronate'], sequence: true, trial: 'ARCH, Saag 2017, NEJM 377:1417' },
  { drugs: ['denosumab', 'zoledronate'], sequence: true, trial: 'ZOLARMAB, Anastasilakis 2017, JBMR 32:1291 (recalled, UNVERIFIED)' },
  { drugs: ['teriparatide', 'denosumab'], sequence: true, trial: 'DATA-Switch, Leder 2015, Lancet 386:1147 (recalled, UNVERIFIED)' },
  { drugs: ['alendronate', 'teriparatide'], sequence: true, trial: 'EUROFORS and others (recalled, UNVERIFIED)' },
  { drugs: ['abaloparatide', 'alendronate'], sequence: true, trial: 'ACTIVExtend, Bone 2018, JCEM 103:2949 (recalled, UNVERIFIED)' },
  { drugs: ['zoledronate', 'calciumVitaminD'], sequence: false, trial: 'HORIZON background (Black 2007, NEJM 356:1809)' },
  { drugs: ['denosumab', 'calciumVitaminD'], sequence: false, trial: 'FREEDOM background (Cummings 2009, NEJM 361:756)' },
];
