import { ModelError } from '../engine/errors.js';
import type { EvidenceKind } from '../engine/model.js';
import type { Sex } from './profile.js';

/**
 * BMD references: the young-adult means and SDs that define T-scores, and the population BMD distribution by age and
 * sex (mean and SD of the T-score) that anchors patients without a measured baseline, samples virtual patients and
 * converts population fracture incidences into hazards at a given BMD (src/outcomes/fracture).
 *
 * T = (BMD − young-adult mean) / young-adult SD.                       Z = (T − mean T for age and sex) / SD of T for age and sex
 *
 * Reference choice (ISCD 2013 Official Positions, Watts et al., J Clin Densitom 16:472, abstract seen): NHANES III
 * for the femoral neck and total hip, the DXA manufacturer's database for the lumbar spine, and "a uniform Caucasian
 * (non-race adjusted) female reference database ... to calculate T-scores for men of all ethnic groups". Here: the
 * female references for both sexes (the default); `reference: 'sexSpecific'` uses the NHANES III young white men
 * for the hip sites (the spine keeps the female reference: no male spine reference is stated here).
 */
export type BmdSite = 'totalHip' | 'femoralNeck' | 'lumbarSpine';
export const BMD_SITES: readonly BmdSite[] = ['totalHip', 'femoralNeck', 'lumbarSpine'];

export interface YoungAdultReference {
  /** Mean BMD of the young-adult reference group, g/cm². */
  readonly mean: number;
  /** SD of BMD in the reference group, g/cm². */
  readonly sd: number;
  readonly source: string;
  readonly evidence: EvidenceKind;
}

const LOOKER = 'Looker AC et al. 1998, Osteoporos Int 8:468 (NHANES III, non-Hispanic white, aged 20–29)';
const SECONDARY =
  'value as used in public NHANES analysis code that cites Looker 1998 (two independent scripts agree for the femoral neck); the paper\'s table itself was not read (UNVERIFIED against it)';

/** Young white women (the ISCD reference for both sexes). */
export const FEMALE_REFERENCE: Readonly<Record<BmdSite, YoungAdultReference>> = {
  totalHip: { mean: 0.942, sd: 0.122, source: `${LOOKER}, women, total femur; ${SECONDARY}`, evidence: 'measured' },
  femoralNeck: { mean: 0.858, sd: 0.12, source: `${LOOKER}, women, femoral neck; ${SECONDARY}; also validation-protocols §0.8`, evidence: 'measured' },
  lumbarSpine: {
    mean: 1.047,
    sd: 0.11,
    source:
      'Hologic young-adult white-female L1–L4 reference, the manufacturer database ISCD 2013 asks for at the spine; value as used in public NHANES 2005–2008 analysis code ("ISCD-standard white-female young-adult reference"), not read in Hologic\'s documentation (UNVERIFIED)',
    evidence: 'measured',
  },
};

/** Young white men, NHANES III (used only with `reference: 'sexSpecific'`, hip sites). */
export const MALE_REFERENCE: Readonly<Partial<Record<BmdSite, YoungAdultReference>>> = {
  totalHip: { mean: 1.041, sd: 0.144, source: `${LOOKER}, men, total femur; ${SECONDARY}`, evidence: 'measured' },
  femoralNeck: { mean: 0.934, sd: 0.137, source: `${LOOKER}, men, femoral neck; ${SECONDARY}`, evidence: 'measured' },
};

export interface ReferenceOptions {
  /** 'iscd' (default): the young-female reference for both sexes; 'sexSpecific': young men for men's hip sites. */
  readonly reference?: 'iscd' | 'sexSpecific';
}

/** The young-adult reference used for a site and sex. */
export function youngAdultReference(site: BmdSite, sex: Sex, options: ReferenceOptions = {}): YoungAdultReference {
  const ref = options.reference === 'sexSpecific' && sex === 'male' ? (MALE_REFERENCE[site] ?? FEMALE_REFERENCE[site]) : FEMALE_REFERENCE[site];
  if (!ref) throw new ModelError(`site: unknown BMD site '${String(site)}' (known: ${BMD_SITES.join(', ')})`, { field: 'site' });
  return ref;
}

/** T-score of a BMD (g/cm²) at a site. */
export function tScore(site: BmdSite, sex: Sex, bmdGcm2: number, options?: ReferenceOptions): number {
  const ref = youngAdultReference(site, sex, options);
  return (bmdGcm2 - ref.mean) / ref.sd;
}

/** BMD (g/cm²) with a given T-score at a site; the inverse of `tScore`. */
export function bmdFromTScore(site: BmdSite, sex: Sex, t: number, options?: ReferenceOptions): number {
  const ref = youngAdultReference(site, sex, options);
  return ref.mean + t * ref.sd;
}

// ---------------------------------------------------------------------------------------------------------------
// Population BMD by age and sex

/**
 * Mean and SD of BMD (g/cm²) at given ages for one site and sex; linear in age between rows, constant beyond the
 * first and last rows. Rows marked in `derived` are extrapolations, not data.
 */
export interface PopulationBmdTable {
  readonly ages: readonly number[];
  readonly mean: readonly number[];
  readonly sd: readonly number[];
  readonly source: string;
  readonly evidence: EvidenceKind;
  readonly note?: string;
}

/**
 * Total hip, women: NHANES III non-Hispanic white women's total-femur bin means (Looker 1998, Table 7, 10-year bins
 * 20–29 … 80+) as fitted by Jörg et al. 2022 (eLife 11:e76228, Fig. 2; research/jorg2022.md §3.3): the ratio of BMD to
 * its value at 25 y on the fitted aging curve, read from the jorg2022 reference model of this repository at the ages
 * below (25 y: 1, 35: 0.9837, 45: 0.9674, 50: 0.9593, 55: 0.9210, 60: 0.8818, 65: 0.8498, 70: 0.8200, 75: 0.7907,
 * 80: 0.7614, 85: 0.7321, 90: 0.7027), times the young-adult mean 0.942 g/cm² (the 20–29 bin). The SD is 0.122 g/cm²
 * at 25 y (the reference) rising to 0.13 g/cm² from 50 y (assumed: NHANES total-hip SDs of older men are 0.137–0.143,
 * Varatharajan et al. 2026, Table 3; women's older-age hip SDs were not read).
 */
const JORG_RATIO = [1, 0.9837, 0.9674, 0.9593, 0.921, 0.8818, 0.8498, 0.82, 0.7907, 0.7614, 0.7321, 0.7027];
const HIP_AGES_F = [25, 35, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
const HIP_F: PopulationBmdTable = {
  ages: HIP_AGES_F,
  mean: JORG_RATIO.map((r) => 0.942 * r),
  sd: HIP_AGES_F.map((a) => (a <= 25 ? 0.122 : a >= 50 ? 0.13 : 0.122 + ((a - 25) / 25) * 0.008)),
  source:
    'Looker 1998 (NHANES III) non-Hispanic white women, total femur, 10-year bin means as fitted by Jörg 2022 (Fig. 2; the fitted curve read from the jorg2022 reference model); SD assumed 0.13 g/cm² from 50 y',
  evidence: 'fitted',
  note: 'fitted by Jörg 2022 to Looker 1998, not to any osteosim target; secular change: femoral BMD of older white women was higher in NHANES 2005–2008 than in NHANES III (Looker 2011, Osteoporos Int, abstract seen)',
};

/**
 * NHANES reference values by decade (21–30 … 71–80; plotted at the decade middle) as tabulated in Varatharajan M et
 * al. 2026, Front Endocrinol 17:1748490, Table 3 ("NHANES (reference values)"; survey cycle and race group not stated
 * in the part read). The 81–90 row is an extrapolation (assumed): hip in men continues the 71–80 decade's fall
 * (−0.036 g/cm² per decade), the spine in women continues −0.05, the spine in men is held.
 */
const NHANES_SOURCE = 'NHANES reference values by decade, Varatharajan et al. 2026, Front Endocrinol 17:1748490, Table 3 (cycle not stated in the part read)';
const DECADES = [25.5, 35.5, 45.5, 55.5, 65.5, 75.5, 85.5];
const HIP_M: PopulationBmdTable = {
  ages: DECADES,
  mean: [1.067, 1.029, 1.04, 1.015, 0.997, 0.961, 0.925],
  sd: [0.12, 0.134, 0.13, 0.142, 0.137, 0.143, 0.143],
  source: `${NHANES_SOURCE}, men, hip`,
  evidence: 'measured',
  note: 'the 85.5 y row is extrapolated (assumed)',
};
const SPINE_F: PopulationBmdTable = {
  ages: DECADES,
  mean: [1.064, 1.065, 1.056, 0.993, 0.952, 0.902, 0.852],
  sd: [0.106, 0.11, 0.134, 0.141, 0.142, 0.167, 0.167],
  source: `${NHANES_SOURCE}, women, lumbar spine`,
  evidence: 'measured',
  note: 'the 85.5 y row is extrapolated (assumed); spine BMD of the old is raised by degenerative changes',
};
const SPINE_M: PopulationBmdTable = {
  ages: DECADES,
  mean: [1.057, 1.042, 1.051, 1.053, 1.07, 1.068, 1.068],
  sd: [0.11, 0.117, 0.129, 0.143, 0.142, 0.177, 0.177],
  source: `${NHANES_SOURCE}, men, lumbar spine`,
  evidence: 'measured',
  note: 'the 85.5 y row is held at the 71–80 value (assumed); men\'s spine BMD does not fall with age in NHANES 2005–2008 (Looker 2012, Osteoporos Int 23:1351, abstract seen)',
};

/** Population BMD tables by site and sex (the femoral neck has none here). */
export const POPULATION_BMD: Readonly<Record<'totalHip' | 'lumbarSpine', Readonly<Record<Sex, PopulationBmdTable>>>> = {
  totalHip: { female: HIP_F, male: HIP_M },
  lumbarSpine: { female: SPINE_F, male: SPINE_M },
};

export interface TScoreDistribution {
  /** Mean T-score of the population of that age and sex. */
  readonly mean: number;
  /** SD of the T-score in that population (population SD of BMD / young-adult SD). */
  readonly sd: number;
}

/** Mean and SD of BMD (g/cm²) in the population of an age and sex. */
export function populationBmd(site: 'totalHip' | 'lumbarSpine', sex: Sex, ageYears: number): { mean: number; sd: number } {
  const out = new Float64Array(2);
  populationBmdInto(site, sex, ageYears, out, 0);
  return { mean: out[0]!, sd: out[1]! };
}

/**
 * `populationBmd` without allocation, for hot loops: writes the mean to out[at] and the SD to out[at + 1] (g/cm²).
 */
export function populationBmdInto(site: 'totalHip' | 'lumbarSpine', sex: Sex, ageYears: number, out: Float64Array, at: number): void {
  const table = POPULATION_BMD[site]?.[sex];
  if (!table) throw new ModelError(`site: no population BMD by age for '${String(site)}' (known: totalHip, lumbarSpine)`, { field: 'site' });
  const xs = table.ages;
  const n = xs.length;
  let i = 0;
  let w = 0;
  if (ageYears >= xs[n - 1]!) {
    i = n - 2;
    w = 1;
  } else if (ageYears > xs[0]!) {
    while (ageYears > xs[i + 1]!) i++;
    w = (ageYears - xs[i]!) / (xs[i + 1]! - xs[i]!);
  }
  out[at] = table.mean[i]! + w * (table.mean[i + 1]! - table.mean[i]!);
  out[at + 1] = table.sd[i]! + w * (table.sd[i + 1]! - table.sd[i]!);
}

/**
 * Mean and SD of the T-score in the population of an age and sex (population BMD converted with the young-adult
 * reference). Use it to anchor patients without a measured baseline, to sample baseline T-scores (mean + sd · z) and
 * to express a T-score as a Z-score.
 */
export function populationTScore(site: 'totalHip' | 'lumbarSpine', sex: Sex, ageYears: number, options?: ReferenceOptions): TScoreDistribution {
  const bmd = populationBmd(site, sex, ageYears);
  const ref = youngAdultReference(site, sex, options);
  return { mean: (bmd.mean - ref.mean) / ref.sd, sd: bmd.sd / ref.sd };
}

/** Z-score (SDs from the mean of the same age and sex) of a T-score. */
export function zScore(site: 'totalHip' | 'lumbarSpine', sex: Sex, ageYears: number, t: number, options?: ReferenceOptions): number {
  const d = populationTScore(site, sex, ageYears, options);
  return (t - d.mean) / d.sd;
}

// ---------------------------------------------------------------------------------------------------------------
// WHO densitometric categories (validation target C1)

export type WhoCategory = 'normal' | 'osteopenia' | 'osteoporosis' | 'severeOsteoporosis';

/**
 * WHO 1994 categories (Kanis JA 1994, Osteoporos Int 4:368; target C1): normal T ≥ −1.0; osteopenia (low bone mass)
 * −2.5 < T < −1.0; osteoporosis T ≤ −2.5; severe (established) osteoporosis T ≤ −2.5 with a fragility fracture.
 * Applies to postmenopausal women and men aged 50 and over (ISCD 2005 Official Positions).
 */
export function whoCategory(t: number, fragilityFracture = false): WhoCategory {
  if (!Number.isFinite(t)) throw new ModelError(`tScore: must be a finite number, got ${String(t)}`, { field: 'tScore' });
  // T-scores computed from a BMD carry rounding error (−2.4999999999999996 for a BMD exactly 2.5 SD below): compare at 1e-9.
  const x = Math.round(t * 1e9) / 1e9;
  if (x <= -2.5) return fragilityFracture ? 'severeOsteoporosis' : 'osteoporosis';
  return x < -1 ? 'osteopenia' : 'normal';
}
