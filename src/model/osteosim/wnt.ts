import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { jorg, prototypeCalibration, TARGETS } from './params.js';
import { experimentKnob } from './signals.js';

/**
 * Wnt / sclerostin. Osteocytes secrete sclerostin under estrogen suppression (Jörg Eqs. 6, 15); a Wnt-antagonist
 * feedback K_w (DKK1-like, prototype change V3) rises only when Wnt activity exceeds its young level, and adds to
 * sclerostin: s_eff = s K_w^h_tol is used in every sclerostin-dependent rate. W is the Wnt readout relative to young.
 *
 *   ds/dt   = alpha_s g−(e/e_s) Y − kappa_s s                  (sclerostin antibodies add their binding terms)
 *   dK_w/dt = k_tol (max(W, 1) − K_w)
 *   W       = g−(s_eff/s_Omega) / g−(s_young/s_Omega),   s_young = alpha_s g−(1/e_s) Y_young / kappa_s
 */
export const wntSclerostin: ModuleDef = {
  name: 'Wnt/sclerostin',
  states: {
    s: { unit: '1', initial: 0, meaning: 'free sclerostin (bone), s (young steady state from youngSteadyState)' },
    K_w: { unit: '1', initial: 1, meaning: 'Wnt-antagonist feedback (1 at the young steady state)' },
  },
  parameters: {
    alpha_s: row({
      value: 1,
      unit: '1/day',
      meaning: 'sclerostin secretion per osteocyte (nondimensionalised to 1)',
      evidence: 'defined',
      source: 'Jörg et al. 2022, eLife 11:e76228, Eq. 15 (structural constant; scaled by the rodent time-scale profiles)',
    }),
    e_s: row({ value: 9.595406602, unit: '1', meaning: 'estrogen threshold of sclerostin secretion', ...jorg('Cal.'), min: 1e-9 }),
    kappa_s: row({ value: 0.05, unit: '1/day', meaning: 'sclerostin degradation rate', ...jorg('Est.', 'table origin "Est., Lit.": an estimate informed by Suen 2015 and Ominsky 2015'), min: 1e-9 }),
    s_Omega: row({ value: 3039.645954, unit: '1', meaning: 'sclerostin threshold of bone formation (also the Wnt readout W)', ...jorg('Cal.'), min: 1e-9 }),
    k_tol: row({
      value: 0.00732271,
      unit: '1/day',
      meaning: 'rate at which the Wnt-antagonist feedback K_w follows Wnt activity',
      evidence: 'fitted',
      fittedTo: [TARGETS.frameRomosozumab, TARGETS.softFrame],
      source: prototypeCalibration('stage 3 (t½ 95 d)'),
    }),
    h_tol: row({
      value: 1.01638,
      unit: '1',
      meaning: 'strength of the feedback: s_eff = s K_w^h_tol',
      evidence: 'fitted',
      fittedTo: [TARGETS.frameRomosozumab, TARGETS.softFrame],
      source: prototypeCalibration('stage 3'),
    }),
    fx_sclerostin: experimentKnob('sclerostin secretion per osteocyte'),
    fx_wnt: experimentKnob('Wnt-pathway sensitivity (effective antagonist s_eff ÷ fx_wnt)', 1e-3),
    K_w_floor: row({ value: 1e-6, unit: '1', meaning: 'guard: K_w is read as max(K_w, K_w_floor)', evidence: 'defined', source: 'numerical guard of the prototype', min: 1e-12, max: 1 }),
  },
  derived: {
    s_young: { expr: 'alpha_s * hillr(1, e_s, 1) * Y_young / kappa_s', unit: '1', meaning: 'free sclerostin at the young steady state' },
    s_eff: { expr: 's * max(K_w, K_w_floor) ^ h_tol / fx_wnt', unit: '1', meaning: 'effective sclerostin (free sclerostin plus feedback antagonist; fx_wnt: pathway experiment)' },
    W_young: { expr: 'hillr(s_young, s_Omega, 1)', unit: '1', meaning: 'absolute Wnt activity at the young steady state' },
    W: { expr: 'hillr(s_eff, s_Omega, 1) / W_young', unit: '1', meaning: 'Wnt activity relative to young' },
  },
  rates: {
    s: 'alpha_s * fx_sclerostin * hillr(estrogen_bone, e_s, 1) * Y - kappa_s * s',
    K_w: 'k_tol * (max(W, 1) - K_w)',
  },
};
