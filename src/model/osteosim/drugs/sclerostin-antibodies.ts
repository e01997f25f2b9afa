import type { ModuleDef } from '../../../engine/index.js';
import { row } from '../../parameter-row.js';
import { jorg } from '../params.js';

/**
 * Sclerostin antibodies bind free sclerostin reversibly (Jörg 2022 Eq. 25). The class exposure is romosozumab's
 * serum-driven exposure plus blosozumab in Jörg's own form (Eq. 21 as an ODE: a dose adds E_blo · dose,
 * half-life T_blo; Jörg calibrated E to blosozumab and set romosozumab equal).
 *
 *   Psi_sAb = psi_blo + psi_romo
 *   ds/dt  ∋ −kappa_s Psi_sAb s + delta_s s_bound
 *   ds_bound/dt = kappa_s Psi_sAb s − (delta_s + kappa_s) s_bound
 */
export const sclerostinAntibodies: ModuleDef = {
  name: 'sclerostin antibodies',
  states: {
    s_bound: { unit: '1', initial: 0, meaning: 'antibody-bound sclerostin, s*' },
    psi_blo: { unit: '1', initial: 0, meaning: 'blosozumab exposure (multiples of EC50), Jörg Eq. 21' },
  },
  parameters: {
    E_blo: row({ value: 0.013104958, unit: '1/mg', meaning: 'blosozumab efficacy: exposure per mg dosed', ...jorg('Cal.', 'E_blosozumab; dose unit mg inferred') }),
    T_blo: row({ value: 7, unit: 'day', meaning: 'blosozumab effective half-life', ...jorg('=', '= T_romosozumab, Lit. Solling 2018'), min: 1e-6 }),
    delta_s: row({ value: 0.05, unit: '1/day', meaning: 'sclerostin–antibody unbinding rate', ...jorg('=', '= kappa_s') }),
  },
  derived: {
    Psi_sAb: { expr: 'psi_blo + psi_romo', unit: '1', meaning: 'sclerostin-antibody class exposure' },
  },
  rates: {
    s: '-kappa_s * Psi_sAb * s + delta_s * s_bound',
    s_bound: 'kappa_s * Psi_sAb * s - (delta_s + kappa_s) * s_bound',
    psi_blo: '-log(2) / T_blo * psi_blo',
  },
};
