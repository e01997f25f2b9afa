/**
 * Times in study files. Two conventions, both from the validation protocols (validation-protocols.md §0.5 and the
 * readout clock of src/studies/validation/scenarios/common.ts):
 *
 * - Time points and spans (`duration`, `outputEvery`, `start`, `for`, `ovariectomyAt`, ages) are exact on a
 *   365-day year: 1 year = 365 d, 1 month = 365/12 d (30.42 d; 12 months = 365 d, 36 months = 1095 d),
 *   1 week = 7 d, 1 day = 1 d.
 * - Dosing intervals (`every`) are whole days as the protocols count them: N months = ⌊N · 365/12⌋ d, so monthly =
 *   30 d, every 3 months = 91 d, every 6 months = 182 d, every 12 months = 365 d; weeks, days and years are exact.
 *
 * A bare number is a number of days.
 */

import { DAYS_PER_PROTOCOL_MONTH, DAYS_PER_PROTOCOL_YEAR } from '../../model/time.js';

/** Study files count on the protocol year and month of src/model/time.ts. */
export const DAYS_PER_YEAR = DAYS_PER_PROTOCOL_YEAR;
export const DAYS_PER_MONTH = DAYS_PER_PROTOCOL_MONTH;

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** A number with a time unit, as written in a study file. */
export interface TimeQuantity {
  readonly value: number;
  readonly unit: TimeUnit;
}

const UNIT_WORDS: Readonly<Record<string, TimeUnit>> = {
  d: 'day',
  day: 'day',
  days: 'day',
  w: 'week',
  wk: 'week',
  week: 'week',
  weeks: 'week',
  mo: 'month',
  month: 'month',
  months: 'month',
  y: 'year',
  yr: 'year',
  year: 'year',
  years: 'year',
};

/** Source of the duration pattern (also in the JSON Schema, so editors check it). Signs are checked after parsing. */
export const DURATION_PATTERN = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*(days?|d|weeks?|wk|w|months?|mo|years?|yr|y)\\s*$';
const DURATION_RE = new RegExp(DURATION_PATTERN);

/** Shorthands for dosing intervals (protocol 0.5). */
export const INTERVAL_SHORTHANDS: Readonly<Record<'daily' | 'weekly' | 'monthly' | 'yearly', number>> = {
  daily: 1,
  weekly: 7,
  monthly: 30,
  yearly: 365,
};

/** "6 months" → { value: 6, unit: 'month' }; undefined when the text is not a duration. */
export function parseTimeQuantity(text: string): TimeQuantity | undefined {
  if (!DURATION_RE.test(text)) return undefined;
  const m = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z]+)\s*$/.exec(text)!;
  return { value: Number(m[1]), unit: UNIT_WORDS[m[2]!]! };
}

const UNIT_DAYS: Readonly<Record<TimeUnit, number>> = { day: 1, week: 7, month: DAYS_PER_MONTH, year: DAYS_PER_YEAR };

/** Days of a time point or span, exact (1 month = 365/12 d): round where days are output or compared. */
export function spanDays(q: TimeQuantity | number): number {
  return typeof q === 'number' ? q : q.value * UNIT_DAYS[q.unit];
}

/** Days of a dosing interval: months are ⌊N · 365/12⌋ whole days (1 → 30, 6 → 182, 12 → 365); other units exact. */
export function intervalDays(q: TimeQuantity | number): number {
  if (typeof q === 'number') return q;
  if (q.unit === 'month') return Math.floor(roundDay(q.value * DAYS_PER_MONTH));
  return roundDay(q.value * UNIT_DAYS[q.unit]);
}

/** Age in years from a number of years or a time quantity ("6 months" = 0.5 y). */
export function ageYears(q: TimeQuantity | number): number {
  if (typeof q === 'number') return q;
  return q.unit === 'month' ? q.value / 12 : (q.value * UNIT_DAYS[q.unit]) / DAYS_PER_YEAR;
}

/** Days rounded to a microday, so days computed two ways (months, years) coincide exactly. */
export const roundDay = (d: number): number => Math.round(d * 1e6) / 1e6;

/** A number of days for messages: "182 d", "1095 d", "30.416667 d". */
export const daysText = (d: number): string => `${Number(d.toFixed(6))} d`;
