import type { EvidenceKind, ParameterDef } from '../engine/index.js';

/**
 * One row of a parameter table, every field named, so a table reads as data:
 *
 *   k_tol: row({ value: 0.00732271, unit: '1/day', meaning: '…', evidence: 'fitted', fittedTo: [TARGETS.frameRomosozumab], source: '…' })
 *
 * Every bone model writes its tables with `row`. A model may add provenance helpers that supply `evidence`,
 * `source` and `fittedTo` together (spread into the row) where all three follow from one code, e.g. the origin
 * column of Jörg 2022 Appendix 3—table 4.
 */

/** How a value is known and where it comes from. Only a fitted value names what it was fitted to. */
export type Provenance =
  | { readonly evidence: 'fitted'; readonly source: string; readonly fittedTo?: readonly string[] }
  | { readonly evidence: Exclude<EvidenceKind, 'fitted'>; readonly source: string; readonly fittedTo?: never };

export type ParameterRow = Provenance & {
  readonly value: number;
  readonly unit: string;
  readonly meaning: string;
  /** Lower bound (inclusive); the engine's default (0) when absent. */
  readonly min?: number;
  /** Upper bound (inclusive); the engine's default (+Infinity) when absent. */
  readonly max?: number;
  /** Validation target ids whose own study the value was taken from: they count as in-sample (not validation). */
  readonly sourceTargets?: readonly string[];
  readonly note?: string;
};

/** The `ParameterDef` of one table row (absent optional fields stay absent). */
export function row(r: ParameterRow): ParameterDef {
  return {
    value: r.value,
    unit: r.unit,
    meaning: r.meaning,
    source: r.source,
    evidence: r.evidence,
    ...(r.fittedTo === undefined ? {} : { fittedTo: r.fittedTo }),
    ...(r.min === undefined ? {} : { min: r.min }),
    ...(r.max === undefined ? {} : { max: r.max }),
    ...(r.sourceTargets === undefined ? {} : { sourceTargets: r.sourceTargets }),
    ...(r.note === undefined ? {} : { note: r.note }),
  };
}
