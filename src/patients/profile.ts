import { ModelError } from '../engine/errors.js';
import { anyValue, checkKeys, strictKeys } from '../model/input-schema.js';

/**
 * A patient as a clinician describes her: sex, age, menopause, body size, the clinical risk factors of the fracture
 * risk tools (FRAX, Garvan) and, when measured, baseline BMD. The model layer needs only a few of these
 * (`patientScenario`); the rest act on the fracture hazard only (src/outcomes/fracture).
 */
export type Sex = 'female' | 'male';
export const SEXES: readonly Sex[] = ['female', 'male'];

/** Fragility fractures after age 50 (low trauma), before the scenario start. */
export interface PriorFractures {
  /** All prior fragility fractures, any site (vertebral ones included). */
  readonly count: number;
  /** How many of them are vertebral (clinical or morphometric, prevalent on a radiograph); <= count. */
  readonly vertebral?: number;
}

/** Baseline densitometry: each site as a BMD in g/cm² or as a T-score (one of the two per site). */
export interface BaselineBmd {
  /** Total-hip T-score against the reference of src/patients/reference.ts. */
  readonly hipTScore?: number;
  /** Lumbar-spine (L1–L4) T-score. */
  readonly spineTScore?: number;
  /** Total-hip BMD, g/cm² (Hologic-equivalent, the NHANES III scale). */
  readonly hipBmd?: number;
  /** Lumbar-spine L1–L4 BMD, g/cm² (Hologic scale). */
  readonly spineBmd?: number;
}

export interface PatientProfile {
  readonly sex: Sex;
  /** Age at the start (day 0), years. */
  readonly ageYears: number;
  /** Age at natural menopause (final menstrual period), women only; default: the model's. */
  readonly menopauseAgeYears?: number;
  /** Age at surgical menopause (bilateral ovariectomy), women only, <= ageYears. */
  readonly ovariectomyAgeYears?: number;
  /** Body-mass index, kg/m². */
  readonly bmi?: number;
  /** Current smoker. */
  readonly smoking?: boolean;
  /** Drinks 3 or more units of alcohol a day (the FRAX item). */
  readonly alcohol3PlusUnits?: boolean;
  /** Current oral glucocorticoid dose, prednisolone-equivalent mg/day (0 or absent: none). */
  readonly glucocorticoidMgPerDay?: number;
  readonly rheumatoidArthritis?: boolean;
  readonly priorFractures?: PriorFractures;
  /** Falls in the last 12 months. */
  readonly fallsLastYear?: number;
  readonly baseline?: BaselineBmd;
}

/** Bounds of each numeric field (inclusive), with the unit shown in messages. */
export const PROFILE_LIMITS = {
  ageYears: { min: 20, max: 110, unit: 'years' },
  menopauseAgeYears: { min: 30, max: 65, unit: 'years' },
  ovariectomyAgeYears: { min: 15, max: 110, unit: 'years' },
  bmi: { min: 10, max: 70, unit: 'kg/m²' },
  glucocorticoidMgPerDay: { min: 0, max: 1000, unit: 'mg/day' },
  tScore: { min: -8, max: 6, unit: 'SD' },
  hipBmd: { min: 0.2, max: 2, unit: 'g/cm²' },
  spineBmd: { min: 0.2, max: 2.5, unit: 'g/cm²' },
  fractures: { min: 0, max: 50, unit: '' },
  falls: { min: 0, max: 365, unit: '' },
} as const;

/**
 * Checks a profile; throws a ModelError whose message starts with the field, e.g.
 * `patient.bmi: must be between 10 and 70 kg/m², got 5`. Validate at the edge, trust inside (STYLE.md).
 */
export function checkPatientProfile(p: PatientProfile): void {
  const fail = (field: string, message: string): never => {
    throw new ModelError(`patient.${field}: ${message}`, { field: `patient.${field}` });
  };
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const range = (field: string, v: unknown, lim: { min: number; max: number; unit: string }): void => {
    if (!finite(v) || v < lim.min || v > lim.max) {
      fail(field, `must be between ${lim.min} and ${lim.max}${lim.unit ? ` ${lim.unit}` : ''}, got ${String(v)}`);
    }
  };
  const whole = (field: string, v: unknown, lim: { min: number; max: number }): void => {
    if (!Number.isInteger(v) || (v as number) < lim.min || (v as number) > lim.max) {
      fail(field, `must be a whole number between ${lim.min} and ${lim.max}, got ${String(v)}`);
    }
  };
  const flag = (field: string, v: unknown): void => {
    if (v !== undefined && typeof v !== 'boolean') fail(field, `must be true or false, got ${String(v)}`);
  };
  if (!p || typeof p !== 'object') fail('profile', 'a patient profile object is required');
  checkProfileKeys(p);
  if (!SEXES.includes(p.sex)) fail('sex', `unknown sex '${String(p.sex)}' (known: ${SEXES.join(', ')})`);
  range('ageYears', p.ageYears, PROFILE_LIMITS.ageYears);
  if (p.menopauseAgeYears !== undefined) {
    if (p.sex !== 'female') fail('menopauseAgeYears', `applies to women only, not '${p.sex}'`);
    range('menopauseAgeYears', p.menopauseAgeYears, PROFILE_LIMITS.menopauseAgeYears);
  }
  if (p.ovariectomyAgeYears !== undefined) {
    if (p.sex !== 'female') fail('ovariectomyAgeYears', `applies to women only, not '${p.sex}'`);
    range('ovariectomyAgeYears', p.ovariectomyAgeYears, PROFILE_LIMITS.ovariectomyAgeYears);
    if (p.ovariectomyAgeYears > p.ageYears) {
      fail('ovariectomyAgeYears', `must be <= ageYears (${p.ageYears}): a surgical menopause in the past or at the start, got ${p.ovariectomyAgeYears}`);
    }
  }
  if (p.bmi !== undefined) range('bmi', p.bmi, PROFILE_LIMITS.bmi);
  flag('smoking', p.smoking);
  flag('alcohol3PlusUnits', p.alcohol3PlusUnits);
  flag('rheumatoidArthritis', p.rheumatoidArthritis);
  if (p.glucocorticoidMgPerDay !== undefined) range('glucocorticoidMgPerDay', p.glucocorticoidMgPerDay, PROFILE_LIMITS.glucocorticoidMgPerDay);
  if (p.priorFractures !== undefined) {
    if (typeof p.priorFractures !== 'object' || p.priorFractures === null) fail('priorFractures', 'must be an object { count, vertebral? }');
    whole('priorFractures.count', p.priorFractures.count, PROFILE_LIMITS.fractures);
    if (p.priorFractures.vertebral !== undefined) {
      whole('priorFractures.vertebral', p.priorFractures.vertebral, PROFILE_LIMITS.fractures);
      if (p.priorFractures.vertebral > p.priorFractures.count) {
        fail('priorFractures.vertebral', `must be <= priorFractures.count (${p.priorFractures.count}): vertebral fractures are counted among all, got ${p.priorFractures.vertebral}`);
      }
    }
  }
  if (p.fallsLastYear !== undefined) whole('fallsLastYear', p.fallsLastYear, PROFILE_LIMITS.falls);
  const b = p.baseline;
  if (b !== undefined) {
    if (typeof b !== 'object' || b === null) fail('baseline', 'must be an object { hipTScore?, spineTScore?, hipBmd?, spineBmd? }');
    if (b.hipTScore !== undefined && b.hipBmd !== undefined) fail('baseline.hipBmd', 'give the total-hip BMD or its T-score, not both');
    if (b.spineTScore !== undefined && b.spineBmd !== undefined) fail('baseline.spineBmd', 'give the lumbar-spine BMD or its T-score, not both');
    if (b.hipTScore !== undefined) range('baseline.hipTScore', b.hipTScore, PROFILE_LIMITS.tScore);
    if (b.spineTScore !== undefined) range('baseline.spineTScore', b.spineTScore, PROFILE_LIMITS.tScore);
    if (b.hipBmd !== undefined) range('baseline.hipBmd', b.hipBmd, PROFILE_LIMITS.hipBmd);
    if (b.spineBmd !== undefined) range('baseline.spineBmd', b.spineBmd, PROFILE_LIMITS.spineBmd);
  }
}

const optional = anyValue.optional();
const PROFILE_KEYS = strictKeys(
  {
    sex: anyValue,
    ageYears: anyValue,
    menopauseAgeYears: optional,
    ovariectomyAgeYears: optional,
    bmi: optional,
    smoking: optional,
    alcohol3PlusUnits: optional,
    glucocorticoidMgPerDay: optional,
    rheumatoidArthritis: optional,
    priorFractures: optional,
    fallsLastYear: optional,
    baseline: optional,
  },
  'patient profile',
);
const PRIOR_FRACTURE_KEYS = strictKeys({ count: anyValue, vertebral: optional }, 'prior fractures');
const BASELINE_KEYS = strictKeys({ hipTScore: optional, spineTScore: optional, hipBmd: optional, spineBmd: optional }, 'baseline BMD');

/** Unknown keys of a profile are InputErrors naming their path (a misspelled field is never read as absent). */
function checkProfileKeys(p: PatientProfile): void {
  checkKeys(PROFILE_KEYS, p, 'patient');
  if (typeof p.priorFractures === 'object' && p.priorFractures !== null) checkKeys(PRIOR_FRACTURE_KEYS, p.priorFractures, 'patient.priorFractures');
  if (typeof p.baseline === 'object' && p.baseline !== null) checkKeys(BASELINE_KEYS, p.baseline, 'patient.baseline');
}
