import type { EngineEvent } from '../../engine/index.js';
import { inputError } from '../input-error.js';
import { checkMscRegimen, type MscCellProduct, type MscRegimen } from '../scenario.js';
import { osteosimModel } from './model.js';
import { cellFreePotency, DEFAULT_CONDITIONING_DAYS, PRODUCT_PARAMETERS, productParameters, type Recipient } from './msc-products.js';

/**
 * MSC regimens of the scenario contract as engine dose events on the MSC-therapy states (msc.ts), plus the
 * parameters their product sets. Cells are counted in 1e6 cells; a dose in cells/kg is multiplied by the body weight.
 *
 * | product   | route              | events (viable = viability × cells; the rest → X_cl)                          |
 * |-----------|--------------------|--------------------------------------------------------------------------------|
 * | cells     | intravenous        | viable → X_bl                                                                  |
 * | cells     | intra-arterial     | viable × (1 − f_surv_ia) → X_cl; × f_surv_ia f_ia_site → X_im; the rest → X_bl |
 * | cells     | intra-bone-marrow  | viable → X_im                                                                  |
 * | cells     | local scaffold     | viable → X_im                                                                  |
 * | secretome, exosomes | IV / IA  | cell equivalents × conditioning days × source potency → V_sys                 |
 * | secretome, exosomes | IBM / scaffold | the same → V_loc                                                          |
 *
 * A dose with `infusion` is a zero-order input over its duration (minutes); otherwise a bolus. `count` doses every
 * `interval` days. All cell products of one scenario must be the same product (the product sets scenario-wide
 * parameters: one set of cell-fate states); cell-free products may be added to them.
 */

export interface MscEvents {
  readonly events: EngineEvent[];
  /** Parameters the products and body weight set (pot_MSC, osteo_MSC, home_MSC, k_imm, BW). */
  readonly parameters: Readonly<Record<string, number>>;
}

const MINUTES_PER_DAY = 1440;

/** Cells (1e6) in one dose: cells/kg × body weight, or cells per animal. */
export function cellsPerDose(r: MscRegimen, bodyWeightKg: number): number {
  return (r.doseUnit === 'cells/kg' ? r.dose * bodyWeightKg : r.dose) / 1e6;
}

const sameProduct = (a: MscCellProduct, b: MscCellProduct): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Events and product parameters for the MSC regimens (each with its index in `scenario.regimens`), for a recipient
 * of the given species and age at the scenario start. `p` gives the
 * default body weight (BW, from the species profile) and the route fractions; `tStart` is the scenario start on the
 * model clock.
 */
export function mscRegimenEvents(regimens: readonly (readonly [MscRegimen, number])[], recipient: Recipient, p: Float64Array, tStart: number): MscEvents {
  const par = (name: string): number => p[osteosimModel.parameterIndex(name)]!;
  const events: EngineEvent[] = [];
  const parameters: Record<string, number> = {};
  let product: MscCellProduct | undefined;
  let weight: number | undefined;
  let weightFrom = '';
  for (const [r, k] of regimens) {
    const where = `regimens[${k}]`;
    if (r.bodyWeightKg !== undefined) {
      if (weight !== undefined && weight !== r.bodyWeightKg) {
        inputError(`${where}.bodyWeightKg`, 'conflict', `${r.bodyWeightKg} kg differs from ${weight} kg in ${weightFrom}; one patient has one body weight`, { given: r.bodyWeightKg });
      }
      weight = r.bodyWeightKg;
      weightFrom = where;
    }
  }
  const bw = weight ?? par('BW');
  if (weight !== undefined) parameters.BW = weight;

  for (const [r, k] of regimens) {
    const where = `regimens[${k}]`;
    checkMscRegimen(r, where, bw);
    const time = tStart + r.start;
    const count = r.count ?? 1;
    const repeat = count > 1 ? { interval: r.interval!, count } : {};
    const n = cellsPerDose(r, bw);
    const duration = r.infusion ? r.infusion.durationMin / MINUTES_PER_DAY : undefined;
    const give = (state: string, amount: number): void => {
      if (amount <= 0) return;
      events.push(duration === undefined ? { kind: 'bolus', time, state, amount, ...repeat } : { kind: 'infusion', time, state, rate: amount / duration, duration, ...repeat });
    };
    const product = r.product;
    if (product.kind === 'cells') {
      if (productOf(product, where)) {
        Object.assign(parameters, productParameters(product, { species: recipient.species, ageYears: recipient.ageYears + r.start / par('days_per_year') }));
      }
      const viable = n * (product.viabilityPct ?? PRODUCT_PARAMETERS.defaultViability.value) / 100;
      give('X_cl', n - viable);
      switch (r.route) {
        case 'intravenous':
          give('X_bl', viable);
          break;
        case 'intraArterial': {
          const surviving = viable * par('f_surv_ia');
          give('X_cl', viable - surviving);
          give('X_im', surviving * par('f_ia_site'));
          give('X_bl', surviving * (1 - par('f_ia_site')));
          break;
        }
        case 'intraBoneMarrow':
        case 'localScaffold':
          give('X_im', viable);
          break;
        default: {
          const never: never = r.route;
          inputError(`${where}.route`, 'unknown', `unknown route '${String(never)}'`, { given: never });
        }
      }
    } else {
      const amount = n * (product.conditioningDays ?? DEFAULT_CONDITIONING_DAYS) * cellFreePotency(product);
      give(r.route === 'intravenous' || r.route === 'intraArterial' ? 'V_sys' : 'V_loc', amount);
    }
  }
  return { events, parameters };

  function productOf(next: MscCellProduct, where: string): boolean {
    if (product === undefined) {
      product = next;
      return true;
    }
    if (!sameProduct(product, next)) {
      inputError(`${where}.product`, 'conflict', 'osteosim follows one cell product per scenario (one set of cell-fate states); this product differs from the first one', {
        hint: 'simulate each product in its own scenario',
      });
    }
    return false;
  }
}
