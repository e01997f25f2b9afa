import type { ParameterDef } from '../../engine/index.js';

/**
 * Helpers that turn one row of a parameter table into a `ParameterDef`, so every module's table reads as data:
 * value, unit, meaning, where the value comes from and how it is known.
 *
 * Sources follow the prototype's spec tables (research/integrated-prototype: v1/integrated-model.md §4, changes.md,
 * model.py PARAM_TABLE, fitted_params.json). Values are those of model.py, which produced results.md.
 */

/** Bounds and notes a row may carry. */
export interface RowExtras {
  readonly min?: number;
  readonly max?: number;
  readonly note?: string;
}

const extras = (x: RowExtras = {}): Partial<ParameterDef> => ({
  ...(x.min === undefined ? {} : { min: x.min }),
  ...(x.max === undefined ? {} : { max: x.max }),
  ...(x.note === undefined ? {} : { note: x.note }),
});

/** Jörg 2022 origin codes (Appendix 3—table 4). */
export type JorgOrigin = 'Cal.' | 'Est.' | 'Lit.' | 'Fit' | '=';

const JORG = 'Jörg et al. 2022, eLife 11:e76228, Appendix 3—table 4 (code precision)';

/**
 * A parameter of the Jörg 2022 core, kept at its calibrated value. Cal. (CMA-ES calibration) and Fit (independent
 * fit) are fitted; Est. is an estimate (assumed); Lit. is a literature value (measured); '=' is set equal to
 * another parameter (defined).
 */
export function jorg(value: number, unit: string, meaning: string, origin: JorgOrigin, detail?: string, x?: RowExtras): ParameterDef {
  const evidence = origin === 'Cal.' || origin === 'Fit' ? 'fitted' : origin === 'Lit.' ? 'measured' : origin === 'Est.' ? 'assumed' : 'defined';
  return {
    value,
    unit,
    meaning,
    source: `${JORG}, origin ${origin}${detail ? ` (${detail})` : ''}`,
    evidence,
    ...(evidence === 'fitted' ? { fittedTo: [origin === 'Fit' && detail ? detail : 'Jörg 2022 calibration data sets (Appendix 3—table 2)'] } : {}),
    ...extras(x),
  };
}

/** A value fitted by the v2 prototype calibration (calibrate.py) to the named targets. */
export function fitted(value: number, unit: string, meaning: string, fittedTo: readonly string[], source: string, x?: RowExtras): ParameterDef {
  return { value, unit, meaning, source: `osteosim prototype v2 calibration (calibrate.py): ${source}`, evidence: 'fitted', fittedTo, ...extras(x) };
}

/** A guess. Assumed values are not data. */
export function assumed(value: number, unit: string, meaning: string, source: string, x?: RowExtras): ParameterDef {
  return { value, unit, meaning, source: `assumed: ${source}`, evidence: 'assumed', ...extras(x) };
}

/** A value taken from a publication (literature, label, another model's calibrated value used as data). */
export function measured(value: number, unit: string, meaning: string, source: string, x?: RowExtras): ParameterDef {
  return { value, unit, meaning, source, evidence: 'measured', ...extras(x) };
}

/** A convention, unit factor, switch set by a regimen, or a value derived from another model's steady state. */
export function defined(value: number, unit: string, meaning: string, source: string, x?: RowExtras): ParameterDef {
  return { value, unit, meaning, source, evidence: 'defined', ...extras(x) };
}

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

/** A value fitted in osteosim itself (not by the prototype), to the named targets or data, by the named procedure. */
export function fittedHere(value: number, unit: string, meaning: string, fittedTo: readonly string[], source: string, x?: RowExtras): ParameterDef {
  return { value, unit, meaning, source: `osteosim calibration: ${source}`, evidence: 'fitted', fittedTo, ...extras(x) };
}
