import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { jorg, osteosimCalibration } from './params.js';
import { experimentKnob } from './signals.js';

/**
 * Osteoclast lineage as Jörg 2022 (Eqs. 1, 3, 10, 13), except that pre-osteoclast differentiation follows RANK
 * occupancy (prototype change C3): Jörg's estrogen and sclerostin factors and the denosumab factor now act through
 * the RANKL/OPG binding module. Their young values set the reference rate omega_pC_young.
 *
 *   dpC/dt = mu_pC − f_pCC,   f_pCC = omega_pC_young (pi/pi0) [1 + beta_pC_pth pth_resorptive] (1 − beta_CaD u_CaD) pC
 *   dC/dt  = f_pCC − eta_C S_RANK [1 + nu_C g+(e/e_C) g+(C/r_C)] C        (bisphosphonates add their apoptosis term)
 *   omega_pC_young = omega_pC g−(1/e_pC) g+(s_young/s_pC)
 * RANKL is also a survival signal of mature osteoclasts (change of issue 13): without RANK signalling they detach
 * and die within days (Lacey et al. 2012, Nat Rev Drug Discov 11:401; OPG induces apoptosis of mature
 * osteoclasts), so apoptosis rises as RANK occupancy falls below the young value, where survival signalling is
 * taken to be saturated:
 *   S_RANK = 1 + beta_C_RANK max(0, 1 − pi/pi0)^n_C_RANK
 * S_RANK = 1 at and above pi0, so the young steady state and the untreated course (estrogen loss raises pi) are
 * Jörg's; only a RANKL blockade (denosumab) or a RANKL fall below the young level shortens osteoclast life.
 */
const BETA_C_RANK = 1.943;

export const osteoclastLineage: ModuleDef = {
  name: 'osteoclast lineage',
  states: {
    pC: { unit: '1', initial: 0, meaning: 'pre-osteoclast density, rho_C* (young steady state from youngSteadyState)' },
    C: { unit: '1', initial: 0, meaning: 'active osteoclast density, rho_C (also the resorption signal)' },
  },
  parameters: {
    mu_pC: row({ value: 1, unit: '1/day', meaning: 'pre-osteoclast influx (nondimensionalised to 1)', evidence: 'defined', source: 'Jörg et al. 2022, eLife 11:e76228, Eq. 9 (structural constant; scaled by the rodent time-scale profiles)' }),
    omega_pC: row({ value: 0.930890444, unit: '1/day', meaning: 'pre-osteoclast → osteoclast differentiation rate (reference)', ...jorg('Cal.') }),
    e_pC: row({ value: 0.937654795, unit: '1', meaning: 'estrogen threshold of pre-osteoclast differentiation (only sets the young rate)', ...jorg('Cal.'), min: 1e-9 }),
    s_pC: row({ value: 8603687.044, unit: '1', meaning: 'sclerostin threshold of pre-osteoclast differentiation (only sets the young rate)', ...jorg('Cal.'), min: 1e-9 }),
    eta_C: row({ value: 0.023815993, unit: '1/day', meaning: 'osteoclast apoptosis rate', ...jorg('Cal.'), min: 1e-9 }),
    nu_C: row({ value: 0.000123164, unit: '1', meaning: 'largest regulator effect on osteoclast apoptosis', ...jorg('Cal.') }),
    e_C: row({ value: 0.990728213, unit: '1', meaning: 'estrogen threshold of osteoclast apoptosis', ...jorg('Cal.'), min: 1e-9 }),
    r_C: row({ value: 10.12488334, unit: '1', meaning: 'resorption-signal threshold of osteoclast apoptosis', ...jorg('Cal.', 'printed 10.10; code value'), min: 1e-9 }),
    beta_C_RANK: row({ value: BETA_C_RANK, unit: '1', meaning: 'largest relative rise of osteoclast apoptosis when RANK signalling stops', evidence: 'fitted', fittedTo: ['B3', 'B7', 'B16'], source: osteosimCalibration('least squares through the validation harness, jointly with the denosumab k_e0, K_D and beta_b_rAb, to B3 (denosumab TH 12/24/36 mo and minus placebo), B7 (CTX at 1 mo and at the month-36 trough) and B16 (TH and LS BMD 12 mo after the omitted dose), on the Sutjandra 2011 PK; the label check (CTX about −85 % by day 3) is not fitted') }),
    fx_tgfb: experimentKnob('active TGF-β released per unit resorption (its osteoclast-apoptosis signal here, its coupling signal in bone.ts, the TGFb readout in tgf-beta.ts)'),
    n_C_RANK: row({ value: 2, unit: '1', meaning: 'exponent of the apoptosis rise in the lost RANK occupancy', evidence: 'assumed', source: 'assumed: the smallest integer that keeps the apoptosis rate smooth (C¹) at the young occupancy', min: 1 }),
  },
  derived: {
    omega_pC_young: { expr: 'omega_pC * hillr(1, e_pC, 1) * hill(s_young, s_pC, 1)', unit: '1/day', meaning: 'pre-osteoclast differentiation rate at the young steady state' },
    pC_young: { expr: 'mu_pC / omega_pC_young', unit: '1', meaning: 'pre-osteoclast density at the young steady state' },
    C_young: {
      expr:
        '(mu_pC - eta_C * r_C + sqrt((eta_C * r_C - mu_pC) ^ 2 + 4 * eta_C * (1 + nu_C * hill(1, e_C, 1)) * mu_pC * r_C)) / (2 * eta_C * (1 + nu_C * hill(1, e_C, 1)))',
      unit: '1',
      meaning: 'osteoclast density at the young steady state',
    },
    f_pCC: {
      expr: 'omega_pC_young * (pi_RANK / pi0) * (1 + beta_pC_pth * pth_resorptive) * CaD_factor * pC',
      unit: '1/day',
      meaning: 'pre-osteoclast differentiation flux',
    },
    S_RANK: {
      expr: '1 + beta_C_RANK * max(0, 1 - pi_RANK / pi0) ^ n_C_RANK',
      unit: '1',
      meaning: 'loss of the RANKL survival signal: osteoclast apoptosis relative to Jörg’s (1 at and above the young occupancy)',
    },
    OC_apoptosis: { expr: 'eta_C * S_RANK * (1 + nu_C * hill(estrogen_bone, e_C, 1) * hill(fx_tgfb * C, r_C, 1))', unit: '1/day', meaning: 'osteoclast apoptosis rate (fx_tgfb: TGF-β pathway experiment)' },
  },
  rates: {
    pC: 'mu_pC - f_pCC',
    C: 'f_pCC - OC_apoptosis * C',
  },
};
