import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { prototypeCalibration, TARGETS } from './params.js';
import { experimentKnob } from './signals.js';

/**
 * RANKL / RANK / OPG with competitive binding, quasi-steady (Pivonka et al. 2008 form; prototype changes C3, C4).
 * Production terms are relative to the young steady state; theta_O and theta_R are the binding strengths there.
 *
 *   L    = (Y/Y_young) (1 + beta_Le [(1 − chi_T) H + chi_T H_T]) / (1 + beta_LP P̂)   RANKL production (osteocytes)
 *          H_T: the estrogen deficit as carried by T-cell TNF-α/IL-17 (inflammation.ts; H_T = H at quasi-steady state,
 *          so the split keeps the calibrated beta_Le; transplanted MSCs lower H_T through FasL-induced T-cell apoptosis)
 *   O    = (B/B_young) W^h_OW (1 − beta_Oe H)                          OPG production (osteoblasts)
 *   L_f  = L / (1 + theta_O O + theta_R + D̂)                          free RANKL; D̂ = denosumab at the effect site / K_D
 *   pi   = L_f / (L_f + K_pi),  K_pi = L_f0 (1 − pi0) / pi0,  L_f0 = 1 / (1 + theta_O + theta_R)
 *   u_D  = D̂ / (1 + theta_O O + theta_R + D̂)                          fraction of RANKL bound by denosumab
 */
export const ranklOpg: ModuleDef = {
  name: 'RANKL/RANK/OPG',
  parameters: {
    theta_O: row({
      value: 18.4,
      unit: '1',
      meaning: 'OPG decoy binding strength at the young steady state (K_A1 · OPG)',
      evidence: 'literature-model',
      source: 'derived from the Pivonka et al. 2008 steady state (prototype theta_O)',
    }),
    theta_R: row({ value: 0.341, unit: '1', meaning: 'RANK binding strength (K_A2 · RANK)', evidence: 'literature-model', source: 'Pivonka et al. 2008, J Theor Biol 254:122 (prototype theta_R)' }),
    pi0: row({
      value: 0.041,
      unit: '1',
      meaning: 'RANK occupancy at the young steady state',
      evidence: 'literature-model',
      source: 'derived from the Pivonka et al. 2008 steady state (prototype pi0)',
      min: 1e-6,
      max: 0.999999,
    }),
    h_OW: row({
      value: 0.0434777,
      unit: '1',
      meaning: 'exponent of Wnt activity on OPG production',
      evidence: 'fitted',
      fittedTo: [TARGETS.frameRomosozumab, TARGETS.softFrame],
      source: prototypeCalibration('stage 3 (v1: 1.43, derived from Jörg’s sclerostin → osteoclastogenesis sensitivity); value assumed in the targets'),
    }),
    beta_Le: row({
      value: 0.726802,
      unit: '1',
      meaning: 'RANKL production increase at e = 0',
      evidence: 'fitted',
      fittedTo: [TARGETS.swanLoss, TARGETS.swanTiming, TARGETS.lossShape],
      source: prototypeCalibration('stage 1 (v2 joint refit)'),
    }),
    fx_rankl: experimentKnob('RANKL production'),
    fx_opg: experimentKnob('OPG production'),
    beta_Oe: row({ value: 0.5, unit: '1', meaning: 'OPG production decrease at e = 0', evidence: 'assumed', source: 'assumed: prototype beta_Oe', max: 1 }),
  },
  derived: {
    RANKL: { expr: '(Y / Y_young) * (1 + beta_Le * ((1 - chi_T) * H_e + chi_T * H_T)) / (1 + beta_LP * P_hat) * fx_rankl', unit: '1', meaning: 'RANKL production relative to young' },
    OPG: { expr: '(B / B_young) * W ^ h_OW * (1 - beta_Oe * H_e) * fx_opg', unit: '1', meaning: 'OPG production relative to young' },
    RANKL_binding: { expr: '1 + theta_O * OPG + theta_R + D_hat', unit: '1', meaning: 'binding denominator (free + OPG + RANK + denosumab bound)' },
    RANKL_free: { expr: 'RANKL / RANKL_binding', unit: '1', meaning: 'free RANKL' },
    K_pi: { expr: '(1 - pi0) / (pi0 * (1 + theta_O + theta_R))', unit: '1', meaning: 'free RANKL of half RANK occupancy' },
    pi_RANK: { expr: 'RANKL_free / (RANKL_free + K_pi)', unit: '1', meaning: 'RANK occupancy' },
    u_D: { expr: 'D_hat / RANKL_binding', unit: '1', meaning: 'fraction of RANKL bound by denosumab' },
    RANKL_OPG: { expr: 'RANKL / OPG', unit: '1', meaning: 'RANKL/OPG production ratio (1 at the young steady state)' },
  },
};
