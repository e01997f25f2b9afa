import { ModelError } from '../../engine/errors.js';
import type { DrugRegimen, Regimen } from '../../model/scenario.js';
import { NOT_COMBINED } from './combinations.js';
import type { DrugLabel, LabelRegimen } from './label.js';
import { DRUG_LABELS } from './labels.js';

/**
 * Drug regimens against their labels (DRUG_LABELS). One rule is an error, because it is almost surely a wrong unit
 * or a typo: a dose more than 10× outside the labelled range. Everything else a label advises against is a warning,
 * because exploring it is what a simulator is for:
 *
 * | warning                                                   | field                    |
 * |-----------------------------------------------------------|--------------------------|
 * | dose 0 (the regimen gives nothing)                        | regimens[k].dose         |
 * | single dose outside the labelled range, within 10×        | regimens[k].dose         |
 * | dose per day outside what the label regimens give         | regimens[k].dose         |
 * | interval unlike every label regimen (±15 %)               | regimens[k].interval     |
 * | constant rate of a drug whose label has no daily regimen  | regimens[k].continuous   |
 * | two regimens of one drug at once (double dosing)          | regimens[k]              |
 * | two drugs the labels say not to combine (NOT_COMBINED)    | regimens[k]              |
 * | use beyond the label's duration limit                     | regimens[k].count        |
 *
 * MSC regimens are not drugs and are skipped; so are fields that `checkScenario` rejects (unknown drug, a negative
 * or non-finite dose), which are its to report. Calcium + vitamin D is a switch (0 or 1) with no dose rule.
 */

export interface DrugRegimenWarning {
  /** The contract field at issue, e.g. `regimens[2].interval` (a pair of regimens: the later one, `regimens[3]`). */
  readonly field: string;
  /** What is unusual and what the label says. Starts with the field, as ModelError messages do. */
  readonly message: string;
}

/** A dose this many times outside the labelled range is an error. */
export const OUT_OF_RANGE_FACTOR = 10;
/** An interval within this relative distance of a label regimen's is that regimen's (28 d is monthly, 180 d is 6-monthly). */
export const INTERVAL_TOLERANCE = 0.15;

/**
 * Doses per day the label regimens give (dose / interval), stretched as far as trials went beyond the label doses:
 * [lowest dose per day · doseRange min / lowest label dose, highest dose per day · doseRange max / highest label dose].
 * Teriparatide: 20–40 µg/day; alendronate: 5–10 mg/day; denosumab: 0.33–0.66 mg/day.
 */
export function dailyEquivalentRange(label: DrugLabel): readonly [number, number] {
  const perDay = label.regimens.map((r) => r.dose / r.interval);
  const doses = label.regimens.map((r) => r.dose);
  return [(Math.min(...perDay) * label.doseRange[0]) / Math.min(...doses), (Math.max(...perDay) * label.doseRange[1]) / Math.max(...doses)];
}

/**
 * Checks drug regimens (the scenario's `regimens`, MSC ones included: they are skipped) against the drug labels.
 * Throws a ModelError naming the field (`regimens[2].dose: …`) for a dose more than 10× outside the labelled range;
 * returns the warnings, in the order of the regimens.
 */
export function checkDrugRegimens(regimens: readonly Regimen[]): DrugRegimenWarning[] {
  const drugs: Dosed[] = [];
  regimens.forEach((r, index) => {
    if (r?.kind !== 'drug') return;
    const label = DRUG_LABELS[r.drug];
    if (!label || !finite(r.dose) || r.dose < 0 || !finite(r.start)) return;
    drugs.push({ r, index, label, where: `regimens[${index}]` });
  });
  for (const d of drugs) checkTenFold(d);
  const found: { index: number; warning: DrugRegimenWarning }[] = [];
  const add = (index: number, field: string, text: string): void => void found.push({ index, warning: { field, message: `${field}: ${text}` } });
  for (const d of drugs) for (const [field, text] of doseWarnings(d)) add(d.index, field, text);
  for (const [d, field, text] of pairWarnings(drugs)) add(d.index, field, text);
  for (const [d, field, text] of limitWarnings(drugs)) add(d.index, field, text);
  return found.map((w, k) => ({ ...w, k })).sort((a, b) => a.index - b.index || a.k - b.k).map((w) => w.warning);
}

// ---------------------------------------------------------------------------------------------------------------

interface Dosed {
  readonly r: DrugRegimen;
  readonly index: number;
  readonly label: DrugLabel;
  readonly where: string;
}

type Found = readonly [field: string, text: string];

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** 3 significant digits; whole numbers of 1000 and more (days, doses) as they are. */
const num = (v: number): string => (Math.abs(v) >= 1000 ? String(Math.round(v)) : String(Number(v.toPrecision(3))));
const range = ([lo, hi]: readonly [number, number], unit: string): string => (lo === hi ? `${num(lo)} ${unit}` : `${num(lo)}–${num(hi)} ${unit}`);
const factor = (v: number, [lo, hi]: readonly [number, number]): string => (v > hi ? `${num(v / hi)}× above` : `${num(lo / v)}× below`);
const outside = (v: number, [lo, hi]: readonly [number, number]): boolean => v < lo * (1 - 1e-9) || v > hi * (1 + 1e-9);
const regimenNames = (label: DrugLabel): string => label.regimens.map((r) => r.name).join(', ');
const sameInterval = (interval: number, r: LabelRegimen): boolean => Math.abs(interval / r.interval - 1) <= INTERVAL_TOLERANCE;

/** A dose that is plausible in the other mass unit: a hint to add to a 10× error. */
function unitHint({ r, label }: Dosed, [lo, hi]: readonly [number, number]): string {
  const within = (v: number): boolean => v >= lo && v <= hi;
  if (label.unit === 'mg' && within(r.dose / 1000)) return `; ${r.drug} doses are in mg: ${num(r.dose)} µg would be ${num(r.dose / 1000)} mg`;
  if (label.unit === 'µg' && within(r.dose * 1000)) return `; ${r.drug} doses are in µg: ${num(r.dose)} mg would be ${num(r.dose * 1000)} µg`;
  return '';
}

function checkTenFold(d: Dosed): void {
  const { r, label, where } = d;
  if (label.unit === 'switch' || r.dose === 0) return;
  const bounds = r.continuous ? dailyEquivalentRange(label) : label.doseRange;
  if (r.dose >= bounds[0] / OUT_OF_RANGE_FACTOR && r.dose <= bounds[1] * OUT_OF_RANGE_FACTOR) return;
  const side = r.dose > bounds[1] ? 'above' : 'below';
  const text = r.continuous
    ? `${num(r.dose)} ${label.unit}/day of ${r.drug} as a constant rate is more than ${OUT_OF_RANGE_FACTOR}× ${side} the ${range(bounds, `${label.unit}/day`)} its label regimens give (${regimenNames(label)})`
    : `${num(r.dose)} ${label.unit} of ${r.drug} is more than ${OUT_OF_RANGE_FACTOR}× ${side} its labelled single doses, ${range(bounds, label.unit)} (${label.doseRangeSource})`;
  throw new ModelError(`${where}.dose: ${text}${unitHint(d, bounds)}`, { field: `${where}.dose` });
}

/** Dose, dose per day, interval and form of one regimen. */
function doseWarnings({ r, label, where }: Dosed): Found[] {
  if (label.unit === 'switch') return [];
  const unit = label.unit;
  if (r.dose === 0) return [[`${where}.dose`, `is 0 ${unit}: the regimen gives no ${r.drug} (leave it out for an untreated or placebo arm)`]];
  const out: Found[] = [];
  const perDayRange = dailyEquivalentRange(label);
  const perDayText = range(perDayRange, `${unit}/day`);
  if (r.continuous) {
    if (outside(r.dose, perDayRange)) {
      out.push([`${where}.dose`, `${num(r.dose)} ${unit}/day of ${r.drug} as a constant rate is ${factor(r.dose, perDayRange)} the ${perDayText} its label regimens give (${regimenNames(label)})`]);
    }
    if (!label.regimens.some((lr) => sameInterval(1, lr))) {
      out.push([`${where}.continuous`, `${r.drug} as a constant rate stands for none of its label regimens (${regimenNames(label)}): they are separate doses`]);
    }
    return out;
  }
  const doseWarned = outside(r.dose, label.doseRange);
  if (doseWarned) {
    out.push([`${where}.dose`, `${num(r.dose)} ${unit} of ${r.drug} is ${factor(r.dose, label.doseRange)} its labelled single doses, ${range(label.doseRange, unit)} (${label.doseRangeSource})`]);
  }
  const count = r.count ?? 1;
  if (count > 1 && finite(r.interval) && r.interval > 0) {
    const perDay = r.dose / r.interval;
    const every = `${num(r.dose)} ${unit} every ${num(r.interval)} d`;
    // As far off as an interval may be from a label interval (INTERVAL_TOLERANCE) before the dose per day counts.
    const tolerated = [perDayRange[0] / (1 + INTERVAL_TOLERANCE), perDayRange[1] / (1 - INTERVAL_TOLERANCE)] as const;
    const exposure = outside(perDay, tolerated) ? `${num(perDay)} ${unit}/day, ${factor(perDay, perDayRange)} the ${perDayText} of the label regimens` : undefined;
    if (!label.regimens.some((lr) => sameInterval(r.interval!, lr))) {
      out.push([`${where}.interval`, `${r.drug} every ${num(r.interval)} d is unlike its label regimens (${regimenNames(label)})${exposure ? `; ${every} is ${exposure}` : ''}`]);
    } else if (exposure && !doseWarned) {
      out.push([`${where}.dose`, `${every} of ${r.drug} is ${exposure} (${regimenNames(label)})`]);
    }
  }
  return out;
}

/** Days a regimen covers: from its first dose to one interval after its last (a single dose: its label interval). */
interface Span {
  readonly start: number;
  readonly end: number;
  /** Its dosing interval (a constant rate: 1 day): overlaps shorter than half of it are an early switch, not double dosing. */
  readonly step: number;
}

function nearestLabelRegimen(label: DrugLabel, dose: number): LabelRegimen {
  const distance = (lr: LabelRegimen): number => (dose > 0 ? Math.abs(Math.log(dose / lr.dose)) : 0);
  return label.regimens.reduce((best, lr) => (distance(lr) < distance(best) ? lr : best));
}

function span({ r, label }: Dosed): Span | undefined {
  const count = r.count ?? 1;
  if (!Number.isInteger(count) || count < 1) return undefined;
  if (r.interval === undefined) {
    if (count > 1 || r.continuous) return undefined;
    // A switch without an interval stays on to the end (study files: calcium + vitamin D without `for`).
    if (label.unit === 'switch') return { start: r.start, end: Infinity, step: 1 };
    const step = nearestLabelRegimen(label, r.dose).interval;
    return { start: r.start, end: r.start + step, step };
  }
  if (!finite(r.interval) || r.interval <= 0) return undefined;
  return { start: r.start, end: r.start + count * r.interval, step: r.continuous ? 1 : r.interval };
}

const spanText = (s: Span): string => `from day ${num(s.start)} to ${s.end === Infinity ? 'the end' : `day ${num(s.end)}`}`;

/**
 * Regimens at the same time: one drug twice, or drugs the labels say not to combine. Each regimen is warned at most
 * once per finding (double dosing; each combination the labels advise against), naming the first earlier regimen it
 * overlaps: the warnings grow with the regimens, not with their pairs, and each pair costs a few comparisons only
 * (10,000 regimens in one arm used to give millions of warnings and did not return).
 */
function pairWarnings(drugs: readonly Dosed[]): (readonly [Dosed, string, string])[] {
  const out: (readonly [Dosed, string, string])[] = [];
  const spans = drugs.map((d) => (d.r.dose > 0 ? span(d) : undefined));
  const conflictOf = (x: string, y: string) => NOT_COMBINED.find(({ classes: [p, q] }) => (p === x && q === y) || (p === y && q === x));
  // Earlier regimens by drug, with the span they cover together: a drug none of whose regimens can reach b is skipped
  // at once, so regimens one after another cost a constant each.
  const byDrug = new Map<string, { members: number[]; start: number; end: number; label: DrugLabel }>();
  for (let j = 0; j < drugs.length; j++) {
    const b = drugs[j]!;
    const sb = spans[j];
    if (!sb) continue;
    for (const [drug, group] of byDrug) {
      if (group.end <= sb.start || group.start >= sb.end) continue;
      const same = drug === b.r.drug;
      const conflict = same ? undefined : conflictOf(group.label.class, b.label.class);
      if (!same && !conflict) continue;
      for (const i of group.members) {
        const a = drugs[i]!;
        const sa = spans[i]!;
        const overlap = Math.min(sa.end, sb.end) - Math.max(sa.start, sb.start);
        if (!(overlap > 0) || overlap < 0.5 * Math.min(sa.step, sb.step)) continue;
        if (same) {
          const why = a.label.unit === 'switch' ? `${a.label.name} is a switch, so the second adds nothing` : `two ${a.r.drug} regimens at once double the dose`;
          out.push([b, b.where, `overlaps ${a.where} (${a.r.drug} ${spanText(sa)}): ${why}`]);
        } else {
          out.push([b, b.where, `${b.r.drug} ${spanText(sb)} while ${a.where} gives ${a.r.drug} (${spanText(sa)}): ${conflict!.reason} (${conflict!.source})`]);
        }
        break;
      }
    }
    const group = byDrug.get(b.r.drug) ?? { members: [], start: Infinity, end: -Infinity, label: b.label };
    group.members.push(j);
    group.start = Math.min(group.start, sb.start);
    group.end = Math.max(group.end, sb.end);
    byDrug.set(b.r.drug, group);
  }
  return out;
}

/** Use beyond a label's duration limit (PTH analogs 24 months together, romosozumab 12 doses), in order of start. */
function limitWarnings(drugs: readonly Dosed[]): (readonly [Dosed, string, string])[] {
  const out: (readonly [Dosed, string, string])[] = [];
  const used = new Map<string, { days: number; doses: number; drugs: Set<string>; warned: boolean }>();
  for (const d of [...drugs].sort((a, b) => a.r.start - b.r.start)) {
    const limit = d.label.durationLimit;
    const s = span(d);
    if (!limit || !s || d.r.dose === 0) continue;
    const key = [...(limit.cumulativeWith ?? [d.r.drug])].sort().join('+');
    const u = used.get(key) ?? { days: 0, doses: 0, drugs: new Set<string>(), warned: false };
    used.set(key, u);
    u.days += s.end - s.start;
    if (!d.r.continuous) u.doses += d.r.count ?? 1;
    u.drugs.add(d.r.drug);
    if (u.warned) continue;
    const which = [...u.drugs].join(' and ');
    let text: string | undefined;
    if (limit.days !== undefined && u.days > limit.days + 0.5 * s.step) text = `brings ${which} to ${num(u.days)} treatment days`;
    else if (limit.doses !== undefined && u.doses > limit.doses) text = `brings ${which} to ${u.doses} doses`;
    if (text === undefined) continue;
    u.warned = true;
    out.push([d, `${d.where}.count`, `${text}, beyond the label's ${limit.text} (${limit.source})`]);
  }
  return out;
}
