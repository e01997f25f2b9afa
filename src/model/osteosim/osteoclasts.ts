import type { ModuleDef } from '../../engine/index.js';
import { defined, jorg } from './params.js';

/**
 * Osteoclast lineage as Jörg 2022 (Eqs. 1, 3, 10, 13), except that pre-osteoclast differentiation follows RANK
 * occupancy (prototype change C3): Jörg's estrogen and sclerostin factors and the denosumab factor now act through
 * the RANKL/OPG binding module. Their young values set the reference rate omega_pC_young.
 *
 *   dpC/dt = mu_pC − f_pCC,   f_pCC = omega_pC_young (pi/pi0) [1 + beta_pC_pth pth_resorptive] (1 − beta_CaD u_CaD) pC
 *   dC/dt  = f_pCC − eta_C [1 + nu_C g+(e/e_C) g+(C/r_C)] C        (bisphosphonates add their apoptosis term)
 *   omega_pC_young = omega_pC g−(1/e_pC) g+(s_young/s_pC)
 * Young steady state: pC = mu_pC / omega_pC_young; C is the positive root of
 *   eta_C (1 + a) C² + (eta_C r_C − mu_pC) C − mu_pC r_C = 0,  a = nu_C g+(1/e_C).
 */
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
    OC_apoptosis: { expr: 'eta_C * (1 + nu_C * hill(estrogen_bone, e_C, 1) * hill(C, r_C, 1))', unit: '1/day', meaning: 'osteoclast apoptosis rate' },
  },
  rates: {
    pC: 'mu_pC - f_pCC',
    C: 'f_pCC - OC_apoptosis * C',
  },
};
