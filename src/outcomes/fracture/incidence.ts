import type { EvidenceKind } from '../../engine/model.js';
import type { Sex } from '../../patients/index.js';
import { FRACTURE_PARAMETERS as P } from './parameters.js';
import { FRACTURE_COMPONENTS, type FractureComponent } from './sites.js';

/**
 * Population incidence of first fractures by site, age and sex (per 1000 person-years): the whole population of that
 * age and sex, whatever its BMD and risk factors. hazard.ts converts it to the hazard of a person at the population
 * mean BMD without risk factors. Values are given at the middles of 5-year bands (50–54 … 85+); between them the
 * rate is log-linear in age (exponential), below 52.5 y the first band's slope continues down to 40 y (constant
 * below 40), above 87.5 y the rate is held (hip fracture incidence flattens at the oldest ages: 35.4 per 1000 at 95 y
 * in 1984–1987 Medicare data, Jacobsen SJ et al. 1990, Am J Public Health 80:871, abstract seen).
 */
export const INCIDENCE_AGES: readonly number[] = [52.5, 57.5, 62.5, 67.5, 72.5, 77.5, 82.5, 87.5];

export interface IncidenceTable {
  /** Incidence per 1000 person-years at INCIDENCE_AGES. */
  readonly per1000: readonly number[];
  readonly source: string;
  readonly evidence: EvidenceKind;
  readonly note?: string;
}

const ETTINGER =
  'Ettinger B et al. 2010, Osteoporos Int 21:25 (PMC2788143), Table 1: US hip fracture incidence per 1000, National Inpatient Sample 2006, non-Hispanic white (read in a copy of the paper\'s text)';

const HIP: Readonly<Record<Sex, IncidenceTable>> = {
  female: { per1000: [0.29, 0.57, 1.05, 2.03, 3.94, 7.93, 14.47, 26.05], source: `${ETTINGER}, women`, evidence: 'measured',
    note: 'doubling time about 5 years from 60 to 85 (C11: "doubles every 5–6 years"); the used rates are the US FRAX base rates of 2009' },
  male: { per1000: [0.28, 0.38, 0.66, 1.18, 2.1, 4.02, 8.13, 16.3], source: `${ETTINGER}, men`, evidence: 'measured' },
};

/**
 * Clinical vertebral fracture to hip fracture incidence, log-linear in age between two anchors (parameters.ts):
 * 1.33 at 67.5 y (GLOW) and 0.355 at 87.5 y (Melton 1989 morphometric incidence ÷ 3.2 ÷ Ettinger hip).
 */
export function vertebralToHip(age: number): number {
  const a0 = 67.5;
  const a1 = 87.5;
  const r0 = P.vertebralToHipAt67.value;
  const r1 = P.vertebralToHipAt87.value;
  return r0 * Math.exp((Math.log(r1 / r0) * (age - a0)) / (a1 - a0));
}

/** Distal forearm and proximal humerus, women (assumed; men scaled by the Malmö lifetime-risk ratios). */
const FOREARM_F = [3.5, 4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0];
const HUMERUS_F = [0.8, 1.1, 1.5, 2.0, 2.7, 3.5, 4.5, 5.5];
const ASSUMED_FOREARM =
  'assumed (UNVERIFIED): order of magnitude of population registries of distal forearm fracture in white women (a slow rise from about 3–4 to 6–7 per 1000 from 50 to 85+ y, Rochester and Malmö, recalled)';
const ASSUMED_HUMERUS =
  'assumed (UNVERIFIED): proximal humerus fracture rising from about 1 to 5–6 per 1000 from 50 to 85+ y in white women (Rochester and Malmö, recalled)';

const scale = (xs: readonly number[], k: number): number[] => xs.map((x) => x * k);
const add = (a: readonly number[], b: readonly number[]): number[] => a.map((x, i) => x + b[i]!);

function build(): Readonly<Record<FractureComponent, Readonly<Record<Sex, IncidenceTable>>>> {
  const cvf = (sex: Sex): IncidenceTable => ({
    per1000: HIP[sex].per1000.map((h, i) => h * vertebralToHip(INCIDENCE_AGES[i]!)),
    source: `hip incidence (Ettinger 2010) × clinical vertebral/hip ratio log-linear in age (GLOW 1.33 at 67.5 y; Melton 1989 and Fink 2005: 0.355 at 87.5 y); ${sex === 'male' ? 'the same ratio in men (Leslie 2014)' : 'women'}`,
    evidence: 'measured',
    note: 'derived from measured anchors; check: Rochester 1985–1989 clinically diagnosed vertebral fracture 145 per 100,000 person-years age-adjusted in women (Cooper C et al. 1992, J Bone Miner Res 7:221, abstract seen)',
  });
  const morph = (sex: Sex): IncidenceTable => ({
    per1000: scale(cvf(sex).per1000, P.morphometricPerClinical.value),
    source: 'clinical vertebral incidence × 3.2 morphometric per clinical (Fink 2005)',
    evidence: 'measured',
  });
  const otherF = add(FOREARM_F, HUMERUS_F);
  return {
    hip: HIP,
    clinicalVertebral: { female: cvf('female'), male: cvf('male') },
    morphometricVertebral: { female: morph('female'), male: morph('male') },
    forearm: {
      female: { per1000: FOREARM_F, source: ASSUMED_FOREARM, evidence: 'assumed' },
      male: { per1000: scale(FOREARM_F, P.forearmMaleToFemale.value), source: `women × ${P.forearmMaleToFemale.value} (Malmö lifetime-risk ratio, Kanis 2000)`, evidence: 'assumed' },
    },
    humerus: {
      female: { per1000: HUMERUS_F, source: ASSUMED_HUMERUS, evidence: 'assumed' },
      male: { per1000: scale(HUMERUS_F, P.humerusMaleToFemale.value), source: `women × ${P.humerusMaleToFemale.value} (Malmö lifetime-risk ratio, Kanis 2000)`, evidence: 'assumed' },
    },
    otherNonVertebral: {
      female: {
        per1000: otherF,
        source: 'assumed: as many other non-vertebral fractures (pelvis, ribs, ankle, clavicle, …) as forearm and humerus together (UNVERIFIED)',
        evidence: 'assumed',
        note: 'GLOW: 86 % of incident fractures in women ≥55 were non-hip non-vertebral (all sites self-reported, fingers and toes included)',
      },
      male: { per1000: scale(otherF, P.otherNvMaleToFemale.value), source: `women × ${P.otherNvMaleToFemale.value} (assumed)`, evidence: 'assumed' },
    },
  };
}

export const BASE_INCIDENCE = build();

/** ln(rate per person-year) at INCIDENCE_AGES, per component and sex: the interpolation works on these. */
const LOG_RATE: Readonly<Record<FractureComponent, Readonly<Record<Sex, Float64Array>>>> = Object.fromEntries(
  Object.entries(BASE_INCIDENCE).map(([site, bySex]) => [
    site,
    { female: Float64Array.from(bySex.female.per1000, (r) => Math.log(r / 1000)), male: Float64Array.from(bySex.male.per1000, (r) => Math.log(r / 1000)) },
  ]),
) as Record<FractureComponent, Record<Sex, Float64Array>>;

const A0 = INCIDENCE_AGES[0]!;
const STEP = INCIDENCE_AGES[1]! - A0;
const LAST = INCIDENCE_AGES.length - 1;
/** Youngest age of the extrapolation (constant below). */
export const INCIDENCE_MIN_AGE = 40;

/** Population incidence of a component, per person-year, at an age. */
export function baseIncidence(site: FractureComponent, sex: Sex, ageYears: number): number {
  const ln = LOG_RATE[site][sex];
  const a = Math.max(ageYears, INCIDENCE_MIN_AGE);
  if (a >= INCIDENCE_AGES[LAST]!) return Math.exp(ln[LAST]!);
  const x = (a - A0) / STEP;
  const i = x < 0 ? 0 : Math.min(Math.floor(x), LAST - 1);
  const w = x - i;
  return Math.exp(ln[i]! + w * (ln[i + 1]! - ln[i]!));
}

const LOG_RATE_ROWS: Readonly<Record<Sex, readonly Float64Array[]>> = {
  female: FRACTURE_COMPONENTS.map((c) => LOG_RATE[c].female),
  male: FRACTURE_COMPONENTS.map((c) => LOG_RATE[c].male),
};

/** ln(population incidence per person-year) of every component (FRACTURE_COMPONENTS order) at an age, into `out`. */
export function logBaseIncidenceInto(sex: Sex, ageYears: number, out: Float64Array): Float64Array {
  const rows = LOG_RATE_ROWS[sex];
  const a = Math.max(ageYears, INCIDENCE_MIN_AGE);
  let i = LAST - 1;
  let w = 1;
  if (a < INCIDENCE_AGES[LAST]!) {
    const x = (a - A0) / STEP;
    i = x < 0 ? 0 : Math.min(Math.floor(x), LAST - 1);
    w = x - i;
  }
  for (let c = 0; c < rows.length; c++) {
    const ln = rows[c]!;
    out[c] = ln[i]! + w * (ln[i + 1]! - ln[i]!);
  }
  return out;
}
