import type { Measure, NumericValue, QualitativeValue, RangeValue, TimePoint, Unit, ValueBase } from './types.js';

/** Builders of published values and time points, so that one value reads as one line in the section modules. */

type More = Partial<Omit<NumericValue, 'kind' | 'key' | 'label' | 'measure' | 'value' | 'unit'>>;

export function num(key: string, label: string, measure: Measure, value: number, unit: Unit, more: More = {}): NumericValue {
  return { kind: 'numeric', key, label, measure, value, unit, ...more };
}

export function range(key: string, label: string, measure: Measure, low: number, high: number, unit: Unit, more: Partial<ValueBase> & { approx?: true } = {}): RangeValue {
  return { kind: 'range', key, label, measure, low, high, unit, ...more };
}

export function qual(key: string, label: string, statement: string, more: Partial<Omit<QualitativeValue, 'kind' | 'key' | 'label' | 'statement'>> = {}): QualitativeValue {
  return { kind: 'qualitative', key, label, statement, ...more };
}

export const mo = (months: number): TimePoint => ({ kind: 'months', months });
export const yr = (years: number): TimePoint => ({ kind: 'years', years });
export const fmp = (fromYears: number, toYears: number): TimePoint => ({ kind: 'fmp', fromYears, toYears });
export const age = (years: number): TimePoint => ({ kind: 'age', years });
export const ctx = { role: 'context' } as const;
