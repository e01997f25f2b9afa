import { DRUGS, type DrugName } from '../../model/scenario.js';
import { DRUG_LABELS, type DoseUnit } from '../../therapies/drugs/index.js';
import { show } from './errors.js';
import { INTERVAL_SHORTHANDS, intervalDays } from './time.js';

/**
 * Doses in study files: a number with the drug's label unit, as the scenario contract takes it (mg; micrograms for the
 * PTH analogues), optionally per day for quasi-continuous dosing ("20 ug/day"). Calcium + vitamin D is a switch:
 * no dose (supplemented) or a number between 0 and 1. Units and example doses are read from the drug labels
 * (src/therapies/drugs), never copied here.
 */

export type { DoseUnit };

/** Label unit of every drug of the contract (a model may support only some of them), from its label. */
export const DOSE_UNITS: Readonly<Record<DrugName, DoseUnit>> = Object.fromEntries(DRUGS.map((d) => [d, DRUG_LABELS[d].unit])) as Record<DrugName, DoseUnit>;

export const DRUG_NAMES: readonly DrugName[] = DRUGS;

/** The drugs whose label unit is `unit`, in contract order: 'teriparatide and abaloparatide' for µg. */
export function drugsDosedIn(unit: DoseUnit): string {
  const drugs = DRUGS.filter((d) => DOSE_UNITS[d] === unit);
  return drugs.length < 2 ? drugs.join('') : `${drugs.slice(0, -1).join(', ')} and ${drugs[drugs.length - 1]}`;
}

/** How a study file writes an interval of whole days: a shorthand, years, months (⌊N · 365/12⌋ d), weeks or days. */
export function intervalText(days: number): string {
  const shorthand = Object.entries(INTERVAL_SHORTHANDS).find(([, d]) => d === days);
  if (shorthand) return shorthand[0];
  if (days % 365 === 0) return `${days / 365} years`;
  const months = Math.round(days / (365 / 12));
  if (months > 0 && intervalDays({ value: months, unit: 'month' }) === days) return `${months} months`;
  if (days % 7 === 0) return `${days / 7} weeks`;
  return `${days} days`;
}

/**
 * The drug's default label regimen (its label's first) as a study file writes it, for examples in messages: a daily
 * regimen as a dose per day ("'20 ug/day'"), others as the dose with its interval ("'60 mg' with every: 6 months").
 * Undefined for a switch (calcium + vitamin D has no dose to give).
 */
export function exampleDose(drug: DrugName): string | undefined {
  const label = DRUG_LABELS[drug];
  if (label.unit === 'switch') return undefined;
  const { dose, interval } = label.regimens[0];
  const unit = label.unit === 'µg' ? 'ug' : label.unit;
  return interval === 1 ? `'${dose} ${unit}/day'` : `'${dose} ${unit}' with every: ${intervalText(interval)}`;
}

/** Source of the dose pattern (in the JSON Schema too): a number, a unit word and optionally "/day" or "per day". */
export const DOSE_PATTERN = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?\\s*[A-Za-zµμ]+(\\s*/\\s*[A-Za-z]+|\\s+per\\s+[A-Za-z]+)?\\s*$';
const DOSE_RE = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([A-Za-zµμ]+)(?:\s*\/\s*([A-Za-z]+)|\s+per\s+([A-Za-z]+))?\s*$/;

const MASS_UNITS: Readonly<Record<string, 'mg' | 'µg'>> = { mg: 'mg', ug: 'µg', 'µg': 'µg', 'μg': 'µg', mcg: 'µg' };
const PER_DAY = new Set(['day', 'd']);

export interface ParsedDose {
  readonly amount: number;
  /** True for a dose per day: quasi-continuous dosing. */
  readonly perDay: boolean;
}

/** Parses a dose for a drug; a string result is the error message (naming the value given and what is allowed). */
export function parseDose(drug: DrugName, dose: string | number | undefined): ParsedDose | string {
  const unit = DOSE_UNITS[drug];
  if (unit === 'switch') {
    if (dose === undefined) return { amount: 1, perDay: false };
    if (typeof dose === 'number' && dose >= 0 && dose <= 1) return { amount: dose, perDay: false };
    return (
      `${DRUG_LABELS[drug].name} is a switch: leave dose out (supplemented) or give a number from 0 to 1, got ${show(dose)}; ` +
      'for calcium intake in mg/day or vitamin D status in ng/mL set parameters.calcium_intake or parameters.vitamin_D'
    );
  }
  const sample = exampleDose(drug);
  const example = sample ? ` (e.g. ${sample})` : '';
  if (dose === undefined) return `${drug} needs a dose in ${unit}${example}`;
  if (typeof dose === 'number') return `${drug} doses need their unit: ${unit}${example}, got the bare number ${dose}`;
  const m = DOSE_RE.exec(dose);
  if (!m) return `expected a dose in ${unit} such as '60 ${unit}' or '20 ${unit}/day', got ${show(dose)}`;
  const amount = Number(m[1]);
  const given = MASS_UNITS[m[2]!];
  const per = m[3] ?? m[4];
  if (given !== unit) return `${drug} doses are in ${unit}${example}, got ${show(dose)}`;
  if (per !== undefined && !PER_DAY.has(per)) {
    return `only doses per day are rates ('${m[1]} ${unit}/day'); for a dose every ${per} give the dose per administration with every: ${per === 'week' || per === 'wk' ? 'weekly' : per}, got ${show(dose)}`;
  }
  if (!(amount >= 0) || !Number.isFinite(amount)) return `a dose must be >= 0, got ${show(dose)}`;
  return { amount, perDay: per !== undefined };
}

// ---------------------------------------------------------------------------------------------------------------
// MSC therapy: cells (or cell equivalents) per animal or per kg body weight

export interface ParsedCellDose {
  readonly amount: number;
  readonly unit: 'cells' | 'cells/kg';
}

const PER_KG = new Set(['kg']);

/** Parses an MSC dose ('1e6 cells', '2e6 cells/kg'); a string result is the error message. */
export function parseCellDose(dose: string | number | undefined): ParsedCellDose | string {
  const forms = "'1e6 cells' (per animal or patient) or '2e6 cells/kg' (per kg body weight)";
  if (dose === undefined) return `an MSC regimen needs a dose: ${forms}`;
  if (typeof dose === 'number') return `MSC doses need their unit: ${forms}, got the bare number ${dose}`;
  const m = DOSE_RE.exec(dose);
  if (!m) return `expected an MSC dose such as ${forms}, got ${show(dose)}`;
  const word = m[2]!.toLowerCase();
  const per = m[3] ?? m[4];
  if (word !== 'cells' && word !== 'cell') return `MSC doses are in cells or cells/kg, e.g. ${forms}, got ${show(dose)}`;
  if (per !== undefined && !PER_KG.has(per.toLowerCase())) return `MSC doses are in cells or cells/kg, e.g. ${forms}, got ${show(dose)}`;
  return { amount: Number(m[1]), unit: per === undefined ? 'cells' : 'cells/kg' };
}

const VOLUME_RE = /^\s*((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*(mL|ml|L|l)\s*$/;
/** Source of the infusion volume pattern (JSON Schema). */
export const VOLUME_PATTERN = VOLUME_RE.source;

/** '5 mL' → 5 (mL); a string result is the error message. */
export function parseVolumeMl(text: string): number | string {
  const m = VOLUME_RE.exec(text);
  if (!m) return `expected an infusion volume such as '5 mL' or '0.5 L', got ${show(text)}`;
  const v = Number(m[1]) * (m[2]!.toLowerCase() === 'l' ? 1000 : 1);
  return v > 0 ? v : `must be > 0 mL, got ${show(text)}`;
}

const MINUTES_RE = /^\s*((?:\d+(?:\.\d*)?|\.\d+))\s*(s|sec|seconds?|min|mins|minutes?|h|hr|hours?)\s*$/;
/** Source of the infusion duration pattern (JSON Schema). */
export const INFUSION_TIME_PATTERN = MINUTES_RE.source;

/** '30 minutes' → 30, '2 hours' → 120; a string result is the error message. */
export function parseMinutes(text: string): number | string {
  const m = MINUTES_RE.exec(text);
  if (!m) return `expected an infusion duration such as '30 minutes' or '2 hours', got ${show(text)}`;
  const u = m[2]![0];
  const v = Number(m[1]) * (u === 's' ? 1 / 60 : u === 'h' ? 60 : 1);
  return v > 0 ? v : `must be > 0 minutes, got ${show(text)}`;
}
