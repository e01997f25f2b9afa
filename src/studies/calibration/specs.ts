import { models } from '../../model/index.js';
import type { BoneModel } from '../../model/index.js';
import type { CalibrationSpec } from './calibrate.js';

/** The tabled value of a parameter of the model, to start a fit from. */
function tabled(model: BoneModel, name: string): number {
  if (model.name !== 'osteosim') throw new Error(`calibration specs are written for the osteosim model, not '${model.name}'`);
  const m = model.compiled;
  return m.defaultParameters()[m.parameterIndex(name)]!;
}

/**
 * Natural-history calibration of the integrated model (issue 3): the estrogen-deficit strength of RANKL, the SWAN
 * timeline alignment, the calcium + vitamin D effect against SWAN, Michigan, FREEDOM
 * placebo and WHI. Sigmas follow the prototype's calibration (research/integrated-prototype/v1/integrated-model.md
 * §5) where the target is the same, and the validation rule's tolerance otherwise.
 */
export function naturalHistorySpec(model: BoneModel = models.osteosim!): CalibrationSpec {
  const start = (name: string, lower: number, upper: number, scale: 'linear' | 'log' = 'linear') => ({
    name,
    initial: tabled(model, name),
    lower,
    upper,
    scale,
  });
  return {
    name: 'natural-history',
    description: 'SWAN/Michigan menopausal loss, FREEDOM placebo drift, WHI calcium + vitamin D',
    model,
    parameters: [
      start('beta_Le', 0.05, 5, 'log'),
      start('d_FMP', -1, 5),
      start('beta_CaD', 0, 0.9),
    ],
    targets: [
      { id: 'A2', key: 'fn-total', sigma: 0.5 },
      { id: 'A2', key: 'fn-transmenopause', sigma: 0.5 },
      { id: 'A4', key: 'fn-postmenopause', sigma: 0.3 },
      { id: 'A1', key: 'ls-total', sigma: 0.5 },
      { id: 'A1', key: 'ls-transmenopause', sigma: 0.5 },
      { id: 'A5', key: 'ls-before', sigma: 0.5 },
      { id: 'A5', key: 'ls-after', sigma: 0.66 },
      { id: 'A5', key: 'ls-late', sigma: 0.3 },
      { id: 'A8', key: 'pbo-12', sigma: 0.3 },
      { id: 'A8', key: 'pbo-24', sigma: 0.3 },
      { id: 'A8', key: 'pbo-36', sigma: 0.3 },
      { id: 'B61', key: 'hip-bmd-diff', sigma: 0.4 },
    ],
  };
}

export const CALIBRATION_SPECS: Readonly<Record<string, (model?: BoneModel) => CalibrationSpec>> = {
  'natural-history': naturalHistorySpec,
};
