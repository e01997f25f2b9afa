import type { DrugRegimen } from '../../model/scenario.js';
import { DRUG_LABELS } from '../../therapies/drugs/index.js';

const isSwitch = (r: DrugRegimen): boolean => DRUG_LABELS[r.drug]?.unit === 'switch';

/** A drug's dose in its label unit (src/therapies/drugs); a switch (calcium + vitamin D) by its name alone. */
function doseText(r: DrugRegimen): string {
  const label = DRUG_LABELS[r.drug];
  if (label === undefined) return `${r.drug} ${r.dose}`;
  return label.unit === 'switch' ? label.name : `${r.drug} ${r.dose} ${label.unit}`;
}

function drugText(r: DrugRegimen): string {
  const count = r.count ?? 1;
  const from = r.start === 0 ? 'from day 0' : `from day ${r.start}`;
  if (r.continuous) return `${doseText(r)} per ${r.interval} d, continuous for ${count * (r.interval ?? 0)} d ${from}`;
  if (count === 1) return isSwitch(r) ? `${doseText(r)} ${from}` : `${doseText(r)} once on day ${r.start}`;
  return `${doseText(r)} every ${r.interval} d × ${count} ${from}`;
}

/** An MSC product in words: 'BM MSCs (autologous)', 'UC MSC exosomes'. */
function productText(product: unknown): string {
  if (typeof product === 'string') return product;
  const p = (product ?? {}) as Record<string, unknown>;
  const source = typeof p.source === 'string' ? `${p.source} ` : '';
  if (p.kind === 'cells') return `${source}MSCs${typeof p.donor === 'string' ? ` (${p.donor})` : ''}`;
  return `${source}MSC ${typeof p.kind === 'string' ? p.kind : 'product'}`;
}

/**
 * Regimens in words for an arm's description, e.g. 'denosumab 60 mg every 182 d × 6 from day 0' or
 * 'BM MSCs (autologous) 1.0e6 cells/kg, intravenous, on day 0'. Other regimen kinds are described by their kind
 * and fields. Reads MSC regimens structurally, so it accepts any `Regimen`.
 */
export function describeRegimens(regimens: readonly { readonly kind: string }[] | undefined): string {
  if (!regimens || regimens.length === 0) return 'no treatment';
  return regimens
    .map((r) => {
      if (r.kind === 'drug') return drugText(r as DrugRegimen);
      const cells = r as Record<string, unknown>;
      if (r.kind === 'msc' && typeof cells.route === 'string' && typeof cells.dose === 'number') {
        const count = typeof cells.count === 'number' ? cells.count : 1;
        const unit = typeof cells.doseUnit === 'string' ? cells.doseUnit : 'cells';
        const when = count > 1 ? `every ${String(cells.interval)} d × ${count} from day ${String(cells.start)}` : `on day ${String(cells.start)}`;
        const dose = cells.dose.toExponential(1).replace('e+', 'e');
        return `${productText(cells.product)} ${dose} ${unit}, ${cells.route}, ${when}`;
      }
      const { kind, ...rest } = cells;
      const fields = Object.entries(rest).map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
      return `${String(kind)}${fields.length ? ` (${fields.join(', ')})` : ''}`;
    })
    .join('; ');
}
