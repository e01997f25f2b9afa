import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { jorg, prototypeCalibration, TARGETS } from './params.js';

/**
 * Bone matrix of the calibrated remodeling unit (BRU, the total hip of Jörg 2022): formation follows a lagged osteoclast signal
 * (coupling delay, prototype change V1), density and mineral fraction as Jörg 2022 (Eqs. 7, 8, 16, 17, 19).
 *
 *   dC_d/dt  = k_cpl (C (1 − f_cpl_matrix I_odn) − C_d)   (matrix-derived coupling falls with resorption per osteoclast)
 *   b+       = lambda_B g−(s_eff/s_Omega) [1 + nu_Omega g+(C_d/r_Omega)] B,   b− = lambda_C C (1 − I_odn)
 *   drho_b/dt = b+ − b− f_res(rho_b)                      (no steady state: Jörg's inherent imbalance −4.28e-6 /d)
 *   f_res(rho) = x (2 − x), x = min(rho / rho_res, 1)     (resorbable bone: 1 at every density above rho_res, → 0 with rho)
 *   dc_b/dt   = gamma (c0 + dc_rAb + dc_bp − c_b)          (denosumab and bisphosphonates raise the mineral target)
 *   BMD_BRU  = rho_b c_b
 * The unit's cells and rates drive the skeletal sites (sites.ts), whose envelopes give the BMD outputs; rho_b stays
 * the unit's own bone (the bisphosphonate release reads it).
 */
export const boneMatrix: ModuleDef = {
  name: 'bone matrix (calibrated remodeling unit)',
  states: {
    C_d: { unit: '1', initial: 0, meaning: 'osteoclast-derived coupling signal (lagged osteoclast density)' },
    rho_b: { unit: '1', initial: 1, meaning: 'total-hip bone density (1 = peak bone density at a_young)' },
    c_b: { unit: '1', initial: 'c0', meaning: 'total-hip bone mineral fraction' },
  },
  parameters: {
    lambda_B: row({ value: 1.29e-6, unit: '1/day', meaning: 'bone formation per unit osteoblast density', ...jorg('Cal.') }),
    lambda_C: row({ value: 3.82e-6, unit: '1/day', meaning: 'bone resorption per unit osteoclast density', ...jorg('Cal.') }),
    r_Omega: row({ value: 1024.4198, unit: '1', meaning: 'resorption-signal threshold of formation', ...jorg('Cal.'), min: 1e-9 }),
    nu_Omega: row({ value: 107.5332737, unit: '1', meaning: 'largest resorption-signal effect on formation', ...jorg('Cal.') }),
    gamma: row({ value: 0.006654662, unit: '1/day', meaning: 'mineral-fraction equilibration rate', ...jorg('Cal.') }),
    c0: row({ value: 0.8, unit: '1', meaning: 'reference mineral fraction', ...jorg('Est.'), max: 1 }),
    rho_res: row({
      value: 0.25,
      unit: '1',
      meaning: 'bone density (fraction of peak) below which resorption is limited by the bone left to resorb',
      evidence: 'assumed',
      source:
        "assumed: osteoclasts resorb bone surfaces; while trabeculae remain, the surface (and so the resorption an osteoclast finds) does not depend on density, but as density tends to 0 so does the bone to resorb. Jörg 2022's b− = lambda_C C lacks this factor, so density fell linearly through 0 (a 67-year-old woman simulated 100 years reached spine BMD −103.8 %). A quarter of peak density is far below any measured adult BMD (T-score −5 is about half of peak areal BMD), so the factor is exactly 1 in every calibrated and validated scenario",
      min: 1e-6,
      max: 1,
    }),
    k_cpl: row({
      value: 0.0104926,
      unit: '1/day',
      meaning: 'relaxation rate of the coupling signal C_d (mean resorption → formation lag 1/k_cpl = 95 d)',
      evidence: 'fitted',
      fittedTo: [TARGETS.freedomDenosumab, TARGETS.denosumabStop, TARGETS.fitAlendronate, TARGETS.softCouplingDelay],
      source: prototypeCalibration('stage 2'),
      min: 1e-9,
    }),
  },
  derived: {
    b_plus: { expr: 'lambda_B * hillr(s_eff, s_Omega, 1) * (1 + nu_Omega * hill(fx_tgfb * C_d, r_Omega, 1)) * B', unit: '1/day', meaning: 'bone formation rate, b+ (fx_tgfb: TGF-β pathway experiment, tgf-beta.ts)' },
    b_minus: { expr: 'lambda_C * C * (1 - I_odn)', unit: '1/day', meaning: 'bone resorption rate, b− (cathepsin K inhibition lowers resorption per osteoclast)' },
    b_plus_young: {
      expr: 'lambda_B * W_young * (1 + nu_Omega * hill(C_young, r_Omega, 1)) * B_young',
      unit: '1/day',
      meaning: 'bone formation rate at the young steady state',
    },
    b_minus_young: { expr: 'lambda_C * C_young', unit: '1/day', meaning: 'bone resorption rate at the young steady state (5.86 %/y)' },
    f_res_b: { expr: 'min(max(rho_b, 0) / rho_res, 1) * (2 - min(max(rho_b, 0) / rho_res, 1))', unit: '1', meaning: 'resorbable fraction of total-hip resorption (1 above rho_res; 0 at no bone left)' },
    mineral_target: { expr: 'c0 + dc_rAb + dc_bp', unit: '1', meaning: 'mineral fraction that c_b relaxes to' },
    BMD_BRU: { expr: 'rho_b * c_b', unit: '1', meaning: 'BMD of the calibrated remodeling unit, rho_b · c_b (the sites are in sites.ts)' },
  },
  rates: {
    C_d: 'k_cpl * (C * (1 - f_cpl_matrix * I_odn) - C_d)',
    rho_b: 'b_plus - b_minus * f_res_b',
    c_b: 'gamma * (mineral_target - c_b)',
  },
};

/**
 * Bone turnover markers (Jörg Eq. 20) as ratios to the young steady state; trials report them as % change from
 * the treatment start.
 */
export const turnoverMarkers: ModuleDef = {
  name: 'turnover markers',
  parameters: {
    q_CTX: row({ value: 1.160526444, unit: '1', meaning: 'exponent, resorption rate → CTX', ...jorg('Cal.') }),
    q_P1NP: row({ value: 1.453273548, unit: '1', meaning: 'exponent, formation rate → P1NP', ...jorg('Cal.') }),
    q_BSAP: row({ value: 0.923890022, unit: '1', meaning: 'exponent, formation rate → BSAP', ...jorg('Cal.') }),
  },
  derived: {
    CTX: { expr: '(b_minus / b_minus_young) ^ q_CTX', unit: '1', meaning: 'serum CTX relative to the young steady state' },
    P1NP: { expr: '(b_plus / b_plus_young) ^ q_P1NP', unit: '1', meaning: 'serum P1NP relative to the young steady state' },
    BSAP: { expr: '(b_plus / b_plus_young) ^ q_BSAP', unit: '1', meaning: 'serum BSAP relative to the young steady state' },
  },
};
