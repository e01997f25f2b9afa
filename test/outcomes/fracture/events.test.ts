import { describe, expect, it } from 'vitest';
import { cumulativeIncidence, drawFractureEvents } from '../../../src/outcomes/fracture/index.js';
import type { PatientProfile } from '../../../src/patients/index.js';
import { randomStream } from '../../../src/studies/trials/rng.js';

const woman: PatientProfile = { sex: 'female', ageYears: 80, priorFractures: { count: 1, vertebral: 1 } };
const years = 5;
const n = years * 12 + 1;
const traj = {
  days: Float64Array.from({ length: n }, (_, k) => (k * 365.25) / 12),
  ageYears: Float64Array.from({ length: n }, () => 80),
  hipTScore: new Float64Array(n).fill(-3.5),
  spineTScore: new Float64Array(n).fill(-3.5),
};

describe('fracture events as events', () => {
  const runs = Array.from({ length: 3000 }, (_, i) => drawFractureEvents(woman, traj, randomStream(7, 'events-test', i).uniform));

  it('the first fracture of a site is at least as likely as without clustering (fractures elsewhere raise it), not much more', () => {
    const p = cumulativeIncidence(woman, traj).hip.at(-1)!;
    const drawn = runs.filter((r) => r.events.some((e) => e.site === 'hip')).length / runs.length;
    expect(drawn).toBeGreaterThan(0.9 * p);
    expect(drawn).toBeLessThan(1.6 * p);
  });

  it('a patient can have several vertebral fractures, and a fracture makes the next one likelier soon after (imminent risk)', () => {
    const morph = runs.map((r) => r.events.filter((e) => e.site === 'morphometricVertebral').length);
    expect(Math.max(...morph)).toBeGreaterThanOrEqual(2);
    // rate of any fracture in the year after a first fracture vs the rate before any fracture
    let after = 0;
    let afterTime = 0;
    let before = 0;
    let beforeTime = 0;
    for (const r of runs) {
      const end = r.deathDay ?? traj.days[n - 1]!;
      const first = r.events[0];
      if (!first) {
        beforeTime += end / 365.25;
        continue;
      }
      before++;
      beforeTime += first.day / 365.25;
      const until = Math.min(end, first.day + 365.25);
      after += r.events.filter((e) => e.day > first.day && e.day <= until).length;
      afterTime += (until - first.day) / 365.25;
    }
    expect(after / afterTime).toBeGreaterThan(1.5 * (before / beforeTime));
  });

  it('stop at death', () => {
    for (const r of runs) if (r.deathDay !== undefined) for (const e of r.events) expect(e.day).toBeLessThan(r.deathDay);
  });
});
