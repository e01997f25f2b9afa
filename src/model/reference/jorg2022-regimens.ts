import type { EngineEvent } from '../../engine/index.js';
import { DAYS_PER_JORG2022_YEAR } from '../time.js';
import { jorg2022 } from './jorg2022.js';

/**
 * Drug regimens of the Jörg 2022 reference model as dose events (Appendix 2). Dose units are not stated in the
 * paper; the ones that reproduce its calibration are mg for the antibodies and alendronate, µg for teriparatide.
 */

export type JorgDrug = 'denosumab' | 'romosozumab' | 'blosozumab' | 'alendronate' | 'teriparatide';

export const DOSE_UNIT: Readonly<Record<JorgDrug, 'mg' | 'µg'>> = {
  denosumab: 'mg',
  romosozumab: 'mg',
  blosozumab: 'mg',
  alendronate: 'mg',
  teriparatide: 'µg',
};

/** Discrete doses (Eq. 21): `count` doses of `dose` (DOSE_UNIT) every `every` days, the first at `startAge`. */
export interface DiscreteDosing {
  readonly kind: 'discrete';
  readonly drug: JorgDrug;
  readonly dose: number;
  /** Age at the first dose, years. */
  readonly startAge: number;
  /** Days between doses. */
  readonly every: number;
  readonly count: number;
}

/** Quasi-continuous dosing (Eq. 22): `dailyDose` (DOSE_UNIT per day) over `days` days from `startAge`. */
export interface QuasiContinuousDosing {
  readonly kind: 'quasi-continuous';
  readonly drug: JorgDrug;
  readonly dailyDose: number;
  readonly startAge: number;
  readonly days: number;
}

export type JorgRegimen = DiscreteDosing | QuasiContinuousDosing;

/**
 * Doses every `every` days for `years` years, as the authors' `medseq` helper: at 0, every, 2·every, … while
 * before years · 365 days (alendronate weekly for a year is 53 doses, denosumab every 180 days is 3).
 */
export function dosedFor(drug: JorgDrug, dose: number, every: number, startAge: number, years: number): DiscreteDosing {
  return { kind: 'discrete', drug, dose, startAge, every, count: Math.ceil((years * DAYS_PER_JORG2022_YEAR) / every) };
}

/**
 * Engine events for regimens: a discrete dose c adds E_x · c to psi_x; quasi-continuous dosing infuses E_x · c
 * per day into psi_x over its window. Efficacies E_x are read from the parameter vector `p`.
 */
export function regimenEvents(regimens: readonly JorgRegimen[], p: Float64Array = jorg2022.defaultParameters()): EngineEvent[] {
  return regimens.map((regimen): EngineEvent => {
    const state = `psi_${regimen.drug}`;
    const efficacy = p[jorg2022.parameterIndex(`E_${regimen.drug}`)]!;
    const time = regimen.startAge * DAYS_PER_JORG2022_YEAR;
    switch (regimen.kind) {
      case 'discrete':
        return { kind: 'bolus', time, state, amount: efficacy * regimen.dose, interval: regimen.every, count: regimen.count };
      case 'quasi-continuous':
        return { kind: 'infusion', time, state, rate: efficacy * regimen.dailyDose, duration: regimen.days };
      default: {
        const never: never = regimen;
        throw new Error(`unknown regimen kind ${(never as { kind: string }).kind}`);
      }
    }
  });
}
