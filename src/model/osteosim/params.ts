import type { Provenance } from '../parameter-row.js';

/**
 * Provenance of osteosim's parameter rows (`row` in ../parameter-row.ts): the long citations once each, the rule that
 * turns a Jörg 2022 origin code into an evidence kind, and the validation target ids values were fitted to.
 *
 * Sources follow the prototype's spec tables (research/integrated-prototype: v1/integrated-model.md §4, changes.md,
 * model.py PARAM_TABLE, fitted_params.json). Values are those of model.py, which produced results.md.
 */

/** Jörg 2022 origin codes (Appendix 3—table 4). */
export type JorgOrigin = 'Cal.' | 'Est.' | 'Lit.' | 'Fit' | '=';

const JORG = 'Jörg et al. 2022, eLife 11:e76228, Appendix 3—table 4 (code precision)';
const JORG_CALIBRATION_DATA = 'Jörg 2022 calibration data sets (Appendix 3—table 2)';

/**
 * Provenance of a Jörg 2022 core parameter kept at its calibrated value: `row({ value, unit, meaning, ...jorg('Cal.') })`.
 * Cal. (CMA-ES calibration) and Fit (independent fit; `detail` names the data) are fitted; Est. is an estimate
 * (assumed); Lit. is a literature value (measured); '=' is set equal to another parameter (defined).
 */
export function jorg(origin: JorgOrigin, detail?: string): Provenance {
  const source = `${JORG}, origin ${origin}${detail ? ` (${detail})` : ''}`;
  switch (origin) {
    case 'Cal.':
    case 'Fit':
      return { evidence: 'fitted', source, fittedTo: [origin === 'Fit' && detail ? detail : JORG_CALIBRATION_DATA] };
    case 'Lit.':
      return { evidence: 'measured', source };
    case 'Est.':
      return { evidence: 'assumed', source };
    case '=':
      return { evidence: 'defined', source };
  }
}

/** Source of a value fitted by the v2 prototype calibration (calibrate.py); `detail` names the stage. */
export const prototypeCalibration = (detail: string): string => `osteosim prototype v2 calibration (calibrate.py): ${detail}`;

/** Source of a value fitted in osteosim itself (not by the prototype); `detail` names the procedure. */
export const osteosimCalibration = (detail: string): string => `osteosim calibration: ${detail}`;

/** Target ids (research/validation-targets.md) and the marrow-fat targets of research/msc.md §1a. */
export const TARGETS = {
  swanLoss: 'A2',
  swanTiming: 'A3',
  swanRate: 'A4',
  lossShape: 'A5',
  freedomPlacebo: 'A8',
  freedomDenosumab: 'B3',
  denosumabStop: 'B16',
  fitAlendronate: 'B23',
  frameRomosozumab: 'B47',
  whiCalciumVitD: 'B61',
  mff40: 'msc.md §1a MFF at 40 y (Baum 2018)',
  mff70: 'msc.md §1a MFF at 70 y, normal BMD (Yeung 2005, Tang 2010)',
  mffOp70: 'msc.md §1a MFF at 70 y, osteoporosis (Yeung 2005, Tang 2010)',
  bmdOp70: 'BMD/BMD25 = 0.70 at 70 y for T = -2.5 (SD 12 % of the young mean, assumed)',
  softFrame: 'soft, not a validation id: FRAME romosozumab marker pattern (values assumed)',
  softAlendronateCtx: 'soft, not a validation id: Jörg 2022 calibrated alendronate CTX response (-73 % at 12 mo)',
  softCouplingDelay: 'soft, not a validation id: resorption-to-formation delay prior 90 ± 30 d (assumed)',
} as const;

export const LN2 = Math.log(2);
