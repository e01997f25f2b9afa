import { ModelError } from '../../engine/errors.js';
import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';
import type { PatientProfile } from '../../patients/index.js';
import { componentHazards, type FractureOptions, type FractureTrajectory } from './hazard.js';
import { FRACTURE_PARAMETERS as P } from './parameters.js';
import { timeYears } from './probability.js';
import { riskFactorMultipliers } from './risk-factors.js';
import { FRACTURE_COMPONENTS, type FractureComponent } from './sites.js';

/** One drawn fracture: the day (trajectory clock) and the component. */
export interface FractureEvent {
  readonly day: number;
  readonly site: FractureComponent;
}

/**
 * Draws every fracture of one patient, not only the first per site: after each fracture the hazards of all sites
 * are updated for the new history (a vertebral fracture adds to the prevalent count, any fracture makes a prior
 * fracture: risk-factors.ts) and multiplied by the imminent excess
 *
 *   I(Δt) = 1 + (I₁ − 1) · exp(−(Δt − 1 y) / τ),   I₁ = imminentRiskAt1y / imminentRiskAt10y   (Johansson 2017)
 *
 * of the most recent fracture, so fractures cluster after a fracture. Morphometric and clinical vertebral fractures
 * are separate components (a clinical one is not also counted as a morphometric one). Death ends the draws. The
 * number of uniforms used depends on the events (one for death, then one per component and one more after each
 * event); hazards are constant over each interval at the mean of its ends, as in drawFractures.
 */
export function drawFractureEvents(profile: PatientProfile, trajectory: FractureTrajectory, rand: () => number, options?: FractureOptions): { readonly events: readonly FractureEvent[]; readonly deathDay?: number } {
  if (typeof rand !== 'function') throw new ModelError('rand: a function returning uniform numbers in [0, 1) is required', { field: 'rand' });
  const h = componentHazards(profile, trajectory, options);
  const t = timeYears(trajectory, h.n);
  const start = trajectory.days?.[0] ?? 0;
  const uniform = (): number => {
    const u = rand();
    if (!(u >= 0 && u < 1)) throw new ModelError(`rand: must return numbers in [0, 1), got ${String(u)}`, { field: 'rand' });
    return -Math.log(1 - u);
  };
  // death, drawn once from its own hazard
  let death: number | undefined;
  {
    const e = uniform();
    let cum = 0;
    for (let k = 0; k + 1 < h.n && death === undefined; k++) {
      const dt = t[k + 1]! - t[k]!;
      const a = 0.5 * (h.death[k]! + h.death[k + 1]!);
      if (cum + a * dt >= e && a > 0) death = t[k]! + (e - cum) / a;
      cum += a * dt;
    }
  }
  const end = Math.min(t[h.n - 1]!, death ?? Infinity);
  const NC = FRACTURE_COMPONENTS.length;
  const base = riskFactorMultipliers(profile);
  const mult = new Float64Array(NC).fill(1);
  let prior = profile.priorFractures?.count ?? 0;
  let vertebral = profile.priorFractures?.vertebral ?? 0;
  let lastEvent: number | undefined;
  const i1 = P.imminentRiskAt1y.value / P.imminentRiskAt10y.value;
  const tau = P.imminentRiskDecayYears.value;
  const imminent = (at: number): number => (lastEvent === undefined ? 1 : 1 + (i1 - 1) * Math.exp(-(at - lastEvent - 1) / tau));
  // one exponential target per component; each component's cumulative (multiplied) hazard runs toward it
  const target = Float64Array.from({ length: NC }, uniform);
  const cum = new Float64Array(NC);
  const events: FractureEvent[] = [];
  let k = 0;
  let now = t[0]!;
  while (k + 1 < h.n && now < end) {
    const segEnd = Math.min(t[k + 1]!, end);
    const dt = segEnd - now;
    if (!(dt > 0)) {
      k++;
      continue;
    }
    // hazards over [now, segEnd]: interval means, imminent excess read at the start of the step (steps ≤ the grid)
    const im = imminent(now);
    let first = -1;
    let firstDt = Infinity;
    for (let i = 0; i < NC; i++) {
      const a = 0.5 * (h.components[i]![k]! + h.components[i]![k + 1]!) * mult[i]! * im;
      if (a > 0 && cum[i]! + a * dt >= target[i]!) {
        const need = (target[i]! - cum[i]!) / a;
        if (need < firstDt) {
          firstDt = need;
          first = i;
        }
      }
    }
    const step = first >= 0 ? firstDt : dt;
    for (let i = 0; i < NC; i++) cum[i] = cum[i]! + 0.5 * (h.components[i]![k]! + h.components[i]![k + 1]!) * mult[i]! * im * step;
    now += step;
    if (first >= 0) {
      const site = FRACTURE_COMPONENTS[first]!;
      events.push({ day: start + now * DAYS_PER_CALENDAR_YEAR, site });
      prior++;
      if (site === 'morphometricVertebral' || site === 'clinicalVertebral') vertebral++;
      const updated = riskFactorMultipliers({ ...profile, priorFractures: { count: prior, ...(vertebral > 0 ? { vertebral } : {}) } });
      for (let i = 0; i < NC; i++) mult[i] = updated[i]! / base[i]!;
      lastEvent = now;
      cum[first] = 0;
      target[first] = uniform();
    } else if (now >= t[k + 1]! - 1e-12) k++;
  }
  return { events, ...(death !== undefined && death < t[h.n - 1]! ? { deathDay: start + death * DAYS_PER_CALENDAR_YEAR } : {}) };
}
