import { inputError } from '../../model/index.js';

/**
 * Normalized (logarithmic) local sensitivity coefficients c = ∂ ln y / ∂ ln p, by central differences in ln p.
 *
 * The engine integrates the model only (no forward sensitivity equations), so the derivative comes from runs at
 * p·e^{+h} and p·e^{−h}: c ≈ (ln y₊ − ln y₋) / 2h when y₋, y and y₊ have one sign, else (y₊ − y₋) / (2h·y). The
 * step h = 0.01 (a 1 % change of p) balances the two errors of the difference: its truncation error, of order
 * h²/6 times the third log-derivative (about 2·10⁻⁵ of c for smooth responses, and none at all for a power law,
 * which is linear in ln p), and the solver's error divided by h: the runs use the model's single-run tolerances
 * (osteosim: rtol 1e-8), whose error of about 1e-8 relative becomes ~1e-6 in c, while the optimal step
 * (3ε)^{1/3} ≈ 3·10⁻³ would gain little and a coarser step would miss curvature. A step that would leave the
 * parameter's declared bounds becomes one-sided there (first order: error of order h).
 */

export const DEFAULT_LOCAL_STEP = 0.01;

export interface LocalPlan {
  readonly method: 'local';
  readonly step: number;
  /** Per parameter: whether each side's run exists ('central', or one-sided 'forward' / 'backward'). */
  readonly difference: readonly ('central' | 'forward' | 'backward')[];
  /** Parameter sets in evaluation order: the nominal set, then per parameter the + run and the − run (absent sides skipped). */
  readonly sets: readonly Float64Array[];
  /** Per parameter: index of its + and − sets in `sets` (the nominal set, 0, for a missing side). */
  readonly plus: readonly number[];
  readonly minus: readonly number[];
}

/** The runs of a local analysis around `values` (one value per parameter) within their bounds. */
export function localPlan(names: readonly string[], values: readonly number[], bounds: readonly { min: number; max: number }[], step = DEFAULT_LOCAL_STEP): LocalPlan {
  if (!(step > 0 && step < 1)) inputError('step', 'range', `must be a relative step in (0, 1), got ${String(step)}`, { given: step });
  const nominal = Float64Array.from(values);
  const sets: Float64Array[] = [nominal];
  const plus: number[] = [];
  const minus: number[] = [];
  const difference: ('central' | 'forward' | 'backward')[] = [];
  names.forEach((name, i) => {
    const p = values[i]!;
    if (p === 0 || !Number.isFinite(p)) inputError(`parameters[${i}]`, 'range', `'${name}' is ${p}: a logarithmic coefficient needs a non-zero value`, { given: name });
    const up = p * Math.exp(step);
    const down = p * Math.exp(-step);
    const { min, max } = bounds[i]!;
    const inside = (v: number): boolean => v >= min && v <= max;
    const hasUp = inside(up);
    const hasDown = inside(down);
    if (!hasUp && !hasDown) inputError(`parameters[${i}]`, 'range', `'${name}' = ${p} cannot move by ${step} in ln p inside its bounds [${min}, ${max}]`, { given: name });
    difference.push(hasUp && hasDown ? 'central' : hasUp ? 'forward' : 'backward');
    const at = (v: number): number => {
      const s = nominal.slice();
      s[i] = v;
      sets.push(s);
      return sets.length - 1;
    };
    plus.push(hasUp ? at(up) : 0);
    minus.push(hasDown ? at(down) : 0);
  });
  return { method: 'local', step, difference, sets, plus, minus };
}

/** ∂ ln y / ∂ ln p from y at p·e^{h₊} and p·e^{−h₋} (h₊, h₋ ∈ {0, h}) and y at p; null where y = 0 or not finite. */
export function logCoefficient(yMinus: number, y: number, yPlus: number, hMinus: number, hPlus: number): number | null {
  if (!Number.isFinite(yMinus) || !Number.isFinite(y) || !Number.isFinite(yPlus) || y === 0) return null;
  const span = hMinus + hPlus;
  const oneSign = Math.sign(yMinus) === Math.sign(y) && Math.sign(yPlus) === Math.sign(y);
  return oneSign ? (Math.log(Math.abs(yPlus)) - Math.log(Math.abs(yMinus))) / span : (yPlus - yMinus) / (span * y);
}

/** ∂y / ∂ ln p, the unnormalized companion (in the output's unit per relative change of p); null where not finite. */
export function logDerivative(yMinus: number, yPlus: number, hMinus: number, hPlus: number): number | null {
  const d = (yPlus - yMinus) / (hMinus + hPlus);
  return Number.isFinite(d) ? d : null;
}
