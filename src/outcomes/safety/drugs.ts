import { DRUG_LABELS } from '../../therapies/drugs/labels.js';
import type { ParameterDef } from '../../engine/index.js';
import { DAYS_PER_PROTOCOL_MONTH, DAYS_PER_PROTOCOL_YEAR } from '../../model/time.js';
import { DRUGS, takenDoses, type DrugName, type DrugRegimen, type Regimen, type Species } from '../../model/scenario.js';
import type { SafetyMeasure as MscSafetyMeasure, SafetyRow as MscSafetyRow } from './msc.js';

/**
 * Harms and label rules of the drugs of one arm (DESIGN.md, Safety; GitHub issue "Drug therapies"): one row per
 * adverse event or broken label rule, with its number, basis and citation, to show beside the BMD result. Nothing here
 * is simulated: rows are published rates and relative risks, chosen and scaled by the arm's exposure.
 *
 * Exposure: per drug, each regimen covers its first taken dose to its last taken dose plus the dosing interval
 * (continuous regimens: `count · interval` days); regimens of one drug are merged (union, so overlaps count once) and
 * capped at the study end. Bisphosphonates (alendronate, risedronate, zoledronate) also count as one class, because
 * jaw osteonecrosis and atypical femoral fracture follow cumulative bisphosphonate years; teriparatide and
 * abaloparatide count as PTH analogs (the 2-year lifetime recommendation is for the class).
 *
 * Rows:
 * - bisphosphonates: osteonecrosis of the jaw (ONJ), atypical femoral fracture (AFF) by cumulative duration (falling
 *   by 70 % a year after the last dose), zoledronate's acute-phase reaction and serious atrial fibrillation;
 * - denosumab: ONJ and AFF (FREEDOM Extension), severe hypocalcaemia in advanced kidney disease, and a warning when it
 *   stops before the study end with no bisphosphonate after it (multiple vertebral fractures, Cummings 2018);
 * - teriparatide/abaloparatide: hypercalcaemia (ACTIVE) and a warning past 24 months (rat osteosarcoma);
 * - raloxifene: venous thromboembolism (MORE), fatal stroke (RUTH);
 * - hormone therapy (WHI estrogen + progestin): venous thrombosis, stroke, breast cancer, coronary heart disease;
 * - romosozumab: serious cardiovascular events (ARCH) and a warning past 12 monthly doses;
 * - blosozumab, odanacatib: investigational (warnings); odanacatib's stroke signal (LOFT);
 * - calcium + vitamin D: kidney stones (WHI).
 * Relative risks apply while on the drug; rates are per patient-year on the drug. Numbers recalled but not checked
 * against the source say "(UNVERIFIED)" in their basis.
 */

/** Measures of drug rows, beyond the MSC ones. */
export type SafetyMeasure =
  | MscSafetyMeasure
  | 'hazard ratio'
  | 'rate per 10,000 patient-years'
  | 'rate per 100 patient-years'
  | 'months'
  | 'doses';

/**
 * A safety row: the MSC rows' shape with a wider measure and optional fields for drug rows. Every MSC row is one.
 * `kind`: 'risk' (an adverse event with its number; the default) or 'warning' (a label rule the arm breaks, or a
 * condition under which the drug is unsafe), shown distinctly.
 */
export interface SafetyRow extends Omit<MscSafetyRow, 'measure' | 'evidence'> {
  readonly measure: SafetyMeasure;
  /** 'defined': a label rule or an exposure computed from the regimen. */
  readonly evidence: 'measured' | 'assumed' | 'defined';
  readonly kind?: 'risk' | 'warning';
  /** The drug or class the row is about, e.g. 'denosumab', 'bisphosphonates'. */
  readonly drug?: string;
  /** A published range of estimates (not a confidence interval). */
  readonly range?: readonly [number, number];
  /** A label limit the value is compared with (warnings: months or doses). */
  readonly limit?: number;
  /** Probability of the event over the study for this arm's exposure (rates only). */
  readonly riskOverStudy?: number;
}

export interface DrugSafetyOptions {
  /** Study duration, days: exposure after it is not counted. */
  readonly studyDays: number;
  /** eGFR < 30 mL/min/1.73 m² or dialysis: denosumab's hypocalcaemia row becomes a warning (the label's boxed warning). */
  readonly advancedKidneyDisease?: boolean;
  /** The rows are human data and human labels: rats and mice get none (default: a person). */
  readonly species?: Species;
}

/** The protocol year and month, as in study files (src/model/time.ts): 12 months = 365 days, so 24 months = 730 days. */
const DAYS_PER_YEAR = DAYS_PER_PROTOCOL_YEAR;
const DAYS_PER_MONTH = DAYS_PER_PROTOCOL_MONTH;

/** Drugs of the scenario contract. Regimens naming another drug are ignored. */
export const SAFETY_DRUGS: readonly DrugName[] = DRUGS;
export const BISPHOSPHONATES: readonly DrugName[] = ['alendronate', 'risedronate', 'zoledronate'];
export const PTH_ANALOGS: readonly DrugName[] = ['teriparatide', 'abaloparatide'];

/**
 * Days one dose covers when a regimen gives no interval (a single dose), from the drug's label: its
 * `singleDoseDays`, else its default regimen's interval (alendronate and risedronate weekly, zoledronate yearly,
 * denosumab every 6 months as study files count it, romosozumab monthly, odanacatib weekly, the rest daily;
 * blosozumab every 4 weeks as in its phase 2 trial).
 */
export const LABEL_INTERVAL_DAYS: Readonly<Record<DrugName, number>> = Object.fromEntries(
  DRUGS.map((d) => [d, DRUG_LABELS[d].singleDoseDays ?? DRUG_LABELS[d].regimens[0].interval]),
) as Record<DrugName, number>;

const p = (value: number, unit: string, meaning: string, source: string, evidence: ParameterDef['evidence'], note?: string): ParameterDef => ({
  value,
  unit,
  meaning,
  source,
  evidence,
  ...(note !== undefined && { note }),
});

/** The drug-safety rules' parameter table (value, unit, meaning, source, evidence). */
export const DRUG_SAFETY_PARAMETERS = {
  onjBpLow: p(0.1, 'per 10,000 patient-years', 'ONJ incidence with osteoporosis-dose bisphosphonates, low end', 'Khan AA et al. 2015, J Bone Miner Res 30:3: 0.001 % to 0.01 % in the osteoporosis population', 'measured'),
  onjBpHigh: p(1, 'per 10,000 patient-years', 'ONJ incidence with osteoporosis-dose bisphosphonates, high end', 'Khan 2015 (0.01 %); Khosla S et al. 2007, J Bone Miner Res 22:1479: 1 in 10,000 to < 1 in 100,000 patient-treatment years (oral)', 'measured'),
  onjBpLongYears: p(4, 'years', 'oral bisphosphonate duration beyond which ONJ risk is reported higher', 'AAOMS position paper, Ruggiero SL et al. 2014, J Oral Maxillofac Surg 72:1938 (UNVERIFIED)', 'assumed'),
  onjDenosumab: p(5.2, 'per 10,000 patient-years', 'ONJ, exposure-adjusted, denosumab 60 mg every 6 months (FREEDOM Extension)', 'Watts NB et al. 2019, J Clin Endocrinol Metab (PMID 30759221); Bone HG et al. 2017, Lancet Diabetes Endocrinol 5:513', 'measured'),
  onjDenosumabProcedure: p(0.0068, '1', 'ONJ incidence with an invasive oral procedure on denosumab (0.05 % without)', 'Watts 2019', 'measured'),
  affShort: p(0.178, 'per 10,000 patient-years', 'AFF incidence with 0.1–1.9 years of bisphosphonate (1.78 per 100,000)', 'Dell RM et al. 2012, J Bone Miner Res 27:2544, Kaiser Southern California (UNVERIFIED)', 'measured'),
  affLong: p(11.31, 'per 10,000 patient-years', 'AFF incidence with 8–9.9 years of bisphosphonate (113.1 per 100,000)', 'Dell 2012 (UNVERIFIED); ≈100 per 100,000 with long-term use: Shane E et al. 2014, J Bone Miner Res 29:1', 'measured'),
  affShortYears: p(1, 'years', 'duration at which affShort applies (middle of 0.1–1.9 y)', 'definition', 'defined'),
  affLongYears: p(9, 'years', 'duration at which affLong applies (middle of 8–9.9 y)', 'definition', 'defined', 'log-linear between the two, flat outside: form assumed'),
  affDeclinePerYear: p(0.7, '1', 'fall of AFF risk per year since the last bisphosphonate dose', 'Schilcher J et al. 2015, Acta Orthop 86:100 (risk decreased by 70 % per year since last use)', 'measured'),
  affDenosumab: p(0.8, 'per 10,000 patient-years', 'AFF, exposure-adjusted, denosumab over 10 years (2 cases)', 'Bone 2017, Lancet Diabetes Endocrinol 5:513 (rate UNVERIFIED)', 'measured'),
  hypocalcaemiaDialysis: p(0.411, '1', 'severe hypocalcaemia within 12 weeks of starting denosumab, dialysis-dependent women (2.0 % on oral bisphosphonates; RR 20.7)', 'Bird ST et al. 2024, JAMA; FDA Drug Safety Communication 19 January 2024 (boxed warning)', 'measured'),
  reboundVfRate: p(7.1, 'per 100 patient-years', 'vertebral fracture rate after stopping denosumab (8.5 after stopping placebo)', 'Cummings SR et al. 2018, J Bone Miner Res 33:190 (7.1 UNVERIFIED; 8.5 verified)', 'measured'),
  reboundGraceDays: p(91, 'days', 'time after the end of a denosumab interval within which a next dose or a bisphosphonate counts as a follow-on', 'assumed: turnover markers rise 3 months after a scheduled dose is omitted (Cummings 2018)', 'assumed'),
  pthLimitMonths: p(Math.round(DRUG_LABELS.teriparatide.durationLimit!.days! / DAYS_PER_MONTH), 'months', 'lifetime PTH-analog treatment beyond which the label asks for a reason', `the label limit of src/therapies/drugs (${DRUG_LABELS.teriparatide.durationLimit!.text}): FORTEO label (boxed warning removed 11/2020; use > 2 years only if fracture risk remains high); rat osteosarcoma: Vahle JL et al. 2002, Toxicol Pathol 30:312; Vahle 2004, Toxicol Pathol 32:426`, 'defined'),
  hypercalcaemiaAbaloparatide: p(0.034, '1', 'hypercalcaemia over 18 months of abaloparatide 80 µg/day', 'Miller PD et al. 2016, JAMA 316:722 (ACTIVE)', 'measured'),
  hypercalcaemiaTeriparatide: p(0.064, '1', 'hypercalcaemia over 18 months of teriparatide 20 µg/day', 'Miller 2016 (ACTIVE)', 'measured'),
  raloxifeneVteRR: p(3.1, 'RR', 'venous thromboembolism, raloxifene vs placebo', 'Ettinger B et al. 1999, JAMA 282:637 (MORE)', 'measured'),
  raloxifeneFatalStrokeHR: p(1.49, 'HR', 'fatal stroke, raloxifene 60 mg vs placebo', 'Barrett-Connor E et al. 2006, N Engl J Med 355:125 (RUTH)', 'measured'),
  htVteHR: p(2.06, 'HR', 'venous thrombosis, CEE + MPA vs placebo (3.5 vs 1.7 per 1000 patient-years)', 'Cushman M et al. 2004, JAMA 292:1573 (WHI)', 'measured'),
  htStrokeHR: p(1.31, 'HR', 'stroke, CEE + MPA vs placebo', 'Wassertheil-Smoller S et al. 2003, JAMA 289:2673 (WHI)', 'measured'),
  htBreastCancerHR: p(1.24, 'HR', 'invasive breast cancer, CEE + MPA vs placebo', 'Chlebowski RT et al. 2003, JAMA 289:3243; Manson JE et al. 2013, JAMA 310:1353 (WHI)', 'measured'),
  htChdHR: p(1.24, 'HR', 'coronary heart disease, CEE + MPA vs placebo', 'Manson JE et al. 2003, N Engl J Med 349:523; Rossouw JE et al. 2002, JAMA 288:321 (WHI)', 'measured'),
  odanacatibStrokeHR: p(1.37, 'HR', 'stroke, odanacatib 50 mg weekly vs placebo', 'McClung MR et al. 2019, Lancet Diabetes Endocrinol 7:899 (LOFT)', 'measured'),
  romosozumabCvOR: p(1.31, 'OR', 'adjudicated serious cardiovascular events, romosozumab vs alendronate, 12 months (2.5 % vs 1.9 %)', 'Saag KG et al. 2017, N Engl J Med 377:1417 (ARCH)', 'measured'),
  romosozumabDoseLimit: p(DRUG_LABELS.romosozumab.durationLimit!.doses!, 'doses', 'monthly doses the label allows', 'the label limit of src/therapies/drugs: EVENITY label, limit use to 12 monthly doses', 'defined'),
  kidneyStoneHR: p(1.17, 'HR', 'kidney stones, calcium 1000 mg + vitamin D3 400 IU daily vs placebo, 7 years', 'Jackson RD et al. 2006, N Engl J Med 354:669; Wallace RB et al. 2011, Am J Clin Nutr 94:270 (WHI CaD)', 'measured'),
  zoledronateAcutePhase: p(0.316, '1', 'post-dose (acute-phase) symptoms within 3 days of the first infusion (placebo 6.2 %)', 'Black DM et al. 2007, N Engl J Med 356:1809 (HORIZON-PFT; numbers UNVERIFIED)', 'measured'),
  zoledronateAfib: p(0.013, '1', 'serious atrial fibrillation over 3 years of zoledronate 5 mg yearly (placebo 0.5 %)', 'Black 2007 (about 2.5-fold; 1.3 vs 0.5 % UNVERIFIED)', 'measured'),
} as const;

const S = DRUG_SAFETY_PARAMETERS;

// ---------------------------------------------------------------------------------------------------------------
// Exposure

/** A dose taken, on `day`, and the day its interval ends (not capped at the study end). */
export interface DoseCover {
  readonly day: number;
  readonly until: number;
}

/** Exposure to one drug or class within the study. */
export interface DrugExposure {
  /** Merged spans [from, to) in days, capped at the study end. */
  readonly spans: readonly (readonly [number, number])[];
  /** Days on the drug: the spans' total length. */
  readonly days: number;
  /** Doses taken before the study end, by day (a continuous regimen: one per interval). */
  readonly doses: readonly DoseCover[];
}

export type ExposureGroup = DrugName | 'bisphosphonates' | 'pthAnalogs';

const isSafetyDrug = (r: Regimen): r is DrugRegimen => r.kind === 'drug' && SAFETY_DRUGS.includes(r.drug) && Number.isFinite(r.dose) && r.dose > 0;

/** A regimen's span [from, to) and its doses, before capping. */
function regimenCover(r: DrugRegimen, studyDays: number): { span: [number, number]; doses: DoseCover[] } {
  const count = r.count ?? 1;
  const interval = r.interval ?? LABEL_INTERVAL_DAYS[r.drug];
  // Calcium + vitamin D is a switch: on from `start` until the study end unless both interval and count are given
  // (src/model/osteosim/regimens.ts).
  if (r.drug === 'calciumVitaminD' && (r.interval === undefined || (r.count === undefined && !r.continuous))) {
    return { span: [r.start, Math.max(r.start, studyDays)], doses: [{ day: r.start, until: Infinity }] };
  }
  const ks = r.continuous ? Array.from({ length: count }, (_, k) => k) : takenDoses(count, r.adherence ?? 1);
  const doses = ks.map((k) => ({ day: r.start + k * interval, until: r.start + (k + 1) * interval }));
  if (doses.length === 0) return { span: [r.start, r.start], doses };
  return { span: [doses[0]!.day, doses[doses.length - 1]!.until], doses };
}

function merge(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = spans.filter(([a, b]) => b > a).map(([a, b]): [number, number] => [a, b]).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push(s);
  }
  return out;
}

/**
 * Exposure per drug, and for the bisphosphonate and PTH-analog classes, of an arm's regimens within `studyDays`.
 * MSC regimens, unknown drugs and zero doses are ignored.
 */
export function drugExposure(regimens: readonly Regimen[], studyDays: number): Partial<Record<ExposureGroup, DrugExposure>> {
  const covers = new Map<ExposureGroup, { spans: [number, number][]; doses: DoseCover[] }>();
  const add = (key: ExposureGroup, span: [number, number], doses: readonly DoseCover[]): void => {
    let c = covers.get(key);
    if (!c) covers.set(key, (c = { spans: [], doses: [] }));
    c.spans.push([Math.max(0, span[0]), Math.min(span[1], studyDays)]);
    c.doses.push(...doses.filter((d) => d.day < studyDays));
  };
  for (const r of regimens.filter(isSafetyDrug)) {
    const { span, doses } = regimenCover(r, studyDays);
    add(r.drug, span, doses);
    if (BISPHOSPHONATES.includes(r.drug)) add('bisphosphonates', span, doses);
    if (PTH_ANALOGS.includes(r.drug)) add('pthAnalogs', span, doses);
  }
  const out: Partial<Record<ExposureGroup, DrugExposure>> = {};
  for (const [key, c] of covers) {
    const spans = merge(c.spans);
    const doses = [...c.doses].sort((a, b) => a.day - b.day);
    if (spans.length === 0 && doses.length === 0) continue;
    out[key] = { spans, days: spans.reduce((n, [a, b]) => n + b - a, 0), doses };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

/** AFF incidence, per 10,000 patient-years, after `years` of cumulative bisphosphonate (Dell 2012 anchors, log-linear). */
export function affRatePer10k(years: number): number {
  const y0 = S.affShortYears.value;
  const y1 = S.affLongYears.value;
  const y = Math.min(y1, Math.max(y0, years));
  return S.affShort.value * (S.affLong.value / S.affShort.value) ** ((y - y0) / (y1 - y0));
}

/**
 * AFF probability over the study: the duration-dependent rate while on bisphosphonates, then falling by
 * `affDeclinePerYear` a year after the last dose (Schilcher 2015), day by day.
 */
function affRiskOverStudy(bp: DrugExposure, studyDays: number): number {
  let cumDays = 0;
  let lastOn = -1;
  let hazard = 0;
  let k = 0;
  for (let t = 0; t < studyDays; t++) {
    while (k < bp.spans.length && bp.spans[k]![1] <= t) k++;
    const on = k < bp.spans.length && bp.spans[k]![0] <= t;
    if (on) {
      cumDays++;
      lastOn = t;
      hazard += affRatePer10k(cumDays / DAYS_PER_YEAR) / 1e4 / DAYS_PER_YEAR;
    } else if (lastOn >= 0) {
      const off = (t - lastOn) / DAYS_PER_YEAR;
      hazard += (affRatePer10k(cumDays / DAYS_PER_YEAR) * (1 - S.affDeclinePerYear.value) ** off) / 1e4 / DAYS_PER_YEAR;
    }
  }
  return 1 - Math.exp(-hazard);
}

const constantRisk = (ratePer10k: number, days: number): number => 1 - Math.exp((-ratePer10k / 1e4) * (days / DAYS_PER_YEAR));
const months = (days: number): string => `${(days / DAYS_PER_MONTH).toFixed(1)} months`;
const years = (days: number): string => `${(days / DAYS_PER_YEAR).toFixed(1)} years`;
const onDrug = (e: DrugExposure): string => `while on the drug (${months(e.days)} in this arm)`;

/**
 * Days on which denosumab protection ends within the study with nothing after it: a dose's interval ends, no next
 * denosumab dose comes within `reboundGraceDays`, and no bisphosphonate covers the end or starts within that time.
 */
export function denosumabStops(exposure: Partial<Record<ExposureGroup, DrugExposure>>, studyDays: number): number[] {
  const doses = exposure.denosumab?.doses ?? [];
  const grace = S.reboundGraceDays.value;
  const bp = exposure.bisphosphonates?.spans ?? [];
  const stops: number[] = [];
  let end = -Infinity;
  doses.forEach((d, k) => {
    end = Math.max(end, d.until);
    const next = doses[k + 1];
    if (next && next.day <= end + grace) return;
    if (end >= studyDays) return;
    if (bp.some(([a, b]) => a <= end + grace && b > end)) return;
    stops.push(end);
  });
  return stops;
}

function bisphosphonateRows(e: Partial<Record<ExposureGroup, DrugExposure>>, studyDays: number): SafetyRow[] {
  const bp = e.bisphosphonates;
  if (!bp) return [];
  const rows: SafetyRow[] = [];
  const bpYears = bp.days / DAYS_PER_YEAR;
  const longUse = bpYears >= S.onjBpLongYears.value;
  const which = BISPHOSPHONATES.filter((d) => e[d]).join(' + ');
  rows.push({
    drug: 'bisphosphonates',
    kind: 'risk',
    event: 'osteonecrosis of the jaw',
    measure: 'rate per 10,000 patient-years',
    value: S.onjBpHigh.value,
    range: [S.onjBpLow.value, S.onjBpHigh.value],
    riskOverStudy: constantRisk(S.onjBpHigh.value, bp.days),
    basis: `${which}, ${years(bp.days)} cumulative: osteoporosis-dose incidence 0.1–1 per 10,000 patient-years (the upper end is shown and used for the risk over the study); reported higher after about ${S.onjBpLongYears.value} years of oral bisphosphonate (UNVERIFIED)${longUse ? ', which this arm passes' : ''} and after invasive dental procedures; at oncology doses the incidence is 1–15 %`,
    citation: 'Khan AA et al. 2015, J Bone Miner Res 30:3 (International ONJ Task Force); Khosla S et al. 2007, J Bone Miner Res 22:1479 (ASBMR task force)',
    evidence: 'measured',
  });
  rows.push({
    drug: 'bisphosphonates',
    kind: 'risk',
    event: 'atypical femoral fracture',
    measure: 'rate per 10,000 patient-years',
    value: affRatePer10k(bpYears),
    riskOverStudy: affRiskOverStudy(bp, studyDays),
    basis: `${which}, ${years(bp.days)} cumulative: rate at that duration, log-linear between ${S.affShort.value} per 10,000 patient-years at 0.1–1.9 years and ${S.affLong.value} at 8–9.9 years (Dell 2012, UNVERIFIED; the form is assumed); the risk over the study falls by 70 % a year after the last dose. Cross-checks: HR 8.9 for 3–5 years and 43.5 for ≥ 8 years vs < 3 months (Black 2020); 11 per 10,000 after ≥ 4 years (Schilcher 2015)`,
    citation: 'Black DM et al. 2020, N Engl J Med 383:743; Dell RM et al. 2012, J Bone Miner Res 27:2544; Schilcher J et al. 2011, N Engl J Med 364:1728; Schilcher J et al. 2015, Acta Orthop 86:100; Shane E et al. 2014, J Bone Miner Res 29:1',
    evidence: 'assumed',
  });
  const zol = e.zoledronate;
  if (zol && zol.doses.length > 0) {
    rows.push({
      drug: 'zoledronate',
      kind: 'risk',
      event: 'acute-phase reaction after the first infusion',
      measure: 'probability',
      value: S.zoledronateAcutePhase.value,
      basis: `fever, myalgia, flu-like symptoms, headache or arthralgia within 3 days of the first 5 mg infusion: 31.6 % vs 6.2 % placebo (UNVERIFIED); much rarer after later infusions`,
      citation: 'Black DM et al. 2007, N Engl J Med 356:1809 (HORIZON-PFT)',
      evidence: 'measured',
    });
    rows.push({
      drug: 'zoledronate',
      kind: 'risk',
      event: 'serious atrial fibrillation',
      measure: 'probability',
      value: S.zoledronateAfib.value,
      basis: `over 3 years of 5 mg yearly: 1.3 % vs 0.5 % placebo (UNVERIFIED; about 2.5-fold); not confirmed in HORIZON-RFT or in meta-analyses; ${zol.doses.length} infusion(s) in this arm`,
      citation: 'Black DM et al. 2007, N Engl J Med 356:1809 (HORIZON-PFT)',
      evidence: 'measured',
    });
  }
  return rows;
}

function denosumabRows(e: Partial<Record<ExposureGroup, DrugExposure>>, options: DrugSafetyOptions): SafetyRow[] {
  const dmab = e.denosumab;
  if (!dmab) return [];
  const rows: SafetyRow[] = [];
  rows.push({
    drug: 'denosumab',
    kind: 'risk',
    event: 'osteonecrosis of the jaw',
    measure: 'rate per 10,000 patient-years',
    value: S.onjDenosumab.value,
    riskOverStudy: constantRisk(S.onjDenosumab.value, dmab.days),
    basis: `${years(dmab.days)} on denosumab 60 mg every 6 months: exposure-adjusted rate over up to 10 years (13 cases); 0.68 % with an invasive oral procedure vs 0.05 % without`,
    citation: 'Bone HG et al. 2017, Lancet Diabetes Endocrinol 5:513 (FREEDOM Extension); Watts NB et al. 2019, J Clin Endocrinol Metab (PMID 30759221)',
    evidence: 'measured',
  });
  rows.push({
    drug: 'denosumab',
    kind: 'risk',
    event: 'atypical femoral fracture',
    measure: 'rate per 10,000 patient-years',
    value: S.affDenosumab.value,
    riskOverStudy: constantRisk(S.affDenosumab.value, dmab.days),
    basis: `${years(dmab.days)} on denosumab: 2 cases over 10 years of FREEDOM and its Extension (rate UNVERIFIED)`,
    citation: 'Bone HG et al. 2017, Lancet Diabetes Endocrinol 5:513 (FREEDOM Extension)',
    evidence: 'measured',
  });
  // A boxed-warning condition: a warning when the patient has it, a risk row naming the condition otherwise.
  rows.push(
    options.advancedKidneyDisease
      ? {
          drug: 'denosumab',
          kind: 'warning',
          event: 'severe hypocalcaemia in advanced kidney disease (boxed warning)',
          measure: 'probability',
          value: S.hypocalcaemiaDialysis.value,
          basis: 'within 12 weeks of the first dose in dialysis-dependent women: 41.1 % vs 2.0 % on oral bisphosphonates (RR 20.7, 13.2–41.2); label boxed warning since January 2024: treat only with expertise in CKD mineral and bone disorder, monitor calcium',
          citation: 'Bird ST et al. 2024, JAMA (Medicare dialysis cohort); FDA Drug Safety Communication, 19 January 2024 (Prolia boxed warning)',
          evidence: 'measured',
        }
      : {
          drug: 'denosumab',
          kind: 'risk',
          event: 'severe hypocalcaemia if kidney disease is advanced (eGFR < 30, dialysis)',
          measure: 'probability',
          value: S.hypocalcaemiaDialysis.value,
          basis: 'applies only to advanced chronic kidney disease (not modeled here: check kidney function): 41.1 % within 12 weeks in dialysis-dependent women vs 2.0 % on oral bisphosphonates; with normal kidneys, correct calcium and vitamin D before starting (label)',
          citation: 'Bird ST et al. 2024, JAMA; FDA Drug Safety Communication, 19 January 2024 (Prolia boxed warning)',
          evidence: 'measured',
        },
  );
  const stops = denosumabStops(e, options.studyDays);
  if (stops.length > 0) {
    rows.push({
      drug: 'denosumab',
      kind: 'warning',
      event: 'stopped without a follow-on antiresorptive: rebound and multiple vertebral fractures',
      measure: 'rate per 100 patient-years',
      value: S.reboundVfRate.value,
      basis: `denosumab protection ends on day ${stops.map((d) => Math.round(d)).join(', ')} of ${Math.round(options.studyDays)} with no next dose or bisphosphonate within ${S.reboundGraceDays.value} days: turnover rises above baseline by 6 months and the BMD gained is lost within about a year; vertebral fractures 7.1 per 100 patient-years after stopping (UNVERIFIED; 8.5 after stopping placebo), more often multiple (60.7 % vs 38.7 % of those fractured, UNVERIFIED); prior vertebral fracture OR 3.9, each year off OR 1.6`,
      citation: 'Cummings SR et al. 2018, J Bone Miner Res 33:190',
      evidence: 'measured',
    });
  }
  return rows;
}

function pthRows(e: Partial<Record<ExposureGroup, DrugExposure>>): SafetyRow[] {
  const rows: SafetyRow[] = [];
  const hyper = { teriparatide: S.hypercalcaemiaTeriparatide, abaloparatide: S.hypercalcaemiaAbaloparatide } as const;
  for (const drug of ['teriparatide', 'abaloparatide'] as const) {
    const x = e[drug];
    if (!x) continue;
    rows.push({
      drug,
      kind: 'risk',
      event: 'hypercalcaemia',
      measure: 'probability',
      value: hyper[drug].value,
      basis: `over 18 months (ACTIVE): abaloparatide 80 µg/day 3.4 % vs teriparatide 20 µg/day 6.4 %; ${months(x.days)} in this arm`,
      citation: 'Miller PD et al. 2016, JAMA 316:722 (ACTIVE)',
      evidence: 'measured',
    });
  }
  const pth = e.pthAnalogs;
  const limitMonths = S.pthLimitMonths.value;
  if (pth && pth.days > Math.round(limitMonths * DAYS_PER_MONTH)) {
    const which = PTH_ANALOGS.filter((d) => e[d]).join(' + ');
    rows.push({
      drug: 'PTH analogs',
      kind: 'warning',
      event: `more than ${limitMonths} months of PTH analogs (osteosarcoma in rats)`,
      measure: 'months',
      value: pth.days / DAYS_PER_MONTH,
      limit: limitMonths,
      basis: `${which}, ${months(pth.days)} cumulative: rats given teriparatide from young age developed osteosarcoma, dependent on dose and duration (none at 5 µg/kg/day started at 6 months for up to 20 months); the label limited lifetime use to 2 years; FDA removed the boxed warning in November 2020 but use beyond 2 years should only be considered if fracture risk remains high`,
      citation: 'Vahle JL et al. 2002, Toxicol Pathol 30:312; Vahle JL et al. 2004, Toxicol Pathol 32:426; FORTEO (teriparatide) US label, 11/2020',
      evidence: 'defined',
    });
  }
  return rows;
}

function raloxifeneRows(e: Partial<Record<ExposureGroup, DrugExposure>>): SafetyRow[] {
  const x = e.raloxifene;
  if (!x) return [];
  return [
    {
      drug: 'raloxifene',
      kind: 'risk',
      event: 'venous thromboembolism',
      measure: 'relative risk',
      value: S.raloxifeneVteRR.value,
      ci: [1.5, 6.2],
      basis: `vs placebo over 3 years in osteoporotic women, ${onDrug(x)}; RUTH (older women at coronary risk): HR 1.44 (1.06–1.95)`,
      citation: 'Ettinger B et al. 1999, JAMA 282:637 (MORE); Barrett-Connor E et al. 2006, N Engl J Med 355:125 (RUTH)',
      evidence: 'measured',
    },
    {
      drug: 'raloxifene',
      kind: 'risk',
      event: 'fatal stroke',
      measure: 'hazard ratio',
      value: S.raloxifeneFatalStrokeHR.value,
      ci: [1.0, 2.24],
      basis: `vs placebo over a median 5.6 years in women with or at risk of coronary disease (59 vs 39 deaths; all strokes not increased), ${onDrug(x)}`,
      citation: 'Barrett-Connor E et al. 2006, N Engl J Med 355:125 (RUTH)',
      evidence: 'measured',
    },
  ];
}

function hormoneRows(e: Partial<Record<ExposureGroup, DrugExposure>>): SafetyRow[] {
  const x = e.hormoneTherapy;
  if (!x) return [];
  const row = (event: string, par: ParameterDef, ci: readonly [number, number], basis: string, citation: string): SafetyRow => ({
    drug: 'hormone therapy',
    kind: 'risk',
    event,
    measure: 'hazard ratio',
    value: par.value,
    ci,
    basis: `conjugated estrogens 0.625 mg + medroxyprogesterone 2.5 mg daily vs placebo, women aged 50–79 (WHI), ${onDrug(x)}; ${basis}`,
    citation,
    evidence: 'measured',
  });
  return [
    row('venous thrombosis', S.htVteHR, [1.57, 2.7], '3.5 vs 1.7 per 1000 patient-years (CI UNVERIFIED)', 'Cushman M et al. 2004, JAMA 292:1573 (WHI); Rossouw JE et al. 2002, JAMA 288:321'),
    row('stroke', S.htStrokeHR, [1.02, 1.68], 'mostly ischaemic (CI UNVERIFIED)', 'Wassertheil-Smoller S et al. 2003, JAMA 289:2673 (WHI)'),
    row('invasive breast cancer', S.htBreastCancerHR, [1.01, 1.54], 'rises with duration (CI UNVERIFIED)', 'Chlebowski RT et al. 2003, JAMA 289:3243; Manson JE et al. 2013, JAMA 310:1353 (WHI)'),
    row('coronary heart disease', S.htChdHR, [1.0, 1.54], 'highest in the first year and in older women (CI UNVERIFIED)', 'Manson JE et al. 2003, N Engl J Med 349:523; Rossouw JE et al. 2002, JAMA 288:321 (WHI)'),
  ];
}

function romosozumabRows(e: Partial<Record<ExposureGroup, DrugExposure>>): SafetyRow[] {
  const x = e.romosozumab;
  if (!x) return [];
  const rows: SafetyRow[] = [
    {
      drug: 'romosozumab',
      kind: 'risk',
      event: 'serious cardiovascular events (myocardial infarction, stroke, cardiovascular death)',
      measure: 'odds ratio',
      value: S.romosozumabCvOR.value,
      ci: [0.85, 2.0],
      basis: `adjudicated events in the 12 months on romosozumab vs alendronate: 2.5 % vs 1.9 % (no imbalance vs placebo in FRAME); label boxed warning: do not start within a year of a myocardial infarction or stroke; ${x.doses.length} dose(s) in this arm`,
      citation: 'Saag KG et al. 2017, N Engl J Med 377:1417 (ARCH); EVENITY (romosozumab) US label',
      evidence: 'measured',
    },
  ];
  const limit = S.romosozumabDoseLimit.value;
  if (x.doses.length > limit) {
    rows.push({
      drug: 'romosozumab',
      kind: 'warning',
      event: `more than ${limit} monthly doses`,
      measure: 'doses',
      value: x.doses.length,
      limit,
      basis: `${x.doses.length} doses within the study: the label limits use to ${limit} monthly doses (the anabolic effect wanes after 12 months)`,
      citation: 'EVENITY (romosozumab) US label, Dosage and Administration',
      evidence: 'defined',
    });
  }
  return rows;
}

function investigationalRows(e: Partial<Record<ExposureGroup, DrugExposure>>): SafetyRow[] {
  const rows: SafetyRow[] = [];
  const blo = e.blosozumab;
  if (blo) {
    rows.push({
      drug: 'blosozumab',
      kind: 'warning',
      event: 'investigational: no phase 3 safety data',
      measure: 'months',
      value: blo.days / DAYS_PER_MONTH,
      basis: `${months(blo.days)} in this arm; studied for 1 year in a phase 2 trial only; a sclerostin antibody, so the cardiovascular signal of romosozumab may apply (assumed)`,
      citation: 'Recker RR et al. 2015, J Bone Miner Res 30:216 (phase 2)',
      evidence: 'assumed',
    });
  }
  const odn = e.odanacatib;
  if (odn) {
    rows.push({
      drug: 'odanacatib',
      kind: 'risk',
      event: 'stroke',
      measure: 'hazard ratio',
      value: S.odanacatibStrokeHR.value,
      ci: [1.1, 1.71],
      basis: `vs placebo over about 5 years (LOFT and its extension), ${onDrug(odn)}`,
      citation: 'McClung MR et al. 2019, Lancet Diabetes Endocrinol 7:899 (LOFT)',
      evidence: 'measured',
    });
    rows.push({
      drug: 'odanacatib',
      kind: 'warning',
      event: 'not approved: development stopped for the stroke signal',
      measure: 'months',
      value: odn.days / DAYS_PER_MONTH,
      basis: `${months(odn.days)} in this arm; LOFT also reported morphea-like skin lesions and atypical femoral fractures more often than placebo (counts UNVERIFIED)`,
      citation: 'McClung MR et al. 2019, Lancet Diabetes Endocrinol 7:899 (LOFT)',
      evidence: 'measured',
    });
  }
  return rows;
}

function calciumRows(e: Partial<Record<ExposureGroup, DrugExposure>>): SafetyRow[] {
  const x = e.calciumVitaminD;
  if (!x) return [];
  return [
    {
      drug: 'calcium + vitamin D',
      kind: 'risk',
      event: 'kidney stones',
      measure: 'hazard ratio',
      value: S.kidneyStoneHR.value,
      ci: [1.02, 1.34],
      basis: `1000 mg calcium + 400 IU vitamin D3 daily vs placebo over 7 years (449 vs 381 women), ${onDrug(x)}`,
      citation: 'Jackson RD et al. 2006, N Engl J Med 354:669; Wallace RB et al. 2011, Am J Clin Nutr 94:270 (WHI CaD)',
      evidence: 'measured',
    },
  ];
}

/**
 * Safety rows of the drug regimens of one arm (MSC regimens, unknown drugs and zero doses are ignored), in the order
 * calcium + vitamin D, bisphosphonates, PTH analogs, raloxifene, hormone therapy, denosumab, romosozumab, blosozumab,
 * odanacatib. None for rats and mice: the numbers are from patients and the rules from human labels.
 */
export function drugSafety(regimens: readonly Regimen[], options: DrugSafetyOptions): SafetyRow[] {
  if (!Number.isFinite(options.studyDays) || options.studyDays <= 0) {
    throw new Error(`drugSafety: studyDays must be a number of days > 0, got ${String(options.studyDays)}`);
  }
  if (options.species === 'rat' || options.species === 'mouse') return [];
  const e = drugExposure(regimens, options.studyDays);
  return [
    ...calciumRows(e),
    ...bisphosphonateRows(e, options.studyDays),
    ...pthRows(e),
    ...raloxifeneRows(e),
    ...hormoneRows(e),
    ...denosumabRows(e, options),
    ...romosozumabRows(e),
    ...investigationalRows(e),
  ];
}
