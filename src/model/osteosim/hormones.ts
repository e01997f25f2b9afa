import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';
import { jorg, prototypeCalibration, TARGETS } from './params.js';
import { experimentKnob } from './signals.js';
import { DAYS_PER_CALENDAR_YEAR } from '../time.js';

/**
 * Hormones and age: the estrogen law e(age), surgical menopause, the estrogen deficit H(e) that drives RANKL, OPG
 * and marrow-fat commitment, and the aging index sigma(age).
 *
 * Time t is in days from the young steady state at age a_young (25 y for women), so age = a_young + t / 365.25.
 *
 *   e_natural(age) = 1                              age <= a_e                       (Jörg 2022 Eq. 18)
 *                  = 1 / (1 + (age − a_e) / tau_e)   age >  a_e
 *   e_surgical(t)  = e_ovx + (1 − e_ovx) exp(−max(t − t_ovx, 0) / tau_ovx)          (after ovariectomy at t_ovx)
 *   estrogen       = min(e_natural, e_surgical) once ovariectomised, else e_natural
 *   H_e            = 1 − (1 + e_L^n) e^n / (e^n + e_L^n),  n = n_L                  (0 at e = 1, 1 at e = 0)
 *   aging          = max(0, (age − a_young) / a_span)                                 (0 at 25 y, 1 at 75 y)
 *
 * The scenario's menopause age is the age at the final menstrual period (FMP); the estrogen decline starts
 * d_FMP years earlier: a_e = FMP age − d_FMP (the prototype's SWAN alignment, fitted).
 * Ovariectomy is an event: the regimen mapper sets `ovariectomy` to 1 at t_ovx, which also restarts the solver at
 * the kink.
 */
export const hormones: ModuleDef = {
  name: 'hormones',
  parameters: {
    days_per_year: row({
      value: DAYS_PER_CALENDAR_YEAR,
      unit: 'day/year',
      meaning: 'days per year (age = a_young + t / days_per_year)',
      evidence: 'defined',
      source: 'convention of the prototype (model.py YEAR)',
      min: DAYS_PER_CALENDAR_YEAR,
      max: DAYS_PER_CALENDAR_YEAR,
    }),
    a_young: row({
      value: 25,
      unit: 'year',
      meaning: 'age of the young steady state (peak bone mass); t = 0 here',
      evidence: 'assumed',
      source: 'assumed: Jörg 2022 normalises BMD to 25 y (prototype a_young)',
      max: 100,
    }),
    a_span: row({ value: 50, unit: 'year', meaning: 'aging index span: sigma = (age − a_young) / a_span (0 at 25 y, 1 at 75 y)', evidence: 'assumed', source: 'assumed: prototype a_span', min: 1e-3 }),
    a_e: row({
      value: 50,
      unit: 'year',
      meaning: 'age at the onset of the estrogen decline (t_e in the paper)',
      ...jorg('Est.'),
      max: 1000,
      note: 'set from the scenario menopause age: a_e = FMP age − d_FMP; 1000 = no natural decline (rodent profiles)',
    }),
    tau_e: row({ value: 2.6, unit: 'year', meaning: 'time scale of the estrogen decline', ...jorg('Fit', 'estradiol vs age of Sowers et al. 2008'), min: 1e-3 }),
    d_FMP: row({
      value: 1.1772,
      unit: 'year',
      meaning: 'age at the final menstrual period minus a_e (aligns SWAN, timed from the FMP, with e(age))',
      evidence: 'fitted',
      fittedTo: [TARGETS.swanLoss, TARGETS.lossShape],
      source: prototypeCalibration('fitted_params.json d_FMP (a_FMP = 51.1772 y)'),
      max: 5,
    }),
    ovariectomy: row({
      value: 0,
      unit: '1',
      meaning: 'surgical menopause switch: 1 after ovariectomy (set by an event at t_ovx)',
      evidence: 'defined',
      source: 'scenario input (patient.ovariectomyDay)',
      max: 1,
    }),
    t_ovx: row({ value: 0, unit: 'day', meaning: 'time of ovariectomy, days from the young steady state', evidence: 'defined', source: 'scenario input (patient.ovariectomyDay)' }),
    e_ovx: row({
      value: 0.05,
      unit: '1',
      meaning: 'estrogen level after ovariectomy (castrate level, relative to the premenopausal mean)',
      evidence: 'assumed',
      source: 'assumed: postmenopausal/castrate estradiol about 5 % of the premenopausal mean; same order as Jörg e(85 y) = 0.07',
      max: 1,
    }),
    tau_ovx: row({
      value: 1,
      unit: 'day',
      meaning: 'time scale of the estrogen fall after ovariectomy',
      evidence: 'assumed',
      source: 'assumed: estradiol falls to castrate levels within days of bilateral oophorectomy',
      min: 1e-3,
    }),
    e_L: row({
      value: 0.99,
      unit: '1',
      meaning: 'estrogen level of half-maximal response H(e) (RANKL, OPG, fate)',
      evidence: 'fitted',
      fittedTo: [TARGETS.swanLoss, TARGETS.swanRate, TARGETS.lossShape],
      source: prototypeCalibration('fitted at its upper bound 0.99 (fit bounds 0.2–0.99; values above 1 make H nearly linear, 1 − e, as in the neutral check)'),
      min: 1e-3,
    }),
    fx_estrogen: experimentKnob('the endogenous estrogen level'),
    n_L: row({ value: 4, unit: '1', meaning: 'Hill exponent of the estrogen response H(e)', evidence: 'assumed', source: 'assumed: prototype n_L', min: 1e-3 }),
  },
  derived: {
    age: { expr: 'a_young + t / days_per_year', unit: 'year', meaning: 'age' },
    estrogen_natural: { expr: 'piecewise(1, age <= a_e, 1 / (1 + (age - a_e) / tau_e))', unit: '1', meaning: 'natural estrogen law e(age), Jörg Eq. 18' },
    estrogen_surgical: { expr: 'e_ovx + (1 - e_ovx) * exp(-max(t - t_ovx, 0) / tau_ovx)', unit: '1', meaning: 'estrogen after ovariectomy at t_ovx' },
    estrogen: {
      expr: 'piecewise(min(estrogen_natural, estrogen_surgical), ovariectomy > 0.5, estrogen_natural) * fx_estrogen',
      unit: '1',
      meaning: 'estrogen level relative to premenopause, e',
    },
    H_e: {
      expr: '1 - (1 + e_L ^ n_L) * estrogen_bone ^ n_L / (estrogen_bone ^ n_L + e_L ^ n_L)',
      unit: '1',
      meaning: 'estrogen deficit H(e) in bone: 0 young, 1 at e = 0 (e includes estrogen-receptor agonist drugs)',
    },
    aging: { expr: 'max(0, (age - a_young) / a_span)', unit: '1', meaning: 'aging index sigma' },
  },
};

/**
 * Calcium + vitamin D supplementation (prototype change V5): repletion lowers PTH and so pre-osteoclast
 * differentiation, f_C* ∝ (1 − beta_CaD u_CaD). u_CaD is switched by the calciumVitaminD regimen.
 */
export const calciumVitaminD: ModuleDef = {
  name: 'calcium and vitamin D',
  parameters: {
    u_CaD: row({
      value: 0,
      unit: '1',
      meaning: 'calcium + vitamin D supplementation (1 = supplemented), set by the regimen',
      evidence: 'defined',
      source: 'scenario input (calciumVitaminD regimen)',
      max: 1,
    }),
    beta_CaD: row({
      value: 0.282817,
      unit: '1',
      meaning: 'fractional decrease of pre-osteoclast differentiation with Ca + vit-D supplementation',
      evidence: 'fitted',
      fittedTo: [TARGETS.freedomPlacebo, TARGETS.whiCalciumVitD],
      source: prototypeCalibration('A8 placebo arm on Ca/vit D, B61 WHI'),
      max: 1,
    }),
  },
  derived: {
    CaD_factor: { expr: '1 - beta_CaD * u_CaD', unit: '1', meaning: 'factor on pre-osteoclast differentiation from Ca + vit-D supplementation' },
  },
};
