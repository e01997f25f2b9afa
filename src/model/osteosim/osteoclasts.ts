import type { ModuleDef } from '../../engine/index.js';
import { assumed, defined, fittedHere, jorg } from './params.js';

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
    mu_pC: defined(1, '1/day', 'pre-osteoclast influx (nondimensionalised to 1)', 'Jörg et al. 2022, eLife 11:e76228, Eq. 9 (structural constant; scaled by the rodent time-scale profiles)'),
    omega_pC: jorg(0.930890444, '1/day', 'pre-osteoclast → osteoclast differentiation rate (reference)', 'Cal.'),
    e_pC: jorg(0.937654795, '1', 'estrogen threshold of pre-osteoclast differentiation (only sets the young rate)', 'Cal.', undefined, { min: 1e-9 }),
    s_pC: jorg(8603687.044, '1', 'sclerostin threshold of pre-osteoclast differentiation (only sets the young rate)', 'Cal.', undefined, { min: 1e-9 }),
    eta_C: jorg(0.023815993, '1/day', 'osteoclast apoptosis rate', 'Cal.', undefined, { min: 1e-9 }),
    nu_C: jorg(0.000123164, '1', 'largest regulator effect on osteoclast apoptosis', 'Cal.'),
    e_C: jorg(0.990728213, '1', 'estrogen threshold of osteoclast apoptosis', 'Cal.', undefined, { min: 1e-9 }),
    r_C: jorg(10.12488334, '1', 'resorption-signal threshold of osteoclast apoptosis', 'Cal.', 'printed 10.10; code value', { min: 1e-9 }),
    beta_C_RANK: fittedHere(BETA_C_RANK, '1', 'largest relative rise of osteoclast apoptosis when RANK signalling stops', ['B3', 'B7', 'B16'], 'least squares through the validation harness, jointly with the denosumab k_e0, K_D and beta_b_rAb, to B3 (denosumab TH 12/24/36 mo and minus placebo), B7 (CTX at 1 mo and at the month-36 trough) and B16 (TH and LS BMD 12 mo after the omitted dose), on the Sutjandra 2011 PK; the label check (CTX about −85 % by day 3) is not fitted'),
    n_C_RANK: assumed(2, '1', 'exponent of the apoptosis rise in the lost RANK occupancy', 'the smallest integer that keeps the apoptosis rate smooth (C¹) at the young occupancy', { min: 1 }),
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
    OC_apoptosis: { expr: 'eta_C * S_RANK * (1 + nu_C * hill(estrogen_bone, e_C, 1) * hill(C, r_C, 1))', unit: '1/day', meaning: 'osteoclast apoptosis rate' },
  },
  rates: {
    pC: 'mu_pC - f_pCC',
    C: 'f_pCC - OC_apoptosis * C',
  },
};
