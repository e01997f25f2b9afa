import { didYouMean, type ComposedModel } from '../../engine/index.js';
import { inputError } from '../../model/index.js';

/**
 * The parameter space of an analysis: one range per parameter, and the map from the unit cube to it.
 *
 * Default ranges: the parameter's value ×/÷ `factor` (default 2), sampled uniformly in log p so that the value is the
 * range's geometric centre, cut to the parameter's declared bounds (min, max of its row; the engine's defaults are
 * 0 and +∞). Declared bounds are admissibility limits (a fraction in [1e-6, 1], a probability below 1), not
 * plausibility ranges: sampling them whole would put most samples of, say, pi0 = 0.041 in [1e-6, 0.999999] at more
 * than ten times its value, so they cut the default range instead of replacing it. `source: 'bounds'` takes the
 * declared bounds themselves where both are declared and finite (uniform in p). A range given by the caller
 * (`ranges`) is uniform in p unless it says `scale: 'log'`.
 */

export type RangeScale = 'linear' | 'log';

export interface RangeSpec {
  readonly lo: number;
  readonly hi: number;
  readonly scale?: RangeScale;
}

export interface ParameterRange {
  readonly name: string;
  /** The model's value (with the scenario's override, if any). */
  readonly value: number;
  readonly unit: string;
  readonly lo: number;
  readonly hi: number;
  readonly scale: RangeScale;
  /** Where the range comes from: the value ×/÷ factor (cut to the bounds), the declared bounds, or the caller. */
  readonly origin: 'factor' | 'bounds' | 'given';
}

export interface SpaceOptions {
  /** The default range's factor: value ×/÷ factor (default 2; must be > 1). */
  readonly factor?: number;
  /** 'factor' (default) or 'bounds' (the declared bounds where both are finite, else the factor). */
  readonly source?: 'factor' | 'bounds';
  /** Ranges by parameter name, over the defaults. */
  readonly ranges?: Readonly<Record<string, RangeSpec>>;
}

export const DEFAULT_RANGE_FACTOR = 2;

/**
 * Checks parameter names against a composed model (InputError on `parameters[k]`, with a did-you-mean) and builds
 * their ranges. `values` gives values that differ from the model's (the scenario's overrides).
 */
export function parameterSpace(composed: ComposedModel, names: readonly string[], values: Readonly<Record<string, number>> = {}, options: SpaceOptions = {}): ParameterRange[] {
  if (names.length === 0) inputError('parameters', 'required', 'name at least one parameter');
  const factor = options.factor ?? DEFAULT_RANGE_FACTOR;
  if (!Number.isFinite(factor) || factor <= 1) inputError('factor', 'range', `must be a number > 1, got ${String(factor)}`, { given: factor, allowed: '> 1' });
  const known = [...composed.parameters.keys()];
  const seen = new Set<string>();
  names.forEach((name, k) => {
    if (!composed.parameters.has(name)) {
      inputError(`parameters[${k}]`, 'unknown', `model '${composed.name}' has no parameter '${name}'${didYouMean(name, known)}`, { given: name });
    }
    if (seen.has(name)) inputError(`parameters[${k}]`, 'conflict', `parameter '${name}' is named twice`, { given: name });
    seen.add(name);
  });
  for (const name of Object.keys(options.ranges ?? {})) {
    if (!seen.has(name)) inputError(`ranges.${name}`, 'unknown', `is not one of the parameters analysed (${names.join(', ')})`, { given: name });
  }
  return names.map((name) => {
    const { def } = composed.parameters.get(name)!;
    const value = values[name] ?? def.value;
    const min = def.min ?? 0;
    const max = def.max ?? Infinity;
    const given = options.ranges?.[name];
    if (given) return checkedRange({ name, value, unit: def.unit, lo: given.lo, hi: given.hi, scale: given.scale ?? 'linear', origin: 'given' }, min, max);
    if (options.source === 'bounds' && def.min !== undefined && def.max !== undefined && Number.isFinite(def.max) && Number.isFinite(def.min)) {
      return checkedRange({ name, value, unit: def.unit, lo: def.min, hi: def.max, scale: 'linear', origin: 'bounds' }, min, max);
    }
    if (value === 0) inputError(`ranges.${name}`, 'required', `'${name}' is 0, so value ×/÷ ${factor} is no range: give one (e.g. ${name}=0:1)`, { given: value });
    const a = value > 0 ? value / factor : value * factor;
    const b = value > 0 ? value * factor : value / factor;
    const lo = Math.max(a, min);
    const hi = Math.min(b, max);
    // A log scale needs one sign; a cut at a bound of 0 keeps it positive, so only a range across 0 falls back.
    const scale: RangeScale = lo > 0 || hi < 0 ? 'log' : 'linear';
    return checkedRange({ name, value, unit: def.unit, lo, hi, scale, origin: 'factor' }, min, max);
  });
}

function checkedRange(r: ParameterRange, min: number, max: number): ParameterRange {
  const field = `ranges.${r.name}`;
  if (!Number.isFinite(r.lo) || !Number.isFinite(r.hi) || !(r.lo < r.hi)) {
    inputError(field, 'range', `needs finite bounds lo < hi, got ${r.lo}:${r.hi}`, { given: `${r.lo}:${r.hi}` });
  }
  if (r.lo < min || r.hi > max) {
    inputError(field, 'range', `${r.lo}:${r.hi} leaves the parameter's declared bounds [${min}, ${max}]`, { given: `${r.lo}:${r.hi}`, allowed: `[${min}, ${max}]` });
  }
  if (r.scale === 'log' && !(r.lo > 0 || r.hi < 0)) inputError(field, 'range', `a log scale needs a range of one sign, got ${r.lo}:${r.hi}`, { given: `${r.lo}:${r.hi}` });
  return r;
}

/** The parameter value at unit-cube coordinate u ∈ [0, 1] of its range. */
export function fromUnit(range: ParameterRange, u: number): number {
  if (range.scale === 'linear') return range.lo + u * (range.hi - range.lo);
  const sign = range.lo > 0 ? 1 : -1;
  const a = Math.log(sign * range.lo);
  const b = Math.log(sign * range.hi);
  const v = sign * Math.exp(a + u * (b - a));
  // exp(log(x)) may miss the bounds by an ulp; stay inside them.
  return Math.min(range.hi, Math.max(range.lo, v));
}

/** Unit-cube points → parameter values, one Float64Array per point (parameters in range order). */
export function toParameterValues(ranges: readonly ParameterRange[], points: readonly Float64Array[]): Float64Array[] {
  return points.map((u) => Float64Array.from(ranges, (r, i) => fromUnit(r, u[i]!)));
}
