import type { Measure, NumericValue, PublishedValue, QualitativeValue, RangeValue } from './targets.js';

/**
 * Comparison rules: how close a simulated value must be to a published one (issue 3, §3; DESIGN.md, Validation).
 *
 * - BMD % change (and pp differences): within max(1.0 percentage point, 20% of the published change), or inside the
 *   published 95% CI if that is wider. An annualized rate over a window of W years gets the same tolerance spread
 *   over the window: max(1.0/W %/y, 20%).
 * - Turnover-marker % change: within max(10 points, 25% of the published change), or inside the CI if wider.
 * - Incidences, relative risks, hazard ratios (and the other numeric results: rates, counts, ratios): inside the
 *   published 95% CI, or within 25% of the published value where no CI is given.
 * - Group levels with a between-person SD (marrow fat fraction): within 1 SD of the group mean.
 * - Timing relative to an event (onset of menopausal loss): within 1 year (SWAN visits were annual).
 * - Qualitative: by direction, and by order of magnitude (within a factor of 10) where the text gives one.
 * - A published range ("about +50 to +100%"): inside the range, or within the rule's tolerance of its nearer end.
 * - A published bound ("<1%"): on the stated side of it.
 *
 * Every rule returns a status and the tolerance in words, shown beside the target in the report.
 */

export type RuleStatus = 'pass' | 'fail';

export interface RuleResult {
  readonly status: RuleStatus;
  readonly tolerance: string;
}

export type RuleName = 'bmd' | 'marker' | 'risk' | 'level' | 'timing' | 'qualitative';

/** Slack for floating-point round-off at the tolerance boundary (a value exactly on the boundary passes). */
const EPS = 1e-9;

export const BMD_FLOOR_PP = 1.0;
export const BMD_FRACTION = 0.2;
export const MARKER_FLOOR_POINTS = 10;
export const MARKER_FRACTION = 0.25;
export const RISK_FRACTION = 0.25;
export const TIMING_YEARS = 1;
export const ORDER_OF_MAGNITUDE = 10;

/** The rule that applies to a measure. */
export function ruleFor(measure: Measure): Exclude<RuleName, 'qualitative'> {
  switch (measure) {
    case 'bmd-change':
    case 'bmd-difference':
    case 'bmd-rate':
      return 'bmd';
    case 'marker-change':
      return 'marker';
    case 'level':
      return 'level';
    case 'timing':
      return 'timing';
    case 'bmd-absolute':
    case 'incidence':
    case 'proportion':
    case 'risk-ratio':
    case 'risk-change':
    case 'risk-difference':
    case 'event-rate':
    case 'count':
    case 'ratio':
    case 'other':
      return 'risk';
    default: {
      const never: never = measure;
      throw new Error(`no comparison rule for measure '${String(never)}'`);
    }
  }
}

/** Shortest decimal form with at most `digits` decimals (no trailing zeros). */
export function fmt(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  const s = a !== 0 && (a >= 1e5 || a < 1e-3) ? x.toExponential(2) : x.toFixed(digits).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

const inside = (x: number, lo: number, hi: number): boolean => x >= lo - EPS && x <= hi + EPS;
const within = (x: number, target: number, tol: number): boolean => Math.abs(x - target) <= tol + EPS * Math.max(1, Math.abs(target));
const ciText = (ci: readonly [number, number]): string => `95% CI ${fmt(ci[0])} to ${fmt(ci[1])}`;

function result(pass: boolean, tolerance: string): RuleResult {
  return { status: pass ? 'pass' : 'fail', tolerance };
}

/** Tolerance of a rule around one published number (BMD, marker, risk, level, timing). */
function halfWidth(rule: RuleName, published: number, opts: { windowYears?: number; sd?: number }): number {
  switch (rule) {
    case 'bmd':
      return Math.max(BMD_FLOOR_PP / (opts.windowYears ?? 1), BMD_FRACTION * Math.abs(published));
    case 'marker':
      return Math.max(MARKER_FLOOR_POINTS, MARKER_FRACTION * Math.abs(published));
    case 'risk':
      return RISK_FRACTION * Math.abs(published);
    case 'level':
      return opts.sd ?? RISK_FRACTION * Math.abs(published);
    case 'timing':
      return TIMING_YEARS;
    case 'qualitative':
      throw new Error('qualitative targets have no numeric tolerance');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The rules, on plain numbers

/** BMD % change or pp difference; `windowYears` for an annualized rate (the 1.0 pp floor spread over the window). */
export function bmdRule(published: number, simulated: number, opts: { ci?: readonly [number, number]; windowYears?: number } = {}): RuleResult {
  const tol = halfWidth('bmd', published, opts);
  const unit = opts.windowYears === undefined ? 'pp' : '%/y';
  const text = `±${fmt(tol)} ${unit}${opts.ci ? ` or ${ciText(opts.ci)}` : ''}`;
  return result(within(simulated, published, tol) || (opts.ci !== undefined && inside(simulated, opts.ci[0], opts.ci[1])), text);
}

/** Turnover-marker % change. */
export function markerRule(published: number, simulated: number, opts: { ci?: readonly [number, number] } = {}): RuleResult {
  const tol = halfWidth('marker', published, {});
  const text = `±${fmt(tol)} points${opts.ci ? ` or ${ciText(opts.ci)}` : ''}`;
  return result(within(simulated, published, tol) || (opts.ci !== undefined && inside(simulated, opts.ci[0], opts.ci[1])), text);
}

/** Incidences, RR, HR, OR and the other numeric results: inside the CI, else within 25%. */
export function riskRule(published: number, simulated: number, opts: { ci?: readonly [number, number] } = {}): RuleResult {
  if (opts.ci) return result(inside(simulated, opts.ci[0], opts.ci[1]), `in ${ciText(opts.ci)}`);
  const tol = halfWidth('risk', published, {});
  return result(within(simulated, published, tol), `±25% (${fmt(published - tol)} to ${fmt(published + tol)})`);
}

/** A group mean with a between-person SD: within 1 SD (25% where no SD is given). */
export function levelRule(published: number, simulated: number, opts: { sd?: number } = {}): RuleResult {
  if (opts.sd === undefined) return riskRule(published, simulated);
  return result(within(simulated, published, opts.sd), `±1 SD (${fmt(published - opts.sd)} to ${fmt(published + opts.sd)})`);
}

/** A time relative to an event, in years. */
export function timingRule(published: number, simulated: number): RuleResult {
  return result(within(simulated, published, TIMING_YEARS), `±${TIMING_YEARS} y`);
}

/** Direction (sign of the simulated effect) and, where given, order of magnitude. */
export function qualitativeRule(expect: Pick<QualitativeValue, 'direction' | 'magnitude' | 'within' | 'unit'>, simulated: number): RuleResult {
  const { direction, magnitude } = expect;
  if (direction === undefined) throw new Error('a qualitative target needs a direction to be compared');
  if (direction === 'none') {
    if (expect.within === undefined) throw new Error("a qualitative 'none' target needs `within`");
    const unit = expect.unit ? ` ${expect.unit}` : '';
    return result(Math.abs(simulated) <= expect.within + EPS, `no change: |x| ≤ ${fmt(expect.within)}${unit}`);
  }
  const signOk = direction === 'increase' ? simulated > 0 : simulated < 0;
  if (magnitude === undefined) return result(signOk, `direction: ${direction}`);
  const ratio = Math.abs(simulated) / Math.abs(magnitude);
  const orderOk = ratio >= 1 / ORDER_OF_MAGNITUDE - EPS && ratio <= ORDER_OF_MAGNITUDE + EPS;
  return result(signOk && orderOk, `direction: ${direction}; within ×${ORDER_OF_MAGNITUDE} of ${fmt(magnitude)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Dispatch on a published value

function compareNumeric(value: NumericValue, simulated: number): RuleResult {
  if (value.bound) {
    const ok = value.bound === 'below' ? simulated < value.value + EPS : simulated > value.value - EPS;
    return result(ok, `${value.bound === 'below' ? '<' : '>'} ${fmt(value.value)}`);
  }
  const rule = ruleFor(value.measure);
  switch (rule) {
    case 'bmd':
      return bmdRule(value.value, simulated, { ...(value.ci && { ci: value.ci }), ...(value.windowYears !== undefined && value.measure === 'bmd-rate' && { windowYears: value.windowYears }) });
    case 'marker':
      return markerRule(value.value, simulated, value.ci ? { ci: value.ci } : {});
    case 'risk':
      return riskRule(value.value, simulated, value.ci ? { ci: value.ci } : {});
    case 'level':
      return levelRule(value.value, simulated, value.sd === undefined ? {} : { sd: value.sd });
    case 'timing':
      return timingRule(value.value, simulated);
  }
}

function compareRange(value: RangeValue, simulated: number): RuleResult {
  const rule = ruleFor(value.measure);
  const lo = value.low - (rule === 'risk' || rule === 'level' ? RISK_FRACTION * Math.abs(value.low) : halfWidth(rule, value.low, {}));
  const hi = value.high + (rule === 'risk' || rule === 'level' ? RISK_FRACTION * Math.abs(value.high) : halfWidth(rule, value.high, {}));
  const how = rule === 'bmd' ? 'BMD rule' : rule === 'marker' ? 'marker rule' : '25%';
  return result(inside(simulated, lo, hi), `${fmt(lo)} to ${fmt(hi)} (range ± ${how})`);
}

/**
 * Compares a simulated number with a published value under the value's rule. A simulated NaN fails (the model ran
 * but produced no usable number); a missing result is the runner's "pending", never a rule outcome.
 */
export function compare(value: PublishedValue, simulated: number): RuleResult {
  const judged = ((): RuleResult => {
    switch (value.kind) {
      case 'numeric':
        return compareNumeric(value, simulated);
      case 'range':
        return compareRange(value, simulated);
      case 'qualitative':
        return qualitativeRule(value, simulated);
    }
  })();
  return Number.isFinite(simulated) ? judged : { status: 'fail', tolerance: judged.tolerance };
}

/** The tolerance text of a value without a simulated number (for pending rows). */
export function describeTolerance(value: PublishedValue): string {
  if (value.kind === 'qualitative' && value.direction === undefined) return `qualitative: ${value.statement}`;
  return compare(value, value.kind === 'numeric' ? value.value : value.kind === 'range' ? value.low : value.direction === 'decrease' ? -1 : value.direction === 'increase' ? 1 : 0).tolerance;
}

/** The rules in words, for the report's legend. */
export const RULE_LEGEND: readonly string[] = [
  `BMD % change / pp difference: within max(${fmt(BMD_FLOOR_PP)} pp, ${BMD_FRACTION * 100}% of the published change), or inside the published 95% CI if wider; annualized rates over W years: max(${fmt(BMD_FLOOR_PP)}/W %/y, ${BMD_FRACTION * 100}%)`,
  `Turnover-marker % change: within max(${MARKER_FLOOR_POINTS} points, ${MARKER_FRACTION * 100}%), or inside the CI if wider`,
  `Incidence, RR, HR, OR, rates, counts, ratios: inside the published 95% CI, else within ${RISK_FRACTION * 100}%`,
  'Marrow fat fraction by group: within 1 SD of the published group mean',
  `Timing from the FMP: within ${TIMING_YEARS} y`,
  `Qualitative: direction (and within a factor of ${ORDER_OF_MAGNITUDE} where a magnitude is published)`,
  'Ranges: inside the range widened by the rule at each end; bounds: on the stated side',
];
