/**
 * The shape of a validation target: the research file's row (verbatim text), the protocol's needs, and the published
 * values as typed numbers. The measure of a value selects its comparison rule (rules.ts).
 */

export type Section = 'A' | 'B' | 'C' | 'D' | 'E' | 'M';

/** V: read in the cited source; UNVERIFIED: recalled or partial (a soft target). */
export type TargetStatus = 'V' | 'UNVERIFIED';

/** The labels of validation-protocols.md §0.9, plus the other requirements its "needs" column names. */
export type NeedLabel =
  | 'BMD-mean'
  | 'BTM'
  | 'needs fracture model'
  | 'needs virtual population'
  | 'qualitative'
  | 'site not modeled'
  | 'rodent profile'
  | 'safety model'
  | 'out of scope'
  | 'FN→TH proxy'
  | 'soft target'
  | 'MSC PK module'
  | 'PK check'
  | 'needs mortality'
  | 'design';

/** What a published number measures; it selects the comparison rule (rules.ts). */
export type Measure =
  /** BMD % change from baseline within one arm. */
  | 'bmd-change'
  /** BMD difference between arms, percentage points (drug minus placebo). */
  | 'bmd-difference'
  /** Annualized BMD change, %/y, over a window of `windowYears`. */
  | 'bmd-rate'
  /** Absolute BMD or BMD change, g/cm². */
  | 'bmd-absolute'
  /** Turnover-marker % change. */
  | 'marker-change'
  /** Cumulative incidence, % of people with the event. */
  | 'incidence'
  /** Share of people in a class (not an event), %. */
  | 'proportion'
  /** Relative risk, hazard ratio, odds ratio or relative hazard. */
  | 'risk-ratio'
  /** Change in risk vs the comparator, % (a relative risk reduction of 68% is -68). */
  | 'risk-change'
  /** Risk difference, percentage points. */
  | 'risk-difference'
  /** Events per person-years. */
  | 'event-rate'
  /** A count of events or people (with `n` as denominator where given). */
  | 'count'
  /** A dimensionless ratio of two quantities (e.g. "2.5×"). */
  | 'ratio'
  /** A level with a between-person SD (e.g. marrow fat fraction of a group). */
  | 'level'
  /** A time, in years, relative to a reference event (e.g. the final menstrual period). */
  | 'timing'
  /** Anything else (half-life, doses, thresholds, effect sizes). */
  | 'other';

export type Unit =
  | '%'
  | 'pp'
  | '%/y'
  | '%/y per SD'
  | 'g/cm²'
  | 'ratio'
  | 'RR'
  | 'HR'
  | 'OR'
  | 'RH'
  | 'SMD'
  | 'y'
  | 'mo'
  | 'd'
  | 'h'
  | 'min'
  | 'per 100 PY'
  | 'per 10,000 PY'
  | 'per 100,000 PY'
  | 'per 1000 per y'
  | 'n'
  | 'cells'
  | 'cells/kg'
  | 'µm'
  | 'µg/kg/d'
  | 'T-score'
  | 'nM BCE/mM Cr'
  | 'nM BCE/mM Cr per y'
  | 'r';

/** Skeletal site of a BMD value. FN is compared with the model's total hip (protocol 0.7, "FN→TH proxy"). */
export type BmdSite = 'LS' | 'TH' | 'FN' | 'radius';

/** WHO densitometric group (C1), for the marrow-fat targets. */
export type BmdGroup = 'young' | 'normal' | 'osteopenia' | 'osteoporosis';

export type TimePoint =
  /** Months from baseline (the first dose, or the start of follow-up). */
  | { readonly kind: 'months'; readonly months: number }
  /** Years from baseline. */
  | { readonly kind: 'years'; readonly years: number }
  /** A window relative to the final menstrual period (FMP), in years (a point when from = to). */
  | { readonly kind: 'fmp'; readonly fromYears: number; readonly toYears: number }
  /** An age, in years. */
  | { readonly kind: 'age'; readonly years: number };

export interface ValueBase {
  /** Unique within the target; scenarios refer to values by key. */
  readonly key: string;
  /** What the number is, in words (arm, site, time). */
  readonly label: string;
  readonly time?: TimePoint;
  readonly site?: BmdSite;
  readonly arm?: string;
  readonly group?: BmdGroup;
  /** Where this value's status differs from the row's. */
  readonly status?: TargetStatus;
  /** 'context' values describe the study (sizes, doses) and are not compared. */
  readonly role?: 'context';
  /** How a value that is not written as a number in the text follows from it. */
  readonly derived?: string;
  readonly note?: string;
}

export interface NumericValue extends ValueBase {
  readonly kind: 'numeric';
  readonly measure: Measure;
  readonly value: number;
  readonly unit: Unit;
  /** Published 95% confidence interval. */
  readonly ci?: readonly [number, number];
  /** Published between-person SD. */
  readonly sd?: number;
  /** Number of events (e.g. "0.58% (4)"). */
  readonly events?: number;
  /** Denominator (people), where a count is given as events/n. */
  readonly n?: number;
  /** "about", "≈", "roughly" in the text. */
  readonly approx?: true;
  /** "<1%": the published value is an upper bound; ">": a lower bound. */
  readonly bound?: 'below' | 'above';
  /** Length of the window a rate (bmd-rate) is annualized over, years. */
  readonly windowYears?: number;
}

export interface RangeValue extends ValueBase {
  readonly kind: 'range';
  readonly measure: Measure;
  readonly low: number;
  readonly high: number;
  readonly unit: Unit;
  readonly approx?: true;
}

export interface QualitativeValue extends ValueBase {
  readonly kind: 'qualitative';
  /** The published finding, paraphrased from the value text. */
  readonly statement: string;
  /** Expected sign of the simulated effect ('none': |effect| <= within). */
  readonly direction?: 'increase' | 'decrease' | 'none';
  /** Order of magnitude of the effect, where the text gives one (compared within a factor of 10). */
  readonly magnitude?: number;
  /** Largest |effect| that still counts as "no change" (direction 'none'), in `unit`. */
  readonly within?: number;
  readonly unit?: Unit;
}

export type PublishedValue = NumericValue | RangeValue | QualitativeValue;

/** One row of the research file, verbatim. */
export interface TargetRow {
  readonly id: string;
  readonly section: Section;
  /** B-1 … B-4 (the drug class heading). */
  readonly subsection?: string;
  readonly quantity: string;
  /** The "value (CI/SD)" column. */
  readonly valueText: string;
  readonly timeText?: string;
  /** "population / model" column. */
  readonly population: string;
  /** "intervention", "dose" or "cells / route / dose" column. */
  readonly intervention?: string;
  readonly citation: string;
  /** V if the row's numbers (or its main ones) were read in the source; values say where they differ. */
  readonly status: TargetStatus;
  /** The status column as written. */
  readonly statusText: string;
  /** Labels of the protocol's "needs" column. */
  readonly needs: readonly NeedLabel[];
  /** The protocol's "needs" column as written (absent where the protocols file has no row). */
  readonly needsText?: string;
  /** The protocols file's "Status changes" remark on this target, if any. */
  readonly statusChange?: string;
}

export interface Target extends TargetRow {
  readonly values: readonly PublishedValue[];
}

/**
 * One target as its section module writes it: everything about it in one record (the row, the protocol's needs and
 * status change, the published values). The section (and subsection) come from its group.
 */
export interface TargetRecord extends Omit<TargetRow, 'section' | 'subsection'> {
  readonly values: readonly PublishedValue[];
  /**
   * Values that the protocols file ("Status changes", validation-protocols.md) confirms from the abstracts it read:
   * value key → the confirmed number. They count as verified; restating the number makes a transcription slip fail at
   * load time.
   */
  readonly confirmed?: Readonly<Record<string, number>>;
}

/** The targets under one heading of the research file, in file order. */
export interface TargetGroup {
  readonly section: Section;
  /** B-1 … B-4 (the drug class heading). */
  readonly subsection?: string;
  readonly targets: readonly TargetRecord[];
}
