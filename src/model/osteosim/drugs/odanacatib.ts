import type { ModuleDef } from '../../../engine/index.js';
import { row } from '../../parameter-row.js';
import { LN2, osteosimCalibration } from '../params.js';

/**
 * Odanacatib, a cathepsin K inhibitor: osteoclasts resorb less collagen matrix each, but their number is preserved
 * (Duong et al. 2016 review; osteoclast-derived coupling factors are kept). In the model it lowers resorption per
 * osteoclast, b− = lambda_C C (1 − I_odn), and leaves the osteoclast density C untouched. The formation coupling
 * signal C_d follows C through osteoclast-derived factors and through factors released from the matrix by
 * resorption (TGF-β, IGF); only the matrix-derived fraction f_cpl_matrix falls with I_odn, so formation is partly
 * spared: C_d → C (1 − f_cpl_matrix I_odn).
 *
 *   oral dose d (mg) → G_odn (gut), absorbed into A_odn (mg in the body)
 *   dG_odn/dt = −ka_odn G_odn,   dA_odn/dt = ka_odn G_odn − k_odn A_odn,     x_odn = k_odn A_odn · 7 / d_odn_ref   (1 = mean weekly-50-mg steady state)
 *   I_odn = Imax_odn x_odn / (x_odn + IC50_odn)
 */
export const odanacatib: ModuleDef = {
  name: 'odanacatib (cathepsin K inhibitor)',
  states: {
    G_odn: { unit: 'mg', initial: 0, meaning: 'odanacatib in the gut (dose not yet absorbed)' },
    A_odn: { unit: 'mg', initial: 0, meaning: 'odanacatib in the body' },
  },
  parameters: {
    ka_odn: row({
      value: LN2 / (2 / 24),
      unit: '1/day',
      meaning: 'oral absorption of odanacatib (half-time 2 h)',
      evidence: 'assumed',
      source: 'assumed: peak plasma levels a few hours after an oral dose (Stoch et al. 2009, UNVERIFIED); absorption is fast against the 80-h elimination, so only the first hours after a dose depend on it',
      min: 1e-6,
    }),
    k_odn: row({
      value: LN2 / (96.7 / 24),
      unit: '1/day',
      meaning: 'odanacatib elimination',
      evidence: 'measured',
      source: 'mass-balance study: terminal half-life 96.7 h (single-dose studies 40–81 h, repeated dosing 107 h)',
      min: 1e-6,
    }),
    d_odn_ref: row({
      value: 50,
      unit: 'mg/week',
      meaning: 'reference weekly dose (x_odn = 1 at its mean steady state)',
      evidence: 'measured',
      source: 'LOFT dose, 50 mg weekly (McClung et al. 2019, Lancet Diabetes Endocrinol 7:899)',
      min: 1e-9,
    }),
    Imax_odn: row({
      value: 0.55,
      unit: '1',
      meaning: 'largest fractional reduction of resorption per osteoclast',
      evidence: 'fitted',
      fittedTo: ['Eisman et al. 2011, JBMR 26:242: urinary NTX −50.5 % on 50 mg weekly for 3 years'],
      source: osteosimCalibration('by hand: chronic resorption about −50 % at 50 mg weekly (the resorption marker falls by about 55 %). Check, not fitted: a single 50 mg dose lowers CTX by 66 % at 24 h and 70 % at 168 h (Stoch et al.); the model gives about 55 % and 48 %, since it has no lag between resorption and serum CTX. Cathepsin K inhibition spares demineralization and part of collagen breakdown'),
      max: 1,
    }),
    f_cpl_matrix: row({
      sourceTargets: ['B56'],
      value: 0.6686,
      unit: '1',
      meaning: 'fraction of the resorption → formation coupling signal that is matrix-derived (released by resorption) rather than osteoclast-derived',
      evidence: 'fitted',
      fittedTo: ['LOFT: total hip +9.5 % vs placebo at 5 years on odanacatib 50 mg weekly (McClung et al. 2019, Lancet Diabetes Endocrinol 7:899; ASBMR report)'],
      source: osteosimCalibration('bisection on the LOFT 5-year hip difference for a 73-year-old woman on Ca + vit D; only cathepsin K inhibition separates the two sources (other drugs change resorption through osteoclast numbers), so no other result depends on it'),
      max: 1,
      note: 'gives TH +3.7 pp at 2 years (LOFT about +3–4, recalled) and P1NP −48 % at 1 year, more than the 20–30 % fall reported (recalled): formation is spared less than in people',
    }),
    IC50_odn: row({
      value: 0.1,
      unit: '1',
      meaning: 'exposure (multiples of the mean 50-mg weekly exposure) of half-maximal inhibition',
      evidence: 'assumed',
      source: 'assumed: near-maximal inhibition at the 50 mg weekly dose (the 25 and 50 mg arms of the dose-ranging study gave similar marker suppression, UNVERIFIED)',
      min: 1e-9,
    }),
  },
  derived: {
    x_odn: { expr: 'k_odn * max(A_odn, 0) * 7 / d_odn_ref', unit: '1', meaning: 'odanacatib exposure (1 = mean steady state at 50 mg weekly)' },
    I_odn: { expr: 'Imax_odn * x_odn / (x_odn + IC50_odn)', unit: '1', meaning: 'fractional reduction of resorption per osteoclast by odanacatib' },
  },
  rates: {
    G_odn: '-ka_odn * G_odn',
    A_odn: 'ka_odn * G_odn - k_odn * A_odn',
  },
};
