import type { EngineEvent, ModuleDef } from '../../engine/index.js';
import { inputError } from '../input-error.js';
import { DRUGS, takenDoses, type DrugName, type DrugRegimen } from '../scenario.js';
import { bisphosphonates } from './drugs/bisphosphonates.js';
import { denosumab } from './drugs/denosumab.js';
import { estrogenReceptorAgonists } from './drugs/estrogen-receptor.js';
import { odanacatib } from './drugs/odanacatib.js';
import { pthAnalogs } from './drugs/pth-analogs.js';
import { romosozumab } from './drugs/romosozumab.js';
import { sclerostinAntibodies } from './drugs/sclerostin-antibodies.js';

/**
 * Drug regimens of the scenario contract as engine dose events (events are data: they can be listed and tested
 * before a simulation runs). Doses are in the label unit: mg; µg for teriparatide and abaloparatide; mg of conjugated
 * estrogens for hormone therapy; 1 = supplemented for calcium + vitamin D.
 *
 * | drug            | forms                        | event: discrete dose d / continuous d per day                       |
 * |-----------------|------------------------------|---------------------------------------------------------------------|
 * | denosumab       | SC, discrete                 | bolus d into D_sc                                                   |
 * | romosozumab     | SC, discrete                 | bolus d / (MW_R · 1e-3) (nmol) into R_sc                            |
 * | blosozumab      | SC, discrete (Jörg Eq. 21)   | bolus E_blo · d into psi_blo                                        |
 * | alendronate     | oral, discrete or continuous | F_aln · d into BP_pl                                                |
 * | risedronate     | oral, discrete or continuous | F_ris · pot_ris · d into BP_pl                                      |
 * | zoledronate     | IV, discrete                 | bolus pot_zol · d into BP_pl                                        |
 * | teriparatide    | SC, discrete or continuous   | d into T_sc: daily doses are pulses; continuous is an infusion      |
 * | abaloparatide   | SC, discrete or continuous   | d into Ab_sc (as teriparatide)                                      |
 * | raloxifene      | oral, discrete or continuous | d into A_ral                                                        |
 * | hormoneTherapy  | oral, discrete or continuous | d into A_HT                                                         |
 * | odanacatib      | oral, discrete or continuous | d into G_odn (gut)                                                  |
 * | calciumVitaminD | daily supplement             | u_CaD = d from `start`; back to 0 after count · interval days when both are given |
 *
 * Continuous dosing gives `dose` per day from `start` for count · interval days. Discrete doses with adherence below 1
 * become one event per dose taken (contract `takenDoses`).
 */
/** osteosim models every drug of the contract. */
export const OSTEOSIM_DRUGS: readonly DrugName[] = DRUGS;

/** How osteosim represents a daily label regimen: PTH analogs as daily pulses (a constant exposure is catabolic). */
export const OSTEOSIM_DAILY_DOSING: Readonly<Partial<Record<DrugName, 'continuous' | 'discrete'>>> = {
  teriparatide: 'discrete',
  abaloparatide: 'discrete',
};

export function isSupportedDrug(drug: DrugName): boolean {
  return OSTEOSIM_DRUGS.includes(drug);
}

/**
 * Where a dose goes and how much of it (in the state's unit per label unit), by drug, and the mechanism modules the
 * dose acts through (the module with the dosed state first). The drug modules of the model (`OSTEOSIM_DRUG_MODULES`)
 * are read from here.
 */
interface DoseRoute {
  readonly modules: readonly [ModuleDef, ...ModuleDef[]];
  readonly state: string;
  readonly perUnit: (par: (name: string) => number) => number;
  readonly continuousAllowed: boolean;
}

const ROUTES: Readonly<Record<Exclude<DrugName, 'calciumVitaminD'>, DoseRoute>> = {
  denosumab: { modules: [denosumab], state: 'D_sc', perUnit: () => 1, continuousAllowed: false },
  romosozumab: { modules: [romosozumab, sclerostinAntibodies], state: 'R_sc', perUnit: (par) => 1 / (par('MW_R') * 1e-3), continuousAllowed: false },
  blosozumab: { modules: [sclerostinAntibodies], state: 'psi_blo', perUnit: (par) => par('E_blo'), continuousAllowed: false },
  alendronate: { modules: [bisphosphonates], state: 'BP_pl', perUnit: (par) => par('F_aln'), continuousAllowed: true },
  risedronate: { modules: [bisphosphonates], state: 'BP_pl', perUnit: (par) => par('F_ris') * par('pot_ris'), continuousAllowed: true },
  zoledronate: { modules: [bisphosphonates], state: 'BP_pl', perUnit: (par) => par('pot_zol'), continuousAllowed: false },
  teriparatide: { modules: [pthAnalogs], state: 'T_sc', perUnit: () => 1, continuousAllowed: true },
  abaloparatide: { modules: [pthAnalogs], state: 'Ab_sc', perUnit: () => 1, continuousAllowed: true },
  raloxifene: { modules: [estrogenReceptorAgonists], state: 'A_ral', perUnit: () => 1, continuousAllowed: true },
  hormoneTherapy: { modules: [estrogenReceptorAgonists], state: 'A_HT', perUnit: () => 1, continuousAllowed: true },
  odanacatib: { modules: [odanacatib], state: 'G_odn', perUnit: () => 1, continuousAllowed: true },
};

/**
 * The drug modules of osteosim, in the order the route table first names them (each once). Calcium + vitamin D is no
 * drug module: it switches a parameter of the hormone axis (hormones.ts).
 */
export const OSTEOSIM_DRUG_MODULES: readonly ModuleDef[] = [...new Set(Object.values(ROUTES).flatMap((route) => route.modules))];

/**
 * Engine events for regimens. `tStart` is the scenario start on the model clock (days from the young steady state);
 * `par` reads a parameter of the scenario's parameter vector by name (the unit conversions). Regimens are assumed to have passed
 * `checkScenario`. `indices` are the regimens' positions in the scenario (for error messages) when MSC regimens were
 * set aside (msc-regimens.ts).
 */
export function regimenEvents(regimens: readonly DrugRegimen[], par: (name: string) => number, tStart: number, indices?: readonly number[]): EngineEvent[] {
  const events: EngineEvent[] = [];
  regimens.forEach((r, i) => {
    const where = `regimens[${indices?.[i] ?? i}]`;
    const time = tStart + r.start;
    const count = r.count ?? 1;
    if (r.drug === 'calciumVitaminD') {
      if (r.dose > 1) {
        inputError(`${where}.dose`, 'range', `calcium + vitamin D is a switch between 0 (none) and 1 (supplemented), got ${r.dose}`, { given: r.dose, allowed: '0 or 1' });
      }
      events.push({ kind: 'set-parameter', time, parameter: 'u_CaD', value: r.dose });
      if (r.interval !== undefined && (r.count !== undefined || r.continuous)) {
        events.push({ kind: 'set-parameter', time: time + count * r.interval, parameter: 'u_CaD', value: 0 });
      }
      return;
    }
    const route = ROUTES[r.drug];
    if (!route) inputError(`${where}.drug`, 'unknown', `unknown drug '${String(r.drug)}' (osteosim has: ${OSTEOSIM_DRUGS.join(', ')})`, { given: r.drug, allowed: OSTEOSIM_DRUGS.join(', ') });
    const amount = route.perUnit(par) * r.dose;
    if (r.continuous) {
      if (!route.continuousAllowed) {
        inputError(`${where}.continuous`, 'dosing-form', `${r.drug} is given as discrete doses in osteosim`, { given: true, allowed: 'discrete doses', hint: 'set continuous to false' });
      }
      events.push({ kind: 'infusion', time, state: route.state, rate: amount, duration: count * r.interval! });
      return;
    }
    const adherence = r.adherence ?? 1;
    if (adherence < 1) {
      for (const k of takenDoses(count, adherence)) events.push({ kind: 'bolus', time: time + k * r.interval!, state: route.state, amount });
      return;
    }
    events.push({ kind: 'bolus', time, state: route.state, amount, ...(count > 1 ? { interval: r.interval!, count } : {}) });
  });
  return events;
}
