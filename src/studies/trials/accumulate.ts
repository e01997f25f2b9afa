import { addValue, emptyMoments, mergeMoments, type Moments } from './stats.js';
import { FRACTURE_ENDPOINTS, TRIAL_SITES, type FractureEndpoint, type TrialSite } from './spec.js';

/** One simulated patient, as the trial records it (and writes it out when per-patient output is asked for). */
export interface PatientOutcome {
  readonly index: number;
  readonly arm: number;
  readonly ageYears: number;
  readonly hipTScore: number;
  readonly spineTScore: number;
  readonly prevalentVertebralFracture: boolean;
  /** Prevalent vertebral fractures at baseline (0, 1, 2, 3 = three or more). */
  readonly prevalentVertebralCount: number;
  /** BMD % change from baseline at each visit, per site. */
  readonly bmdPct: Readonly<Record<TrialSite, readonly number[]>>;
  /** Day of the first event of each endpoint during the trial (drawn from the hazard), or null. */
  readonly firstEventDay: Readonly<Record<FractureEndpoint, number | null>>;
  /** Probability of each endpoint by the end of the trial (competing death), from the hazard. */
  readonly probability: Readonly<Record<FractureEndpoint, number>>;
  /** The same with strength from BMD alone (no remodeling-space term): what the drug's BMD change is worth. */
  readonly probabilityStrengthOnly: Readonly<Record<FractureEndpoint, number>>;
  readonly died: boolean;
  /** New morphometric vertebral fractures drawn with recurrence and imminent risk (drawFractureEvents). */
  readonly newVertebralFractures: number;
  /** Expected fractures (every one counted) and person-years alive in each of the spec's rate windows. */
  readonly windows: readonly WindowOutcome[];
}

export interface WindowOutcome {
  readonly events: Readonly<Record<FractureEndpoint, number>>;
  readonly personYears: number;
}

/** Prevalent vertebral fracture groups: 0, 1, 2, 3 or more. */
export const VF_COUNT_GROUPS = 4;

/** Streaming summary of one arm: constant size whatever the number of patients. */
export interface ArmAccumulator {
  n: number;
  bmd: Record<TrialSite, Moments[]>;
  events: Record<FractureEndpoint, number>;
  expected: Record<FractureEndpoint, number>;
  expectedStrengthOnly: Record<FractureEndpoint, number>;
  deaths: number;
  prevalentVf: number;
  age: Moments;
  hipT: Moments;
  spineT: Moments;
  /** By prevalent vertebral fracture count (0, 1, 2, ≥3): patients and summed end-of-trial probabilities. */
  byVfCount: { n: number[]; expected: Record<FractureEndpoint, number[]> };
  windows: { events: Record<FractureEndpoint, number>; personYears: number }[];
  /** Drawn new morphometric vertebral fractures: total, and patients with two or more. */
  vertebralEvents: number;
  multipleVertebral: number;
}

const byEndpoint = <T>(f: () => T): Record<FractureEndpoint, T> => Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, f()])) as Record<FractureEndpoint, T>;

export function emptyArm(visits: number, windows = 0): ArmAccumulator {
  return {
    n: 0,
    bmd: Object.fromEntries(TRIAL_SITES.map((s) => [s, Array.from({ length: visits }, emptyMoments)])) as Record<TrialSite, Moments[]>,
    events: byEndpoint(() => 0),
    expected: byEndpoint(() => 0),
    expectedStrengthOnly: byEndpoint(() => 0),
    deaths: 0,
    prevalentVf: 0,
    age: emptyMoments(),
    hipT: emptyMoments(),
    spineT: emptyMoments(),
    byVfCount: { n: new Array<number>(VF_COUNT_GROUPS).fill(0), expected: byEndpoint(() => new Array<number>(VF_COUNT_GROUPS).fill(0)) },
    windows: Array.from({ length: windows }, () => ({ events: byEndpoint(() => 0), personYears: 0 })),
    vertebralEvents: 0,
    multipleVertebral: 0,
  };
}

export function addPatient(acc: ArmAccumulator, p: PatientOutcome): void {
  acc.n++;
  for (const s of TRIAL_SITES) p.bmdPct[s].forEach((v, k) => addValue(acc.bmd[s][k]!, v));
  for (const e of FRACTURE_ENDPOINTS) {
    if (p.firstEventDay[e] !== null) acc.events[e]++;
    acc.expected[e] += p.probability[e];
    acc.expectedStrengthOnly[e] += p.probabilityStrengthOnly[e];
  }
  if (p.died) acc.deaths++;
  if (p.prevalentVertebralFracture) acc.prevalentVf++;
  addValue(acc.age, p.ageYears);
  addValue(acc.hipT, p.hipTScore);
  addValue(acc.spineT, p.spineTScore);
  const g = Math.min(VF_COUNT_GROUPS - 1, p.prevalentVertebralCount);
  acc.byVfCount.n[g]!++;
  for (const e of FRACTURE_ENDPOINTS) acc.byVfCount.expected[e][g]! += p.probability[e];
  acc.vertebralEvents += p.newVertebralFractures;
  if (p.newVertebralFractures >= 2) acc.multipleVertebral++;
  p.windows.forEach((w, k) => {
    const a = acc.windows[k]!;
    for (const e of FRACTURE_ENDPOINTS) a.events[e] += w.events[e];
    a.personYears += w.personYears;
  });
}

/** a then b (the order matters only for floating-point round-off; the runner always merges in chunk order). */
export function mergeArms(a: ArmAccumulator, b: ArmAccumulator): ArmAccumulator {
  return {
    n: a.n + b.n,
    bmd: Object.fromEntries(TRIAL_SITES.map((s) => [s, a.bmd[s].map((m, k) => mergeMoments(m, b.bmd[s][k]!))])) as Record<TrialSite, Moments[]>,
    events: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, a.events[e] + b.events[e]])) as Record<FractureEndpoint, number>,
    expected: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, a.expected[e] + b.expected[e]])) as Record<FractureEndpoint, number>,
    expectedStrengthOnly: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, a.expectedStrengthOnly[e] + b.expectedStrengthOnly[e]])) as Record<FractureEndpoint, number>,
    deaths: a.deaths + b.deaths,
    prevalentVf: a.prevalentVf + b.prevalentVf,
    age: mergeMoments(a.age, b.age),
    hipT: mergeMoments(a.hipT, b.hipT),
    spineT: mergeMoments(a.spineT, b.spineT),
    byVfCount: {
      n: a.byVfCount.n.map((x, g) => x + b.byVfCount.n[g]!),
      expected: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, a.byVfCount.expected[e].map((x, g) => x + b.byVfCount.expected[e][g]!)])) as Record<FractureEndpoint, number[]>,
    },
    windows: a.windows.map((w, k) => ({
      events: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, w.events[e] + b.windows[k]!.events[e]])) as Record<FractureEndpoint, number>,
      personYears: w.personYears + b.windows[k]!.personYears,
    })),
    vertebralEvents: a.vertebralEvents + b.vertebralEvents,
    multipleVertebral: a.multipleVertebral + b.multipleVertebral,
  };
}
