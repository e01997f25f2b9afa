import type { ModuleDef } from '../../../engine/index.js';
import { row } from '../../parameter-row.js';
import { jorg, LN2, osteosimCalibration } from '../params.js';

/**
 * PTH-receptor agonists: teriparatide (PTH 1-34) and abaloparatide (a PTHrP 1-34 analog), with their daily SC
 * pulses resolved, so that intermittent and continuous exposure differ in effect as they do in people: daily
 * injections build bone, a constant exposure resorbs it (continuous PTH infusion raises resorption markers without
 * a formation response, as in primary hyperparathyroidism).
 *
 * Pharmacokinetics: an SC depot absorbed with rate ka; elimination from plasma is much faster (IV half-life about
 * 5 min), so plasma is quasi-steady with the absorption flux: C = ka F A_sc / CL (the SC half-life of about 1 h is
 * absorption-limited).
 *
 * Receptor signal and adaptation: the PTH1R signal g = x / (1 + x), x = C_T / EC50_T + C_A / EC50_A, desensitizes
 * under sustained exposure (receptor internalization and uncoupling; the pulsatile-versus-continuous logic of Potter
 * et al. 2005, Bone 37:159). A_pth follows g with time constant tau_pth; u = max(g − A_pth, 0) is a pulse detector
 * that daily pulses trigger and a constant exposure drives to 0. Each pulse switches on an anabolic program P_pth
 * (osteoblast survival signalling) that outlasts the pulse by hours: dP/dt = k_on u (1 − P) − k_off P. The
 * pro-resorptive drive (RANKL up, transiently with pulses, steadily with infusion) does not adapt:
 *
 *   pth_anabolic   = P_pth                                              → osteoblast apoptosis × (1 − beta_B_pth ·)
 *   pth_resorptive = w_res (x_T + r_abl x_A) / (1 + x)                  → pre-osteoclast differentiation × (1 + beta_pC_pth ·)
 *
 * Jörg 2022 calibrated beta_B_pth and beta_pC_pth with quasi-continuous exposure (Eq. 22): a 20 µg/day dose gave
 * a constant signal g+(E_pth · 20 · T_pth / ln2) = 0.242. EC50_T and w_res bridge that calibration to the pulses:
 * they are set so that 20 µg daily injections give the same daily means of both effects (scripts/bridge-pth.ts).
 * Abaloparatide shares the receptor model; its lower pro-resorptive weight r_abl stands for its preference for the
 * transiently signalling receptor conformation (smaller CTX rise and less hypercalcaemia than teriparatide in ACTIVE).
 */
export const pthAnalogs: ModuleDef = {
  name: 'PTH analogs (teriparatide, abaloparatide)',
  states: {
    T_sc: { unit: 'µg', initial: 0, meaning: 'teriparatide in the subcutaneous depot' },
    Ab_sc: { unit: 'µg', initial: 0, meaning: 'abaloparatide in the subcutaneous depot' },
    A_pth: { unit: '1', initial: 0, meaning: 'adapted (desensitized) level of the PTH1R signal' },
    P_pth: { unit: '1', initial: 0, meaning: 'anabolic program switched on by PTH1R signal pulses (osteoblast survival), 0–1' },
  },
  parameters: {
    ka_T: row({
      value: LN2 / (1 / 24),
      unit: '1/day',
      meaning: 'teriparatide SC absorption (apparent SC half-life 1 h, absorption-limited)',
      evidence: 'measured',
      source: 'Forsteo SmPC / Lilly medical information: apparent SC half-life about 1 h, Tmax about 30 min, below quantification by 3 h; IV half-life about 5 min (Forteo label §12.3; Satterwhite et al. 2010, Calcif Tissue Int 87:485)',
      min: 1e-6,
      note: 'with F and CL below: Cmax about 210 pg/mL and AUC 306 pg·h/mL after 20 µg (published Cmax not found; about 100–200 pg/mL expected)',
    }),
    F_T: row({ value: 0.95, unit: '1', meaning: 'teriparatide SC bioavailability', evidence: 'measured', source: 'Forsteo SmPC (absolute bioavailability about 95 %)', max: 1 }),
    CL_T: row({ value: 62 * 24, unit: 'L/day', meaning: 'teriparatide systemic clearance (women)', evidence: 'measured', source: 'Forsteo SmPC: about 62 L/h in women, 94 L/h in men', min: 1e-6 }),
    ka_A: row({
      value: LN2 / (1.7 / 24),
      unit: '1/day',
      meaning: 'abaloparatide SC absorption (apparent SC half-life 1.7 h, Tmax 0.51 h)',
      evidence: 'measured',
      source: 'Tymlos label (via Lexicomp): mean half-life 1.7 h',
      min: 1e-6,
    }),
    F_A: row({ value: 0.36, unit: '1', meaning: 'abaloparatide SC bioavailability', evidence: 'measured', source: 'Tymlos label (about 36 %), UNVERIFIED', max: 1 }),
    CL_A: row({
      value: 17.8 * 24,
      unit: 'L/day',
      meaning: 'abaloparatide systemic clearance',
      evidence: 'measured',
      source: 'derived from the Tymlos label AUC 1622 pg·h/mL after 80 µg with F = 0.36 (CL = F dose / AUC), UNVERIFIED',
      min: 1e-6,
      note: 'gives Cmax about 660 pg/mL against the label 812 pg/mL (UNVERIFIED)',
    }),
    EC50_T: row({
      value: 519.576,
      unit: 'pg/mL',
      meaning: 'plasma teriparatide of half-maximal PTH1R signal',
      evidence: 'fitted',
      fittedTo: ['Jörg 2022 teriparatide calibration (Leder et al. 2014, JCEM 99:1694, DATA; research/jorg2022.md §6)'],
      source: osteosimCalibration('bridge: 20 µg daily pulses give the daily-mean osteoblast-apoptosis factor of Jörg’s quasi-continuous signal 0.242 (scripts/bridge-pth.ts)'),
      min: 1e-9,
    }),
    EC50_A: row({
      value: 2499.04,
      unit: 'pg/mL',
      meaning: 'plasma abaloparatide of half-maximal PTH1R signal',
      evidence: 'assumed',
      source: 'assumed: the label doses taken as equipotent: abaloparatide 80 µg daily gives the daily-mean anabolic effect of teriparatide 20 µg daily (computed by scripts/bridge-pth.ts); not fitted to ACTIVE, so B44 is out of sample',
      min: 1e-9,
    }),
    tau_pth: row({
      value: 0.5,
      unit: 'day',
      meaning: 'time constant of PTH1R desensitization and resensitization (adapted signal A_pth)',
      evidence: 'assumed',
      source: 'assumed: PTH1R internalization within minutes and recovery within hours (Potter et al. 2005, Bone 37:159, UNVERIFIED); 12 h keeps daily 1-h pulses distinct and adapts a constant exposure within about 2 days',
      min: 1e-4,
    }),
    k_on_pth: row({
      value: 50,
      unit: '1/day',
      meaning: 'switching-on rate of the anabolic program at full pulse signal',
      evidence: 'assumed',
      source: 'assumed: fast against the 1-h pulse (a pulse of signal near 1 switches it fully on)',
      min: 1e-6,
    }),
    k_off_pth: row({
      value: 2,
      unit: '1/day',
      meaning: 'decay of the anabolic program after a pulse (half-life about 8 h)',
      evidence: 'assumed',
      source: 'assumed: the anti-apoptotic signalling of one PTH pulse outlasts the pulse by hours (Jilka et al. 1999, J Clin Invest 104:439; Bellido et al. 2003, J Biol Chem 278:50259), UNVERIFIED time scale',
      min: 1e-6,
    }),
    w_res: row({
      value: 11.7516,
      unit: '1',
      meaning: 'weight of the non-adapting pro-resorptive drive',
      evidence: 'fitted',
      fittedTo: ['Jörg 2022 teriparatide calibration (Leder et al. 2014, JCEM 99:1694, DATA; research/jorg2022.md §6)'],
      source: osteosimCalibration('bridge: 20 µg daily pulses give the pre-osteoclast drive of Jörg’s quasi-continuous signal 0.242 as a daily mean (scripts/bridge-pth.ts)'),
    }),
    r_abl: row({
      sourceTargets: ['B42', 'B43'],
      value: 0.5,
      unit: '1',
      meaning: 'pro-resorptive weight of abaloparatide relative to teriparatide',
      evidence: 'assumed',
      source: 'assumed: ACTIVE (Miller et al. 2016, JAMA 316:722): smaller CTX rise and hypercalcaemia 3.4 % vs 6.4 % with teriparatide; 0.5 is a guess',
      max: 1,
    }),
    beta_pC_pth: row({ value: 4.282514877, unit: '1', meaning: 'largest PTH-analog effect on pre-osteoclast differentiation', ...jorg('Cal.') }),
    beta_B_pth: row({ value: 1.305332076, unit: '1', meaning: 'largest PTH-analog effect on osteoblast apoptosis', ...jorg('Cal.', 'above 1: apoptosis is guarded at 0 for drives above 0.77') }),
  },
  derived: {
    C_tptd: { expr: 'ka_T * F_T * max(T_sc, 0) * 1e6 / (CL_T * 1e3)', unit: 'pg/mL', meaning: 'plasma teriparatide' },
    C_abl: { expr: 'ka_A * F_A * max(Ab_sc, 0) * 1e6 / (CL_A * 1e3)', unit: 'pg/mL', meaning: 'plasma abaloparatide' },
    x_pth: { expr: 'C_tptd / EC50_T + C_abl / EC50_A', unit: '1', meaning: 'PTH1R agonist exposure (multiples of EC50)' },
    g_pth: { expr: 'x_pth / (1 + x_pth)', unit: '1', meaning: 'PTH1R signal' },
    pth_pulse: { expr: 'max(g_pth - A_pth, 0)', unit: '1', meaning: 'PTH1R signal above its adapted level (a pulse detector)' },
    pth_anabolic: { expr: 'max(P_pth, 0)', unit: '1', meaning: 'anabolic drive: the pulse-triggered program' },
    pth_resorptive: { expr: 'w_res * (C_tptd / EC50_T + r_abl * C_abl / EC50_A) / (1 + x_pth)', unit: '1', meaning: 'pro-resorptive drive of PTH analogs (does not adapt)' },
  },
  rates: {
    T_sc: '-ka_T * T_sc',
    Ab_sc: '-ka_A * Ab_sc',
    A_pth: '(g_pth - A_pth) / tau_pth',
    P_pth: 'k_on_pth * pth_pulse * (1 - P_pth) - k_off_pth * P_pth',
  },
};
