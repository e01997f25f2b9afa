/**
 * The HTML report: one self-contained file with Plotly inlined (works offline, makes no network requests) showing
 * each study's arms over time (BMD per site, turnover markers, cells and marrow fat, RANKL/OPG, sclerostin, PTH,
 * TGF-β), a summary table of end points, fracture risk and safety, a methods note with validation counts, every
 * parameter with its citation (filterable), and the disclaimer. Every piece of text is escaped.
 *
 * Usage: `writeFileSync(out, renderReport({ title, studies: [{ name, arms: [{ name, model, result }] }] }))`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderPage } from './report/render.js';
import type { RenderOptions, ReportInput } from './report/types.js';

export type {
  ParameterRow,
  ParameterTable,
  PassCounts,
  RenderOptions,
  ReportArm,
  ReportInput,
  ReportStudy,
  SafetyRow,
  ValidationSummary,
} from './report/types.js';
export { evidenceCounts, parameterTable, PARAMETER_MODELS } from './report/parameters.js';
export { DAYS_PER_YEAR, dayIndexAt, END_POINTS, endPoints, PANELS, panelSeries } from './report/series.js';
export type { EndPointId, EndPointValue, PanelScale, PanelSpec } from './report/series.js';
export { describeRegimens } from './report/regimens.js';
export { MODEL_NOTES, REPORT_DISCLAIMER } from './report/methods.js';
export { esc as escapeHtml, formatSigned } from './report/html.js';
export { renderTrialReport } from './report/trial.js';

let plotlyCache: string | undefined;

/** The minified Plotly bundle from node_modules/plotly.js-dist-min, read once. */
export function plotlySource(): string {
  if (plotlyCache === undefined) {
    const path = createRequire(import.meta.url).resolve('plotly.js-dist-min/plotly.min.js');
    plotlyCache = readFileSync(path, 'utf8');
  }
  return plotlyCache;
}

/** The report as one HTML document (about 5 MB, almost all of it Plotly). */
export function renderReport(input: ReportInput, options: RenderOptions = {}): string {
  return renderPage(input, options.plotlySource ?? plotlySource());
}
