import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { jorg } from './params.js';

/**
 * Osteoblast lineage as Jörg 2022 (Eqs. 2, 4, 5, 10–14), with the MSC commitment flux J_ob in place of the constant
 * pre-osteoblast influx (prototype change C1). Sclerostin acts through its effective level s_eff (Wnt feedback V3).
 *
 *   dpB/dt = J_ob − f_pBB,                f_pBB = omega_pB g−(s_eff/s_pB) pB
 *   dB/dt  = f_pBB − eta_B [1 − beta_B_pth pth_anabolic] B − f_BY,   f_BY = omega_B B
 *   dY/dt  = f_BY − eta_Y Y
 * Young steady state (closed form, Jörg §3.1): B = mu_pB / (eta_B + omega_B), Y = omega_B B / eta_Y.
 */
export const osteoblastLineage: ModuleDef = {
  name: 'osteoblast lineage',
  states: {
    pB: { unit: '1', initial: 0, meaning: 'pre-osteoblast density, rho_B* (young steady state from youngSteadyState)' },
    B: { unit: '1', initial: 0, meaning: 'active osteoblast density, rho_B' },
    Y: { unit: '1', initial: 0, meaning: 'osteocyte density, rho_Y' },
  },
  parameters: {
    omega_pB: row({ value: 0.319241069, unit: '1/day', meaning: 'pre-osteoblast → osteoblast differentiation rate', ...jorg('Cal.') }),
    s_pB: row({ value: 163.2824648, unit: '1', meaning: 'sclerostin threshold of pre-osteoblast differentiation', ...jorg('Cal.'), min: 1e-9 }),
    eta_B: row({ value: 0.00867806, unit: '1/day', meaning: 'osteoblast apoptosis rate', ...jorg('Cal.') }),
    omega_B: row({ value: 0.000624353, unit: '1/day', meaning: 'osteoblast → osteocyte conversion rate', ...jorg('Cal.') }),
    eta_Y: row({ value: 0.000109589, unit: '1/day', meaning: 'osteocyte apoptosis rate (a 25-year osteocyte life)', ...jorg('Est.'), min: 1e-12 }),
  },
  derived: {
    B_young: { expr: 'mu_pB / (eta_B + omega_B)', unit: '1', meaning: 'osteoblast density at the young steady state' },
    Y_young: { expr: 'omega_B * B_young / eta_Y', unit: '1', meaning: 'osteocyte density at the young steady state' },
    pB_young: { expr: 'mu_pB * (1 + s_young / s_pB) / omega_pB', unit: '1', meaning: 'pre-osteoblast density at the young steady state' },
    f_pBB: { expr: 'omega_pB * hillr(s_eff, s_pB, 1) * pB', unit: '1/day', meaning: 'pre-osteoblast differentiation flux' },
    f_BY: { expr: 'omega_B * B', unit: '1/day', meaning: 'osteoblast → osteocyte flux' },
    OB_apoptosis: {
      expr: 'eta_B * max(0, 1 - beta_B_pth * pth_anabolic)',
      unit: '1/day',
      meaning: 'osteoblast apoptosis rate, lowered by PTH analogs (guarded at 0: Jörg beta_B_pth > 1)',
    },
  },
  rates: {
    pB: 'J_ob - f_pBB',
    B: 'f_pBB - OB_apoptosis * B - f_BY',
    Y: 'f_BY - eta_Y * Y',
  },
};
