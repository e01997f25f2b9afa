import type { PatientProfile, Sex } from '../../patients/index.js';
import { FRACTURE_PARAMETERS as P } from './parameters.js';
import { FRACTURE_COMPONENTS, isVertebral, type FractureComponent } from './sites.js';

/**
 * Clinical risk factors without a mechanism in the model act on the fracture hazard as hazard ratios (parameters.ts,
 * each cited). Factors multiply: independence between them is assumed (FRAX makes the same assumption, with a few
 * interactions with age that are not used here). The ratios are taken BMD-adjusted where the source gives that,
 * because BMD is in the hazard already.
 *
 * | factor                      | hip   | vertebral (clinical, morphometric) | forearm | humerus, other NV |
 * |-----------------------------|-------|------------------------------------|---------|-------------------|
 * | prior fragility fracture    | 1.86  | 1.86; 4.0 with a prevalent VF (×1.3 per further VF, up to 3) | 1.86 | 1.86 |
 * | fall in the last year       | 1.42 women, 1.53 men (all sites)                                          |||
 * | current smoking             | 1.60  | 1.13                               | 1.13    | 1.13              |
 * | alcohol ≥ 3 units/day       | 1.68  | 1.38                               | 1.38    | 1.38              |
 * | rheumatoid arthritis        | 2.23  | 1.49                               | 1.49    | 1.49              |
 * | glucocorticoid < 2.5 mg/d   | 1     | 1.55                               | 1       | 1                 |
 * | glucocorticoid 2.5–7.5 mg/d | 1.77  | 2.59                               | 1.09    | 1.33              |
 * | glucocorticoid ≥ 7.5 mg/d   | 2.27  | 5.18                               | 1.09    | 1.33              |
 * | BMI < 18.5 kg/m²            | 1.69 women, 1.46 men (all sites)                                          |||
 * | BMI ≥ 35 kg/m²              | 1.24 women, 1.70 men (all sites)                                          |||
 *
 * Glucocorticoids also act in the model (they lower BMD, src/model/osteosim/glucocorticoids.ts); the dose-band ratios
 * (van Staa 2000) are not BMD-adjusted, so part of their effect is counted twice. Kanis 2004 (J Bone Miner Res 19:893,
 * abstract seen) found the glucocorticoid risk "only partly" explained by BMD, so the double count is small but not nil.
 */

/** Component order of the Float64Arrays below (FRACTURE_COMPONENTS). */
export const COMPONENT_INDEX: Readonly<Record<FractureComponent, number>> = Object.fromEntries(
  FRACTURE_COMPONENTS.map((c, i) => [c, i]),
) as Record<FractureComponent, number>;
const NC = FRACTURE_COMPONENTS.length;

function glucocorticoidRatio(c: FractureComponent, dose: number): number {
  if (!(dose > 0)) return 1;
  const band = dose < 2.5 ? 0 : dose < 7.5 ? 1 : 2;
  if (isVertebral(c)) return [P.gcVertebralVeryLow.value, P.gcVertebralLow.value, P.gcVertebralHigh.value][band]!;
  if (band === 0) return 1;
  if (c === 'hip') return band === 1 ? P.gcHipLow.value : P.gcHipHigh.value;
  return c === 'forearm' ? P.gcForearm.value : P.gcOtherNv.value;
}

function bmiRatio(sex: Sex, bmi: number | undefined): number {
  if (bmi === undefined) return 1;
  if (bmi < 18.5) return sex === 'female' ? P.bmiUnderWomen.value : P.bmiUnderMen.value;
  if (bmi >= 35) return sex === 'female' ? P.bmiObeseWomen.value : P.bmiObeseMen.value;
  return 1;
}

/** Hazard ratio of a patient's clinical risk factors for each component (FRACTURE_COMPONENTS order). */
export function riskFactorMultipliers(profile: PatientProfile, out: Float64Array = new Float64Array(NC)): Float64Array {
  const female = profile.sex === 'female';
  const prior = profile.priorFractures?.count ?? 0;
  const vertebral = profile.priorFractures?.vertebral ?? 0;
  const falls = (profile.fallsLastYear ?? 0) >= 1 ? (female ? P.fallsWomen.value : P.fallsMen.value) : 1;
  const bmi = bmiRatio(profile.sex, profile.bmi);
  const gc = profile.glucocorticoidMgPerDay ?? 0;
  for (let i = 0; i < NC; i++) {
    const c = FRACTURE_COMPONENTS[i]!;
    const hip = c === 'hip';
    let rr = falls * bmi * glucocorticoidRatio(c, gc);
    if (isVertebral(c) && vertebral >= 1) rr *= P.prevalentVertebral.value * P.prevalentVertebralEach.value ** (Math.min(vertebral, 3) - 1);
    else if (prior >= 1) rr *= P.priorFracture.value;
    if (profile.smoking) rr *= hip ? P.smokingHip.value : P.smokingOther.value;
    if (profile.alcohol3PlusUnits) rr *= hip ? P.alcoholHip.value : P.alcoholOther.value;
    if (profile.rheumatoidArthritis) rr *= hip ? P.rheumatoidHip.value : P.rheumatoidOther.value;
    out[i] = rr;
  }
  return out;
}

const lerp = (a: number, x0: number, y0: number, x1: number, y1: number): number => {
  const w = Math.min(1, Math.max(0, (a - x0) / (x1 - x0)));
  return y0 + w * (y1 - y0);
};

/** Prevalence of a prior fragility fracture (any site) by age and sex (assumed; parameters.ts). */
export function priorFracturePrevalence(sex: Sex, ageYears: number): number {
  const women = lerp(ageYears, 50, P.prevalencePriorFractureAt50.value, 80, P.prevalencePriorFractureAt80.value);
  return sex === 'female' ? women : women * P.priorFractureMenToWomen.value;
}

/** Prevalence of a prevalent vertebral fracture by age (NHANES 2013–2014 VFA, both sexes). */
export function vertebralFracturePrevalence(ageYears: number): number {
  return ageYears <= 75
    ? lerp(ageYears, 55, P.prevalenceVertebralAt55.value, 75, P.prevalenceVertebralAt75.value)
    : lerp(ageYears, 75, P.prevalenceVertebralAt75.value, 85, P.prevalenceVertebralAt85.value);
}

/** Population mean of the age-independent factors (all but prior fractures), per sex and component. */
function constantFactorMean(sex: Sex): Float64Array {
  const female = sex === 'female';
  const one = (p: number, hr: number): number => 1 + p * (hr - 1);
  const falls = one(P.prevalenceFalls.value, female ? P.fallsWomen.value : P.fallsMen.value);
  const bmi =
    one(P.prevalenceUnderweight.value, female ? P.bmiUnderWomen.value : P.bmiUnderMen.value) *
    one(P.prevalenceObeseII.value, female ? P.bmiObeseWomen.value : P.bmiObeseMen.value);
  const pSmoke = female ? P.prevalenceSmokingWomen.value : P.prevalenceSmokingMen.value;
  const pAlcohol = female ? P.prevalenceAlcoholWomen.value : P.prevalenceAlcoholMen.value;
  return Float64Array.from(FRACTURE_COMPONENTS, (c) => {
    const hip = c === 'hip';
    return (
      falls *
      bmi *
      one(pSmoke, hip ? P.smokingHip.value : P.smokingOther.value) *
      one(pAlcohol, hip ? P.alcoholHip.value : P.alcoholOther.value) *
      one(P.prevalenceRheumatoid.value, hip ? P.rheumatoidHip.value : P.rheumatoidOther.value) *
      // the 2.5–7.5 mg/day band stands for current users
      one(P.prevalenceGlucocorticoid.value, glucocorticoidRatio(c, 5))
    );
  });
}
const CONSTANT_MEAN: Readonly<Record<Sex, Float64Array>> = { female: constantFactorMean('female'), male: constantFactorMean('male') };
const VERTEBRAL = Uint8Array.from(FRACTURE_COMPONENTS, (c) => (isVertebral(c) ? 1 : 0));

/**
 * Mean hazard ratio of the risk factors in the population whose incidence is used, per component:
 *   E = Π_factors (1 + prevalence · (HR − 1))                  (independence assumed)
 * (prior fractures: 1 + p_VF · (4.0 − 1) + (p_any − p_VF) · (1.86 − 1) for vertebral sites). Dividing the population
 * incidence by E gives the hazard of a person without risk factors, so that the population average of base · RR stays
 * the published incidence. Prevalences are partly measured, partly assumed (parameters.ts).
 */
export function populationRiskFactorMean(sex: Sex, ageYears: number, out: Float64Array = new Float64Array(NC)): Float64Array {
  const pAny = priorFracturePrevalence(sex, ageYears);
  const pVf = Math.min(pAny, vertebralFracturePrevalence(ageYears));
  const other = 1 + pAny * (P.priorFracture.value - 1);
  const vertebral = 1 + pVf * (P.prevalentVertebral.value - 1) + (pAny - pVf) * (P.priorFracture.value - 1);
  const constant = CONSTANT_MEAN[sex];
  for (let i = 0; i < NC; i++) out[i] = constant[i]! * (VERTEBRAL[i] ? vertebral : other);
  return out;
}

const LN_CONSTANT_MEAN: Readonly<Record<Sex, Float64Array>> = { female: CONSTANT_MEAN.female.map(Math.log), male: CONSTANT_MEAN.male.map(Math.log) };

/** ln of `populationRiskFactorMean`, into `out` (no allocation). */
export function logPopulationRiskFactorMeanInto(sex: Sex, ageYears: number, out: Float64Array): Float64Array {
  const pAny = priorFracturePrevalence(sex, ageYears);
  const pVf = Math.min(pAny, vertebralFracturePrevalence(ageYears));
  const other = Math.log(1 + pAny * (P.priorFracture.value - 1));
  const vertebral = Math.log(1 + pVf * (P.prevalentVertebral.value - 1) + (pAny - pVf) * (P.priorFracture.value - 1));
  const constant = LN_CONSTANT_MEAN[sex];
  for (let i = 0; i < NC; i++) out[i] = constant[i]! + (VERTEBRAL[i] ? vertebral : other);
  return out;
}
