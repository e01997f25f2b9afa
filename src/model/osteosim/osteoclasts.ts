import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { jorg } from './params.js';

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
    mu_pC: row({
      value: 1,
      unit: '1/day',
      meaning: 'pre-osteoclast influx (nondimensionalised to 1)',
      evidence: 'defined',
      source: 'Jörg et al. 2022, eLife 11:e76228, Eq. 9 (structural constant; scaled by the rodent time-scale profiles)',
    }),
    omega_pC: row({ value: 0.930890444, unit: '1/day', meaning: 'pre-osteoclast → osteoclast differentiation rate (reference)', ...jorg('Cal.') }),
    e_pC: row({ value: 0.937654795, unit: '1', meaning: 'estrogen threshold of pre-osteoclast differentiation (only sets the young rate)', ...jorg('Cal.'), min: 1e-9 }),
    s_pC: row({ value: 8603687.044, unit: '1', meaning: 'sclerostin threshold of pre-osteoclast differentiation (only sets the young rate)', ...jorg('Cal.'), min: 1e-9 }),
    eta_C: row({ value: 0.023815993, unit: '1/day', meaning: 'osteoclast apoptosis rate', ...jorg('Cal.'), min: 1e-9 }),
    nu_C: row({ value: 0.000123164, unit: '1', meaning: 'largest regulator effect on osteoclast apoptosis', ...jorg('Cal.') }),
    e_C: row({ value: 0.990728213, unit: '1', meaning: 'estrogen threshold of osteoclast apoptosis', ...jorg('Cal.'), min: 1e-9 }),
    r_C: row({ value: 10.12488334, unit: '1', meaning: 'resorption-signal threshold of osteoclast apoptosis', ...jorg('Cal.', 'printed 10.10; code value'), min: 1e-9 }),
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
