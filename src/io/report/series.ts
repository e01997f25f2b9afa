import { percentChange, type OutputName, type ScenarioResult } from '../../model/scenario.js';
import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';

/**
 * Which outputs the report plots and how, and the end points of its summary table. Percent changes are relative
 * to an arm's first output day (day 0 in the usual scenario), as in `percentChange`.
 */

/** Calendar year for the x axes and end points. */
export const DAYS_PER_YEAR = DAYS_PER_CALENDAR_YEAR;

/** How a panel shows an output: % change from the first output, the value itself, or a fraction as a percentage. */
export type PanelScale = 'percentChange' | 'value' | 'percent';

export type PanelGroup = 'bmd' | 'markers' | 'cells' | 'signals' | 'drugs';

export const PANEL_GROUPS: Readonly<Record<PanelGroup, string>> = {
  bmd: 'Bone mineral density',
  markers: 'Bone turnover markers',
  cells: 'Cells and marrow fat',
  signals: 'Signals: RANKL/OPG, sclerostin, PTH, TGF-β',
  drugs: 'Drug levels',
};

export interface PanelSpec {
  readonly output: OutputName;
  readonly group: PanelGroup;
  readonly title: string;
  readonly scale: PanelScale;
  /** Axis title (unit). */
  readonly axis: string;
  /** Leave the panel out when every arm's series is zero (e.g. a drug no arm receives). */
  readonly hideWhenZero?: boolean;
}

const PCT = '% change from start';

export const PANELS: readonly PanelSpec[] = [
  { output: 'bmdTotalHip', group: 'bmd', title: 'Total hip BMD', scale: 'percentChange', axis: PCT },
  { output: 'bmdLumbarSpine', group: 'bmd', title: 'Lumbar spine BMD', scale: 'percentChange', axis: PCT },
  { output: 'ctx', group: 'markers', title: 'CTX (resorption marker)', scale: 'percentChange', axis: PCT },
  { output: 'p1np', group: 'markers', title: 'P1NP (formation marker)', scale: 'percentChange', axis: PCT },
  { output: 'osteoclasts', group: 'cells', title: 'Active osteoclasts', scale: 'percentChange', axis: PCT },
  { output: 'osteoblasts', group: 'cells', title: 'Active osteoblasts', scale: 'percentChange', axis: PCT },
  { output: 'mscPool', group: 'cells', title: 'MSC pool', scale: 'value', axis: 'relative to young adult' },
  { output: 'marrowFatFraction', group: 'cells', title: 'Marrow fat fraction', scale: 'percent', axis: '% of marrow volume' },
  { output: 'ranklOpgRatio', group: 'signals', title: 'RANKL/OPG ratio', scale: 'value', axis: 'relative to young adult' },
  { output: 'sclerostin', group: 'signals', title: 'Sclerostin', scale: 'percentChange', axis: PCT },
  { output: 'pth', group: 'signals', title: 'PTH (endogenous)', scale: 'value', axis: 'relative to replete status' },
  { output: 'tgfBeta', group: 'signals', title: 'TGF-β (matrix-released)', scale: 'value', axis: 'relative to young adult' },
  { output: 'denosumabLevel', group: 'drugs', title: 'Denosumab', scale: 'value', axis: 'osteosim: serum ng/mL; jorg2022: exposure (× EC50)', hideWhenZero: true },
  { output: 'romosozumabLevel', group: 'drugs', title: 'Romosozumab', scale: 'value', axis: 'osteosim: serum nM; jorg2022: exposure (× EC50)', hideWhenZero: true },
  { output: 'bisphosphonateLevel', group: 'drugs', title: 'Bisphosphonate', scale: 'value', axis: 'osteosim: mg on bone surfaces; jorg2022: exposure (× EC50)', hideWhenZero: true },
  { output: 'teriparatideLevel', group: 'drugs', title: 'Teriparatide', scale: 'value', axis: 'osteosim: plasma pg/mL; jorg2022: × EC50', hideWhenZero: true },
];

/**
 * An output of a result transformed for a panel, or undefined when the model has no such output (absent, all NaN,
 * or a percent change from a baseline that is not a finite non-zero number).
 */
export function panelSeries(result: ScenarioResult, spec: PanelSpec): Float64Array | undefined {
  const series = result.outputs[spec.output];
  if (!series || series.length === 0 || !series.some(Number.isFinite)) return undefined;
  switch (spec.scale) {
    case 'percentChange': {
      const base = series[0]!;
      return Number.isFinite(base) && base !== 0 ? percentChange(series) : undefined;
    }
    case 'value':
      return series;
    case 'percent':
      return series.map((v) => 100 * v);
    default: {
      const never: never = spec.scale;
      throw new Error(`unknown panel scale ${String(never)}`);
    }
  }
}

/** End points of the summary table: % change from the first output at a number of years. */
export const END_POINTS = [
  { id: 'hip1y', output: 'bmdTotalHip', years: 1 },
  { id: 'hip2y', output: 'bmdTotalHip', years: 2 },
  { id: 'hip3y', output: 'bmdTotalHip', years: 3 },
  { id: 'hip5y', output: 'bmdTotalHip', years: 5 },
  { id: 'spine1y', output: 'bmdLumbarSpine', years: 1 },
  { id: 'spine2y', output: 'bmdLumbarSpine', years: 2 },
  { id: 'spine3y', output: 'bmdLumbarSpine', years: 3 },
  { id: 'spine5y', output: 'bmdLumbarSpine', years: 5 },
  { id: 'ctx1y', output: 'ctx', years: 1 },
  { id: 'p1np1y', output: 'p1np', years: 1 },
] as const satisfies readonly { id: string; output: OutputName; years: number }[];

export type EndPointId = (typeof END_POINTS)[number]['id'];

export const END_POINT_GROUPS: readonly { readonly title: string; readonly output: OutputName }[] = [
  { title: 'Total hip BMD, % change', output: 'bmdTotalHip' },
  { title: 'Lumbar spine BMD, % change', output: 'bmdLumbarSpine' },
  { title: 'CTX, % change', output: 'ctx' },
  { title: 'P1NP, % change', output: 'p1np' },
];

export interface EndPointValue {
  /** The output day used. */
  readonly day: number;
  readonly percentChange: number;
}

/**
 * The index of the output day at `years` from the start: the nearest day within 2 % of that time (at least 7 days,
 * so 360 or 365 count as one year), or -1.
 */
export function dayIndexAt(days: ArrayLike<number>, years: number): number {
  const target = years * DAYS_PER_YEAR;
  const tolerance = Math.max(7, 0.02 * target);
  let best = -1;
  for (let k = 1; k < days.length; k++) {
    const off = Math.abs(days[k]! - target);
    if (off <= tolerance && (best < 0 || off < Math.abs(days[best]! - target))) best = k;
  }
  return best;
}

/** The summary end points of one result (undefined where the output or the time point is missing). */
export function endPoints(result: ScenarioResult): Readonly<Record<EndPointId, EndPointValue | undefined>> {
  const out = {} as Record<EndPointId, EndPointValue | undefined>;
  for (const ep of END_POINTS) {
    const series = panelSeries(result, { output: ep.output, group: 'bmd', title: '', scale: 'percentChange', axis: '' });
    const k = dayIndexAt(result.days, ep.years);
    const value = series && k >= 0 ? series[k]! : NaN;
    out[ep.id] = Number.isFinite(value) ? { day: result.days[k]!, percentChange: value } : undefined;
  }
  return out;
}
