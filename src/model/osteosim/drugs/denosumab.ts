import type { ModuleDef } from '../../../engine/index.js';
import { row } from '../../parameter-row.js';
import { osteosimCalibration, TARGETS } from '../params.js';

/**
 * Denosumab: two-compartment SC pharmacokinetics with target-mediated drug disposition in the quasi-steady-state
 * approximation (Sutjandra et al. 2011, Clin Pharmacokinet 50:793: 22 944 serum free denosumab levels of 1564
 * healthy subjects and postmenopausal women), for their 66-kg reference subject; an effect compartment in bone; and
 * competitive RANKL binding there (D̂ enters the RANKL/OPG module). The mineral target rises with the fraction of
 * RANKL bound (Jörg Eq. 24 form).
 *
 *   dose (mg) → D_sc,   dD_sc/dt = −ka_D D_sc
 *   D_c  = ½ [b + sqrt(b² + 4 Kss_D D_tot)],  b = D_tot − R_tot − Kss_D       free serum denosumab (QSS)
 *   dD_tot/dt = ka_D F_D D_sc 1e6 / Vc_D − (CL_D/Vc_D) D_c − (Q_D/Vc_D)(D_c − D_p) − kint_D (D_tot − D_c)
 *   dD_p/dt   = (Q_D/Vp_D)(D_c − D_p)
 *   dR_tot/dt = kdeg_D (R0_D − R_tot) − (kint_D − kdeg_D)(D_tot − D_c)                    target (RANKL) pool
 *   dC_e/dt   = k_e0 (D_c − C_e),   D̂ = max(C_e, 0) / K_D,   dc_rAb = beta_b_rAb u_D
 * Concentrations in ng/mL (the target pool in denosumab-equivalent ng/mL, as Sutjandra).
 */
const SUTJANDRA = 'Sutjandra et al. 2011, Clin Pharmacokinet 50:793, final population model, 66-kg reference (values as ported in a MATLAB version of the Peterson & Riggs 2010 model, which cites Sutjandra 2011 for its denosumab PK)';
const PER_DAY = 24;
/** The joint refit of issue 13 (with beta_C_RANK of the osteoclast lineage), on this PK. */
const REFIT =
  'least squares through the validation harness with beta_C_RANK, to B3 (denosumab TH 12/24/36 mo and minus placebo), B7 (CTX at 1 mo and at the month-36 trough) and B16 (TH and LS BMD 12 mo after the omitted dose)';

export const denosumab: ModuleDef = {
  name: 'denosumab',
  states: {
    D_sc: { unit: 'mg', initial: 0, meaning: 'denosumab in the subcutaneous depot' },
    D_tot: { unit: 'ng/mL', initial: 0, meaning: 'total serum denosumab (free and RANKL-bound), central compartment' },
    D_p: { unit: 'ng/mL', initial: 0, meaning: 'denosumab in the peripheral compartment' },
    R_tot: { unit: 'ng/mL', initial: 'R0_D', meaning: 'total target (RANKL) pool of the TMDD model, free and bound, in denosumab-equivalent ng/mL' },
    C_e: { unit: 'ng/mL', initial: 0, meaning: 'denosumab at the effect site (bone)' },
  },
  parameters: {
    ka_D: row({ value: 0.212 * (66 / 71.5) ** -0.577, unit: '1/day', meaning: 'SC absorption rate (0.212/day at 71.5 kg, body weight exponent −0.577, at 66 kg)', evidence: 'literature-model', source: SUTJANDRA }),
    F_D: row({ value: 0.638, unit: '1', meaning: 'SC bioavailability', evidence: 'literature-model', source: `${SUTJANDRA}; the Xgeva label gives 62 %, Gibiansky et al. 2012 (Clin Pharmacokinet 51:247) 61 %`, max: 1 }),
    Vc_D: row({ value: 2490, unit: 'mL', meaning: 'central volume', evidence: 'literature-model', source: SUTJANDRA, min: 1e-6 }),
    Vp_D: row({ value: 1360, unit: 'mL', meaning: 'peripheral volume', evidence: 'literature-model', source: SUTJANDRA, min: 1e-6 }),
    CL_D: row({ value: 3.06 * PER_DAY, unit: 'mL/day', meaning: 'linear clearance (3.06 mL/h)', evidence: 'literature-model', source: `${SUTJANDRA}; Gibiansky et al. 2012: 3.25 mL/h/66 kg` }),
    Q_D: row({ value: 37.9 * PER_DAY, unit: 'mL/day', meaning: 'intercompartmental clearance (37.9 mL/h)', evidence: 'literature-model', source: SUTJANDRA }),
    Kss_D: row({ value: 138, unit: 'ng/mL', meaning: 'quasi-steady-state constant of denosumab–target binding', evidence: 'literature-model', source: `${SUTJANDRA}; the port multiplies it by 10, which changes the half-life by under 1 d`, min: 1e-9 }),
    kint_D: row({ value: 0.00795 * PER_DAY, unit: '1/day', meaning: 'internalisation (elimination) rate of the denosumab–target complex (0.00795/h)', evidence: 'literature-model', source: SUTJANDRA }),
    kdeg_D: row({ value: 0.00148 * PER_DAY, unit: '1/day', meaning: 'turnover rate of the free target (0.00148/h)', evidence: 'literature-model', source: SUTJANDRA }),
    R0_D: row({ value: 614, unit: 'ng/mL', meaning: 'baseline target pool (denosumab-equivalent)', evidence: 'literature-model', source: SUTJANDRA }),
    k_e0: row({ value: 0.04184, unit: '1/day', meaning: 'serum → bone (effect-site) equilibration of denosumab (half-time 17 d)', evidence: 'fitted', fittedTo: [TARGETS.freedomDenosumab, 'B7', TARGETS.denosumabStop], source: osteosimCalibration(`${REFIT} (prototype stage 2 on the old PK: 0.0152/day)`) }),
    K_D: row({ value: 8.657, unit: 'ng/mL', meaning: 'effective denosumab–RANKL dissociation constant in bone (includes accessibility)', evidence: 'fitted', fittedTo: [TARGETS.freedomDenosumab, 'B7', TARGETS.denosumabStop], source: osteosimCalibration(`${REFIT} (prototype stage 2 on the old PK: 57.7 ng/mL; Martínez-Reina 2019 chi/K_A: 37 ng/mL; denosumab–RANKL Kd about 3 pM = 0.45 ng/mL, so bone accessibility about 5 %)`), min: 1e-9 }),
    beta_b_rAb: row({ value: 0.005745, unit: '1', meaning: 'largest mineral-fraction increase with RANKL fully bound by denosumab', evidence: 'fitted', fittedTo: [TARGETS.freedomDenosumab, TARGETS.denosumabStop], source: osteosimCalibration(`${REFIT} (prototype stage 2: 0.0136; Jörg 2022: 0.0158)`), max: 0.2 }),
  },
  derived: {
    D_b: { expr: 'D_tot - R_tot - Kss_D', unit: 'ng/mL', meaning: 'QSS helper: total drug minus target pool minus Kss' },
    D_c: { expr: '0.5 * (D_b + sqrt(D_b ^ 2 + 4 * Kss_D * max(D_tot, 0)))', unit: 'ng/mL', meaning: 'serum free denosumab (quasi-steady-state TMDD)' },
    D_bound: { expr: 'D_tot - D_c', unit: 'ng/mL', meaning: 'serum denosumab bound to its target' },
    D_hat: { expr: 'max(C_e, 0) / K_D', unit: '1', meaning: 'effect-site denosumab in units of its RANKL dissociation constant' },
    dc_rAb: { expr: 'beta_b_rAb * u_D', unit: '1', meaning: 'rise of the mineral target with RANKL bound by denosumab' },
  },
  rates: {
    D_sc: '-ka_D * D_sc',
    D_tot: 'ka_D * F_D * D_sc * 1e6 / Vc_D - CL_D / Vc_D * D_c - Q_D / Vc_D * (D_c - D_p) - kint_D * D_bound',
    D_p: 'Q_D / Vp_D * (D_c - D_p)',
    R_tot: 'kdeg_D * (R0_D - R_tot) - (kint_D - kdeg_D) * D_bound',
    C_e: 'k_e0 * (D_c - C_e)',
  },
};
