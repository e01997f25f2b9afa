import { ModelError } from '../../engine/errors.js';
import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';
import type { PatientProfile } from '../../patients/index.js';
import { componentHazards, compositeHazard, type FractureOptions, type FractureTrajectory } from './hazard.js';
import { timeYears } from './probability.js';
import { FRACTURE_SITES, type FractureSite } from './sites.js';

/** Expected fractures (every fracture counted, not only the first) and person-years alive in a window. */
export interface WindowExpectation {
  /** Expected number of fractures per site in the window: ∫ h_s(u) · S_death(u) du. */
  readonly events: { readonly [S in FractureSite]: number };
  /** Expected person-years alive in the window: ∫ S_death(u) du. */
  readonly personYears: number;
}

/**
 * Expected fractures and person-years alive between two days of the trajectory (the window is cut to the trajectory):
 * events are counted with replacement (a patient may fracture again), as exposure-adjusted event rates of trial
 * extensions are, and death censors. Hazards are linear between points, as everywhere in this module; the integral
 * uses the mean of each interval's ends (exact for constant hazards within an interval).
 */
export function expectedInWindow(
  profile: PatientProfile,
  trajectory: FractureTrajectory,
  fromDay: number,
  toDay: number,
  options?: FractureOptions,
): WindowExpectation {
  if (!(toDay > fromDay)) throw new ModelError(`window: toDay (${toDay}) must be after fromDay (${fromDay})`, { field: 'window' });
  const h = componentHazards(profile, trajectory, options);
  const t = timeYears(trajectory, h.n);
  const start = trajectory.days?.[0] ?? 0;
  const a = (fromDay - start) / DAYS_PER_CALENDAR_YEAR;
  const b = (toDay - start) / DAYS_PER_CALENDAR_YEAR;
  // survival from death and the weight of each interval's part inside [a, b]
  const weights = new Float64Array(h.n);
  let s = 1;
  let py = 0;
  const mid = new Float64Array(h.n);
  for (let k = 0; k + 1 < h.n; k++) {
    const dt = t[k + 1]! - t[k]!;
    if (!(dt > 0)) continue;
    const hd = 0.5 * (h.death[k]! + h.death[k + 1]!);
    const lo = Math.max(a, t[k]!);
    const hi = Math.min(b, t[k + 1]!);
    if (hi > lo) {
      // ∫_lo^hi exp(−hd (u − t_k)) du · s
      const w = hd > 0 ? (s * (Math.exp(-hd * (lo - t[k]!)) - Math.exp(-hd * (hi - t[k]!)))) / hd : s * (hi - lo);
      weights[k] = w;
      py += w;
    }
    s *= Math.exp(-hd * dt);
  }
  const events: Record<string, number> = {};
  for (const site of FRACTURE_SITES) {
    compositeHazard(h, site, mid);
    let e = 0;
    for (let k = 0; k + 1 < h.n; k++) if (weights[k]! > 0) e += 0.5 * (mid[k]! + mid[k + 1]!) * weights[k]!;
    events[site] = e;
  }
  return { events: events as WindowExpectation['events'], personYears: py };
}
