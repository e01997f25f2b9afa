import { ModelError, type EngineEvent } from '../../engine/index.js';
import type { DrugName, DrugRegimen } from '../scenario.js';
import { osteosimModel } from './model.js';

/**
 * Drug regimens of the scenario contract as engine dose events (events are data: they can be listed and tested
 * before a simulation runs). Doses are in the label unit: mg, µg/day for teriparatide, 1 = supplemented for
 * calcium + vitamin D.
 *
 * | drug            | route and form                               | event                                          |
 * |-----------------|----------------------------------------------|------------------------------------------------|
 * | denosumab       | SC, discrete doses                           | bolus dose (mg) into D_sc                      |
 * | romosozumab     | SC, discrete doses                           | bolus dose / (MW_R · 1e-3) (nmol) into R_sc    |
 * | blosozumab      | SC, discrete doses (Jörg Eq. 21)             | bolus E_blo · dose into psi_blo                |
 * | alendronate     | oral, discrete (weekly, daily) or continuous | bolus F_aln · dose, or infusion F_aln · dose/d, into BP_pl |
 * | zoledronate     | IV, discrete doses                           | bolus pot_zol · dose into BP_pl (pot_zol: uncalibrated placeholder) |
 * | teriparatide    | SC daily, quasi-continuous only (Jörg Eq. 22)| infusion E_pth · dose per day into psi_pth     |
 * | calciumVitaminD | daily supplement                             | u_CaD = dose from `start`; back to 0 after count · interval days when both are given |
 *
 * Continuous dosing gives `dose` per day from `start` for count · interval days (the contract's quasi-continuous form).
 */
export const OSTEOSIM_DRUGS: readonly DrugName[] = [
  'calciumVitaminD',
  'alendronate',
  'zoledronate',
  'teriparatide',
  'denosumab',
  'romosozumab',
  'blosozumab',
];

/** Drugs of the contract that osteosim does not model yet. */
export function isSupportedDrug(drug: DrugName): boolean {
  return OSTEOSIM_DRUGS.includes(drug);
}

/**
 * Engine events for regimens. `tStart` is the scenario start on the model clock (days from the young steady state);
 * `p` is the parameter vector, from which the unit conversions (E_blo, F_aln, pot_zol, E_pth, MW_R) are read.
 * Regimens are assumed to have passed `checkScenario` (dose, start, count and interval are valid). `indices` are the
 * regimens' positions in the scenario (for error messages) when MSC regimens were set aside (msc-regimens.ts).
 */
export function regimenEvents(regimens: readonly DrugRegimen[], p: Float64Array, tStart: number, indices?: readonly number[]): EngineEvent[] {
  const par = (name: string): number => p[osteosimModel.parameterIndex(name)]!;
  const events: EngineEvent[] = [];
  regimens.forEach((r, i) => {
    const where = `regimens[${indices?.[i] ?? i}]`;
    const time = tStart + r.start;
    const count = r.count ?? 1;
    const repeat = count > 1 ? { interval: r.interval!, count } : {};
    const discreteOnly = (): void => {
      if (r.continuous) {
        throw new ModelError(`${where}.continuous: ${r.drug} is given as discrete doses in osteosim; set continuous to false`, { field: `${where}.continuous` });
      }
    };
    const bolus = (state: string, amount: number): EngineEvent => ({ kind: 'bolus', time, state, amount, ...repeat });
    const infusion = (state: string, rate: number): EngineEvent => ({ kind: 'infusion', time, state, rate, duration: count * r.interval! });
    switch (r.drug) {
      case 'denosumab':
        discreteOnly();
        events.push(bolus('D_sc', r.dose));
        break;
      case 'romosozumab':
        discreteOnly();
        events.push(bolus('R_sc', r.dose / (par('MW_R') * 1e-3)));
        break;
      case 'blosozumab':
        discreteOnly();
        events.push(bolus('psi_blo', par('E_blo') * r.dose));
        break;
      case 'alendronate':
        events.push(r.continuous ? infusion('BP_pl', par('F_aln') * r.dose) : bolus('BP_pl', par('F_aln') * r.dose));
        break;
      case 'zoledronate':
        discreteOnly();
        events.push(bolus('BP_pl', par('pot_zol') * r.dose));
        break;
      case 'teriparatide':
        if (!r.continuous) {
          throw new ModelError(
            `${where}.continuous: osteosim gives teriparatide only as quasi-continuous daily dosing (Jörg 2022 Eq. 22, the form it was calibrated in); set continuous: true with dose in µg/day`,
            { field: `${where}.continuous` },
          );
        }
        events.push(infusion('psi_pth', par('E_pth') * r.dose));
        break;
      case 'calciumVitaminD': {
        if (r.dose > 1) {
          throw new ModelError(`${where}.dose: calcium + vitamin D is a switch between 0 (none) and 1 (supplemented), got ${r.dose}`, { field: `${where}.dose` });
        }
        events.push({ kind: 'set-parameter', time, parameter: 'u_CaD', value: r.dose });
        if (r.interval !== undefined && (r.count !== undefined || r.continuous)) {
          events.push({ kind: 'set-parameter', time: time + count * r.interval!, parameter: 'u_CaD', value: 0 });
        }
        break;
      }
      case 'risedronate':
      case 'abaloparatide':
      case 'raloxifene':
      case 'hormoneTherapy':
      case 'odanacatib':
        throw unsupportedDrug(r.drug, where);
      default: {
        const never: never = r.drug;
        throw new ModelError(`${where}.drug: unknown drug '${String(never)}'`, { field: `${where}.drug` });
      }
    }
  });
  return events;
}

export function unsupportedDrug(drug: string, where: string): ModelError {
  return new ModelError(
    `${where}.drug: model 'osteosim' does not model ${drug} yet; the drugs issue will add it (osteosim has: ${OSTEOSIM_DRUGS.join(', ')})`,
    { field: `${where}.drug` },
  );
}
