import { ModelError } from '../../engine/errors.js';
import type { DrugName, DrugRegimen } from '../../model/scenario.js';
import type { DrugLabel } from './label.js';
import { DRUG_LABELS } from './labels.js';

export interface LabelRegimenOptions {
  /**
   * How a daily regimen is given: one dose a day ('discrete') or a constant rate of the daily dose ('continuous').
   * Default: the label's `dailyForm` (PTH analogs discrete, the rest continuous). Pass a model's
   * `dailyDosing[drug]` to follow that model.
   */
  readonly dailyDosing?: 'continuous' | 'discrete';
  /** Stop at the label's duration limit (romosozumab 12 doses, PTH analogs 24 months). Default: cover all `days`. */
  readonly withinLabelLimit?: boolean;
}

/**
 * The drug's default label regimen (the first of `DRUG_LABELS[drug].regimens`) from `start`, with as many doses as
 * cover `days` days: ⌈days / interval⌉ doses, or a constant rate for ⌈days⌉ days.
 */
export function labelRegimen(drug: DrugName, days: number, start = 0, options: LabelRegimenOptions = {}): DrugRegimen {
  const label: DrugLabel | undefined = DRUG_LABELS[drug];
  if (!label) throw new ModelError(`drug: unknown drug '${String(drug)}' (known: ${Object.keys(DRUG_LABELS).join(', ')})`, { field: 'drug' });
  if (!Number.isFinite(days) || days <= 0) throw new ModelError(`days: must be a number of days > 0, got ${String(days)}`, { field: 'days' });
  if (!Number.isFinite(start) || start < 0) throw new ModelError(`start: must be a number of days >= 0, got ${String(start)}`, { field: 'start' });
  const regimen = label.regimens[0];
  let count = Math.max(1, Math.ceil(days / regimen.interval - 1e-9));
  if (options.withinLabelLimit) {
    const limit = label.durationLimit;
    if (regimen.count !== undefined) count = Math.min(count, regimen.count);
    if (limit?.doses !== undefined) count = Math.min(count, limit.doses);
    if (limit?.days !== undefined) count = Math.min(count, Math.max(1, Math.floor(limit.days / regimen.interval + 1e-9)));
  }
  const continuous = regimen.interval === 1 && (options.dailyDosing ?? label.dailyForm) === 'continuous';
  return { kind: 'drug', drug, dose: regimen.dose, start, interval: regimen.interval, count, ...(continuous ? { continuous: true } : {}) };
}
