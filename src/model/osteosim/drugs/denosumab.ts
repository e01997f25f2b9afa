import type { ModuleDef } from '../../../engine/index.js';
import { row } from '../../parameter-row.js';
import { prototypeCalibration, TARGETS } from '../params.js';

/**
 * Denosumab (prototype change C4): one-compartment SC pharmacokinetics with linear and Michaelis–Menten
 * elimination (Martínez-Reina et al. 2019), an effect compartment in bone, and competitive RANKL binding
 * (D̂ enters the RANKL/OPG module). The mineral target rises with the fraction of RANKL bound (Jörg Eq. 24 form).
 *
 *   dose (mg) → D_sc
 *   dD_sc/dt = −ka_D D_sc
 *   dD_c/dt  = ka_D F_D D_sc 1e6 / Vc_D − (Vmax_D / Vc_D) D_c / (Km_D + D_c) − kel_D D_c        (ng/mL)
 *   dC_e/dt  = k_e0 (D_c − C_e),   D̂ = max(C_e, 0) / K_D,   dc_rAb = beta_b_rAb u_D
 */
export const denosumab: ModuleDef = {
  name: 'denosumab',
  states: {
    D_sc: { unit: 'mg', initial: 0, meaning: 'denosumab in the subcutaneous depot' },
    D_c: { unit: 'ng/mL', initial: 0, meaning: 'serum denosumab' },
    C_e: { unit: 'ng/mL', initial: 0, meaning: 'denosumab at the effect site (bone)' },
  },
  parameters: {
    ka_D: row({ value: 0.17, unit: '1/day', meaning: 'SC absorption rate', evidence: 'measured', source: 'Martínez-Reina et al. 2019 (research/models.md §4c)' }),
    F_D: row({ value: 1, unit: '1', meaning: 'SC bioavailability', evidence: 'measured', source: 'Martínez-Reina et al. 2019 code (F = 1)', max: 1 }),
    Vc_D: row({ value: 77.9 * 60, unit: 'mL', meaning: 'central volume (77.9 mL/kg × 60 kg)', evidence: 'measured', source: 'Martínez-Reina et al. 2019', min: 1e-6 }),
    Vmax_D: row({ value: 2672 * 60, unit: 'ng/day', meaning: 'Michaelis–Menten elimination capacity (2672 ng/day/kg × 60 kg)', evidence: 'measured', source: 'Martínez-Reina et al. 2019' }),
    Km_D: row({ value: 411, unit: 'ng/mL', meaning: 'Michaelis–Menten constant', evidence: 'measured', source: 'Martínez-Reina et al. 2019', min: 1e-9 }),
    kel_D: row({ value: 0.0115, unit: '1/day', meaning: 'linear elimination', evidence: 'measured', source: 'Martínez-Reina et al. 2019' }),
    k_e0: row({
      value: 0.0152086,
      unit: '1/day',
      meaning: 'serum → bone (effect-site) equilibration of denosumab',
      evidence: 'fitted',
      fittedTo: [TARGETS.denosumabStop],
      source: prototypeCalibration('stage 2 (timing of the off-treatment rebound)'),
    }),
    K_D: row({
      value: 57.712,
      unit: 'ng/mL',
      meaning: 'effective denosumab–RANKL dissociation constant in bone (includes accessibility)',
      evidence: 'fitted',
      fittedTo: [TARGETS.freedomDenosumab, TARGETS.denosumabStop],
      source: prototypeCalibration('stage 2 (Martínez-Reina chi/K_A gives 37 ng/mL)'),
      min: 1e-9,
    }),
    beta_b_rAb: row({
      value: 0.0135733,
      unit: '1',
      meaning: 'largest mineral-fraction increase with RANKL fully bound by denosumab',
      evidence: 'fitted',
      fittedTo: [TARGETS.freedomDenosumab],
      source: prototypeCalibration('stage 2 (Jörg 2022: 0.0158)'),
      max: 0.2,
    }),
  },
  derived: {
    D_hat: { expr: 'max(C_e, 0) / K_D', unit: '1', meaning: 'effect-site denosumab in units of its RANKL dissociation constant' },
    dc_rAb: { expr: 'beta_b_rAb * u_D', unit: '1', meaning: 'rise of the mineral target with RANKL bound by denosumab' },
  },
  rates: {
    D_sc: '-ka_D * D_sc',
    D_c: 'ka_D * F_D * D_sc * 1e6 / Vc_D - Vmax_D / Vc_D * D_c / (Km_D + D_c) - kel_D * D_c',
    C_e: 'k_e0 * (D_c - C_e)',
  },
};
