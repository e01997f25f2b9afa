import { withParameters, type BoneModel } from '../../model/index.js';
import { validate, type ValidationRow } from '../validation/run.js';
import { leastSquares, type FitParameter, type LeastSquaresOptions, type LeastSquaresResult } from './least-squares.js';

/**
 * Calibration against published targets through the validation harness: the residual of each target value is
 * (simulated − published) / sigma, computed by the same scenarios and extractors the validation report uses, so a
 * fit can never see a different protocol than the report.
 */

export interface CalibrationTarget {
  /** Target id (e.g. 'A2') and the key of one published value within it (e.g. 'fn-total'). */
  readonly id: string;
  readonly key: string;
  /** Weight: the residual is divided by it (units of the published value). */
  readonly sigma: number;
}

export interface CalibrationSpec {
  readonly name: string;
  readonly description: string;
  readonly model: BoneModel;
  readonly parameters: readonly FitParameter[];
  readonly targets: readonly CalibrationTarget[];
}

export interface TargetFit {
  readonly id: string;
  readonly key: string;
  readonly quantity: string;
  readonly published: number;
  readonly sigma: number;
  readonly before: number;
  readonly after: number;
  readonly statusBefore: string;
  readonly statusAfter: string;
}

export interface CalibrationResult {
  readonly spec: string;
  readonly fit: LeastSquaresResult;
  readonly targets: readonly TargetFit[];
  /** Chi-square (sum of squared residuals) before and after. */
  readonly chi2Before: number;
  readonly chi2After: number;
}

/** Runs the spec's targets on the model with the given parameter values and returns the matching rows in order. */
export function targetRows(spec: CalibrationSpec, values: Readonly<Record<string, number>>): ValidationRow[] {
  const ids = [...new Set(spec.targets.map((t) => t.id))];
  const rows = validate([withParameters(spec.model, values)], { ids, progress: false });
  return spec.targets.map((t) => {
    const row = rows.find((r) => r.id === t.id && r.key === t.key);
    if (!row) {
      const keys = rows.filter((r) => r.id === t.id).map((r) => r.key);
      throw new Error(`calibration '${spec.name}': target ${t.id} has no value '${t.key}' (it has: ${keys.join(', ')})`);
    }
    if (typeof row.published !== 'number') throw new Error(`calibration '${spec.name}': ${t.id}/${t.key} is not numeric`);
    return row;
  });
}

function residuals(spec: CalibrationSpec, rows: readonly ValidationRow[]): Float64Array {
  return Float64Array.from(rows, (row, i) =>
    row.simulated === null ? Infinity : (row.simulated - (row.published as number)) / spec.targets[i]!.sigma,
  );
}

export function calibrate(spec: CalibrationSpec, options: LeastSquaresOptions = {}): CalibrationResult {
  for (const t of spec.targets) {
    if (!(t.sigma > 0)) throw new Error(`calibration '${spec.name}': sigma of ${t.id}/${t.key} must be > 0, got ${t.sigma}`);
  }
  const initial = Object.fromEntries(spec.parameters.map((p) => [p.name, p.initial]));
  const before = targetRows(spec, initial);
  const fit = leastSquares(spec.parameters, (values) => residuals(spec, targetRows(spec, values)), options);
  const after = targetRows(spec, fit.values);
  const chi2 = (rows: readonly ValidationRow[]) => residuals(spec, rows).reduce((s, r) => s + r * r, 0);
  return {
    spec: spec.name,
    fit,
    chi2Before: chi2(before),
    chi2After: chi2(after),
    targets: spec.targets.map((t, i) => ({
      id: t.id,
      key: t.key,
      quantity: before[i]!.quantity,
      published: before[i]!.published as number,
      sigma: t.sigma,
      before: before[i]!.simulated ?? NaN,
      after: after[i]!.simulated ?? NaN,
      statusBefore: before[i]!.status,
      statusAfter: after[i]!.status,
    })),
  };
}
