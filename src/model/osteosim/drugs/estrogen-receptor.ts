import type { ModuleDef } from '../../../engine/index.js';
import { row } from '../../parameter-row.js';
import { LN2, osteosimCalibration } from '../params.js';

/**
 * Estrogen-receptor agonists in bone: hormone therapy (conjugated estrogens) and raloxifene (a selective estrogen
 * receptor modulator, SERM). Both act in bone as estrogen does, so they enter the model as an estrogen equivalent
 * added to the endogenous level wherever estrogen acts on bone cells (RANKL and OPG production, MSC fate, osteoclast
 * apoptosis, sclerostin secretion). Serum estrogen (the `estrogen` output) includes hormone therapy, not raloxifene.
 *
 *   oral dose d (mg/day or mg per dose) → A_HT, A_ral (mg in the body)
 *   dA/dt = input − k A,            exposure x = k A / d_ref  (1 at the steady state of the reference daily dose)
 *   e_HT   = e_HT_ref x_HT                                   (estradiol equivalent; linear in dose)
 *   e_ral  = Emax_ral x_ral / (x_ral + EC50_ral)
 *   estrogen_serum = estrogen + e_HT,   estrogen_bone = min(1, estrogen_serum + e_ral)
 */
export const estrogenReceptorAgonists: ModuleDef = {
  name: 'estrogen-receptor agonists (hormone therapy, raloxifene)',
  states: {
    A_HT: { unit: 'mg', initial: 0, meaning: 'conjugated estrogens in the body (hormone therapy)' },
    A_ral: { unit: 'mg', initial: 0, meaning: 'raloxifene in the body' },
  },
  parameters: {
    k_HT: row({
      value: LN2 / 1.1,
      unit: '1/day',
      meaning: 'elimination of the conjugated-estrogen exposure (estrone sulfate reservoir)',
      evidence: 'measured',
      source: 'Premarin label: terminal half-life of total estrone about 27 h (1.1 d), UNVERIFIED',
      min: 1e-6,
    }),
    d_HT_ref: row({
      value: 0.625,
      unit: 'mg/day',
      meaning: 'reference daily dose of conjugated estrogens (x_HT = 1 at its steady state)',
      evidence: 'measured',
      source: 'WHI E+P dose (CEE 0.625 mg/d + MPA 2.5 mg/d; Rossouw 2002, JAMA 288:321)',
      min: 1e-9,
    }),
    e_HT_ref: row({
      value: 0.5907,
      unit: '1',
      meaning: 'estrogen equivalent of CEE 0.625 mg/day in bone, relative to the premenopausal mean (the model estrogen scale)',
      evidence: 'fitted',
      fittedTo: ['PEPI: hip BMD +1.7 % on CEE 0.625 mg/day vs −1.7 % on placebo at 36 mo (Writing Group for the PEPI Trial 1996, JAMA 276:1389)'],
      source: osteosimCalibration('bisection on the PEPI hip difference (3.4 pp) for a 56-year-old woman about 5 years past menopause (the PEPI mean age); not a validation target, so B58 (WHI, another trial of the same dose) stays out of sample'),
      max: 2,
      note: 'consistent with serum levels on CEE 0.625 mg/day: estradiol about 30–50 pg/mL plus estrone about 150–250 pg/mL, against a premenopausal estradiol mean of about 100–150 pg/mL (recalled, UNVERIFIED)',
    }),
    k_ral: row({
      value: LN2 / (27.7 / 24),
      unit: '1/day',
      meaning: 'raloxifene elimination',
      evidence: 'measured',
      source: 'Evista label: plasma half-life 27.7 h (single dose), UNVERIFIED',
      min: 1e-6,
    }),
    d_ral_ref: row({
      value: 60,
      unit: 'mg/day',
      meaning: 'reference daily dose of raloxifene (x_ral = 1 at its steady state)',
      evidence: 'measured',
      source: 'Evista label dose (MORE 60 mg/d arm, Ettinger 1999, JAMA 282:637)',
      min: 1e-9,
    }),
    Emax_ral: row({
      sourceTargets: ['B53'],
      value: 0.62,
      unit: '1',
      meaning: 'largest estrogen equivalent of raloxifene in bone (a partial agonist)',
      evidence: 'fitted',
      fittedTo: ['B55', 'MORE 120 mg arm: FN +2.4 pp vs placebo at 36 mo (Ettinger 1999, JAMA 282:637, recalled)'],
      source: osteosimCalibration('with EC50_ral, to the MORE femoral-neck differences of both doses (60 mg +2.1 pp = B55, 120 mg +2.4 pp), total hip as proxy, for a 67-year-old woman on Ca + vit D'),
      max: 1,
    }),
    EC50_ral: row({
      sourceTargets: ['B53'],
      value: 0.16661,
      unit: '1',
      meaning: 'raloxifene exposure (multiples of the 60-mg/day exposure) of half its largest bone effect',
      evidence: 'fitted',
      fittedTo: ['B55', 'MORE 120 mg arm (as Emax_ral)'],
      source: osteosimCalibration('with Emax_ral (see there): the flat dose response of MORE puts the 60 mg dose near saturation; LS of B55 is then a check'),
      min: 1e-6,
    }),
  },
  derived: {
    x_HT: { expr: 'k_HT * max(A_HT, 0) / d_HT_ref', unit: '1', meaning: 'hormone-therapy exposure (1 = steady state of CEE 0.625 mg/day)' },
    e_HT: { expr: 'e_HT_ref * x_HT', unit: '1', meaning: 'estradiol equivalent of hormone therapy' },
    x_ral: { expr: 'k_ral * max(A_ral, 0) / d_ral_ref', unit: '1', meaning: 'raloxifene exposure (1 = steady state of 60 mg/day)' },
    e_ral: { expr: 'Emax_ral * x_ral / (x_ral + EC50_ral)', unit: '1', meaning: 'estrogen equivalent of raloxifene in bone' },
    estrogen_serum: { expr: 'estrogen + e_HT', unit: '1', meaning: 'serum estrogen relative to the premenopausal mean, hormone therapy included' },
    estrogen_bone: { expr: 'min(1, estrogen_serum + e_ral)', unit: '1', meaning: 'estrogen-receptor agonism in bone (estrogen equivalent, at most premenopausal)' },
  },
  rates: {
    A_HT: '-k_HT * A_HT',
    A_ral: '-k_ral * A_ral',
  },
};
