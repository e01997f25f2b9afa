import { compileModel, composeModel, SolverError, steadyState, type CompiledModel, type ModuleDef } from '../../engine/index.js';
import { boneMatrix, turnoverMarkers } from './bone.js';
import { boneSites } from './sites.js';
import { glucocorticoids } from './glucocorticoids.js';
import { estrogenInflammation } from './inflammation.js';
import { calciumVitaminD, hormones } from './hormones.js';
import { mechanicalLoading } from './mechanics.js';
import { mscPool, mscTherapy } from './msc.js';
import { osteoblastLineage } from './osteoblasts.js';
import { osteoclastLineage } from './osteoclasts.js';
import { endogenousPth } from './pth.js';
import { ranklOpg } from './rankl.js';
import { OSTEOSIM_DRUG_MODULES } from './regimens.js';
import { tgfBeta } from './tgf-beta.js';
import { wntSclerostin } from './wnt.js';

/**
 * The integrated osteosim model: the Jörg 2022 core with an MSC pool and marrow fat, explicit RANKL/RANK/OPG binding,
 * Wnt feedback, a resorption → formation coupling delay, four skeletal sites from trabecular and cortical envelopes with secondary mineralization and mechanistic drug modules
 * (design and calibration: research/integrated-prototype, v2), plus the named TGF-β coupling signal and three patient
 * conditions that are neutral at their defaults: mechanical loading, endogenous PTH with calcium and vitamin D
 * status, and glucocorticoids. Time t is in days from the young steady state at age a_young; cells and bone are
 * nondimensional, so compare outputs as ratios or % change.
 */
/** The modules of the integrated model, in composition order. */
export const OSTEOSIM_MODULES: readonly ModuleDef[] = [
  hormones,
  calciumVitaminD,
  mscPool,
  mscTherapy,
  osteoblastLineage,
  osteoclastLineage,
  ranklOpg,
  estrogenInflammation,
  wntSclerostin,
  boneMatrix,
  boneSites,
  turnoverMarkers,
  // The drug modules, as the route table of regimens.ts names them (a new drug's module is added there).
  ...OSTEOSIM_DRUG_MODULES,
  // The named TGF-β signal and the patient conditions come last. Each condition scales core quantities by factors that
  // are exactly 1 at its default (habitual loading, replete calcium and vitamin D, no glucocorticoids).
  tgfBeta,
  mechanicalLoading,
  endogenousPth,
  glucocorticoids,
];

/** The compiled integrated model (compiled once; parameters change without recompiling). */
export const osteosimModel: CompiledModel = compileModel(composeModel('osteosim', OSTEOSIM_MODULES));

/** States whose young steady state has a closed form, with the derived quantity that gives it (the Newton guess). */
const CLOSED_FORM_GUESS: Readonly<Record<string, string>> = {
  pB: 'pB_young',
  B: 'B_young',
  Y: 'Y_young',
  pC: 'pC_young',
  C: 'C_young',
  C_d: 'C_young',
  s: 's_young',
  m_tb: 'm_tb_young',
  m_ct: 'm_ct_young',
};

/**
 * The young steady state (age a_young, e = 1, aging index 0, no drugs) for a parameter vector, solved by the
 * engine with bone densities held at 1 (they have no steady state) and the mineral fractions free (they settle at
 * c0). The Newton guess is the closed form of Jörg §3.1 for the cells and the declared initial values elsewhere.
 */
export function youngSteadyState(p: Float64Array = osteosimModel.defaultParameters()): Float64Array {
  const guess = osteosimModel.initialState(p);
  const derived = new Float64Array(osteosimModel.derivedNames.length);
  osteosimModel.derivedValues(0, guess, p, derived);
  for (const [state, quantity] of Object.entries(CLOSED_FORM_GUESS)) {
    guess[osteosimModel.stateIndex(state)] = derived[osteosimModel.derivedNames.indexOf(quantity)]!;
  }
  guess[osteosimModel.stateIndex('rho_b')] = 1;
  guess[osteosimModel.stateIndex('rho_tb')] = 1;
  guess[osteosimModel.stateIndex('rho_ct')] = 1;
  const ss = steadyState(osteosimModel, p, guess, { t: 0, tolerance: 1e-13, hold: ['rho_b', 'rho_tb', 'rho_ct'] });
  if (!(ss.residual < 1e-12)) {
    throw new SolverError(`young steady state not reached (relative residual ${ss.residual.toExponential(2)})`, {
      time: 0,
      state: undefined,
      suggestion: 'Check the parameter overrides: the young state must have e = 1 and no drugs.',
    });
  }
  return ss.y;
}
