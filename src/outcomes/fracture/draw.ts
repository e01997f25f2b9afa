import { ModelError } from '../../engine/errors.js';
import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';
import type { PatientProfile } from '../../patients/index.js';
import { componentHazards, type FractureOptions, type FractureTrajectory } from './hazard.js';
import { timeYears } from './probability.js';
import { COMPOSITE_PARTS, FRACTURE_COMPONENTS, FRACTURE_COMPOSITES, type FractureSite } from './sites.js';

/** First event day per site (days on the trajectory's clock), and the day of death; absent = no event by the end. */
export type FractureDraw = { readonly [S in FractureSite | 'death']?: number };

/**
 * Draws one patient's events from her hazards: for death and each component (in the order death,
 * FRACTURE_COMPONENTS), one uniform U from `rand`, the event at the day the cumulative hazard reaches −ln(1 − U)
 * (hazards constant over each interval at the mean of its ends, as in `cumulativeIncidence`). A fracture on or after
 * the day of death does not happen; a composite's day is the earliest of its components. Sites are drawn
 * independently (so a clinical vertebral fracture need not coincide with a morphometric one). Exactly 7 uniforms are
 * used per call, so a seeded stream gives the same events whatever else changes.
 *
 * `days`: days of the trajectory points (default: the trajectory's `days`, else (age − age[0]) · 365.25).
 */
export function drawFractures(profile: PatientProfile, trajectory: FractureTrajectory, rand: () => number, options?: FractureOptions): FractureDraw;
export function drawFractures(
  profile: PatientProfile,
  trajectory: FractureTrajectory,
  days: ArrayLike<number>,
  rand: () => number,
  options?: FractureOptions,
): FractureDraw;
export function drawFractures(
  profile: PatientProfile,
  trajectory: FractureTrajectory,
  a: ArrayLike<number> | (() => number),
  b?: (() => number) | FractureOptions,
  c?: FractureOptions,
): FractureDraw {
  const days = typeof a === 'function' ? undefined : a;
  const rand = typeof a === 'function' ? a : (b as () => number);
  const options = typeof a === 'function' ? (b as FractureOptions | undefined) : c;
  if (typeof rand !== 'function') throw new ModelError('rand: a function returning uniform numbers in [0, 1) is required', { field: 'rand' });
  const h = componentHazards(profile, trajectory, options);
  const t = timeYears(trajectory, h.n, days);
  const start = days?.[0] ?? trajectory.days?.[0] ?? 0;
  const uniform = (): number => {
    const u = rand();
    if (!(u >= 0 && u < 1)) throw new ModelError(`rand: must return numbers in [0, 1), got ${String(u)}`, { field: 'rand' });
    return u;
  };
  const out: Record<string, number> = {};
  const death = firstDay(h.death, t, -Math.log(1 - uniform()));
  if (death !== undefined) out.death = start + death * DAYS_PER_CALENDAR_YEAR;
  FRACTURE_COMPONENTS.forEach((site, i) => {
    const y = firstDay(h.components[i]!, t, -Math.log(1 - uniform()));
    if (y !== undefined && (death === undefined || y < death)) out[site] = start + y * DAYS_PER_CALENDAR_YEAR;
  });
  for (const s of FRACTURE_COMPOSITES) {
    let best: number | undefined;
    for (const p of COMPOSITE_PARTS[s]) {
      const d = out[p];
      if (d !== undefined && (best === undefined || d < best)) best = d;
    }
    if (best !== undefined) out[s] = best;
  }
  return out as FractureDraw;
}

/** Time (years from the start) at which the cumulative hazard reaches `e`, or undefined if it does not by the end. */
function firstDay(h: Float64Array, t: Float64Array, e: number): number | undefined {
  let cum = 0;
  for (let k = 0; k + 1 < t.length; k++) {
    const dt = t[k + 1]! - t[k]!;
    if (!(dt > 0)) continue;
    const a = 0.5 * (h[k]! + h[k + 1]!);
    const next = cum + a * dt;
    if (next >= e && a > 0) return t[k]! + (e - cum) / a;
    cum = next;
  }
  return undefined;
}
