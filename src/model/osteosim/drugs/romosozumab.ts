import type { ModuleDef } from '../../../engine/index.js';
import { row } from '../../parameter-row.js';
import { prototypeCalibration, TARGETS } from '../params.js';

/**
 * Romosozumab (prototype change V2): SC two-compartment pharmacokinetics with linear and Michaelis–Menten
 * elimination (Eudy et al. 2015 as coded in OpenBoneMin cabone2, converted from hours to days). Serum
 * romosozumab drives Jörg's sclerostin-antibody binding (Eq. 25) with exposure psi_romo = R_c / EC50_R.
 *
 *   dose (mg) → R_sc += dose / (MW_R · 1e-3)                                                        (nmol)
 *   dR_sc/dt = −ka_R R_sc
 *   dR_c/dt  = ka_R F_R R_sc / Vc_R − Vmax_R R_c / (Km_R + R_c) − (CL_R + Q_R) / Vc_R R_c + Q_R / Vc_R · R_p / Vp_R   (nM)
 *   dR_p/dt  = Q_R R_c − Q_R R_p / Vp_R                                                              (nmol)
 */
export const romosozumab: ModuleDef = {
  name: 'romosozumab',
  states: {
    R_sc: { unit: 'nmol', initial: 0, meaning: 'romosozumab in the subcutaneous depot' },
    R_c: { unit: 'nM', initial: 0, meaning: 'serum (central) romosozumab' },
    R_p: { unit: 'nmol', initial: 0, meaning: 'peripheral romosozumab' },
  },
  parameters: {
    MW_R: row({ value: 145, unit: 'kDa', meaning: 'molecular weight (mg → nmol: mg / 0.145)', evidence: 'literature-model', source: 'OpenBoneMin cabone2 (amt_scler)', min: 1 }),
    F_R: row({ value: 0.904, unit: '1', meaning: 'SC bioavailability', evidence: 'literature-model', source: 'Eudy et al. 2015 via OpenBoneMin cabone2 (SCLERF)', max: 1 }),
    ka_R: row({ value: 0.187, unit: '1/day', meaning: 'SC absorption rate', evidence: 'literature-model', source: 'OpenBoneMin cabone2 (SOSTKA 0.187/24 per h)' }),
    Vc_R: row({ value: 2.9, unit: 'L', meaning: 'central volume', evidence: 'literature-model', source: 'OpenBoneMin cabone2 (SOSTVC)', min: 1e-6 }),
    Vp_R: row({ value: 3.29, unit: 'L', meaning: 'peripheral volume', evidence: 'literature-model', source: 'OpenBoneMin cabone2 (SOSTVP)', min: 1e-6 }),
    CL_R: row({ value: 0.254, unit: 'L/day', meaning: 'linear clearance', evidence: 'literature-model', source: 'OpenBoneMin cabone2 (SOSTCL 0.254/24 L/h)' }),
    Q_R: row({ value: 0.467, unit: 'L/day', meaning: 'intercompartmental clearance', evidence: 'literature-model', source: 'OpenBoneMin cabone2 (SOSTQ 0.467/24 L/h)' }),
    Vmax_R: row({ value: 5.87, unit: 'nM/day', meaning: 'Michaelis–Menten (target-mediated) elimination capacity', evidence: 'literature-model', source: 'OpenBoneMin cabone2 (SOSTVMAX 5.87/24 per h)' }),
    Km_R: row({ value: 0.453, unit: 'nM', meaning: 'Michaelis–Menten constant', evidence: 'literature-model', source: 'OpenBoneMin cabone2 (SOSTKM)', min: 1e-9 }),
    EC50_R: row({
      value: 24.8317,
      unit: 'nM',
      meaning: 'serum romosozumab giving exposure 1 (antibody binding rate = sclerostin degradation rate)',
      evidence: 'fitted',
      fittedTo: [TARGETS.frameRomosozumab, TARGETS.softFrame],
      source: prototypeCalibration('stage 3'),
      min: 1e-9,
    }),
  },
  derived: {
    psi_romo: { expr: 'max(R_c, 0) / EC50_R', unit: '1', meaning: 'romosozumab exposure (multiples of EC50)' },
  },
  rates: {
    R_sc: '-ka_R * R_sc',
    R_c: 'ka_R * F_R * R_sc / Vc_R - Vmax_R * max(R_c, 0) / (Km_R + max(R_c, 0)) - (CL_R + Q_R) / Vc_R * R_c + Q_R / Vc_R * R_p / Vp_R',
    R_p: 'Q_R * R_c - Q_R * R_p / Vp_R',
  },
};
