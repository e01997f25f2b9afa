import { InputError } from './input-error.js';
import { SPECIES_FACTS, type Species } from './species.js';
import { DAYS_PER_CALENDAR_YEAR } from './time.js';

/**
 * Limits on the work a scenario or study plans, checked before anything is simulated, so that bad input fails at
 * once with the field, the limit and why, instead of hanging or running for hours. Each limit is far beyond what a
 * real study asks for (a trial lasts years, has a handful of arms and regimens, and doses at most daily); each is a
 * bound on memory or time, not on biology. Documented for study files in examples/README.md.
 */
export const LIMITS = {
  /** Model time: 200 years is more than a human life; at it a study runs in seconds. */
  maxDurationDays: {
    value: 200 * 365,
    why: 'more than a lifetime (200 years of model time); a longer run only adds solver time, never a result',
  },
  /** A study shorter than a day asks about times below the model's dosing resolution. */
  minDurationDays: { value: 1, why: "the model's time unit is a day (doses, outputs, markers); a shorter study has no output grid to speak of" },
  /** Output step: one hour, the fastest drug kinetics (teriparatide, plasma half-life about 1 h). */
  minOutputEveryDays: { value: 1 / 24, why: 'outputs closer than an hour resolve nothing the model has (its fastest process, teriparatide in plasma, has a half-life of about an hour)' },
  /** Output days of one arm. */
  maxOutputDays: { value: 100_000, why: 'every output day is stored for every output of every arm' },
  /** Output days summed over the arms: 10^6 points of every output. */
  maxOutputPoints: { value: 1_000_000, why: 'every output day is stored for every output of every arm (10^6 points is about 100 MB of results)' },
  /** Arms of one study. */
  maxArms: { value: 100, why: 'each arm is a full simulation; real studies compare a few arms (a sweep belongs in a trial or a script)' },
  /** Regimens of one arm. */
  maxRegimensPerArm: { value: 100, why: 'each regimen is checked and dosed on its own; real treatment sequences have a few regimens' },
  /** Doses of one regimen, after clipping to the study: daily for 200 years is 73,000. */
  maxDosesPerRegimen: { value: 100_000, why: 'each dose is a solver restart; daily doses for 200 years are 73,000' },
  /** Time between doses: one hour (the model's dose events are resolved by the solver one at a time). */
  minIntervalDays: { value: 1 / 24, why: 'each dose is a solver restart; doses closer than an hour are a continuous rate (give a dose per day)' },
} as const;

/** One limit a planned scenario exceeds: the contract field (`regimens[2].count`, `days`, `patient.ageYears`) and why. */
export interface LimitIssue {
  readonly field: string;
  readonly message: string;
}

/** What the limits read of a scenario: its patient, its regimens' timing and its output days. */
export interface PlannedScenario {
  readonly patient: { readonly species: Species; readonly ageYears: number };
  readonly regimens?: readonly { readonly start: number; readonly interval?: number; readonly count?: number; readonly continuous?: boolean }[];
  readonly days: readonly number[];
}

const num = (v: number): string => (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v));
const daysText = (d: number): string => `${num(d)} d${Math.abs(d) >= 730 ? ` (${num(d / 365)} years)` : ''}`;

/** Oldest age a scenario may reach (at its last output day) for a species (model/species.ts). */
export function maxAgeYears(species: Species): number | undefined {
  return Object.hasOwn(SPECIES_FACTS, species) ? SPECIES_FACTS[species].maxAgeYears : undefined;
}

/** The study-level limits on a duration and an output step (days), before the output grid is built. */
export function gridIssues(durationDays: number, outputEveryDays: number, arms = 1): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const { maxDurationDays, minDurationDays, minOutputEveryDays, maxOutputDays, maxOutputPoints } = LIMITS;
  if (!(durationDays <= maxDurationDays.value)) {
    issues.push({ field: 'duration', message: `${daysText(durationDays)} is longer than the limit of ${daysText(maxDurationDays.value)}: ${maxDurationDays.why}` });
  } else if (!(durationDays >= minDurationDays.value)) {
    issues.push({ field: 'duration', message: `${daysText(durationDays)} is shorter than the limit of ${daysText(minDurationDays.value)}: ${minDurationDays.why}` });
  }
  if (!(outputEveryDays >= minOutputEveryDays.value)) {
    issues.push({ field: 'outputEvery', message: `${daysText(outputEveryDays)} is shorter than the limit of 1 hour (${num(minOutputEveryDays.value)} d): ${minOutputEveryDays.why}` });
  }
  if (issues.length > 0) return issues;
  const points = Math.floor(durationDays / outputEveryDays + 1e-9) + 1;
  if (points > maxOutputDays.value) {
    issues.push({ field: 'outputEvery', message: `gives ${points} output days over ${daysText(durationDays)}; the limit is ${maxOutputDays.value}: ${maxOutputDays.why}` });
  } else if (points * arms > maxOutputPoints.value) {
    issues.push({ field: 'arms', message: `${arms} arms of ${points} output days are ${points * arms} output points; the limit is ${maxOutputPoints.value}: ${maxOutputPoints.why}` });
  }
  return issues;
}

/** The limit on the number of arms. */
export function armIssues(arms: number): LimitIssue[] {
  const { maxArms } = LIMITS;
  return arms > maxArms.value ? [{ field: 'arms', message: `has ${arms} arms; the limit is ${maxArms.value}: ${maxArms.why}` }] : [];
}

/**
 * Every limit one scenario exceeds: its regimens (how many, doses each, time between doses), its output days and the
 * age at its end against the species profile's maximum age. Fields are the contract's.
 */
export function plannedWorkIssues(scenario: PlannedScenario): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const { maxRegimensPerArm, maxDosesPerRegimen, minIntervalDays, maxOutputDays } = LIMITS;
  const regimens = scenario.regimens ?? [];
  if (regimens.length > maxRegimensPerArm.value) {
    issues.push({ field: 'regimens', message: `has ${regimens.length} regimens; the limit is ${maxRegimensPerArm.value}: ${maxRegimensPerArm.why}` });
  } else {
    regimens.forEach((r, k) => {
      if (r.interval !== undefined && !r.continuous && !(r.interval >= minIntervalDays.value)) {
        issues.push({ field: `regimens[${k}].interval`, message: `${daysText(r.interval)} between doses is shorter than the limit of 1 hour: ${minIntervalDays.why}` });
      } else if (r.count !== undefined && !(r.count <= maxDosesPerRegimen.value)) {
        issues.push({ field: `regimens[${k}].count`, message: `${r.count} doses; the limit is ${maxDosesPerRegimen.value}: ${maxDosesPerRegimen.why}` });
      }
    });
  }
  if (scenario.days.length > maxOutputDays.value) {
    issues.push({ field: 'days', message: `${scenario.days.length} output days; the limit is ${maxOutputDays.value}: ${maxOutputDays.why}` });
  }
  const last = scenario.days[scenario.days.length - 1] ?? 0;
  const oldest = maxAgeYears(scenario.patient.species);
  const endAge = scenario.patient.ageYears + last / DAYS_PER_CALENDAR_YEAR;
  if (oldest !== undefined && scenario.patient.ageYears > oldest) {
    issues.push({
      field: 'patient.ageYears',
      message: `must be at most ${oldest} years for the ${scenario.patient.species} profile, got ${num(scenario.patient.ageYears)}`,
    });
  } else if (oldest !== undefined && endAge > oldest + 1e-9) {
    issues.push({
      field: 'days',
      message:
        `the ${scenario.patient.species} would be ${num(endAge)} years old at the end (${num(scenario.patient.ageYears)} + ${daysText(last)}); ` +
        `the ${scenario.patient.species} profile is valid up to ${oldest} years: shorten the study or start younger`,
    });
  }
  return issues;
}

/** Throws an InputError (code 'limit') naming the field of the first limit the scenario exceeds (`plannedWorkIssues`). */
export function checkPlannedWork(scenario: PlannedScenario): void {
  const [first] = plannedWorkIssues(scenario);
  if (first) throw new InputError({ field: first.field, code: 'limit', detail: first.message });
}
