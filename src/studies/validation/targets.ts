/**
 * Validation targets as data: every row of the research file `validation-targets.md` (sections A–E), plus the
 * marrow-fat-fraction targets of `msc.md` §1a (section M, ids MFF-1 and MFF-2), each with the "needs" labels of its
 * protocol in `validation-protocols.md`.
 *
 * Sources (project copies, verbatim, in ./data/):
 * - validation-targets.md: "Validation targets for the bone-remodeling / osteoporosis / MSC simulator", compiled from
 *   public abstracts, full texts and trial registries; the citation of each published value is in its row.
 * - validation-protocols.md: "Simulation protocols for the validation targets": population, arms, compared quantity
 *   and what the model must have (the "needs" column, labels of its §0.9).
 * - msc.md: "MSC parameters for the osteoporosis bone-remodeling simulator", §1a (Yeung 2005, Tang 2010).
 *
 * Each row keeps the text of the research file verbatim (quantity, value, time, population, intervention, citation,
 * status) and adds the published values as typed numbers. Nothing here is a new number: every number of `values`
 * appears in the row's value text (the tests check this), except values marked `derived`, which say how they follow
 * from the text. Qualitative rows are encoded as a direction (and, where given, an order of magnitude).
 */

import { didYouMean } from '../../engine/index.js';

export type Section = 'A' | 'B' | 'C' | 'D' | 'E' | 'M';

export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  A: 'Untreated course (natural history)',
  B: 'Drug interventions',
  C: 'Fracture risk vs BMD, definitions, risk tools',
  D: 'MSC therapy for osteoporosis: preclinical and clinical',
  E: 'MSC pharmacokinetics, safety, cell biology',
  M: 'Marrow fat fraction by BMD group (msc.md §1a)',
};

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

interface ValueBase {
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

// ---------------------------------------------------------------------------------------------------------------
// Value builders (keep the table below readable)

type More = Partial<Omit<NumericValue, 'kind' | 'key' | 'label' | 'measure' | 'value' | 'unit'>>;

function num(key: string, label: string, measure: Measure, value: number, unit: Unit, more: More = {}): NumericValue {
  return { kind: 'numeric', key, label, measure, value, unit, ...more };
}

function range(key: string, label: string, measure: Measure, low: number, high: number, unit: Unit, more: Partial<ValueBase> & { approx?: true } = {}): RangeValue {
  return { kind: 'range', key, label, measure, low, high, unit, ...more };
}

function qual(key: string, label: string, statement: string, more: Partial<Omit<QualitativeValue, 'kind' | 'key' | 'label' | 'statement'>> = {}): QualitativeValue {
  return { kind: 'qualitative', key, label, statement, ...more };
}

const mo = (months: number): TimePoint => ({ kind: 'months', months });
const yr = (years: number): TimePoint => ({ kind: 'years', years });
const fmp = (fromYears: number, toYears: number): TimePoint => ({ kind: 'fmp', fromYears, toYears });
const age = (years: number): TimePoint => ({ kind: 'age', years });
const ctx = { role: 'context' } as const;

// ---------------------------------------------------------------------------------------------------------------
// The rows, verbatim (validation-targets.md sections A–E; needs from validation-protocols.md; M from msc.md §1a)

const ROWS: readonly TargetRow[] = [
  {
    id: 'A1',
    section: 'A',
    quantity: 'Cumulative LS BMD loss',
    valueText: '-10.6% total; -7.38% of it in the transmenopause (FMP-1 y to FMP+2 y)',
    timeText: '10 y (FMP-5 to FMP+5)',
    population: 'SWAN, n=862 (242 AA, 384 white, 117 Chinese, 119 Japanese)',
    intervention: 'none',
    citation: 'Greendale 2012, J Bone Miner Res 27:111-118 (SWAN)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean'],
    needsText: 'BMD-mean. Race mix: the white-only mean is not given, so take the pooled value as the target.',
  },
  {
    id: 'A2',
    section: 'A',
    quantity: 'Cumulative FN BMD loss',
    valueText: '-9.1% total; -5.8% in the transmenopause',
    timeText: '10 y around FMP',
    population: 'SWAN, same cohort',
    intervention: 'none',
    citation: 'Greendale 2012, JBMR (SWAN)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'site not modeled', 'FN→TH proxy'],
    needsText: 'BMD-mean, with the FN→TH proxy (site not modeled; TH loss is not identical to FN loss).',
  },
  {
    id: 'A3',
    section: 'A',
    quantity: 'Onset and offset of loss',
    valueText: 'Loss starts 1 y before FMP and slows (but does not stop) 2 y after FMP; LS and FN behave alike',
    timeText: 'relative to FMP',
    population: 'SWAN',
    intervention: 'none',
    citation: 'Greendale 2012, JBMR',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'qualitative'],
    needsText: 'qualitative (timing; BMD-mean run)',
  },
  {
    id: 'A4',
    section: 'A',
    quantity: 'Annual transmenopausal loss rate',
    valueText: 'LS about -2.5%/y; FN about -1.8%/y (FMP-1 to FMP+2). Postmenopausal (FMP+2 to +5): LS about -1.0%/y, FN about -1.0%/y',
    timeText: 'per year',
    population: 'SWAN',
    intervention: 'none',
    citation: 'Greendale 2012, JBMR (Table 2; recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'FN→TH proxy', 'soft target'],
    needsText: 'BMD-mean (FN via TH proxy). Use as soft targets.',
  },
  {
    id: 'A5',
    section: 'A',
    quantity: 'LS loss rate by time from FMP',
    valueText: '-1.7%/y in the 2 y before FMP; -3.3%/y in the 2 y after FMP; -1.1%/y from 2 to 7 y after FMP',
    timeText: 'annualized',
    population: 'Michigan Bone Health cohort, n=629, 15 annual visits',
    intervention: 'none',
    citation: 'Sowers 2010, J Clin Endocrinol Metab (PMC2869543)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean'],
    needsText: 'BMD-mean.',
  },
  {
    id: 'A8',
    section: 'A',
    quantity: 'Placebo-arm TH BMD drift (osteoporotic women on Ca + vit D)',
    valueText: '0.0% (12 mo), -0.7% (24 mo), -1.4% (36 mo)',
    timeText: '12/24/36 mo',
    population: 'FREEDOM placebo, n≈3906, age 60-90, T-score -2.5 to -4.0',
    intervention: 'Ca ≥1000 mg + vit D ≥400 IU',
    citation: 'FREEDOM; Austin 2012, JBMR 27:687 (PMC3415619, Table 2; author/journal from recall)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean'],
    needsText: 'BMD-mean. Also the comparator for B3.',
  },
  {
    id: 'A9',
    section: 'A',
    quantity: 'Placebo-arm fracture incidence: morphometric VF',
    valueText: '7.2% (FREEDOM, 3 y); 10.9% (310/2844; HORIZON, 3 y); 15.0% (FIT-1, 3 y, prevalent VF); 10.1% (MORE, 3 y); 4.22% (ACTIVE, 18 mo)',
    timeText: 'as stated',
    population: 'placebo arms of the pivotal trials',
    intervention: 'Ca + vit D',
    citation: 'FREEDOM (Cummings 2009, NEJM 361:756, recall); HORIZON AHRQ table; FIT Black 1996; MORE Ettinger 1999; ACTIVE Miller 2016',
    status: 'V',
    statusText: 'V, except FREEDOM 7.2%, which is UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population. Without these: none (a BMD-only model cannot give an incidence).',
  },
  {
    id: 'A10',
    section: 'A',
    quantity: 'Placebo-arm hip fracture incidence',
    valueText: '2.5% (88/3520; HORIZON, 3 y); 1.2% (FREEDOM, 3 y)',
    timeText: '3 y',
    population: 'placebo arms',
    intervention: 'Ca + vit D',
    citation: 'AHRQ NBK43169 Table 14 (HORIZON); Cummings 2009 (FREEDOM, recall)',
    status: 'V',
    statusText: 'HORIZON V; FREEDOM UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'A11',
    section: 'A',
    quantity: 'Off-treatment VF rate after stopping placebo',
    valueText: '8.5 per 100 PY',
    timeText: 'after ≥2 placebo injections',
    population: 'FREEDOM/Extension placebo discontinuers, n=470',
    intervention: 'placebo stopped',
    citation: 'Cummings 2018, JBMR 33:190',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'A12',
    section: 'A',
    quantity: 'FN BMD loss, older men',
    valueText: '-1.72% mean (-0.013 g/cm²) over 4.6 y (≈ -0.37%/y). Loss accelerates with age: at 85 y it is 2.5× the loss at 65 y (0.021 vs 0.008 g/cm²)',
    timeText: '4.6 y',
    population: 'MrOS, n=4720 men ≥65 y',
    intervention: 'none',
    citation: 'Cawthon 2009, JBMR 24:1728 (MrOS)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'FN→TH proxy'],
    needsText: 'BMD-mean, with a male profile and the FN→TH proxy. Absolute g/cm² only if the model has absolute BMD.',
  },
  {
    id: 'A13',
    section: 'A',
    quantity: 'FN BMD loss in men by race',
    valueText: '-0.32%/y white; -0.42%/y African American; -0.09%/y Asian; -0.44%/y Afro-Caribbean',
    timeText: '4.6 y',
    population: 'MrOS + Tobago, ≥65 y (n = 3869 / 138 / 145 / 334)',
    intervention: 'none',
    citation: 'Osteoporos Int 2011 (PMC3106993; first author UNVERIFIED)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'needs virtual population'],
    needsText: 'needs virtual population (race-specific parameters); BMD-mean for white men only.',
  },
  {
    id: 'A14',
    section: 'A',
    quantity: 'Distribution of bone loss in men',
    valueText: '24.3% maintained BMD (+1.48%); 63.2% expected loss (-1.99%); 12.5% accelerated loss (-6.62% ± 2.46)',
    timeText: '4.6 y',
    population: 'MrOS',
    intervention: 'none',
    citation: 'Cawthon 2009, JBMR (PMC2743283, Table 2)',
    status: 'V',
    statusText: 'V',
    needs: ['needs virtual population'],
    needsText: 'needs virtual population.',
  },
  {
    id: 'A15',
    section: 'A',
    quantity: 'Bone resorption marker rise at perimenopause',
    valueText: 'urine NTX +20% in perimenopausal vs premenopausal women; FSH doubled; formation markers unchanged; in postmenopause, turnover markers higher (p<0.0001)',
    timeText: 'cross-sectional',
    population: 'n=281 women aged 45-57',
    intervention: 'none',
    citation: 'Ebeling 1996, JCEM 81:3366',
    status: 'V',
    statusText: 'V',
    needs: ['BTM', 'qualitative'],
    needsText: 'BTM; qualitative (FSH mapping).',
  },
  {
    id: 'A16',
    section: 'A',
    quantity: 'Urine NTX across the menopause transition',
    valueText: '36.8 ± 17.5 → 48.8 ± 22.5 nM BCE/mM Cr (start of MT → early postmenopause; ≈ +33%); median rise 2.9 nM BCE/mM Cr per y',
    timeText: 'FMP-2 to FMP+2 y',
    population: 'SWAN, n=484',
    intervention: 'none',
    citation: 'Shieh 2020, JCEM 105:e1440 (PMC7067542)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'BTM'],
    needsText: 'BTM (BMD-mean run).',
  },
  {
    id: 'A17',
    section: 'A',
    quantity: 'Turnover marker → loss rate',
    valueText: 'Each +1 SD U-NTX → 0.6%/y faster LS and 0.4%/y faster FN loss across the MT',
    timeText: 'MT',
    population: 'SWAN, n=604',
    intervention: 'none',
    citation: 'Shieh 2016, JBMR 31:2057',
    status: 'V',
    statusText: 'V',
    needs: ['needs virtual population', 'qualitative'],
    needsText: 'needs virtual population. Without it: qualitative (higher resorption → faster loss, checkable by varying one parameter).',
  },
  {
    id: 'A18',
    section: 'A',
    quantity: 'Serum CTX / P1NP rise at menopause',
    valueText: 'CTX about +50 to +100% and P1NP about +30 to +50% above premenopausal levels in early postmenopause',
    timeText: 'early PM',
    population: 'OFELY and other cohorts',
    intervention: 'none',
    citation: 'Garnero 1996, JBMR 11:337 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BTM', 'soft target'],
    needsText: 'BTM; soft target.',
  },
  {
    id: 'A19',
    section: 'A',
    quantity: 'Lifetime fracture risk from age 50',
    valueText: 'White women: hip 17.5%, clinical VF 15.6%, distal forearm 16.0%. Men: 6%, 5%, 3%',
    timeText: 'remaining lifetime',
    population: 'North American epidemiology',
    intervention: 'none',
    citation: 'Melton/Cummings, quoted in Curr Osteoporos Rep 2010;8:131 (PMC2902745)',
    status: 'V',
    statusText: 'V (as quoted)',
    needs: ['needs fracture model', 'needs virtual population', 'site not modeled', 'needs mortality'],
    needsText: 'needs fracture model; needs virtual population; needs competing mortality. Forearm: site not modeled.',
  },
  {
    id: 'B1',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'Fracture RRR vs pbo',
    valueText: 'new VF -68%; hip -40%; NV -20%',
    timeText: '36 mo',
    population: 'FREEDOM, n=7808 postmenopausal women aged 60-90, LS or TH T-score < -2.5 and ≥ -4.0',
    intervention: '60 mg q6m',
    citation: 'Cummings 2009, NEJM 361:756 (FREEDOM)',
    status: 'V',
    statusText: 'V (RRRs)',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population. Without them: run B3/B4 (BMD).',
  },
  {
    id: 'B2',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'Fracture incidence',
    valueText: 'new VF 2.3% vs 7.2% pbo; hip 0.7% vs 1.2%; NV 6.5% vs 8.0%',
    timeText: '36 mo',
    population: 'FREEDOM',
    intervention: '60 mg q6m',
    citation: 'Cummings 2009, NEJM',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED (recall)',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'B3',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'TH BMD',
    valueText: 'Dmab +3.2 / +4.4 / +5.0%; pbo 0.0 / -0.7 / -1.4%; difference +3.3 (3.1-3.4) / +5.1 (4.9-5.2) / +6.4 (6.2-6.6) pp',
    timeText: '12/24/36 mo',
    population: 'FREEDOM',
    intervention: '60 mg q6m',
    citation: 'Austin 2012, JBMR 27:687 (PMC3415619, Table 2; author/journal from recall)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean'],
    needsText: 'BMD-mean. This is the primary denosumab BMD target.',
  },
  {
    id: 'B4',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'LS BMD vs pbo',
    valueText: '+9.2 pp (LS); +6.0 pp (TH, primary paper)',
    timeText: '36 mo',
    population: 'FREEDOM',
    intervention: '60 mg q6m',
    citation: 'Cummings 2009, NEJM',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'soft target'],
    needsText: 'BMD-mean (LS). Soft target.',
  },
  {
    id: 'B5',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'New or worsening VF RR by year',
    valueText: '0.39 (0.26-0.58), 0.29 (0.21-0.39), 0.32 (0.26-0.41)',
    timeText: '12/24/36 mo',
    population: 'FREEDOM, evaluable 3691 pbo / 3702 Dmab',
    intervention: '60 mg q6m',
    citation: 'Austin 2012, JBMR (PMC3415619)',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population', 'qualitative'],
    needsText: 'needs fracture model; needs virtual population. Without them: qualitative (the effect appears by 12 mo).',
  },
  {
    id: 'B6',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'NV fracture HR by year',
    valueText: '0.84 (0.65-1.11), 0.79 (0.64-0.96), 0.80 (0.67-0.95)',
    timeText: '12/24/36 mo',
    population: 'FREEDOM, 3906 / 3902',
    intervention: '60 mg q6m',
    citation: 'Austin 2012, JBMR (PMC3415619)',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'B7',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'Serum CTX suppression',
    valueText: 'about -86% at 1 mo; about -72% at 36 mo (pre-dose trough); P1NP about -76% at 36 mo',
    timeText: '1-36 mo',
    population: 'FREEDOM',
    intervention: '60 mg q6m',
    citation: 'Cummings 2009, NEJM (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BTM', 'soft target'],
    needsText: 'BTM. Soft target.',
  },
  {
    id: 'B8',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'BMD, long-term group, 5 y',
    valueText: 'LS +13.7%; TH +7.0%',
    timeText: '5 y',
    population: 'FREEDOM Extension, n=4550 (2343 long-term, 2207 cross-over)',
    intervention: '60 mg q6m',
    citation: 'Papapoulos 2012, JBMR 27:694 (PMC3415620)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean'],
    needsText: 'BMD-mean.',
  },
  {
    id: 'B12',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'NV fracture rate, years 1-3 vs later',
    valueText: '2.15 per 100 PY (y1-3) → 1.36 (y4), RR 0.64 (0.48-0.85); y4-7 vs y1-3 RR 0.79 (0.62-1.00)',
    timeText: 'up to 7 y',
    population: 'n=4074',
    intervention: '60 mg q6m',
    citation: 'Ferrari 2015, Osteoporos Int (PMC4656715)',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population', 'qualitative'],
    needsText: 'needs fracture model; needs virtual population. Without them: BMD keeps rising through 7 y (qualitative).',
  },
  {
    id: 'B13',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'Osteonecrosis of the jaw (ONJ)',
    valueText: 'Extension exposure-adjusted rate 5.2 per 10,000 subject-years; 0.68% with an invasive oral procedure vs 0.05% without; 45.1% reported ≥1 invasive oral procedure. 2 ONJ cases adjudicated in the cross-over group by year 2',
    timeText: '7-y extension',
    population: 'FREEDOM Extension',
    intervention: '60 mg q6m',
    citation: 'Watts 2019, JCEM (PMID 30759221); Papapoulos 2012',
    status: 'V',
    statusText: 'V',
    needs: ['safety model'],
    needsText: 'safety model.',
  },
  {
    id: 'B14',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'ONJ / AFF counts at 10 y',
    valueText: '13 ONJ; 2 atypical femoral fractures (AFF). The review\'s "5 of 4550" may be an interim count',
    timeText: '10 y',
    population: 'Extension, n=4550',
    intervention: '60 mg q6m',
    citation: 'Bone 2017, LDE (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['safety model'],
    needsText: 'safety model.',
  },
  {
    id: 'B15',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'Denosumab half-life',
    valueText: 'about 26 days',
    timeText: 'PK',
    population: 'humans',
    intervention: '60 mg SC',
    citation: 'Tay 2022, Endocrinol Metab (review)',
    status: 'V',
    statusText: 'V',
    needs: ['PK check'],
    needsText: 'BMD-free PK check.',
  },
  {
    id: 'B16',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'Rebound after stopping',
    valueText: 'BTMs rise 3 mo after a scheduled dose is omitted, exceed baseline by 6 mo; BMD back to baseline by 12 mo',
    timeText: '3/6/12 mo off',
    population: 'FREEDOM/Extension discontinuers',
    intervention: 'stop after ≥2 doses',
    citation: 'Cummings 2018, JBMR 33:190',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'BTM'],
    needsText: 'BTM and BMD-mean. This is the primary rebound target.',
  },
  {
    id: 'B18',
    section: 'B',
    subsection: 'B-1 Denosumab 60 mg SC every 6 months (FREEDOM + Extension)',
    quantity: 'Predictors of multiple VF after stopping',
    valueText: 'prior VF OR 3.9 (2.1-7.2); each extra year off treatment OR 1.6 (1.3-1.9); each 1% annualized TH BMD loss OR 1.2 (1.1-1.3)',
    timeText: 'off-treatment',
    population: 'same',
    intervention: 'same',
    citation: 'Cummings 2018, JBMR',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population. Without them: B16.',
  },
  {
    id: 'B20',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Alendronate: new morphometric VF',
    valueText: '8.0% vs 15.0% pbo, RR 0.53 (0.41-0.68); clinical VF 2.3% vs 5.0%, RH 0.45 (0.27-0.72)',
    timeText: '36 mo',
    population: 'FIT-1, n=2027 women aged 55-81 with low FN BMD and ≥1 VF',
    intervention: '5 mg/d, raised to 10 mg/d at 24 mo',
    citation: 'Black 1996, Lancet 348:1535 (FIT)',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population. Without them: B23.',
  },
  {
    id: 'B21',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Alendronate: hip and any clinical fracture',
    valueText: 'hip RH 0.49 (0.23-0.99); any clinical fracture 13.6% vs 18.2%, RH 0.72 (0.58-0.90)',
    timeText: '36 mo',
    population: 'FIT-1',
    intervention: 'as above',
    citation: 'Black 1996, Lancet',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'B22',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Alendronate: pooled RR in osteoporotic women',
    valueText: 'hip 0.47 (0.26-0.79); radiographic VF 0.52 (0.42-0.66); clinical VF 0.55 (0.36-0.82); all clinical fractures 0.70 (0.59-0.82); significant by 12 mo',
    timeText: '3-4 y',
    population: 'FIT, n=3658 (FN T < -2.5 and/or VF)',
    intervention: '5-10 mg/d',
    citation: 'Black 2000, JCEM 85:4118',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'B23',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Alendronate: BMD vs pbo',
    valueText: 'LS about +6.2 pp; FN about +4.1 pp; TH about +4.7 pp',
    timeText: '36 mo',
    population: 'FIT-1',
    intervention: 'as above',
    citation: 'Black 1996 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'FN→TH proxy', 'soft target'],
    needsText: 'BMD-mean (FN via TH proxy). Soft target.',
  },
  {
    id: 'B25',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Zoledronic acid: fracture counts',
    valueText: 'morphometric VF 92/2788 vs 310/2844 (OR 0.32, 0.26-0.39; published RR 0.30 = RRR 70%); hip 52/3714 vs 88/3520 (OR 0.56; published HR 0.59 = RRR 41%); NV 292/3650 vs 388/3626 (OR 0.73); clinical VF 19/3800 vs 84/3231 (OR 0.23)',
    timeText: '36 mo',
    population: 'HORIZON-PFT, n=7765 (3889 ZOL / 3876 pbo), mean age 73',
    intervention: '5 mg IV yearly ×3',
    citation: 'Black 2007, NEJM 356:1809; AHRQ NBK43169 Table 14',
    status: 'V',
    statusText: 'V (counts, hip RRR 41%); RRR 70% UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'B26',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Zoledronic acid: BMD vs pbo',
    valueText: 'TH +6.0 pp; LS +6.7 pp; FN +5.1 pp; CTX about -59% at 12 mo',
    timeText: '36 mo',
    population: 'HORIZON-PFT',
    intervention: '5 mg/y',
    citation: 'Black 2007 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'BTM', 'soft target'],
    needsText: 'BMD-mean; BTM. Soft targets.',
  },
  {
    id: 'B27',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Zoledronic acid after hip fracture',
    valueText: 'new clinical fracture 8.6% vs 13.9% (RRR 35%); clinical VF 1.7% vs 3.8%; NV 7.6% vs 10.7%; death 9.6% vs 13.3% (-28%); no ONJ',
    timeText: 'median 1.9 y',
    population: 'HORIZON-RFT, n=2127 (76% women), mean age 74.5',
    intervention: '5 mg/y, first dose ≤90 d after repair',
    citation: 'Lyles 2007, NEJM 357:1799',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population', 'needs mortality'],
    needsText: 'needs fracture model; needs virtual population; needs mortality. Mixed-sex population. Without them: none.',
  },
  {
    id: 'B29',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Zoledronic acid in osteopenia',
    valueText: 'fragility fracture HR about 0.63',
    timeText: '6 y',
    population: 'n=2000 women ≥65 y, T-score -1.0 to -2.5',
    intervention: '5 mg every 18 mo ×4',
    citation: 'Reid 2018, NEJM 379:2407',
    status: 'V',
    statusText: 'design V; HR UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population. Without them: run the regimen and report TH BMD (no BMD target in the file).',
    statusChange: 'HR 0.63 (0.50–0.79) confirmed; 190 vs 122 women with a fragility fracture; mean age 71 ± 5; FN T −1.6 ± 0.5 [REID].',
  },
  {
    id: 'B30',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Risedronate: VF and BMD',
    valueText: 'new VF RRR 41% and NV RRR 39% (3 y); LS +5.4%, FN +1.6%',
    timeText: '36 mo',
    population: 'VERT-NA',
    intervention: '5 mg/d',
    citation: 'Harris 1999, JAMA 282:1344 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'needs fracture model', 'FN→TH proxy'],
    needsText: 'Fractures: needs fracture model. BMD: BMD-mean (FN via TH proxy).',
    statusChange: 'VF 11.3% vs 16.3%, RRR 41% confirmed [VERT]. The BMD values are not confirmed.',
  },
  {
    id: 'B31',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Risedronate: hip fracture',
    valueText: 'hip RR 0.7 overall; 0.6 in women aged 70-79 with osteoporosis',
    timeText: '3 y',
    population: 'HIP study, n=9331',
    intervention: '2.5-5 mg/d',
    citation: 'McClung 2001, NEJM 344:333 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population', 'qualitative'],
    needsText: 'needs fracture model; needs virtual population. Check: the effect is smaller when selection is not by BMD (qualitative).',
    statusChange: 'hip RR 0.7 (0.6–0.9) overall and 0.6 (0.4–0.9) at 70–79 y confirmed; incidences 2.8% vs 3.9% and 1.9% vs 3.2%; ≥80 y: 4.2% vs 5.1%, not significant [HIP].',
  },
  {
    id: 'B32',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Bisphosphonate class effect on hip fracture',
    valueText: 'RR 0.66 (0.56-0.77); zoledronate 0.60 (0.46-0.78); risedronate 0.74 (0.59-0.94); alendronate 0.61 (0.40-0.95)',
    timeText: 'trial duration',
    population: 'meta-analysis of double-blind RCTs',
    intervention: 'BPs',
    citation: 'Zhao et al., J Investig Med 70:837 (meta-analysis)',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population. Run as the pooled outcome of B21/B25/B31 virtual trials.',
  },
  {
    id: 'B33',
    section: 'B',
    subsection: 'B-2 Bisphosphonates',
    quantity: 'Atypical femoral fracture (AFF) with bisphosphonates',
    valueText: 'about 5 per 10,000 PY of BP use (age-adjusted RR about 47); rises with duration (about 2 per 100,000 PY at <2 y to about 113 per 100,000 PY at 8-10 y)',
    timeText: 'by duration',
    population: 'Swedish national registry; Kaiser cohort',
    intervention: 'BPs',
    citation: 'Schilcher 2011, NEJM 364:1728; Dell 2012, JBMR 27:2544 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['safety model'],
    needsText: 'safety model (duration-dependent hazard).',
  },
  {
    id: 'B34',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Teriparatide: trial size and exposure',
    valueText: 'n=1637 (pbo 544; 20 µg 541; 40 µg 552); median observation 21 mo (mean treatment about 18-19 mo)',
    timeText: '21 mo',
    population: 'FPT, postmenopausal women with prevalent VF',
    intervention: '20 or 40 µg/d SC',
    citation: 'Neer 2001, NEJM 344:1434 (counts via Harvey FRAX analysis; Gallagher 2005 JCEM)',
    status: 'V',
    statusText: 'V',
    needs: ['design'],
    needsText: '(design)',
  },
  {
    id: 'B35',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Teriparatide: fracture results',
    valueText: 'new VF 14% pbo vs 5% (20 µg, RR 0.35) and 4% (40 µg, RR 0.31); NV fragility fracture 6% vs 3% (RR about 0.47)',
    timeText: '21 mo',
    population: 'FPT',
    intervention: '20 µg/d',
    citation: 'Neer 2001, NEJM (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
    statusChange: '(B35 / B36) FPT fracture results (14% vs 5%/4%, RR 0.35/0.31; NV 6% vs 3%, RR 0.47/0.46) and BMD differences (LS +9/+13 pp, FN +3/+6 pp) confirmed from the abstract [FPT].',
  },
  {
    id: 'B36',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Teriparatide: BMD',
    valueText: 'LS +9 pp (20 µg) and +13 pp (40 µg); FN +3 pp and +6 pp vs pbo',
    timeText: '21 mo',
    population: 'FPT',
    intervention: '20/40 µg/d',
    citation: 'Neer 2001 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'site not modeled', 'FN→TH proxy'],
    needsText: 'BMD-mean (FN via TH proxy). Radius: site not modeled.',
    statusChange: '(B35 / B36) FPT fracture results (14% vs 5%/4%, RR 0.35/0.31; NV 6% vs 3%, RR 0.47/0.46) and BMD differences (LS +9/+13 pp, FN +3/+6 pp) confirmed from the abstract [FPT].',
  },
  {
    id: 'B37',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Placebo VF risk by prevalent VF count',
    valueText: '7% / 16% / 23% with 1 / 2 / ≥3 prevalent VF; no such gradient on teriparatide',
    timeText: '21 mo',
    population: 'FPT placebo, n=931 subset',
    intervention: 'pbo vs 20 µg',
    citation: 'Gallagher 2005, JCEM 90:1583',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population (prevalent-VF count as a covariate).',
  },
  {
    id: 'B39',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Teriparatide: rat osteosarcoma (duration and dose)',
    valueText: 'significant bone-tumor increase at 30 µg/kg/d for 20-24 mo; none at 5 µg/kg/d started at 6 mo of age for 6 or 20 mo (up to 70% of lifespan; no-effect regimen)',
    timeText: '6-24 mo',
    population: 'female F344 rats',
    intervention: '0, 5, 30 µg/kg/d',
    citation: 'Vahle 2004, Toxicol Pathol 32:426',
    status: 'V',
    statusText: 'V',
    needs: ['out of scope'],
    needsText: 'out of scope (toxicology). Used for the osteosarcoma warning rule.',
  },
  {
    id: 'B40',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Teriparatide: rat osteosarcoma, second strain',
    valueText: 'osteosarcoma increased at 13.6 µg/kg/d; no-effect level 4.5 µg/kg/d',
    timeText: '2 y',
    population: 'Sprague-Dawley rats',
    intervention: 'daily SC',
    citation: 'Watanabe 2012, J Toxicol Sci 37:617',
    status: 'V',
    statusText: 'V',
    needs: ['out of scope'],
    needsText: 'out of scope (toxicology).',
  },
  {
    id: 'B41',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Teriparatide: treatment-duration limit',
    valueText: 'US label limited lifetime use to 24 mo because of rat osteosarcoma; FDA relaxed this in 2020',
    timeText: 'label',
    population: '—',
    intervention: '20 µg/d',
    citation: 'FDA Forteo label; Lindsay 2016, Osteoporos Int ("importance of the full course")',
    status: 'V',
    statusText: '24-mo course V (Lindsay 2016); 2020 change UNVERIFIED',
    needs: ['out of scope'],
    needsText: 'out of scope (rule).',
  },
  {
    id: 'B42',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Abaloparatide: VF',
    valueText: 'new morphometric VF 0.58% (4) abalo vs 4.22% (30) pbo, RR 0.14 (0.05-0.39), risk difference -3.64 pp (-5.42 to -2.10); teriparatide 0.84% (6)',
    timeText: '18 mo',
    population: 'ACTIVE, n=2463 (pbo 821; abalo 824; TPTD 818), mean age 69',
    intervention: 'abalo 80 µg/d SC; TPTD 20 µg/d',
    citation: 'Miller 2016, JAMA 316:722 (ACTIVE)',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'B43',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Abaloparatide: NV and hypercalcemia',
    valueText: 'NV (Kaplan-Meier) 2.7% vs 4.7% pbo, HR 0.57 (0.32-1.00); TPTD 3.3%. Hypercalcemia 3.4% (abalo) vs 6.4% (TPTD)',
    timeText: '18 mo',
    population: 'ACTIVE',
    intervention: 'as above',
    citation: 'Miller 2016, JAMA',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'safety model'],
    needsText: 'Fractures: needs fracture model. Hypercalcemia: safety model, or serum Ca if the calcium module is on.',
  },
  {
    id: 'B44',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Abaloparatide: BMD',
    valueText: 'LS +9.2%, TH +3.4%, FN +2.9% (reported "vs placebo", all p<.0001); MOF -70% vs pbo; MOF -55% vs TPTD',
    timeText: '18 mo',
    population: 'ACTIVE',
    intervention: '80 µg/d',
    citation: 'ENDO 2016 report (endocrinologyadvisor.com)',
    status: 'V',
    statusText: 'V (secondary report)',
    needs: ['BMD-mean', 'needs fracture model', 'FN→TH proxy'],
    needsText: 'BMD-mean (FN via TH proxy); MOF: needs fracture model. The wording of the target is ambiguous: resolve it against the JAMA paper before using it as a hard target.',
  },
  {
    id: 'B45',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Abaloparatide: forearm',
    valueText: 'ultradistal radius BMD +2.25 pp vs pbo (1.38-3.12); 1/3 radius: TPTD -1.66 pp vs pbo; wrist fracture HR 0.43 vs TPTD (0.18-1.03)',
    timeText: '18 mo',
    population: 'ACTIVE forearm subset, n=982',
    intervention: '80 µg/d',
    citation: 'Watts 2019, Osteoporos Int (PMC6546661)',
    status: 'V',
    statusText: 'V',
    needs: ['site not modeled'],
    needsText: 'site not modeled. Qualitative: teriparatide lowers cortical-rich-site BMD more than abaloparatide does.',
  },
  {
    id: 'B46',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Romosozumab: trial size and clinical VF',
    valueText: 'n=7180 (3589 romo / 3591 pbo), mean age 70.9, T-score -2.5 to -3.5; clinical VF 3 vs 17, HR 0.17 (0.05-0.58), RRR 83%',
    timeText: '12 mo',
    population: 'FRAME',
    intervention: '210 mg SC monthly ×12, then Dmab',
    citation: 'Cosman 2016, NEJM 375:1532; Geusens 2019, JBMR',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'B47',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Romosozumab: morphometric VF and BMD',
    valueText: 'new VF 0.5% vs 1.8% (RRR 73%) at 12 mo; 0.6% vs 2.5% (RRR 75%) at 24 mo after Dmab; LS +13.3 pp, TH +6.8 pp vs pbo at 12 mo',
    timeText: '12/24 mo',
    population: 'FRAME',
    intervention: '210 mg/mo',
    citation: 'Cosman 2016, NEJM (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'needs fracture model', 'soft target'],
    needsText: 'VF: needs fracture model. BMD: BMD-mean (soft target).',
    statusChange: '12-mo new VF 0.5% (16/3321) vs 1.8% (59/3322), RRR 73%, confirmed [FRAME]. The 24-mo value and the BMD values are not confirmed.',
  },
  {
    id: 'B48',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Romosozumab: VF by region; NV',
    valueText: 'VF RRR 70% (Latin America), 74% (rest of world); NV RRR 42% in rest of world, none in Latin America (pbo NV 1.2%)',
    timeText: '12 mo',
    population: 'FRAME; 43% enrolled in Latin America',
    intervention: '210 mg/mo',
    citation: 'Cosman 2018, JBMR 33:1407',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs virtual population (region-specific baseline risk); needs fracture model.',
  },
  {
    id: 'B49',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'Romosozumab: moderate or severe new VF',
    valueText: '0.25% vs 1.42% pbo (FRAME); 2.78% vs 4.00% ALN (ARCH)',
    timeText: '12 mo',
    population: 'FRAME / ARCH',
    intervention: '210 mg/mo',
    citation: 'FRAME/ARCH post hoc by Genant severity grade (author/journal UNVERIFIED)',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model with a severity grade; needs virtual population.',
  },
  {
    id: 'B51',
    section: 'B',
    subsection: 'B-3 Anabolics',
    quantity: 'ARCH primary endpoints',
    valueText: 'new VF 6.2% vs 11.9% (RRR 48%) at 24 mo; clinical fracture RRR 27%; hip RRR 38%; adjudicated serious CV events 2.5% vs 1.9%',
    timeText: '24 mo / primary analysis',
    population: 'ARCH',
    intervention: 'as above',
    citation: 'Saag 2017, NEJM (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population', 'safety model'],
    needsText: 'Fractures: needs fracture model; needs virtual population. CV events: safety model. Comparator = alendronate, not placebo.',
    statusChange: '24-mo new VF 6.2% vs 11.9% (RRR 48%), clinical fracture 9.7% vs 13.0% (−27%) and hip 2.0% vs 3.2% (−38%) confirmed; NV 8.7% vs 10.6% (−19%) added [ARCH]. The CV-event numbers are not confirmed.',
  },
  {
    id: 'B53',
    section: 'B',
    subsection: 'B-4 Other agents',
    quantity: 'Raloxifene: VF incidence',
    valueText: '7.4% overall (503/6828); pbo 10.1%; 60 mg 6.6%; 120 mg 5.4%; RR 0.7 (0.5-0.8) and 0.5 (0.4-0.6)',
    timeText: '36 mo',
    population: 'MORE, n=7705 women aged 31-80, 25 countries',
    intervention: '60 or 120 mg/d + Ca/vit D',
    citation: 'Ettinger 1999, JAMA 282:637 (MORE)',
    status: 'V',
    statusText: '10.1% and 6.6% V; 120 mg figure and RRs UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
    statusChange: 'the 60 mg → 6.6% and placebo 10.1% values were already V; mean age 67 added [MORE-b].',
  },
  {
    id: 'B54',
    section: 'B',
    subsection: 'B-4 Other agents',
    quantity: 'Raloxifene: 4-y VF and NV',
    valueText: 'cumulative VF RR 0.64 (0.53-0.76) at 60 mg and 0.57 (0.48-0.69) at 120 mg; NV RR 0.93 (0.81-1.06), not reduced',
    timeText: '4 y',
    population: 'MORE',
    intervention: '60/120 mg/d',
    citation: 'Delmas 2002, JCEM 87:3609',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population', 'qualitative'],
    needsText: 'needs fracture model; needs virtual population. Check: NV not reduced (qualitative).',
  },
  {
    id: 'B55',
    section: 'B',
    subsection: 'B-4 Other agents',
    quantity: 'Raloxifene: BMD vs pbo',
    valueText: 'FN +2.1 pp; LS +2.6 pp (60 mg)',
    timeText: '36 mo',
    population: 'MORE',
    intervention: '60 mg/d',
    citation: 'Ettinger 1999 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'FN→TH proxy', 'soft target'],
    needsText: 'BMD-mean (FN via TH proxy); needs a SERM module (estrogen-receptor agonism in bone). Soft target.',
  },
  {
    id: 'B56',
    section: 'B',
    subsection: 'B-4 Other agents',
    quantity: 'Odanacatib: fractures and stroke',
    valueText: 'morphometric VF HR 0.46; hip HR 0.53; NV HR 0.77; stroke HR 1.37 (1.10-1.71) in LOFT + extension; program stopped',
    timeText: 'about 5 y',
    population: 'LOFT, n=16,071 women ≥65',
    intervention: '50 mg/wk oral',
    citation: 'McClung 2019, Lancet Diabetes Endocrinol 7:899 (LOFT)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'needs fracture model', 'safety model'],
    needsText: 'Fractures: needs fracture model. BMD: BMD-mean, with cathepsin-K scaling of resorption per osteoclast. Stroke: safety model.',
  },
  {
    id: 'B58',
    section: 'B',
    subsection: 'B-4 Other agents',
    quantity: 'Estrogen + progestin: fractures and BMD',
    valueText: 'any fracture 8.6% vs 11.1%, HR 0.76 (0.69-0.83); TH BMD +3.7% vs +0.14% pbo at 3 y',
    timeText: 'mean 5.6 y',
    population: 'WHI E+P, n=16,608 (8506 / 8102), age 50-79',
    intervention: 'CEE 0.625 mg + MPA 2.5 mg/d',
    citation: 'Cauley 2003, JAMA 290:1729 (WHI)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'needs fracture model'],
    needsText: 'BMD-mean for TH at 3 y. The hormone-therapy module must set the CEE 0.625 mg estrogen-receptor effect: this is an assumption, state it. Fractures: needs fracture model.',
  },
  {
    id: 'B59',
    section: 'B',
    subsection: 'B-4 Other agents',
    quantity: 'Estrogen + progestin: hip fracture',
    valueText: 'hip HR 0.67 (0.47-0.96)',
    timeText: '5.6 y',
    population: 'WHI E+P',
    intervention: 'as above',
    citation: 'Cauley 2003 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'B61',
    section: 'B',
    subsection: 'B-4 Other agents',
    quantity: 'Calcium + vitamin D',
    valueText: 'hip BMD +1.06% vs pbo; hip fracture HR 0.88 (0.72-1.08); clinical spine fracture 0.90 (0.74-1.10); total fracture 0.96 (0.91-1.02); more kidney stones',
    timeText: '7.0 y',
    population: 'WHI CaD, n=36,282 women aged 50-79',
    intervention: '1000 mg Ca + 400 IU D3/d',
    citation: 'Jackson 2006, NEJM 354:669',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'needs fracture model', 'safety model'],
    needsText: 'BMD-mean, only if the calcium/vit D module changes PTH and turnover at normal status; else report "not modeled". Fractures: needs fracture model. Kidney stones: safety model.',
  },
  {
    id: 'B62',
    section: 'B',
    subsection: 'B-4 Other agents',
    quantity: 'Calcium + vitamin D: post-hoc subgroups',
    valueText: 'hip HR 0.62 (0.38-1.00) after ≥5 y in women not taking personal supplements; vertebral fracture HR 0.87 (0.76-0.98) over the whole study',
    timeText: '7-12 y',
    population: 'WHI CaD',
    intervention: 'same',
    citation: 'Prentice 2013, Osteoporos Int; Cauley 2013, J Womens Health',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs virtual population (supplement use as a covariate); needs fracture model.',
  },
  {
    id: 'C1',
    section: 'C',
    quantity: 'WHO densitometric categories',
    valueText: 'normal: T ≥ -1.0; osteopenia: -1.0 > T > -2.5; osteoporosis: T ≤ -2.5; severe/established: T ≤ -2.5 plus a fragility fracture. T-score is measured against young-adult (20-29 y) peak mean (usually the NHANES III white-female FN reference)',
    population: 'postmenopausal women, men ≥50',
    citation: 'WHO 1994 (Kanis, Osteoporos Int 4:368); Kanis 1994, JBMR 9:1137',
    status: 'V',
    statusText: 'V (T ≤ -2.5 as quoted in Langdahl EJE and Cochrane protocol)',
    needs: ['out of scope'],
    needsText: 'out of scope (definition); used by the outcomes layer and the entry filters (§0.8).',
  },
  {
    id: 'C2',
    section: 'C',
    quantity: 'Fracture RR per 1 SD lower BMD',
    valueText: 'any site for any fracture 1.5 (1.4-1.6); spine BMD for VF 2.3 (1.9-2.8); hip BMD for hip fracture 2.6 (2.0-3.5)',
    population: '11 cohorts, ≈90,000 PY, >2000 fractures, women',
    citation: 'Marshall 1996, BMJ 312:1254',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'C5',
    section: 'C',
    quantity: 'FN BMD and incident fracture, adjusted for clinical risk factors',
    valueText: 'HR 1.92 (1.04-3.54) per SD in men; 1.77 (1.16-2.71) in women. Prior fall: unadjusted HR 7.31 (men), 8.56 (women)',
    population: 'Hertfordshire Cohort, n=2299 (DXA subset 775)',
    citation: 'Hertfordshire Cohort Study (PMC3654628)',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model (with a falls factor); needs virtual population.',
  },
  {
    id: 'C7',
    section: 'C',
    quantity: 'Turnover and later fracture',
    valueText: 'each +1 SD in the rate of U-NTX increase across the menopause transition → +24% fracture hazard; each +1 SD U-NTX in early postmenopause → +27%; fast rise plus high peak → HR 1.80 (1.00-3.22)',
    population: 'SWAN, n=484',
    citation: 'Shieh 2020, JCEM',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population', 'qualitative'],
    needsText: 'needs fracture model with a turnover term; needs virtual population. Without them: qualitative (turnover adds risk beyond BMD).',
  },
  {
    id: 'C8',
    section: 'C',
    quantity: 'Garvan nomogram inputs',
    valueText: '5 predictors: age, FN BMD (or weight), fractures after age 50 (0, 1, 2, ≥3), falls in the past 12 mo (0, 1, 2, ≥3), sex; outputs 5-y and 10-y risk of hip and of any fragility fracture. Derived from Dubbo Osteoporosis Epidemiology Study (DOES; >2000 people aged ≥60, followed since 1989)',
    population: 'DOES',
    citation: 'Nguyen 2007/2008, Osteoporos Int; Garvan calculator FAQ',
    status: 'V',
    statusText: 'V (inputs); coefficients UNVERIFIED, not retrieved',
    needs: ['needs fracture model'],
    needsText: 'needs fracture model. Interface check only.',
  },
  {
    id: 'C9',
    section: 'C',
    quantity: 'Risk-tool comparison',
    valueText: 'FRAX gives a 10-y probability (competing mortality, not public equations); Garvan and QFracture give incidence; QFracture (UK) publishes its algorithm as open source',
    population: '—',
    citation: 'Kanis 2017, J Clin Densitom 20:444 (PMC5663341)',
    status: 'V',
    statusText: 'V',
    needs: ['out of scope'],
    needsText: 'out of scope (method).',
  },
  {
    id: 'C10',
    section: 'C',
    quantity: 'Very-high-risk thresholds (AACE), used in FRAME/ACTIVE post hoc analyses',
    valueText: 'FRAX 10-y MOF > 30% or hip > 4.5%; or T < -3.0',
    population: 'postmenopausal women',
    citation: 'FRAME no-fracture very-high-risk analysis; ACTIVE high-risk analysis',
    status: 'V',
    statusText: 'V',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs virtual population; needs fracture model.',
  },
  {
    id: 'C11',
    section: 'C',
    quantity: 'Hip fracture incidence by age (women)',
    valueText: 'roughly doubles every 5-6 y after 50; about 0.5-1 per 1000 per y at 60-64 and about 15-30 per 1000 per y at ≥85 (white women, Western countries)',
    population: 'population registries',
    citation: 'Kanis 2012, Osteoporos Int 23:2239 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['needs fracture model', 'needs virtual population'],
    needsText: 'needs fracture model; needs virtual population.',
  },
  {
    id: 'D2',
    section: 'D',
    quantity: 'Treatment after onset',
    valueText: 'IBM-BMT from young (8-wk) donors reversed established osteoporosis in SAMP6',
    timeText: 'after onset',
    population: 'SAMP6 mice',
    intervention: 'IBM-BMT',
    citation: 'Takada 2006, Stem Cells 24:399 (identified from a Japanese summary)',
    status: 'V',
    statusText: 'V (qualitative); citation details UNVERIFIED',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile (SAMP6); qualitative.',
  },
  {
    id: 'D4',
    section: 'D',
    quantity: 'Pooled effect of systemic MSCs on bone',
    valueText: 'BMD SMD 3.02 (1.84-4.20); BV/TV SMD 2.10 (1.16-3.03); new bone area SMD 7.03 (2.10-11.96); larger effect when bone loss is systemic (p=0.05 BMD, 0.03 BV/TV)',
    timeText: 'various',
    population: '23 preclinical studies (21 in the meta-analysis)',
    intervention: 'systemic MSCs',
    citation: 'Fu 2021, Stem Cell Res Ther 12:377 (PMC8254211)',
    status: 'V',
    statusText: 'V',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative (unless a between-animal SD is assumed).',
  },
  {
    id: 'D5',
    section: 'D',
    quantity: 'BMSC in OVX rats (meta-analysis)',
    valueText: 'BMD and normalized BV/TV "remarkably increased" vs OVX control',
    timeText: 'various',
    population: '5 studies, OVX rats',
    intervention: 'BMSC',
    citation: 'Jin 2019, BMC Musculoskelet Disord 20:556',
    status: 'V',
    statusText: 'V (qualitative)',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative.',
  },
  {
    id: 'D6',
    section: 'D',
    quantity: 'Typical IV dose in OVX rats',
    valueText: '3×10⁶ BMSC IV (tail vein), given 6 mo after OVX; BMD and IL-10, OPG, BALP read 2 mo later',
    timeText: '2 mo after cells',
    population: 'SD rats, OVX (n=15/group)',
    intervention: 'BM-MSC IV 3×10⁶',
    citation: 'globethesis Chinese thesis (Bengbu Medical College)',
    status: 'V',
    statusText: 'V (design)',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative.',
  },
  {
    id: 'D7',
    section: 'D',
    quantity: 'Young-donor MSCs in old mice',
    valueText: 'young BMSCs delayed age-related osteoporosis and aging features in old recipients',
    timeText: 'months',
    population: 'aged mice',
    intervention: 'young BMSC, systemic',
    citation: 'Shen 2011, Sci Rep 1:67',
    status: 'V',
    statusText: 'V (qualitative)',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative; the donor-age parameter must matter.',
  },
  {
    id: 'D8',
    section: 'D',
    quantity: 'Systemic MSCs in an age-related OP model',
    valueText: 'prevented loss of bone quality/strength (micro-CT BV/TV, mechanics)',
    timeText: 'about 6 mo',
    population: 'Zmpste24⁻/⁻ progeroid mice',
    intervention: 'MSCs IP/IV, about 10⁶ cells',
    citation: 'Kiernan 2016, Stem Cells Transl Med 5:683',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED (not found in store)',
    needs: ['qualitative', 'rodent profile', 'soft target'],
    needsText: 'rodent profile; qualitative; soft target.',
  },
  {
    id: 'D9',
    section: 'D',
    quantity: 'UC-MSC secretome in aged rats',
    valueText: 'secretome restored growth, anti-senescence and differentiation of aged BMSCs; local secretome in silk-fibroin hydrogel improved bone formation vs old untreated rats',
    timeText: 'weeks',
    population: 'aged rats',
    intervention: 'hUC-MSC secretome, local',
    citation: 'Liang 2019, Artif Cells Nanomed Biotechnol 47:1357',
    status: 'V',
    statusText: 'V (qualitative)',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative; a cell-free (secretome) therapy path.',
  },
  {
    id: 'D10',
    section: 'D',
    quantity: 'UC-MSC in osteoporotic mandible',
    valueText: 'ALP, osteocalcin, type I collagen and trabecular area higher than in OVX + gelatin controls at 4 and 8 wk',
    timeText: '4, 8 wk',
    population: 'female Wistar rats, OVX, 6 groups × 5 (n=30)',
    intervention: 'hUC-MSC in gelatin, local to mandible (dose not in abstract)',
    citation: 'Hendrijantini 2019, Eur J Dent (10.1055/s-0039-1688527)',
    status: 'V',
    statusText: 'V (qualitative)',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative; local site (mandible) not modeled except as a local depot.',
  },
  {
    id: 'D11',
    section: 'D',
    quantity: 'UC-MSC in mandible: markers',
    valueText: 'TGF-β1, Runx2, osteoblasts higher (2018); Osx and BMP-2 higher, TRAP lower, PKH26 tracking (2021, n=25)',
    timeText: '4, 8 wk',
    population: 'OVX Wistar rats',
    intervention: 'hUC-MSC in gelatin',
    citation: 'Hendrijantini 2018, EJD (PMC6089061); 2021, EJD 15:84',
    status: 'V',
    statusText: 'V (qualitative)',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative (the osteoclast and osteoblast markers move in opposite directions).',
  },
  {
    id: 'D12',
    section: 'D',
    quantity: 'Intra-bone-marrow BM-MSC in OVX rats',
    valueText: 'femoral trabecular bone % increased vs OVX',
    timeText: 'weeks',
    population: 'OVX rats',
    intervention: 'BM-MSC intra-marrow',
    citation: 'Ocarino 2010, Connect Tissue Res 51:426',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED (not found)',
    needs: ['qualitative', 'rodent profile', 'soft target'],
    needsText: 'rodent profile; qualitative; soft target.',
  },
  {
    id: 'D13',
    section: 'D',
    quantity: 'Allogeneic MSCs in OVX or glucocorticoid osteoporosis',
    valueText: 'rescued osteoblastogenesis and bone mass through immunomodulation (Fas/FasL T-cell apoptosis)',
    timeText: 'weeks',
    population: 'mice',
    intervention: 'IV allogeneic MSCs about 1×10⁶',
    citation: 'Sui 2016, Stem Cells 34:2368',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative; needs an immune path the model may lack.',
  },
  {
    id: 'D14',
    section: 'D',
    quantity: 'Engineered MSCs in OVX mice',
    valueText: 'RANK-Fc- or CXCR4-overexpressing MSCs IV prevented OVX bone loss',
    timeText: 'weeks',
    population: 'OVX mice',
    intervention: 'IV MSCs',
    citation: 'Cho 2009, Mol Ther 17:1979',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative.',
  },
  {
    id: 'D15',
    section: 'D',
    quantity: 'Human Phase 1 trial of MSCs for osteoporosis',
    valueText: 'autologous fucosylated BM-MSCs IV, single dose: first 4 patients 2×10⁶ cells/kg, last 6 patients 5×10⁶ cells/kg (5×10⁶ cells/mL); safety endpoint plus fractures, VAS pain, Oswestry, EQ-5D at 24 mo; no results posted',
    timeText: '24 mo',
    population: 'n=10 women aged 50-70 with established OP and low-impact fractures; Murcia, Spain',
    intervention: 'IV',
    citation: 'NCT02566655 (CSM/OP/2011; EudraCT 2012-005814-20); Sep 2015 to May 2018',
    status: 'V',
    statusText: 'V',
    needs: ['qualitative', 'safety model'],
    needsText: 'qualitative (prediction only); safety model (infusion).',
  },
  {
    id: 'D16',
    section: 'D',
    quantity: 'OVX-derived BMSC phenotype',
    valueText: 'lower osteogenic, higher adipogenic and higher proliferative capacity; lower CXCR4, p-AKT and SDF-1α chemotaxis',
    timeText: 'in vitro',
    population: 'OVX vs sham rat BMSCs',
    intervention: '—',
    citation: 'Liu 2017, Int J Mol Med 41:669',
    status: 'V',
    statusText: 'V',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative (parameter priors).',
  },
  {
    id: 'D17',
    section: 'D',
    quantity: 'Age/OVX and MSC migration',
    valueText: 'SDF-1 migration of young-rat MSCs 2× that of adult (p=0.023) and 4× that of OVX (p=0.013); young MSCs more osteogenic',
    timeText: 'in vitro',
    population: 'Wistar rats',
    intervention: '—',
    citation: 'Sanghani-Kerai 2018, Bone Joint Res 7:289',
    status: 'V',
    statusText: 'V',
    needs: ['rodent profile'],
    needsText: 'rodent profile; parameter-ratio check.',
  },
  {
    id: 'E1',
    section: 'E',
    quantity: 'Biodistribution after IV infusion',
    valueText: 'at 1 h most Cr-51 label in the lungs; at 24 h mostly in the liver (debris); viable MSCs only in the lungs, up to 24 h, then gone; no viable MSCs elsewhere (5 min, 1 h, 24 h, 72 h)',
    population: 'C57BL/6 mice, 5×10⁵ DsRed⁺ Cr-51 MSCs, tail vein',
    citation: 'Eggenhofer 2012, Front Immunol 3:297 (PMC3458305)',
    status: 'V',
    statusText: 'V',
    needs: [],
  },
  {
    id: 'E2',
    section: 'E',
    quantity: 'Pulmonary first-pass effect',
    valueText: 'most MSCs trapped in the lungs; pulmonary passage of NSCs and MAPCs 2× higher and of BM mononuclear cells 30× higher than MSCs',
    population: 'SD rats, IV, arterial sampling',
    citation: 'Fischer 2009, Stem Cells Dev 18:683',
    status: 'V',
    statusText: 'V',
    needs: ['rodent profile', 'MSC PK module'],
    needsText: 'MSC PK module; ratio check; rodent profile.',
  },
  {
    id: 'E3',
    section: 'E',
    quantity: 'Lung barrier',
    valueText: 'IV luciferase-labeled MSCs trapped in the lung',
    population: 'mice',
    citation: 'Schrepfer 2007, Transplant Proc 39:573',
    status: 'V',
    statusText: 'V (qualitative)',
    needs: ['qualitative', 'MSC PK module'],
    needsText: 'qualitative (MSC PK).',
  },
  {
    id: 'E4',
    section: 'E',
    quantity: 'Fraction in lungs and clearance',
    valueText: 'about 80-90% of an IV dose in the lungs within minutes; lung signal half-life about 24 h; <1% in bone/marrow at 1 wk',
    population: 'mice',
    citation: 'Lee 2009, Cell Stem Cell 5:54; Schrepfer 2007 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['soft target', 'MSC PK module'],
    needsText: 'MSC PK module; soft target.',
  },
  {
    id: 'E5',
    section: 'E',
    quantity: 'MSC size',
    valueText: 'culture-expanded MSCs about 15-30 µm diameter (mean about 20 µm) vs pulmonary capillaries about 5-10 µm',
    population: '—',
    citation: 'Fischer 2009 discussion (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['out of scope'],
    needsText: 'out of scope (parameter prior).',
  },
  {
    id: 'E6',
    section: 'E',
    quantity: 'Embolism vs dose and infusion velocity (intra-arterial)',
    valueText: 'doses 0-1.0×10⁶ cells; volume 0.5-1.0 mL over 3-6 min. Cerebral blood flow fell, and embolic events, lesion size and sensorimotor deficits rose, with dose; slow infusion (0.5 mL/6 min) had a high complication rate; lesions on MRI at 24 h matched necrosis and BBB leak',
    population: '38 rats, sham-MCAO, allogeneic BM-MSCs via external carotid artery (+4 rats with 1.0×10⁶ iron-labeled cells)',
    citation: 'Cui 2015, Stem Cell Res Ther 6:11 (scrt544)',
    status: 'V',
    statusText: 'V',
    needs: ['qualitative', 'rodent profile', 'safety model'],
    needsText: 'safety model; qualitative; rodent profile.',
  },
  {
    id: 'E7',
    section: 'E',
    quantity: 'Safety meta-analysis (intravascular)',
    valueText: '36 studies, 1012 participants (8 RCTs, n=321); no association with acute infusional toxicity, organ complications, infection, death or malignancy; significant association with transient fever',
    population: 'IV/IA MSCs in adults',
    citation: 'Lalu 2012, PLoS One 7:e47559 (SafeCell)',
    status: 'V',
    statusText: 'V',
    needs: ['qualitative', 'safety model'],
    needsText: 'safety model (event probabilities); qualitative.',
  },
  {
    id: 'E8',
    section: 'E',
    quantity: 'Safety meta-analysis of RCTs',
    valueText: 'transient fever OR 3.65 (2.05-6.49); administration-site events OR 1.98 (1.01-3.87); constipation 2.45; fatigue 2.99; sleeplessness 5.90; arrhythmia OR 0.62 (0.36-1.07); no excess death or infection',
    population: '62 RCTs, 3546 participants',
    citation: 'Wang 2021, Stem Cell Res Ther 12:545',
    status: 'V',
    statusText: 'V',
    needs: ['safety model'],
    needsText: 'safety model.',
  },
  {
    id: 'E9',
    section: 'E',
    quantity: 'Updated SafeCell',
    valueText: '55 RCTs, about 2700 participants; fever is the only consistent association; no link to malignancy or death',
    population: 'IV MSCs',
    citation: 'Thompson 2020, EClinicalMedicine 19:100249',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED (not retrieved)',
    needs: ['safety model', 'soft target'],
    needsText: 'safety model; soft target.',
  },
  {
    id: 'E10',
    section: 'E',
    quantity: 'IV MSC serious adverse events',
    valueText: '70 studies; only 2 SAEs (upper-limb thromboembolism in patients with renal disease)',
    population: 'IV MSCs',
    citation: 'Barmada 2023, Curr Stem Cell Res Ther 18:779',
    status: 'V',
    statusText: 'V',
    needs: ['safety model'],
    needsText: 'safety model (thrombosis by source and patient state).',
  },
  {
    id: 'E11',
    section: 'E',
    quantity: 'Typical human IV dose',
    valueText: '1-2×10⁶ cells/kg (GvHD, stroke); osteoporosis Phase 1 used 2 and 5×10⁶ cells/kg',
    population: 'humans',
    citation: 'Le Blanc 2008 Lancet (recall); NCT02566655',
    status: 'V',
    statusText: 'OP doses V; general range UNVERIFIED',
    needs: ['out of scope'],
    needsText: 'out of scope (rule / defaults).',
  },
  {
    id: 'E12',
    section: 'E',
    quantity: 'Intra-articular dose ladder',
    valueText: 'AD-MSC 1.0×10⁷, 5.0×10⁷, 1.0×10⁸ cells; the 1.0×10⁸ dose reduced pain and cartilage defect',
    population: 'knee OA, n=18',
    citation: 'Jo 2014, Stem Cells 32:1254 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['out of scope'],
    needsText: 'out of scope (not bone; dose-range prior).',
  },
  {
    id: 'E13',
    section: 'E',
    quantity: 'Survival after intramedullary/intraosseous injection',
    valueText: 'most cells lost within 1-4 wk (bioluminescence)',
    population: 'rodents',
    citation: 'Huang 2015 (not found in store)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['rodent profile', 'soft target', 'MSC PK module'],
    needsText: 'MSC PK module (local depot decay); rodent profile; soft target.',
  },
  {
    id: 'E14',
    section: 'E',
    quantity: 'MSC source comparison',
    valueText: 'isolation success BM 100%, adipose tissue 100%, UCB 63%; colony frequency highest in AT, lowest in UCB; UCB-MSCs longest in culture and most proliferative, BM-MSCs least; UCB-MSCs not adipogenic',
    population: 'human BM, UCB, AT',
    citation: 'Kern 2006, Stem Cells 24:1294',
    status: 'V',
    statusText: 'V',
    needs: ['qualitative', 'out of scope'],
    needsText: 'out of scope (parameter priors); qualitative.',
  },
  {
    id: 'E15',
    section: 'E',
    quantity: 'Proliferation ranking',
    valueText: 'UC-MSC > menstrual-blood MSC > AD-MSC (colony formation: MenSC > ADSC > UCMSC)',
    population: 'human',
    citation: 'Chen 2015 (Zhejiang; fx361 copy)',
    status: 'V',
    statusText: 'V',
    needs: ['qualitative'],
    needsText: 'qualitative (source-profile ranking).',
  },
  {
    id: 'E16',
    section: 'E',
    quantity: 'Population doubling time',
    valueText: 'UC-MSC about 24-30 h; AD-MSC about 40-60 h; BM-MSC about 40-70 h, lengthening with passage and donor age',
    population: 'human',
    citation: 'several sources (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['out of scope'],
    needsText: 'out of scope (parameter prior).',
  },
  {
    id: 'E17',
    section: 'E',
    quantity: 'Donor age and MSC function',
    valueText: 'MSCs from old donors have shorter proliferative life span and lower osteogenic output; marrow adiposity rises with age and is higher in osteoporosis',
    population: 'human',
    citation: 'Stenderup 2003, Bone 33:919; Justesen 2001, Biogerontology 2:165 (recall)',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED',
    needs: ['BMD-mean', 'qualitative'],
    needsText: 'qualitative (BMD-mean aging run, marrow fat output).',
  },
  {
    id: 'E18',
    section: 'E',
    quantity: 'Secretome: UC-MSC vs BM-MSC',
    valueText: 'UC-MSCs secrete 10-100× more of some trophic factors (e.g., certain growth factors/cytokines)',
    population: 'in vitro',
    citation: 'claim from the reference review; no primary source found',
    status: 'UNVERIFIED',
    statusText: 'UNVERIFIED (weak)',
    needs: ['out of scope'],
    needsText: 'out of scope (weak claim).',
  },
  {
    id: 'E19',
    section: 'E',
    quantity: 'Senescent/aged vs young MSC osteogenesis',
    valueText: 'aged rat BMSCs have lower growth, more senescence and less differentiation; UC-MSC secretome partly reverses this',
    population: 'rat',
    citation: 'Liang 2019',
    status: 'V',
    statusText: 'V (qualitative)',
    needs: ['qualitative', 'rodent profile'],
    needsText: 'rodent profile; qualitative (same study as D9).',
  },
  // M. Marrow fat fraction by BMD group: msc.md §1a (no protocol row; labels set here)
  {
    id: 'MFF-1',
    section: 'M',
    quantity: 'Vertebral MFF, postmenopausal women, <sup>1</sup>H-MRS (lumbar)',
    valueText: 'Osteoporosis 65.5 ± 10%; osteopenia 63.5 ± 9.3%; normal BMD 56.3 ± 11.2%; young controls (mean age 28) 29 ± 9.6%',
    population: 'Human, 53 women (mean age 70) + 12 young',
    citation: 'Yeung DKW, Griffith JF et al., 2005, *J Magn Reson Imaging* 22:279 (doi:10.1002/jmri.20367)',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'needs virtual population'],
  },
  {
    id: 'MFF-2',
    section: 'M',
    quantity: 'Vertebral MFF, postmenopausal women (L3 MRS)',
    valueText: 'OP 59.97 ± 5.78%; osteopenia 53.04 ± 7.66%; normal 48.79 ± 7.1%; correlation of MFF with BMD r = −0.639',
    population: 'Human, 78 women, 55–81 y',
    citation: 'Tang GY et al. (first author UNVERIFIED), 2010, *Clin Radiol* 65:377',
    status: 'V',
    statusText: 'V',
    needs: ['BMD-mean', 'needs virtual population'],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Published values, by target id

const VALUES: Readonly<Record<string, readonly PublishedValue[]>> = {
  // A. Untreated course
  A1: [
    num('ls-total', 'LS BMD % change, FMP-5 to FMP+5', 'bmd-change', -10.6, '%', { site: 'LS', time: fmp(-5, 5) }),
    num('ls-transmenopause', 'LS BMD loss FMP-1 to FMP+2, % of the FMP-5 value', 'bmd-change', -7.38, '%', { site: 'LS', time: fmp(-1, 2) }),
  ],
  A2: [
    num('fn-total', 'FN BMD % change, FMP-5 to FMP+5', 'bmd-change', -9.1, '%', { site: 'FN', time: fmp(-5, 5) }),
    num('fn-transmenopause', 'FN BMD loss FMP-1 to FMP+2, % of the FMP-5 value', 'bmd-change', -5.8, '%', { site: 'FN', time: fmp(-1, 2) }),
  ],
  A3: [
    num('onset', 'Start of menopausal loss, years from FMP', 'timing', -1, 'y', { site: 'LS', time: fmp(-1, -1) }),
    num('offset', 'Loss slows, years from FMP', 'timing', 2, 'y', { site: 'LS', time: fmp(2, 2) }),
    qual('continues', 'LS BMD change after FMP+2 (loss does not stop), %/y', 'loss slows but does not stop 2 y after FMP', { direction: 'decrease', unit: '%/y', time: fmp(2, 5) }),
    qual('alike', 'LS minus FN onset of loss, years', 'LS and FN behave alike', { direction: 'none', within: 1, unit: 'y' }),
  ],
  A4: [
    num('ls-transmenopause', 'LS BMD rate, FMP-1 to FMP+2', 'bmd-rate', -2.5, '%/y', { site: 'LS', time: fmp(-1, 2), windowYears: 3, approx: true }),
    num('fn-transmenopause', 'FN BMD rate, FMP-1 to FMP+2', 'bmd-rate', -1.8, '%/y', { site: 'FN', time: fmp(-1, 2), windowYears: 3, approx: true }),
    num('ls-postmenopause', 'LS BMD rate, FMP+2 to FMP+5', 'bmd-rate', -1.0, '%/y', { site: 'LS', time: fmp(2, 5), windowYears: 3, approx: true }),
    num('fn-postmenopause', 'FN BMD rate, FMP+2 to FMP+5', 'bmd-rate', -1.0, '%/y', { site: 'FN', time: fmp(2, 5), windowYears: 3, approx: true }),
  ],
  A5: [
    num('ls-before', 'LS BMD rate, 2 y before FMP', 'bmd-rate', -1.7, '%/y', { site: 'LS', time: fmp(-2, 0), windowYears: 2 }),
    num('ls-after', 'LS BMD rate, 2 y after FMP', 'bmd-rate', -3.3, '%/y', { site: 'LS', time: fmp(0, 2), windowYears: 2 }),
    num('ls-late', 'LS BMD rate, 2 to 7 y after FMP', 'bmd-rate', -1.1, '%/y', { site: 'LS', time: fmp(2, 7), windowYears: 5 }),
  ],
  A8: [
    num('pbo-12', 'TH BMD % change, placebo, 12 mo', 'bmd-change', 0.0, '%', { site: 'TH', arm: 'placebo', time: mo(12) }),
    num('pbo-24', 'TH BMD % change, placebo, 24 mo', 'bmd-change', -0.7, '%', { site: 'TH', arm: 'placebo', time: mo(24) }),
    num('pbo-36', 'TH BMD % change, placebo, 36 mo', 'bmd-change', -1.4, '%', { site: 'TH', arm: 'placebo', time: mo(36) }),
  ],
  A9: [
    num('freedom', 'New morphometric VF, FREEDOM placebo, 3 y', 'incidence', 7.2, '%', { arm: 'placebo', time: mo(36), status: 'UNVERIFIED' }),
    num('horizon', 'New morphometric VF, HORIZON placebo, 3 y', 'incidence', 10.9, '%', { arm: 'placebo', time: mo(36), events: 310, n: 2844 }),
    num('fit1', 'New morphometric VF, FIT-1 placebo (prevalent VF), 3 y', 'incidence', 15.0, '%', { arm: 'placebo', time: mo(36) }),
    num('more', 'New morphometric VF, MORE placebo, 3 y', 'incidence', 10.1, '%', { arm: 'placebo', time: mo(36) }),
    num('active', 'New morphometric VF, ACTIVE placebo, 18 mo', 'incidence', 4.22, '%', { arm: 'placebo', time: mo(18) }),
  ],
  A10: [
    num('horizon', 'Hip fracture, HORIZON placebo, 3 y', 'incidence', 2.5, '%', { arm: 'placebo', time: mo(36), events: 88, n: 3520 }),
    num('freedom', 'Hip fracture, FREEDOM placebo, 3 y', 'incidence', 1.2, '%', { arm: 'placebo', time: mo(36), status: 'UNVERIFIED' }),
  ],
  A11: [num('vf-rate', 'Off-treatment VF rate after stopping placebo', 'event-rate', 8.5, 'per 100 PY')],
  A12: [
    num('fn-change', 'FN BMD % change over 4.6 y from 73 y', 'bmd-change', -1.72, '%', { site: 'FN', time: yr(4.6) }),
    num('fn-change-abs', 'FN BMD change over 4.6 y, g/cm²', 'bmd-absolute', -0.013, 'g/cm²', { site: 'FN', time: yr(4.6) }),
    num('fn-rate', 'FN BMD rate over 4.6 y from 73 y', 'bmd-rate', -0.37, '%/y', { site: 'FN', time: yr(4.6), windowYears: 4.6, approx: true }),
    num('age-ratio', 'FN loss over 4.6 y from 85 y / from 65 y', 'ratio', 2.5, 'ratio', { site: 'FN' }),
    num('loss-85', 'FN BMD loss over 4.6 y from 85 y, g/cm²', 'bmd-absolute', 0.021, 'g/cm²', { site: 'FN', time: age(85) }),
    num('loss-65', 'FN BMD loss over 4.6 y from 65 y, g/cm²', 'bmd-absolute', 0.008, 'g/cm²', { site: 'FN', time: age(65) }),
  ],
  A13: [
    num('white', 'FN BMD rate, white men', 'bmd-rate', -0.32, '%/y', { site: 'FN', arm: 'white', windowYears: 4.6 }),
    num('african-american', 'FN BMD rate, African American men', 'bmd-rate', -0.42, '%/y', { site: 'FN', arm: 'African American', windowYears: 4.6 }),
    num('asian', 'FN BMD rate, Asian men', 'bmd-rate', -0.09, '%/y', { site: 'FN', arm: 'Asian', windowYears: 4.6 }),
    num('afro-caribbean', 'FN BMD rate, Afro-Caribbean men', 'bmd-rate', -0.44, '%/y', { site: 'FN', arm: 'Afro-Caribbean', windowYears: 4.6 }),
  ],
  A14: [
    num('maintained-share', 'Share of men who maintained BMD', 'proportion', 24.3, '%'),
    num('maintained-change', 'FN BMD % change, maintained class', 'bmd-change', 1.48, '%', { site: 'FN', time: yr(4.6) }),
    num('expected-share', 'Share of men with expected loss', 'proportion', 63.2, '%'),
    num('expected-change', 'FN BMD % change, expected-loss class', 'bmd-change', -1.99, '%', { site: 'FN', time: yr(4.6) }),
    num('accelerated-share', 'Share of men with accelerated loss', 'proportion', 12.5, '%'),
    num('accelerated-change', 'FN BMD % change, accelerated-loss class', 'bmd-change', -6.62, '%', { site: 'FN', time: yr(4.6), sd: 2.46 }),
  ],
  A15: [
    num('ntx-peri', 'Urine NTX, perimenopausal vs premenopausal, % higher', 'marker-change', 20, '%'),
    num('fsh-peri', 'FSH, perimenopausal / premenopausal', 'ratio', 2, 'ratio', { derived: '"FSH doubled" = ratio 2' }),
    qual('formation-peri', 'Formation markers, perimenopausal vs premenopausal, % change', 'formation markers unchanged', { direction: 'none', within: 10, unit: '%', note: 'no-change band = the marker rule floor (10 points)' }),
    qual('post', 'Turnover markers, postmenopausal vs premenopausal, % change', 'in postmenopause, turnover markers higher (p<0.0001)', { direction: 'increase', unit: '%' }),
  ],
  A16: [
    num('ntx-start', 'Urine NTX at the start of the menopause transition', 'other', 36.8, 'nM BCE/mM Cr', { ...ctx, sd: 17.5 }),
    num('ntx-end', 'Urine NTX in early postmenopause', 'other', 48.8, 'nM BCE/mM Cr', { ...ctx, sd: 22.5 }),
    num('ntx-change', 'Resorption marker % change, FMP-2 to FMP+2', 'marker-change', 33, '%', { time: fmp(-2, 2), approx: true }),
    num('ntx-rise-rate', 'Median rise of urine NTX per year', 'other', 2.9, 'nM BCE/mM Cr per y', ctx),
  ],
  A17: [
    num('ls-per-sd', 'Faster LS loss per +1 SD U-NTX across the MT', 'other', 0.6, '%/y per SD', { site: 'LS' }),
    num('fn-per-sd', 'Faster FN loss per +1 SD U-NTX across the MT', 'other', 0.4, '%/y per SD', { site: 'FN' }),
  ],
  A18: [
    range('ctx', 'Serum CTX, early postmenopause vs premenopause, % higher', 'marker-change', 50, 100, '%', { approx: true, time: fmp(2, 2) }),
    range('p1np', 'Serum P1NP, early postmenopause vs premenopause, % higher', 'marker-change', 30, 50, '%', { approx: true, time: fmp(2, 2) }),
  ],
  A19: [
    num('women-hip', 'Lifetime hip fracture risk from 50, white women', 'incidence', 17.5, '%'),
    num('women-vf', 'Lifetime clinical VF risk from 50, white women', 'incidence', 15.6, '%'),
    num('women-forearm', 'Lifetime distal forearm fracture risk from 50, white women', 'incidence', 16.0, '%'),
    num('men-hip', 'Lifetime hip fracture risk from 50, men', 'incidence', 6, '%'),
    num('men-vf', 'Lifetime clinical VF risk from 50, men', 'incidence', 5, '%'),
    num('men-forearm', 'Lifetime distal forearm fracture risk from 50, men', 'incidence', 3, '%'),
  ],

  // B-1 Denosumab
  B1: [
    num('vf', 'New VF risk vs placebo (RRR 68%), 36 mo', 'risk-change', -68, '%', { time: mo(36) }),
    num('hip', 'Hip fracture risk vs placebo (RRR 40%), 36 mo', 'risk-change', -40, '%', { time: mo(36) }),
    num('nv', 'NV fracture risk vs placebo (RRR 20%), 36 mo', 'risk-change', -20, '%', { time: mo(36) }),
  ],
  B2: [
    num('vf-dmab', 'New VF, denosumab, 36 mo', 'incidence', 2.3, '%', { arm: 'denosumab', time: mo(36) }),
    num('vf-pbo', 'New VF, placebo, 36 mo', 'incidence', 7.2, '%', { arm: 'placebo', time: mo(36) }),
    num('hip-dmab', 'Hip fracture, denosumab, 36 mo', 'incidence', 0.7, '%', { arm: 'denosumab', time: mo(36) }),
    num('hip-pbo', 'Hip fracture, placebo, 36 mo', 'incidence', 1.2, '%', { arm: 'placebo', time: mo(36) }),
    num('nv-dmab', 'NV fracture, denosumab, 36 mo', 'incidence', 6.5, '%', { arm: 'denosumab', time: mo(36) }),
    num('nv-pbo', 'NV fracture, placebo, 36 mo', 'incidence', 8.0, '%', { arm: 'placebo', time: mo(36) }),
  ],
  B3: [
    num('dmab-12', 'TH BMD % change, denosumab, 12 mo', 'bmd-change', 3.2, '%', { site: 'TH', arm: 'denosumab', time: mo(12) }),
    num('dmab-24', 'TH BMD % change, denosumab, 24 mo', 'bmd-change', 4.4, '%', { site: 'TH', arm: 'denosumab', time: mo(24) }),
    num('dmab-36', 'TH BMD % change, denosumab, 36 mo', 'bmd-change', 5.0, '%', { site: 'TH', arm: 'denosumab', time: mo(36) }),
    num('pbo-12', 'TH BMD % change, placebo, 12 mo', 'bmd-change', 0.0, '%', { site: 'TH', arm: 'placebo', time: mo(12) }),
    num('pbo-24', 'TH BMD % change, placebo, 24 mo', 'bmd-change', -0.7, '%', { site: 'TH', arm: 'placebo', time: mo(24) }),
    num('pbo-36', 'TH BMD % change, placebo, 36 mo', 'bmd-change', -1.4, '%', { site: 'TH', arm: 'placebo', time: mo(36) }),
    num('diff-12', 'TH BMD, denosumab minus placebo, 12 mo', 'bmd-difference', 3.3, 'pp', { site: 'TH', time: mo(12), ci: [3.1, 3.4] }),
    num('diff-24', 'TH BMD, denosumab minus placebo, 24 mo', 'bmd-difference', 5.1, 'pp', { site: 'TH', time: mo(24), ci: [4.9, 5.2] }),
    num('diff-36', 'TH BMD, denosumab minus placebo, 36 mo', 'bmd-difference', 6.4, 'pp', { site: 'TH', time: mo(36), ci: [6.2, 6.6] }),
  ],
  B4: [
    num('ls-diff', 'LS BMD, denosumab minus placebo, 36 mo', 'bmd-difference', 9.2, 'pp', { site: 'LS', time: mo(36) }),
    num('th-diff', 'TH BMD, denosumab minus placebo, 36 mo (primary paper)', 'bmd-difference', 6.0, 'pp', { site: 'TH', time: mo(36) }),
  ],
  B5: [
    num('rr-12', 'New or worsening VF RR, 12 mo', 'risk-ratio', 0.39, 'RR', { time: mo(12), ci: [0.26, 0.58] }),
    num('rr-24', 'New or worsening VF RR, 24 mo', 'risk-ratio', 0.29, 'RR', { time: mo(24), ci: [0.21, 0.39] }),
    num('rr-36', 'New or worsening VF RR, 36 mo', 'risk-ratio', 0.32, 'RR', { time: mo(36), ci: [0.26, 0.41] }),
  ],
  B6: [
    num('hr-12', 'NV fracture HR, 12 mo', 'risk-ratio', 0.84, 'HR', { time: mo(12), ci: [0.65, 1.11] }),
    num('hr-24', 'NV fracture HR, 24 mo', 'risk-ratio', 0.79, 'HR', { time: mo(24), ci: [0.64, 0.96] }),
    num('hr-36', 'NV fracture HR, 36 mo', 'risk-ratio', 0.8, 'HR', { time: mo(36), ci: [0.67, 0.95] }),
  ],
  B7: [
    num('ctx-1', 'Serum CTX % change, denosumab, 1 mo', 'marker-change', -86, '%', { arm: 'denosumab', time: mo(1), approx: true }),
    num('ctx-36', 'Serum CTX % change, denosumab, 36 mo (pre-dose trough)', 'marker-change', -72, '%', { arm: 'denosumab', time: mo(36), approx: true }),
    num('p1np-36', 'P1NP % change, denosumab, 36 mo', 'marker-change', -76, '%', { arm: 'denosumab', time: mo(36), approx: true }),
  ],
  B8: [
    num('ls', 'LS BMD % change, denosumab long-term group, 5 y', 'bmd-change', 13.7, '%', { site: 'LS', arm: 'denosumab', time: yr(5) }),
    num('th', 'TH BMD % change, denosumab long-term group, 5 y', 'bmd-change', 7.0, '%', { site: 'TH', arm: 'denosumab', time: yr(5) }),
  ],
  B12: [
    num('nv-rate-y1-3', 'NV fracture rate, denosumab years 1-3', 'event-rate', 2.15, 'per 100 PY'),
    num('nv-rate-y4', 'NV fracture rate, denosumab year 4', 'event-rate', 1.36, 'per 100 PY'),
    num('rr-y4', 'NV fracture RR, year 4 vs years 1-3', 'risk-ratio', 0.64, 'RR', { ci: [0.48, 0.85] }),
    num('rr-y4-7', 'NV fracture RR, years 4-7 vs years 1-3', 'risk-ratio', 0.79, 'RR', { ci: [0.62, 1.0] }),
  ],
  B13: [
    num('onj-rate', 'ONJ exposure-adjusted rate, Extension', 'event-rate', 5.2, 'per 10,000 PY'),
    num('onj-procedure', 'ONJ with an invasive oral procedure', 'incidence', 0.68, '%'),
    num('onj-no-procedure', 'ONJ without an invasive oral procedure', 'incidence', 0.05, '%'),
    num('procedure-share', 'Share reporting >=1 invasive oral procedure', 'proportion', 45.1, '%'),
    num('onj-crossover', 'ONJ cases adjudicated in the cross-over group by year 2', 'count', 2, 'n', { time: yr(2) }),
  ],
  B14: [
    num('onj', 'ONJ cases at 10 y', 'count', 13, 'n', { time: yr(10) }),
    num('aff', 'Atypical femoral fractures at 10 y', 'count', 2, 'n', { time: yr(10) }),
  ],
  B15: [num('half-life', 'Denosumab half-life', 'other', 26, 'd', { approx: true })],
  B16: [
    qual('btm-rise', 'Resorption marker rise over the 3 mo after the omitted dose, % of baseline', 'BTMs rise 3 mo after a scheduled dose is omitted', { direction: 'increase', unit: '%', time: mo(3) }),
    qual('btm-above-baseline', 'Resorption marker % change from pre-treatment baseline, 6 mo after the omitted dose', 'BTMs exceed baseline by 6 mo', { direction: 'increase', unit: '%', time: mo(6) }),
    num('bmd-th-12', 'TH BMD % change from pre-treatment baseline, 12 mo off treatment', 'bmd-change', 0, '%', { site: 'TH', time: mo(12), derived: '"BMD back to baseline" = 0% change from the pre-treatment value' }),
    num('bmd-ls-12', 'LS BMD % change from pre-treatment baseline, 12 mo off treatment', 'bmd-change', 0, '%', { site: 'LS', time: mo(12), derived: '"BMD back to baseline" = 0% change from the pre-treatment value' }),
  ],
  B18: [
    num('or-prior-vf', 'Multiple VF after stopping: OR with a prior VF', 'risk-ratio', 3.9, 'OR', { ci: [2.1, 7.2] }),
    num('or-per-year', 'Multiple VF after stopping: OR per extra year off treatment', 'risk-ratio', 1.6, 'OR', { ci: [1.3, 1.9] }),
    num('or-per-bmd-loss', 'Multiple VF after stopping: OR per 1% annualized TH BMD loss', 'risk-ratio', 1.2, 'OR', { ci: [1.1, 1.3] }),
  ],

  // B-2 Bisphosphonates
  B20: [
    num('vf-aln', 'New morphometric VF, alendronate, 36 mo', 'incidence', 8.0, '%', { arm: 'alendronate', time: mo(36) }),
    num('vf-pbo', 'New morphometric VF, placebo, 36 mo', 'incidence', 15.0, '%', { arm: 'placebo', time: mo(36) }),
    num('vf-rr', 'New morphometric VF RR, 36 mo', 'risk-ratio', 0.53, 'RR', { time: mo(36), ci: [0.41, 0.68] }),
    num('cvf-aln', 'Clinical VF, alendronate, 36 mo', 'incidence', 2.3, '%', { arm: 'alendronate', time: mo(36) }),
    num('cvf-pbo', 'Clinical VF, placebo, 36 mo', 'incidence', 5.0, '%', { arm: 'placebo', time: mo(36) }),
    num('cvf-rh', 'Clinical VF relative hazard, 36 mo', 'risk-ratio', 0.45, 'RH', { time: mo(36), ci: [0.27, 0.72] }),
  ],
  B21: [
    num('hip-rh', 'Hip fracture relative hazard, 36 mo', 'risk-ratio', 0.49, 'RH', { time: mo(36), ci: [0.23, 0.99] }),
    num('clinical-aln', 'Any clinical fracture, alendronate, 36 mo', 'incidence', 13.6, '%', { arm: 'alendronate', time: mo(36) }),
    num('clinical-pbo', 'Any clinical fracture, placebo, 36 mo', 'incidence', 18.2, '%', { arm: 'placebo', time: mo(36) }),
    num('clinical-rh', 'Any clinical fracture relative hazard, 36 mo', 'risk-ratio', 0.72, 'RH', { time: mo(36), ci: [0.58, 0.9] }),
  ],
  B22: [
    num('hip', 'Hip fracture RR (pooled)', 'risk-ratio', 0.47, 'RR', { ci: [0.26, 0.79] }),
    num('vf', 'Radiographic VF RR (pooled)', 'risk-ratio', 0.52, 'RR', { ci: [0.42, 0.66] }),
    num('cvf', 'Clinical VF RR (pooled)', 'risk-ratio', 0.55, 'RR', { ci: [0.36, 0.82] }),
    num('clinical', 'All clinical fractures RR (pooled)', 'risk-ratio', 0.7, 'RR', { ci: [0.59, 0.82] }),
    qual('early', 'Time to a significant effect', 'significant by 12 mo', { time: mo(12) }),
  ],
  B23: [
    num('ls-diff', 'LS BMD, alendronate minus placebo, 36 mo', 'bmd-difference', 6.2, 'pp', { site: 'LS', time: mo(36), approx: true }),
    num('fn-diff', 'FN BMD, alendronate minus placebo, 36 mo', 'bmd-difference', 4.1, 'pp', { site: 'FN', time: mo(36), approx: true }),
    num('th-diff', 'TH BMD, alendronate minus placebo, 36 mo', 'bmd-difference', 4.7, 'pp', { site: 'TH', time: mo(36), approx: true }),
  ],
  B25: [
    num('vf-zol', 'Morphometric VF, zoledronic acid, 36 mo', 'count', 92, 'n', { arm: 'zoledronic acid', n: 2788, time: mo(36) }),
    num('vf-pbo', 'Morphometric VF, placebo, 36 mo', 'count', 310, 'n', { arm: 'placebo', n: 2844, time: mo(36) }),
    num('vf-or', 'Morphometric VF OR, 36 mo', 'risk-ratio', 0.32, 'OR', { time: mo(36), ci: [0.26, 0.39] }),
    num('vf-rr', 'Morphometric VF published RR (RRR 70%), 36 mo', 'risk-ratio', 0.3, 'RR', { time: mo(36), status: 'UNVERIFIED' }),
    num('hip-zol', 'Hip fracture, zoledronic acid, 36 mo', 'count', 52, 'n', { arm: 'zoledronic acid', n: 3714, time: mo(36) }),
    num('hip-pbo', 'Hip fracture, placebo, 36 mo', 'count', 88, 'n', { arm: 'placebo', n: 3520, time: mo(36) }),
    num('hip-or', 'Hip fracture OR, 36 mo', 'risk-ratio', 0.56, 'OR', { time: mo(36) }),
    num('hip-hr', 'Hip fracture published HR (RRR 41%), 36 mo', 'risk-ratio', 0.59, 'HR', { time: mo(36) }),
    num('nv-zol', 'NV fracture, zoledronic acid, 36 mo', 'count', 292, 'n', { arm: 'zoledronic acid', n: 3650, time: mo(36) }),
    num('nv-pbo', 'NV fracture, placebo, 36 mo', 'count', 388, 'n', { arm: 'placebo', n: 3626, time: mo(36) }),
    num('nv-or', 'NV fracture OR, 36 mo', 'risk-ratio', 0.73, 'OR', { time: mo(36) }),
    num('cvf-zol', 'Clinical VF, zoledronic acid, 36 mo', 'count', 19, 'n', { arm: 'zoledronic acid', n: 3800, time: mo(36) }),
    num('cvf-pbo', 'Clinical VF, placebo, 36 mo', 'count', 84, 'n', { arm: 'placebo', n: 3231, time: mo(36) }),
    num('cvf-or', 'Clinical VF OR, 36 mo', 'risk-ratio', 0.23, 'OR', { time: mo(36) }),
  ],
  B26: [
    num('th-diff', 'TH BMD, zoledronic acid minus placebo, 36 mo', 'bmd-difference', 6.0, 'pp', { site: 'TH', time: mo(36) }),
    num('ls-diff', 'LS BMD, zoledronic acid minus placebo, 36 mo', 'bmd-difference', 6.7, 'pp', { site: 'LS', time: mo(36) }),
    num('fn-diff', 'FN BMD, zoledronic acid minus placebo, 36 mo', 'bmd-difference', 5.1, 'pp', { site: 'FN', time: mo(36) }),
    num('ctx-12', 'Serum CTX % change, zoledronic acid, 12 mo', 'marker-change', -59, '%', { arm: 'zoledronic acid', time: mo(12), approx: true }),
  ],
  B27: [
    num('clinical-zol', 'New clinical fracture, zoledronic acid', 'incidence', 8.6, '%', { arm: 'zoledronic acid', time: yr(1.9) }),
    num('clinical-pbo', 'New clinical fracture, placebo', 'incidence', 13.9, '%', { arm: 'placebo', time: yr(1.9) }),
    num('clinical-rrr', 'New clinical fracture risk vs placebo (RRR 35%)', 'risk-change', -35, '%', { time: yr(1.9) }),
    num('cvf-zol', 'Clinical VF, zoledronic acid', 'incidence', 1.7, '%', { arm: 'zoledronic acid', time: yr(1.9) }),
    num('cvf-pbo', 'Clinical VF, placebo', 'incidence', 3.8, '%', { arm: 'placebo', time: yr(1.9) }),
    num('nv-zol', 'NV fracture, zoledronic acid', 'incidence', 7.6, '%', { arm: 'zoledronic acid', time: yr(1.9) }),
    num('nv-pbo', 'NV fracture, placebo', 'incidence', 10.7, '%', { arm: 'placebo', time: yr(1.9) }),
    num('death-zol', 'Death, zoledronic acid', 'incidence', 9.6, '%', { arm: 'zoledronic acid', time: yr(1.9) }),
    num('death-pbo', 'Death, placebo', 'incidence', 13.3, '%', { arm: 'placebo', time: yr(1.9) }),
    num('death-change', 'Death vs placebo', 'risk-change', -28, '%', { time: yr(1.9) }),
    qual('onj', 'ONJ cases', 'no ONJ', { direction: 'none', within: 0, unit: 'n' }),
  ],
  B29: [num('hr', 'Fragility fracture HR, 6 y', 'risk-ratio', 0.63, 'HR', { time: yr(6), approx: true, status: 'UNVERIFIED' })],
  B30: [
    num('vf-rrr', 'New VF risk vs placebo (RRR 41%), 3 y', 'risk-change', -41, '%', { time: mo(36) }),
    num('nv-rrr', 'NV fracture risk vs placebo (RRR 39%), 3 y', 'risk-change', -39, '%', { time: mo(36) }),
    num('ls', 'LS BMD % change, risedronate, 36 mo', 'bmd-change', 5.4, '%', { site: 'LS', arm: 'risedronate', time: mo(36) }),
    num('fn', 'FN BMD % change, risedronate, 36 mo', 'bmd-change', 1.6, '%', { site: 'FN', arm: 'risedronate', time: mo(36) }),
  ],
  B31: [
    num('hip', 'Hip fracture RR, overall, 3 y', 'risk-ratio', 0.7, 'RR', { time: yr(3) }),
    num('hip-70-79', 'Hip fracture RR, women 70-79 with osteoporosis, 3 y', 'risk-ratio', 0.6, 'RR', { time: yr(3) }),
  ],
  B32: [
    num('class', 'Hip fracture RR, bisphosphonate class', 'risk-ratio', 0.66, 'RR', { ci: [0.56, 0.77] }),
    num('zoledronate', 'Hip fracture RR, zoledronate', 'risk-ratio', 0.6, 'RR', { ci: [0.46, 0.78] }),
    num('risedronate', 'Hip fracture RR, risedronate', 'risk-ratio', 0.74, 'RR', { ci: [0.59, 0.94] }),
    num('alendronate', 'Hip fracture RR, alendronate', 'risk-ratio', 0.61, 'RR', { ci: [0.4, 0.95] }),
  ],
  B33: [
    num('aff-rate', 'AFF rate with bisphosphonate use', 'event-rate', 5, 'per 10,000 PY', { approx: true }),
    num('aff-rr', 'AFF age-adjusted RR', 'risk-ratio', 47, 'RR', { approx: true }),
    num('aff-short', 'AFF rate, <2 y of use', 'event-rate', 2, 'per 100,000 PY', { approx: true }),
    num('aff-long', 'AFF rate, 8-10 y of use', 'event-rate', 113, 'per 100,000 PY', { approx: true }),
  ],

  // B-3 Anabolics
  B34: [
    num('n', 'Randomized', 'count', 1637, 'n', ctx),
    num('n-pbo', 'Placebo arm', 'count', 544, 'n', ctx),
    num('n-20', 'Teriparatide 20 µg arm', 'count', 541, 'n', ctx),
    num('n-40', 'Teriparatide 40 µg arm', 'count', 552, 'n', ctx),
    num('observation', 'Median observation', 'other', 21, 'mo', ctx),
    range('treatment', 'Mean treatment', 'other', 18, 19, 'mo', { ...ctx, approx: true }),
  ],
  B35: [
    num('vf-pbo', 'New VF, placebo', 'incidence', 14, '%', { arm: 'placebo', time: mo(21) }),
    num('vf-20', 'New VF, teriparatide 20 µg', 'incidence', 5, '%', { arm: 'teriparatide 20 µg', time: mo(21) }),
    num('vf-rr-20', 'New VF RR, teriparatide 20 µg', 'risk-ratio', 0.35, 'RR', { time: mo(21) }),
    num('vf-40', 'New VF, teriparatide 40 µg', 'incidence', 4, '%', { arm: 'teriparatide 40 µg', time: mo(21) }),
    num('vf-rr-40', 'New VF RR, teriparatide 40 µg', 'risk-ratio', 0.31, 'RR', { time: mo(21) }),
    num('nv-pbo', 'NV fragility fracture, placebo', 'incidence', 6, '%', { arm: 'placebo', time: mo(21) }),
    num('nv-tptd', 'NV fragility fracture, teriparatide', 'incidence', 3, '%', { arm: 'teriparatide', time: mo(21) }),
    num('nv-rr', 'NV fragility fracture RR', 'risk-ratio', 0.47, 'RR', { time: mo(21), approx: true }),
  ],
  B36: [
    num('ls-20', 'LS BMD, teriparatide 20 µg minus placebo, 21 mo', 'bmd-difference', 9, 'pp', { site: 'LS', arm: 'teriparatide 20 µg', time: mo(21) }),
    num('ls-40', 'LS BMD, teriparatide 40 µg minus placebo, 21 mo', 'bmd-difference', 13, 'pp', { site: 'LS', arm: 'teriparatide 40 µg', time: mo(21) }),
    num('fn-20', 'FN BMD, teriparatide 20 µg minus placebo, 21 mo', 'bmd-difference', 3, 'pp', { site: 'FN', arm: 'teriparatide 20 µg', time: mo(21) }),
    num('fn-40', 'FN BMD, teriparatide 40 µg minus placebo, 21 mo', 'bmd-difference', 6, 'pp', { site: 'FN', arm: 'teriparatide 40 µg', time: mo(21) }),
  ],
  B37: [
    num('pbo-1', 'New VF, placebo, 1 prevalent VF', 'incidence', 7, '%', { arm: 'placebo', time: mo(21) }),
    num('pbo-2', 'New VF, placebo, 2 prevalent VF', 'incidence', 16, '%', { arm: 'placebo', time: mo(21) }),
    num('pbo-3', 'New VF, placebo, >=3 prevalent VF', 'incidence', 23, '%', { arm: 'placebo', time: mo(21) }),
    qual('tptd-gradient', 'VF risk gradient with prevalent VF on teriparatide', 'no such gradient on teriparatide', { arm: 'teriparatide 20 µg' }),
  ],
  B39: [
    num('effect-dose', 'Dose with a significant bone-tumor increase (20-24 mo)', 'other', 30, 'µg/kg/d'),
    num('no-effect-dose', 'Dose with no bone tumors (6 or 20 mo, from 6 mo of age)', 'other', 5, 'µg/kg/d'),
  ],
  B40: [
    num('effect-dose', 'Dose with increased osteosarcoma (2 y)', 'other', 13.6, 'µg/kg/d'),
    num('no-effect-dose', 'No-effect level (2 y)', 'other', 4.5, 'µg/kg/d'),
  ],
  B41: [
    num('course', 'Lifetime teriparatide course limit', 'other', 24, 'mo'),
    qual('relaxed', 'Label change', 'FDA relaxed the limit in 2020', { status: 'UNVERIFIED' }),
  ],
  B42: [
    num('vf-abalo', 'New morphometric VF, abaloparatide, 18 mo', 'incidence', 0.58, '%', { arm: 'abaloparatide', time: mo(18), events: 4 }),
    num('vf-pbo', 'New morphometric VF, placebo, 18 mo', 'incidence', 4.22, '%', { arm: 'placebo', time: mo(18), events: 30 }),
    num('vf-rr', 'New morphometric VF RR, abaloparatide vs placebo', 'risk-ratio', 0.14, 'RR', { time: mo(18), ci: [0.05, 0.39] }),
    num('vf-rd', 'New morphometric VF risk difference, abaloparatide vs placebo', 'risk-difference', -3.64, 'pp', { time: mo(18), ci: [-5.42, -2.1] }),
    num('vf-tptd', 'New morphometric VF, teriparatide, 18 mo', 'incidence', 0.84, '%', { arm: 'teriparatide', time: mo(18), events: 6 }),
  ],
  B43: [
    num('nv-abalo', 'NV fracture (Kaplan-Meier), abaloparatide', 'incidence', 2.7, '%', { arm: 'abaloparatide', time: mo(18) }),
    num('nv-pbo', 'NV fracture (Kaplan-Meier), placebo', 'incidence', 4.7, '%', { arm: 'placebo', time: mo(18) }),
    num('nv-hr', 'NV fracture HR, abaloparatide vs placebo', 'risk-ratio', 0.57, 'HR', { time: mo(18), ci: [0.32, 1.0] }),
    num('nv-tptd', 'NV fracture (Kaplan-Meier), teriparatide', 'incidence', 3.3, '%', { arm: 'teriparatide', time: mo(18) }),
    num('hypercalcemia-abalo', 'Hypercalcemia, abaloparatide', 'incidence', 3.4, '%', { arm: 'abaloparatide', time: mo(18) }),
    num('hypercalcemia-tptd', 'Hypercalcemia, teriparatide', 'incidence', 6.4, '%', { arm: 'teriparatide', time: mo(18) }),
  ],
  B44: [
    num('ls', 'LS BMD % change, abaloparatide, 18 mo', 'bmd-change', 9.2, '%', { site: 'LS', arm: 'abaloparatide', time: mo(18), note: 'reported "vs placebo"; read as the arm change (protocol B44)' }),
    num('th', 'TH BMD % change, abaloparatide, 18 mo', 'bmd-change', 3.4, '%', { site: 'TH', arm: 'abaloparatide', time: mo(18), note: 'reported "vs placebo"; read as the arm change (protocol B44)' }),
    num('fn', 'FN BMD % change, abaloparatide, 18 mo', 'bmd-change', 2.9, '%', { site: 'FN', arm: 'abaloparatide', time: mo(18), note: 'reported "vs placebo"; read as the arm change (protocol B44)' }),
    num('mof-pbo', 'Major osteoporotic fracture vs placebo', 'risk-change', -70, '%', { time: mo(18) }),
    num('mof-tptd', 'Major osteoporotic fracture vs teriparatide', 'risk-change', -55, '%', { time: mo(18) }),
  ],
  B45: [
    num('udr', 'Ultradistal radius BMD, abaloparatide minus placebo', 'bmd-difference', 2.25, 'pp', { site: 'radius', time: mo(18), ci: [1.38, 3.12] }),
    num('third-radius-tptd', '1/3 radius BMD, teriparatide minus placebo', 'bmd-difference', -1.66, 'pp', { site: 'radius', time: mo(18) }),
    num('wrist-hr', 'Wrist fracture HR, abaloparatide vs teriparatide', 'risk-ratio', 0.43, 'HR', { time: mo(18), ci: [0.18, 1.03] }),
  ],
  B46: [
    num('n', 'Randomized', 'count', 7180, 'n', ctx),
    num('cvf-romo', 'Clinical VF, romosozumab, 12 mo', 'count', 3, 'n', { arm: 'romosozumab', time: mo(12) }),
    num('cvf-pbo', 'Clinical VF, placebo, 12 mo', 'count', 17, 'n', { arm: 'placebo', time: mo(12) }),
    num('cvf-hr', 'Clinical VF HR, 12 mo', 'risk-ratio', 0.17, 'HR', { time: mo(12), ci: [0.05, 0.58] }),
    num('cvf-rrr', 'Clinical VF risk vs placebo (RRR 83%), 12 mo', 'risk-change', -83, '%', { time: mo(12) }),
  ],
  B47: [
    num('vf-romo-12', 'New VF, romosozumab, 12 mo', 'incidence', 0.5, '%', { arm: 'romosozumab', time: mo(12) }),
    num('vf-pbo-12', 'New VF, placebo, 12 mo', 'incidence', 1.8, '%', { arm: 'placebo', time: mo(12) }),
    num('vf-rrr-12', 'New VF risk vs placebo (RRR 73%), 12 mo', 'risk-change', -73, '%', { time: mo(12) }),
    num('vf-romo-24', 'New VF, romosozumab then denosumab, 24 mo', 'incidence', 0.6, '%', { arm: 'romosozumab → denosumab', time: mo(24) }),
    num('vf-pbo-24', 'New VF, placebo then denosumab, 24 mo', 'incidence', 2.5, '%', { arm: 'placebo → denosumab', time: mo(24) }),
    num('vf-rrr-24', 'New VF risk vs placebo (RRR 75%), 24 mo', 'risk-change', -75, '%', { time: mo(24) }),
    num('ls-diff', 'LS BMD, romosozumab minus placebo, 12 mo', 'bmd-difference', 13.3, 'pp', { site: 'LS', time: mo(12) }),
    num('th-diff', 'TH BMD, romosozumab minus placebo, 12 mo', 'bmd-difference', 6.8, 'pp', { site: 'TH', time: mo(12) }),
  ],
  B48: [
    num('vf-latam', 'VF risk vs placebo (RRR 70%), Latin America', 'risk-change', -70, '%', { time: mo(12) }),
    num('vf-row', 'VF risk vs placebo (RRR 74%), rest of world', 'risk-change', -74, '%', { time: mo(12) }),
    num('nv-row', 'NV risk vs placebo (RRR 42%), rest of world', 'risk-change', -42, '%', { time: mo(12) }),
    qual('nv-latam', 'NV risk reduction, Latin America', 'no NV reduction in Latin America', { time: mo(12) }),
    num('nv-pbo-latam', 'NV fracture, placebo, Latin America', 'incidence', 1.2, '%', { arm: 'placebo', time: mo(12) }),
  ],
  B49: [
    num('frame-romo', 'Moderate or severe new VF, romosozumab (FRAME)', 'incidence', 0.25, '%', { arm: 'romosozumab', time: mo(12) }),
    num('frame-pbo', 'Moderate or severe new VF, placebo (FRAME)', 'incidence', 1.42, '%', { arm: 'placebo', time: mo(12) }),
    num('arch-romo', 'Moderate or severe new VF, romosozumab (ARCH)', 'incidence', 2.78, '%', { arm: 'romosozumab', time: mo(12) }),
    num('arch-aln', 'Moderate or severe new VF, alendronate (ARCH)', 'incidence', 4.0, '%', { arm: 'alendronate', time: mo(12) }),
  ],
  B51: [
    num('vf-romo', 'New VF, romosozumab then alendronate, 24 mo', 'incidence', 6.2, '%', { arm: 'romosozumab → alendronate', time: mo(24) }),
    num('vf-aln', 'New VF, alendronate, 24 mo', 'incidence', 11.9, '%', { arm: 'alendronate', time: mo(24) }),
    num('vf-rrr', 'New VF risk vs alendronate (RRR 48%), 24 mo', 'risk-change', -48, '%', { time: mo(24) }),
    num('clinical-rrr', 'Clinical fracture risk vs alendronate (RRR 27%)', 'risk-change', -27, '%'),
    num('hip-rrr', 'Hip fracture risk vs alendronate (RRR 38%)', 'risk-change', -38, '%'),
    num('cv-romo', 'Adjudicated serious CV events, romosozumab', 'incidence', 2.5, '%', { arm: 'romosozumab' }),
    num('cv-aln', 'Adjudicated serious CV events, alendronate', 'incidence', 1.9, '%', { arm: 'alendronate' }),
  ],

  // B-4 Other agents
  B53: [
    num('vf-all', 'New VF, all arms, 36 mo', 'incidence', 7.4, '%', { events: 503, n: 6828, time: mo(36) }),
    num('vf-pbo', 'New VF, placebo, 36 mo', 'incidence', 10.1, '%', { arm: 'placebo', time: mo(36), status: 'V' }),
    num('vf-60', 'New VF, raloxifene 60 mg, 36 mo', 'incidence', 6.6, '%', { arm: 'raloxifene 60 mg', time: mo(36), status: 'V' }),
    num('vf-120', 'New VF, raloxifene 120 mg, 36 mo', 'incidence', 5.4, '%', { arm: 'raloxifene 120 mg', time: mo(36), status: 'UNVERIFIED' }),
    num('rr-60', 'New VF RR, raloxifene 60 mg', 'risk-ratio', 0.7, 'RR', { time: mo(36), ci: [0.5, 0.8], status: 'UNVERIFIED' }),
    num('rr-120', 'New VF RR, raloxifene 120 mg', 'risk-ratio', 0.5, 'RR', { time: mo(36), ci: [0.4, 0.6], status: 'UNVERIFIED' }),
  ],
  B54: [
    num('vf-rr-60', 'Cumulative VF RR, raloxifene 60 mg, 4 y', 'risk-ratio', 0.64, 'RR', { time: yr(4), ci: [0.53, 0.76] }),
    num('vf-rr-120', 'Cumulative VF RR, raloxifene 120 mg, 4 y', 'risk-ratio', 0.57, 'RR', { time: yr(4), ci: [0.48, 0.69] }),
    num('nv-rr', 'NV fracture RR, 4 y (not reduced)', 'risk-ratio', 0.93, 'RR', { time: yr(4), ci: [0.81, 1.06] }),
  ],
  B55: [
    num('fn-diff', 'FN BMD, raloxifene 60 mg minus placebo, 36 mo', 'bmd-difference', 2.1, 'pp', { site: 'FN', time: mo(36) }),
    num('ls-diff', 'LS BMD, raloxifene 60 mg minus placebo, 36 mo', 'bmd-difference', 2.6, 'pp', { site: 'LS', time: mo(36) }),
  ],
  B56: [
    num('vf-hr', 'Morphometric VF HR', 'risk-ratio', 0.46, 'HR', { time: yr(5) }),
    num('hip-hr', 'Hip fracture HR', 'risk-ratio', 0.53, 'HR', { time: yr(5) }),
    num('nv-hr', 'NV fracture HR', 'risk-ratio', 0.77, 'HR', { time: yr(5) }),
    num('stroke-hr', 'Stroke HR', 'risk-ratio', 1.37, 'HR', { time: yr(5), ci: [1.1, 1.71] }),
  ],
  B58: [
    num('fracture-ht', 'Any fracture, estrogen + progestin', 'incidence', 8.6, '%', { arm: 'estrogen + progestin', time: yr(5.6) }),
    num('fracture-pbo', 'Any fracture, placebo', 'incidence', 11.1, '%', { arm: 'placebo', time: yr(5.6) }),
    num('fracture-hr', 'Any fracture HR', 'risk-ratio', 0.76, 'HR', { time: yr(5.6), ci: [0.69, 0.83] }),
    num('th-ht', 'TH BMD % change, estrogen + progestin, 3 y', 'bmd-change', 3.7, '%', { site: 'TH', arm: 'estrogen + progestin', time: yr(3) }),
    num('th-pbo', 'TH BMD % change, placebo, 3 y', 'bmd-change', 0.14, '%', { site: 'TH', arm: 'placebo', time: yr(3) }),
  ],
  B59: [num('hip-hr', 'Hip fracture HR', 'risk-ratio', 0.67, 'HR', { time: yr(5.6), ci: [0.47, 0.96] })],
  B61: [
    num('hip-bmd-diff', 'Hip BMD, Ca + vit D minus placebo', 'bmd-difference', 1.06, 'pp', { site: 'TH', time: yr(7) }),
    num('hip-hr', 'Hip fracture HR', 'risk-ratio', 0.88, 'HR', { time: yr(7), ci: [0.72, 1.08] }),
    num('spine-hr', 'Clinical spine fracture HR', 'risk-ratio', 0.9, 'HR', { time: yr(7), ci: [0.74, 1.1] }),
    num('total-hr', 'Total fracture HR', 'risk-ratio', 0.96, 'HR', { time: yr(7), ci: [0.91, 1.02] }),
    qual('kidney-stones', 'Kidney stones vs placebo', 'more kidney stones', { direction: 'increase' }),
  ],
  B62: [
    num('hip-hr', 'Hip fracture HR after >=5 y, women without personal supplements', 'risk-ratio', 0.62, 'HR', { time: yr(5), ci: [0.38, 1.0] }),
    num('vf-hr', 'Vertebral fracture HR, whole study', 'risk-ratio', 0.87, 'HR', { ci: [0.76, 0.98] }),
  ],

  // C. Fracture risk vs BMD, definitions, risk tools
  C1: [
    num('osteopenia', 'T-score upper limit of osteopenia (normal: T >= -1.0)', 'other', -1.0, 'T-score', ctx),
    num('osteoporosis', 'T-score limit of osteoporosis (T <= -2.5)', 'other', -2.5, 'T-score', ctx),
  ],
  C2: [
    num('any', 'Fracture RR per 1 SD lower BMD, any site for any fracture', 'risk-ratio', 1.5, 'RR', { ci: [1.4, 1.6] }),
    num('spine-vf', 'VF RR per 1 SD lower spine BMD', 'risk-ratio', 2.3, 'RR', { ci: [1.9, 2.8] }),
    num('hip-hip', 'Hip fracture RR per 1 SD lower hip BMD', 'risk-ratio', 2.6, 'RR', { ci: [2.0, 3.5] }),
  ],
  C5: [
    num('men', 'Incident fracture HR per SD lower FN BMD, men (adjusted)', 'risk-ratio', 1.92, 'HR', { ci: [1.04, 3.54] }),
    num('women', 'Incident fracture HR per SD lower FN BMD, women (adjusted)', 'risk-ratio', 1.77, 'HR', { ci: [1.16, 2.71] }),
    num('fall-men', 'Prior fall, unadjusted HR, men', 'risk-ratio', 7.31, 'HR'),
    num('fall-women', 'Prior fall, unadjusted HR, women', 'risk-ratio', 8.56, 'HR'),
  ],
  C7: [
    num('ntx-rate', 'Fracture hazard per +1 SD in the rate of U-NTX rise', 'risk-change', 24, '%'),
    num('ntx-level', 'Fracture hazard per +1 SD U-NTX in early postmenopause', 'risk-change', 27, '%'),
    num('fast-high', 'Fracture HR, fast rise plus high peak', 'risk-ratio', 1.8, 'HR', { ci: [1.0, 3.22] }),
  ],
  C8: [
    qual('inputs', 'Garvan nomogram', '5 predictors (age, FN BMD or weight, fractures after 50, falls in 12 mo, sex); 5-y and 10-y risk of hip and any fragility fracture'),
  ],
  C9: [qual('methods', 'Risk-tool outputs', 'FRAX gives a 10-y probability with competing mortality; Garvan and QFracture give incidence; QFracture is open source')],
  C10: [
    num('mof', 'Very high risk: FRAX 10-y MOF above', 'other', 30, '%', ctx),
    num('hip', 'Very high risk: FRAX 10-y hip above', 'other', 4.5, '%', ctx),
    num('t-score', 'Very high risk: T-score below', 'other', -3.0, 'T-score', ctx),
  ],
  C11: [
    range('doubling', 'Hip fracture incidence doubling time after 50', 'other', 5, 6, 'y', { approx: true }),
    range('60-64', 'Hip fracture incidence, women 60-64', 'event-rate', 0.5, 1, 'per 1000 per y', { approx: true, time: age(62) }),
    range('85', 'Hip fracture incidence, women >=85', 'event-rate', 15, 30, 'per 1000 per y', { approx: true, time: age(85) }),
  ],

  // D. MSC therapy, preclinical and clinical
  D2: [qual('reversal', 'Bone mass after IBM-BMT vs untreated SAMP6', 'IBM-BMT from young donors reversed established osteoporosis', { direction: 'increase' })],
  D4: [
    num('bmd-smd', 'BMD SMD, systemic MSCs vs control', 'other', 3.02, 'SMD', { ci: [1.84, 4.2] }),
    num('bvtv-smd', 'BV/TV SMD', 'other', 2.1, 'SMD', { ci: [1.16, 3.03] }),
    num('new-bone-smd', 'New bone area SMD', 'other', 7.03, 'SMD', { ci: [2.1, 11.96] }),
    qual('systemic', 'Effect with systemic vs local bone loss', 'larger effect when bone loss is systemic (p=0.05 BMD, 0.03 BV/TV)', { direction: 'increase' }),
  ],
  D5: [qual('bmd', 'BMD and BV/TV, BMSC vs OVX control', 'BMD and normalized BV/TV remarkably increased', { direction: 'increase' })],
  D6: [
    num('dose', 'BMSC dose IV', 'other', 3e6, 'cells', ctx),
    num('delay', 'Time from OVX to cells', 'other', 6, 'mo', ctx),
    num('readout', 'Readout after cells', 'other', 2, 'mo', ctx),
  ],
  D7: [qual('delay', 'Age-related osteoporosis, young BMSCs vs untreated old mice', 'young BMSCs delayed age-related osteoporosis and aging features', { direction: 'increase' })],
  D8: [qual('bone', 'BV/TV and strength, MSCs vs untreated', 'prevented loss of bone quality/strength', { direction: 'increase' })],
  D9: [qual('bone', 'Bone formation, secretome vs untreated old rats', 'secretome improved bone formation vs old untreated rats', { direction: 'increase' })],
  D10: [qual('bone', 'ALP, osteocalcin, type I collagen, trabecular area vs OVX + gelatin', 'higher than in OVX + gelatin controls at 4 and 8 wk', { direction: 'increase' })],
  D11: [
    qual('formation', 'TGF-β1, Runx2, osteoblasts, Osx, BMP-2 vs control', 'TGF-β1, Runx2, osteoblasts higher; Osx and BMP-2 higher', { direction: 'increase' }),
    qual('trap', 'TRAP vs control', 'TRAP lower', { direction: 'decrease' }),
  ],
  D12: [qual('trabecular', 'Femoral trabecular bone % vs OVX', 'femoral trabecular bone % increased vs OVX', { direction: 'increase' })],
  D13: [qual('bone', 'Osteoblastogenesis and bone mass vs untreated', 'rescued osteoblastogenesis and bone mass', { direction: 'increase' })],
  D14: [qual('bone', 'OVX bone loss with engineered MSCs', 'RANK-Fc- or CXCR4-overexpressing MSCs IV prevented OVX bone loss', { direction: 'increase' })],
  D15: [
    num('dose-low', 'Dose, first 4 patients', 'other', 2e6, 'cells/kg', ctx),
    num('dose-high', 'Dose, last 6 patients', 'other', 5e6, 'cells/kg', ctx),
    num('n', 'Patients', 'count', 10, 'n', ctx),
    num('follow-up', 'Follow-up', 'other', 24, 'mo', ctx),
  ],
  D16: [
    qual('osteogenic', 'Osteogenic capacity, OVX vs sham BMSCs', 'lower osteogenic', { direction: 'decrease' }),
    qual('adipogenic', 'Adipogenic capacity, OVX vs sham BMSCs', 'higher adipogenic', { direction: 'increase' }),
    qual('proliferative', 'Proliferative capacity, OVX vs sham BMSCs', 'higher proliferative capacity', { direction: 'increase' }),
    qual('chemotaxis', 'CXCR4, p-AKT and SDF-1α chemotaxis, OVX vs sham', 'lower CXCR4, p-AKT and SDF-1α chemotaxis', { direction: 'decrease' }),
  ],
  D17: [
    num('young-adult', 'SDF-1 migration, young / adult MSCs', 'ratio', 2, 'ratio'),
    num('young-ovx', 'SDF-1 migration, young / OVX MSCs', 'ratio', 4, 'ratio'),
  ],

  // E. MSC pharmacokinetics, safety, cell biology
  E1: [
    qual('lung-1h', 'Label at 1 h', 'at 1 h most Cr-51 label in the lungs'),
    qual('liver-24h', 'Label at 24 h', 'at 24 h mostly in the liver (debris)'),
    qual('viable', 'Viable MSCs', 'viable MSCs only in the lungs, up to 24 h, then gone'),
    num('dose', 'IV dose', 'other', 5e5, 'cells', ctx),
  ],
  E2: [
    num('nsc-mapc', 'Pulmonary passage, NSC and MAPC / MSC', 'ratio', 2, 'ratio'),
    num('bm-mnc', 'Pulmonary passage, BM mononuclear cells / MSC', 'ratio', 30, 'ratio'),
  ],
  E3: [qual('lung', 'IV MSCs', 'trapped in the lung')],
  E4: [
    range('lung', 'Share of an IV dose in the lungs within minutes', 'proportion', 80, 90, '%', { approx: true }),
    num('lung-half-life', 'Lung signal half-life', 'other', 24, 'h', { approx: true }),
    num('bone-1wk', 'Share in bone/marrow at 1 wk', 'proportion', 1, '%', { bound: 'below' }),
  ],
  E5: [
    range('msc', 'Culture-expanded MSC diameter', 'other', 15, 30, 'µm', { approx: true }),
    num('msc-mean', 'Mean MSC diameter', 'other', 20, 'µm', { approx: true }),
    range('capillary', 'Pulmonary capillary diameter', 'other', 5, 10, 'µm', { approx: true }),
  ],
  E6: [
    qual('dose', 'Embolic events, lesion size and deficits vs dose', 'cerebral blood flow fell, and embolic events, lesion size and sensorimotor deficits rose, with dose', { direction: 'increase' }),
    qual('slow', 'Complications of slow infusion (0.5 mL/6 min)', 'slow infusion had a high complication rate', { direction: 'increase' }),
    range('dose-range', 'Doses', 'other', 0, 1.0e6, 'cells', ctx),
  ],
  E7: [
    num('studies', 'Studies', 'count', 36, 'n', ctx),
    num('participants', 'Participants', 'count', 1012, 'n', ctx),
    qual('fever', 'Transient fever', 'significant association with transient fever', { direction: 'increase' }),
    qual('other-ae', 'Infusional toxicity, organ complications, infection, death, malignancy', 'no association'),
  ],
  E8: [
    num('fever', 'Transient fever OR', 'risk-ratio', 3.65, 'OR', { ci: [2.05, 6.49] }),
    num('site', 'Administration-site events OR', 'risk-ratio', 1.98, 'OR', { ci: [1.01, 3.87] }),
    num('constipation', 'Constipation OR', 'risk-ratio', 2.45, 'OR'),
    num('fatigue', 'Fatigue OR', 'risk-ratio', 2.99, 'OR'),
    num('sleeplessness', 'Sleeplessness OR', 'risk-ratio', 5.9, 'OR'),
    num('arrhythmia', 'Arrhythmia OR', 'risk-ratio', 0.62, 'OR', { ci: [0.36, 1.07] }),
  ],
  E9: [qual('fever', 'Associations of IV MSCs', 'fever is the only consistent association; no link to malignancy or death')],
  E10: [num('sae', 'Serious adverse events in 70 studies', 'count', 2, 'n')],
  E11: [
    range('general', 'Typical human IV dose', 'other', 1e6, 2e6, 'cells/kg', { status: 'UNVERIFIED', derived: '"1-2×10⁶ cells/kg" = 1×10⁶ to 2×10⁶' }),
    num('op-low', 'Osteoporosis Phase 1 dose, low', 'other', 2e6, 'cells/kg', { status: 'V' }),
    num('op-high', 'Osteoporosis Phase 1 dose, high', 'other', 5e6, 'cells/kg', { status: 'V' }),
  ],
  E12: [
    num('dose-1', 'Intra-articular dose 1', 'other', 1.0e7, 'cells', ctx),
    num('dose-2', 'Intra-articular dose 2', 'other', 5.0e7, 'cells', ctx),
    num('dose-3', 'Intra-articular dose 3', 'other', 1.0e8, 'cells', ctx),
    qual('effect', 'Pain and cartilage defect at the highest dose', 'the 1.0×10⁸ dose reduced pain and cartilage defect', { direction: 'decrease' }),
  ],
  E13: [qual('loss', 'Survival after intramedullary/intraosseous injection', 'most cells lost within 1-4 wk', { direction: 'decrease' })],
  E14: [
    num('bm', 'Isolation success, BM', 'proportion', 100, '%'),
    num('at', 'Isolation success, adipose tissue', 'proportion', 100, '%'),
    num('ucb', 'Isolation success, UCB', 'proportion', 63, '%'),
    qual('ranking', 'Colony frequency and proliferation', 'colony frequency highest in AT, lowest in UCB; UCB-MSCs longest in culture and most proliferative, BM-MSCs least; UCB-MSCs not adipogenic'),
  ],
  E15: [qual('ranking', 'Proliferation and colony formation', 'UC-MSC > menstrual-blood MSC > AD-MSC (colony formation: MenSC > ADSC > UCMSC)')],
  E16: [
    range('uc', 'Doubling time, UC-MSC', 'other', 24, 30, 'h', { approx: true }),
    range('ad', 'Doubling time, AD-MSC', 'other', 40, 60, 'h', { approx: true }),
    range('bm', 'Doubling time, BM-MSC', 'other', 40, 70, 'h', { approx: true }),
  ],
  E17: [
    qual('old-donor', 'Proliferative life span and osteogenic output, old vs young donors', 'MSCs from old donors have shorter proliferative life span and lower osteogenic output', { direction: 'decrease' }),
    qual('mff-age', 'Marrow fat fraction, 80 y minus 30 y, percentage points', 'marrow adiposity rises with age', { direction: 'increase', unit: 'pp' }),
    qual('mff-op', 'Marrow adiposity, osteoporosis vs not', 'marrow adiposity is higher in osteoporosis', { direction: 'increase' }),
  ],
  E18: [range('secretome', 'Trophic factors, UC-MSC / BM-MSC', 'ratio', 10, 100, 'ratio')],
  E19: [qual('aged', 'Aged rat BMSCs vs young; effect of secretome', 'aged rat BMSCs have lower growth, more senescence and less differentiation; UC-MSC secretome partly reverses this')],

  // M. Marrow fat fraction by BMD group (msc.md §1a)
  'MFF-1': [
    num('young', 'Vertebral MFF, young controls (mean age 28)', 'level', 29, '%', { group: 'young', sd: 9.6, time: age(28) }),
    num('normal', 'Vertebral MFF, normal BMD (mean age 70)', 'level', 56.3, '%', { group: 'normal', sd: 11.2, time: age(70) }),
    num('osteopenia', 'Vertebral MFF, osteopenia (mean age 70)', 'level', 63.5, '%', { group: 'osteopenia', sd: 9.3, time: age(70) }),
    num('osteoporosis', 'Vertebral MFF, osteoporosis (mean age 70)', 'level', 65.5, '%', { group: 'osteoporosis', sd: 10, time: age(70) }),
  ],
  'MFF-2': [
    num('normal', 'Vertebral MFF, normal BMD (women 55-81)', 'level', 48.79, '%', { group: 'normal', sd: 7.1 }),
    num('osteopenia', 'Vertebral MFF, osteopenia (women 55-81)', 'level', 53.04, '%', { group: 'osteopenia', sd: 7.66 }),
    num('osteoporosis', 'Vertebral MFF, osteoporosis (women 55-81)', 'level', 59.97, '%', { group: 'osteoporosis', sd: 5.78 }),
    num('correlation', 'Correlation of MFF with BMD', 'other', -0.639, 'r'),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Assembly

/**
 * Values that the protocols file ("Status changes", validation-protocols.md) confirms from the abstracts it read:
 * they count as verified. Each entry restates the confirmed number, so a transcription slip fails at load time.
 */
export const CONFIRMED_BY_PROTOCOLS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  B29: { hr: 0.63 },
  B30: { 'vf-rrr': -41 },
  B31: { hip: 0.7, 'hip-70-79': 0.6 },
  B35: { 'vf-pbo': 14, 'vf-20': 5, 'vf-rr-20': 0.35, 'vf-40': 4, 'vf-rr-40': 0.31, 'nv-pbo': 6, 'nv-tptd': 3, 'nv-rr': 0.47 },
  B36: { 'ls-20': 9, 'ls-40': 13, 'fn-20': 3, 'fn-40': 6 },
  B47: { 'vf-romo-12': 0.5, 'vf-pbo-12': 1.8, 'vf-rrr-12': -73 },
  B51: { 'vf-romo': 6.2, 'vf-aln': 11.9, 'vf-rrr': -48, 'clinical-rrr': -27, 'hip-rrr': -38 },
};

function applyConfirmations(id: string, values: readonly PublishedValue[]): PublishedValue[] {
  const confirmed = CONFIRMED_BY_PROTOCOLS[id] ?? {};
  for (const key of Object.keys(confirmed)) {
    if (!values.some((v) => v.key === key)) throw new Error(`validation targets: ${id} has no value '${key}' to confirm`);
  }
  return values.map((v) => {
    const number = confirmed[v.key];
    if (number === undefined) return v;
    const stored = (v as { value?: unknown }).value;
    if (stored !== number) throw new Error(`validation targets: ${id}/${v.key} is ${String(stored)}, the protocols file confirms ${number}`);
    return { ...v, status: 'V' };
  });
}

function assemble(): readonly Target[] {
  const known = new Set(ROWS.map((row) => row.id));
  for (const id of Object.keys(VALUES)) if (!known.has(id)) throw new Error(`validation targets: values for unknown target ${id}`);
  return ROWS.map((row) => {
    const values = VALUES[row.id];
    if (!values || values.length === 0) throw new Error(`validation targets: no published values for ${row.id}`);
    return { ...row, values: applyConfirmations(row.id, values) };
  });
}

/** Every target, in the order of the research file (A, B, C, D, E), then the marrow-fat targets (M). */
export const TARGETS: readonly Target[] = assemble();

export const TARGETS_BY_ID: ReadonlyMap<string, Target> = new Map(TARGETS.map((t) => [t.id, t]));

/** The target with this id; throws naming the closest ids when there is none. */
export function getTarget(id: string): Target {
  const target = TARGETS_BY_ID.get(id);
  if (!target) throw new Error(`unknown validation target '${id}'${didYouMean(id, TARGETS_BY_ID.keys())}`);
  return target;
}

/** A published value of a target by key; throws when absent (a scenario referring to a value that is not there). */
export function getValue(id: string, key: string): PublishedValue {
  const value = getTarget(id).values.find((v) => v.key === key);
  if (!value) throw new Error(`validation target ${id} has no value '${key}' (has: ${getTarget(id).values.map((v) => v.key).join(', ')})`);
  return value;
}

/** The value's status: its own where the row says it differs, else the row's. */
export function valueStatus(target: TargetRow, value: PublishedValue): TargetStatus {
  return value.status ?? target.status;
}
