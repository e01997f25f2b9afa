import type { ParameterDef } from '../../engine/index.js';
import type { ExposureTerm, SignalTerm } from '../bone-model.js';
import { row } from '../parameter-row.js';
import type { ExposureName, SignalName } from '../scenario.js';

/**
 * Pathway experiments on osteosim (issue 15): the review's Fig. 1 signals and the model term each multiplies. Each
 * signal has one factor parameter, exactly 1 by default, declared in the module that owns the term (the row comes from
 * `experimentKnob` below); a perturbation `{ signal, change: −50 %, from, for }` sets it to 1 + change from `from` to
 * `from + for` (parameter-change events, model/timed-events.ts). At 1 every term is unchanged bit for bit (x · 1 = x),
 * so every result without perturbations is the same as without the knobs.
 *
 * | signal        | factor        | multiplies                                                  | module          |
 * |---------------|---------------|-------------------------------------------------------------|-----------------|
 * | Wnt/β-catenin | fx_wnt        | Wnt-pathway sensitivity: effective antagonist s_eff ÷ factor | wnt.ts          |
 * | sclerostin    | fx_sclerostin | sclerostin secretion per osteocyte                           | wnt.ts          |
 * | BMP-2         | fx_bmp2       | osteogenic commitment drive of MSCs, f_ob                    | msc.ts          |
 * | TGF-β         | fx_tgfb       | active TGF-β per resorption (coupling to formation, OC apoptosis) | osteoclasts.ts |
 * | PPAR-γ        | fx_pparg      | adipogenic commitment drive of MSCs, f_ad                    | msc.ts          |
 * | RANKL         | fx_rankl      | RANKL production                                             | rankl.ts        |
 * | OPG           | fx_opg        | OPG production                                               | rankl.ts        |
 * | estrogen      | fx_estrogen   | endogenous estrogen level (bone estrogen stays ≤ premenopausal) | hormones.ts  |
 * | PTH           | fx_pth        | endogenous PTH level (continuous: catabolic through RANKL)  | pth.ts          |
 */
export const OSTEOSIM_SIGNALS: Readonly<Record<SignalName, SignalTerm>> = {
  wnt: {
    parameter: 'fx_wnt',
    acts: 'Wnt-pathway sensitivity of the osteoblast lineage: the effective antagonist s_eff is divided by the factor',
    note: 'a change of +100 % halves the antagonism seen by pre-osteoblast differentiation, bone formation and the Wnt readout W (before the antagonist feedback K_w responds, W rises by about 65 % from the young state); the factor must stay above 0',
  },
  sclerostin: {
    parameter: 'fx_sclerostin',
    acts: 'sclerostin secretion per osteocyte',
    note: 'free sclerostin follows within weeks (degradation half-life 14 days): −50 % halves its level at steady state',
  },
  bmp2: { parameter: 'fx_bmp2', acts: 'osteogenic commitment drive of the MSC pool (f_ob)', note: 'extra commitment also drains the MSC niche (s_ob)' },
  tgfBeta: {
    parameter: 'fx_tgfb',
    acts: 'active TGF-β released per unit resorption: the delayed coupling signal that recruits formation and the resorption signal of osteoclast apoptosis',
  },
  pparGamma: { parameter: 'fx_pparg', acts: 'adipogenic commitment drive of the MSC pool (f_ad)', note: 'competes with osteogenic commitment for the MSC niche (s_ad)' },
  rankl: { parameter: 'fx_rankl', acts: 'RANKL production by the osteoblast lineage and osteocytes' },
  opg: { parameter: 'fx_opg', acts: 'OPG production by osteoblasts' },
  estrogen: {
    parameter: 'fx_estrogen',
    acts: 'endogenous estrogen level',
    note: 'estrogen in bone is capped at the premenopausal level (estrogen_bone ≤ 1), so a rise acts only once estrogen has declined',
  },
  pth: {
    parameter: 'fx_pth',
    acts: 'endogenous PTH level (continuous, so catabolic through RANKL production)',
    note: 'intermittent PTH is a drug regimen (teriparatide, abaloparatide), not this signal',
  },
};

/** The timed exposures of osteosim and their parameters (the patient conditions of EXPOSURE_PARAMETERS). */
export const OSTEOSIM_EXPOSURES: Readonly<Record<ExposureName, ExposureTerm>> = {
  loading: { parameter: 'loading', unit: '(relative to habitual)' },
  glucocorticoid: { parameter: 'glucocorticoid', unit: 'mg/day prednisolone equivalent' },
  vitaminD: { parameter: 'vitamin_D', unit: 'ng/mL 25(OH)D' },
  calciumIntake: { parameter: 'calcium_intake', unit: 'mg/day' },
};

/** The row of a signal's factor parameter: 1, dimensionless, defined, from 0 (complete block; `min` otherwise) to 10. */
export function experimentKnob(meaning: string, min = 0): ParameterDef {
  return row({
    value: 1,
    unit: '1',
    meaning: `pathway-experiment factor on ${meaning} (1 = unperturbed)`,
    evidence: 'defined',
    source: 'defined: experiment knob (a perturbation sets it; signals.ts)',
    min,
    max: 10,
  });
}
