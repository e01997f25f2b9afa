import type { EvidenceKind, ParameterDef } from '../../engine/model.js';

/**
 * Scalar parameters of the fracture hazard model, as data: value, unit, meaning, source, evidence kind. Nothing here
 * is fitted to a validation target; "(UNVERIFIED)" marks a value recalled or read only in a secondary source.
 * Age- and sex-specific tables (incidence, mortality, population BMD) are in incidence.ts, mortality.ts and
 * src/patients/reference.ts. The equations are in README.md.
 */
const p = (value: number, unit: string, meaning: string, source: string, evidence: EvidenceKind, note?: string): ParameterDef => ({
  value,
  unit,
  meaning,
  source,
  evidence,
  ...(note === undefined ? {} : { note }),
});

const MARSHALL = 'Marshall D, Johnell O, Wedel H 1996, BMJ 312:1254 (11 cohorts, women; abstract seen; target C2)';
const VAN_STAA = 'van Staa TP et al., J Bone Miner Res (GPRD, 244,235 oral corticosteroid users; abstract seen; usually cited as 2000;15:993, UNVERIFIED)';

export const FRACTURE_PARAMETERS = {
  // --- Gradient of risk: hazard ratio per population SD lower BMD (Z-score) ---
  gradientHip: { ...p(2.6, 'per SD', 'hip fracture hazard ratio per SD lower total-hip BMD', `${MARSHALL}: hip BMD for hip fracture 2.6 (2.0–3.5)`, 'measured',
    'constant with age; Johnell O et al. 2005, J Bone Miner Res 20:1185 (abstract seen): femoral-neck gradient 2.88 (2.31–3.59) in women and 2.94 in men at 65 y, higher at 50 than at 80 y (the age slope is not used here)'), sourceTargets: ['C2'] },
  gradientVertebral: { ...p(2.3, 'per SD', 'vertebral fracture hazard ratio per SD lower lumbar-spine BMD', `${MARSHALL}: spine BMD for vertebral fracture 2.3 (1.9–2.8)`, 'measured'), sourceTargets: ['C2'] },
  gradientOther: { ...p(1.5, 'per SD', 'forearm, humerus and other non-vertebral fracture hazard ratio per SD lower total-hip BMD', `${MARSHALL}: any site for any fracture 1.5 (1.4–1.6)`, 'measured',
    'Johnell 2005: 1.38 (women) and 1.41 (men) per SD of femoral-neck BMD for osteoporotic fracture at 65 y, rising with age'), sourceTargets: ['C2'] },

  // --- Incidence of sites other than the hip (the hip is Ettinger 2010, incidence.ts) ---
  vertebralToHipAt67: p(1.33, 'ratio', 'clinical vertebral to hip fracture incidence at 67.5 y', 'GLOW: of 4122 incident fractures in 60,393 women aged ≥55, 8 % clinical vertebral and 6 % hip (Costa AG et al. 2013, PLoS One 8:e83306, abstract seen); placed at 67.5 y (assumed: GLOW mean age about 68, UNVERIFIED)', 'measured'),
  vertebralToHipAt87: p(0.355, 'ratio', 'clinical vertebral to hip fracture incidence at 87.5 y',
    'morphometric vertebral fracture incidence 29.6 per 1000 person-years in women aged ≥85 (Melton LJ et al. 1989, Am J Epidemiol 129, doi 10.1093/oxfordjournals.aje.a115204, abstract seen) ÷ morphometricPerClinical (3.2) ÷ hip 26.05 per 1000 at 85+ (Ettinger 2010)', 'measured',
    'log-linear in age between the two anchors, the same in men (vertebral/hip ratios similar in men and women: major osteoporotic to hip fracture ratios in Manitoba, J Bone Miner Res 2014;29:1067, abstract seen; first author Leslie WD from recall)'),
  morphometricPerClinical: p(3.2, 'ratio', 'morphometric (radiographic) vertebral fractures per clinical vertebral fracture',
    'Fink HA et al. 2005, J Bone Miner Res 20:1216 (FIT, abstract seen): 22.6 % of incident radiographic deformities were clinically diagnosed and 72.7 % of clinical fractures were radiographic deformities; 0.727 / 0.226 = 3.2', 'measured'),
  forearmMaleToFemale: p(0.24, 'ratio', 'distal forearm fracture incidence, men relative to women of the same age',
    'lifetime risk from 45 y in Malmö: forearm 5.2 % (men) vs 21.5 % (women) (Kanis JA et al. 2000, Osteoporos Int 11:669, abstract seen)', 'measured',
    'a lifetime-risk ratio used as an age-specific rate ratio (assumed)'),
  humerusMaleToFemale: p(0.33, 'ratio', 'proximal humerus fracture incidence, men relative to women of the same age',
    'lifetime risk from 45 y in Malmö: shoulder 4.4 % (men) vs 13.3 % (women) (Kanis 2000)', 'measured', 'a lifetime-risk ratio used as an age-specific rate ratio (assumed)'),
  otherNvMaleToFemale: p(0.5, 'ratio', 'other non-vertebral fracture incidence, men relative to women', 'assumed: between the forearm (0.24) and hip (about 0.5–0.6 at the same age, Ettinger 2010) ratios', 'assumed'),

  // --- Clinical risk factors: hazard ratios (independence between factors is assumed; see README) ---
  priorFracture: p(1.86, 'HR', 'any prior fragility fracture (after 50): all sites', 'Kanis JA et al. 2004, Bone 35:375 (11 cohorts; abstract seen): RR 1.86 (1.75–1.98) for any fracture, similar for osteoporotic and hip fracture; marginally lower after BMD adjustment', 'measured',
    'binary, as in FRAX; the hip RR falls with age in Kanis 2004 (not used); an updated meta-analysis to update FRAX gives HR 1.82–1.88 (Osteoporos Int 2023, PMID 37566158, abstract seen; authors not read)'),
  prevalentVertebral: p(4.0, 'HR', 'one prevalent vertebral fracture: vertebral sites', 'Klotzbuecher CM et al. 2000, J Bone Miner Res 15:721 (doi 10.1359/jbmr.2000.15.4.721; abstract seen, first author from recall): women with prevalent vertebral fractures had about 4 times the risk of a new vertebral fracture, rising with their number', 'measured',
    'not BMD-adjusted in the source; non-vertebral sites use priorFracture'),
  prevalentVertebralEach: p(1.3, 'factor', 'further factor per additional prevalent vertebral fracture (2 and ≥3 counted), vertebral sites', 'assumed: the rise with the number is reported (Klotzbuecher 2000) but not its size here; B37 (Gallagher 2005: 7/16/23 % with 1/2/≥3) is crude, not BMD-adjusted, and is kept as an out-of-sample check', 'assumed'),
  fallsWomen: p(1.42, 'HR', 'a fall in the last year, women: all sites', 'Vandenput L et al., meta-analysis of previous falls and subsequent fracture risk (46 cohorts, 906,359 people; abstract seen; Osteoporos Int 2024, UNVERIFIED): any clinical fracture HR 1.42 (1.33–1.51) in women', 'measured',
    'Hertfordshire (target C5) reports unadjusted HR 7.3–8.6 for any fall since 45 y, a different exposure; falls count as one (yes/no)'),
  fallsMen: p(1.53, 'HR', 'a fall in the last year, men: all sites', 'Vandenput (falls): HR 1.53 (1.41–…) in men; MrOS: hip 1.54 after adjustment for FRAX (Harvey NC et al. 2018, J Bone Miner Res, abstract seen)', 'measured'),
  smokingHip: p(1.6, 'HR', 'current smoking: hip', 'Kanis JA et al. 2005, Osteoporos Int 16:155 (10 cohorts; abstract seen): hip RR 1.84, 1.60 (1.27–2.02) after BMD adjustment', 'measured'),
  smokingOther: p(1.13, 'HR', 'current smoking: other sites', 'Kanis 2005 (smoking): any fracture RR 1.25, 1.13 after BMD adjustment', 'measured'),
  alcoholHip: p(1.68, 'HR', '≥3 units of alcohol a day: hip', 'Kanis JA et al. 2005, Osteoporos Int 16:737 (CaMos, DOES, Rotterdam; abstract seen): above 2 units/day hip RR 1.68 (1.19–2.36); BMD among the covariates', 'measured'),
  alcoholOther: p(1.38, 'HR', '≥3 units of alcohol a day: other sites', 'Kanis 2005 (alcohol): any osteoporotic fracture RR 1.38 (1.16–1.65)', 'measured'),
  rheumatoidHip: p(2.23, 'HR', 'rheumatoid arthritis: hip', 'individual-person meta-analysis of rheumatoid arthritis and fracture to update FRAX (29 cohorts, 1.9 million people; abstract seen in the University of Aberdeen repository; authors, journal and year not read): hip HR 2.23 (1.85–2.69), independent of glucocorticoids and femoral-neck BMD', 'measured'),
  rheumatoidOther: p(1.49, 'HR', 'rheumatoid arthritis: other sites', 'same meta-analysis: any clinical fracture HR 1.49 (1.35–1.65), similar for osteoporotic fracture', 'measured'),
  gcHipLow: p(1.77, 'HR', 'current oral glucocorticoid 2.5–7.5 mg/day: hip', `${VAN_STAA}: hip 0.99 below 2.5, 1.77 at 2.5–7.5, 2.27 at ≥7.5 mg/day prednisolone`, 'measured'),
  gcHipHigh: p(2.27, 'HR', 'current oral glucocorticoid ≥7.5 mg/day: hip', VAN_STAA, 'measured'),
  gcVertebralVeryLow: p(1.55, 'HR', 'current oral glucocorticoid <2.5 mg/day: vertebral', `${VAN_STAA}: vertebral 1.55, 2.59, 5.18 in the three dose bands`, 'measured'),
  gcVertebralLow: p(2.59, 'HR', 'current oral glucocorticoid 2.5–7.5 mg/day: vertebral', VAN_STAA, 'measured'),
  gcVertebralHigh: p(5.18, 'HR', 'current oral glucocorticoid ≥7.5 mg/day: vertebral', VAN_STAA, 'measured'),
  gcForearm: p(1.09, 'HR', 'current oral glucocorticoid ≥2.5 mg/day: forearm', `${VAN_STAA}: forearm 1.09 (1.01–1.17), all doses together`, 'measured', 'no dose bands for the forearm in the abstract: applied from 2.5 mg/day (assumed)'),
  gcOtherNv: p(1.33, 'HR', 'current oral glucocorticoid ≥2.5 mg/day: humerus and other non-vertebral', `${VAN_STAA}: non-vertebral 1.33 (1.29–1.38), all doses together`, 'measured', 'applied from 2.5 mg/day (assumed)'),
  bmiUnderWomen: p(1.69, 'HR', 'BMI < 18.5 kg/m², women: all sites', 'Harvey NC et al., BMI and subsequent fracture risk: a meta-analysis to update FRAX (63 cohorts; abstract seen; year UNVERIFIED, about 2023): underweight vs normal, hip HR 1.69 (1.47–1.96) in women after femoral-neck BMD adjustment; "results were similar for other fracture outcomes"', 'measured'),
  bmiUnderMen: p(1.46, 'HR', 'BMI < 18.5 kg/m², men: all sites', 'Harvey (BMI): 1.46 (1.00–2.13) in men after BMD adjustment', 'measured'),
  bmiObeseWomen: p(1.24, 'HR', 'BMI ≥ 35 kg/m², women: all sites', 'Harvey (BMI): obese II vs normal after BMD adjustment, women 1.24 (0.97–1.58)', 'measured'),
  bmiObeseMen: p(1.7, 'HR', 'BMI ≥ 35 kg/m², men: all sites', 'Harvey (BMI): men 1.70 (1.06–2.75) after BMD adjustment', 'measured'),

  // --- Bone turnover (CTX) ---
  turnoverGradient: p(1.2, 'per SD', 'fracture hazard ratio per SD higher serum CTX, all sites (untreated steady state; sets the stress-riser share of strength, README)', 'Tian A et al. 2019, J Orthop Surg Res (meta-analysis; abstract seen): adjusted gradient of risk for s-CTX 1.20 (1.05–1.37); Johansson H et al. 2014, Calcif Tissue Int (IOF-IFCC meta-analysis; abstract seen): 1.18 (1.05–1.34), hip 1.23', 'measured',
    'consistent with Shieh 2020 (target C7): +1 SD early-postmenopausal urine NTX → HR 1.27, BMD-adjusted; the EPIDOS (Garnero 1996, J Bone Miner Res 11:1531) and CHS studies found larger effects, WHI (Crandall 2018) none'),
  turnoverCv: { ...p(0.46, 'SD/mean', 'between-person SD of a resorption marker as a fraction of its mean', 'SWAN early-postmenopausal urine NTX 48.8 ± 22.5 nM BCE/mM Cr (Shieh A et al. 2020, J Clin Endocrinol Metab 105:e1440, PMC7067542; target A16 lists the same values)', 'measured',
    'a urine-NTX spread used for serum CTX (assumed)'), sourceTargets: ['C7'] },

  // --- Bone strength: factor of risk (load / strength) with a density power law (README, "Strength") ---
  strengthGradientHip: p(4.2, 'per SD', 'hip fracture odds ratio per SD lower finite-element femoral strength (sideways fall), women',
    'Kopperdahl DL et al. 2014, J Bone Miner Res 29:570 (AGES-Reykjavik, 5-year case-control, 1110 women and men over 65; abstract seen): age-adjusted OR 4.2 (2.6–6.9) for femoral strength in women', 'measured',
    'an odds ratio over 5 years read as a hazard ratio (rare outcome); the gradient per SD of total-hip BMD follows as strengthGradientHip^bmdStrengthCorrelationHip (target C2, a check)'),
  strengthGradientVertebral: p(2.8, 'per SD', 'radiographic vertebral fracture odds ratio per SD lower finite-element vertebral strength, women',
    'Kopperdahl 2014 (as above): age-adjusted OR 2.8 (1.8–4.3) for vertebral strength in women, incident radiographic spine fractures', 'measured'),
  strengthCvHip: p(0.25, 'SD of ln', 'between-person SD of ln femoral strength in women over 65', 'assumed: finite-element femoral strength in older women spreads by about a quarter of its mean (AGES-Reykjavik, Rochester; recalled, UNVERIFIED)', 'assumed',
    'range 0.2–0.3; sets how much strength a within-person BMD change is worth: ln h changes by ln(GR_S)/CV per unit ln strength'),
  strengthCvVertebral: p(0.28, 'SD of ln', 'between-person SD of ln vertebral strength in women over 65', 'assumed: finite-element vertebral compressive strength of older women, CV about 0.3 (AGES-Reykjavik; recalled, UNVERIFIED)', 'assumed', 'range 0.22–0.35'),
  bmdStrengthCorrelationHip: p(0.8, 'r', 'correlation between total-hip areal BMD and femoral strength between persons', 'assumed: reported correlations of DXA hip aBMD with QCT finite-element femoral strength are about 0.7–0.9 (UNVERIFIED); bone size enters aBMD and strength differently (men matched to women for femoral-neck aBMD have 38 % larger bones, 16 % lower vBMD and similar strength: Srinivasan B et al. 2012, Osteoporos Int 23:155, abstract seen)', 'assumed',
    'chosen from that range with Marshall 1996 in view: C2 is a weak check of the product, not an independent one'),
  bmdStrengthCorrelationSpine: p(0.7, 'r', 'correlation between lumbar-spine areal BMD and vertebral strength between persons', 'assumed: posterior elements and aortic calcification enter the AP spine aBMD but not vertebral-body strength; reported correlations about 0.6–0.8 (UNVERIFIED)', 'assumed',
    'chosen with Marshall 1996 in view (C2 a weak check)'),
  densityExponent: p(2, 'exponent', 'whole-bone strength ∝ density^n within a person (bone size fixed): n',
    'Carter DR, Hayes WC 1977, J Bone Joint Surg Am 59:954 (compressive strength ∝ apparent density² for trabecular and cortical bone; recalled, UNVERIFIED); Morgan EF et al. 2003 (trabecular yield stress ∝ ρ^2.26 below 0.355 g/cm³ and ρ^1.48 above; read in a secondary copy); Keaveny TM et al. 2010, J Bone Miner Res 25:994 (Rochester, abstract seen): over adulthood women lose 55 % of femoral strength and 26 % of femoral-neck aBMD, ln 0.45 / ln 0.74 = 2.65', 'measured',
    'applied to areal BMD changes of one person, whose bone size is fixed over a trial (aBMD change = density change); the per-site trabecular and cortical state (bone.ts) is not read yet'),

  // --- Remodeling space: resorption cavities as stress risers (README, "Remodeling space") ---
  remodelingSpaceDays: p(100, 'd', 'mean lifetime of an unfilled resorption cavity (time constant of the remodeling space after a change of activation frequency)',
    'assumed: resorption about 30–40 d, reversal and the first part of refilling about 2 months (Eriksen EF 1994 and Parfitt AM, cancellous remodeling periods of about 6 months; recalled, UNVERIFIED); Riggs BL, Melton LJ 2002, J Bone Miner Res 17:11 ("bone turnover matters": the remodeling space and its stress risers fall within months of antiresorptive therapy; recalled)', 'assumed',
    'range 60–150 d'),

  // --- Fracture events as events: imminent risk after a fracture (events.ts) ---
  imminentRiskAt1y: p(2.7, 'ratio', 'risk of a second major osteoporotic fracture 1 year after a first, relative to the population',
    'Johansson H et al. 2017, Osteoporos Int 28:775 (PMC5338733, Reykjavik, 18,872 people; abstract seen): 2.7 (2.4–3.0) at 1 year, 1.4 (1.2–1.6) after 10 years', 'measured',
    'the persistent part is the prior-fracture risk factor; the excess over it is imminentRiskAt1y / imminentRiskAt10y at 1 year, decaying with imminentRiskDecayYears'),
  imminentRiskAt10y: p(1.4, 'ratio', 'risk of a second major osteoporotic fracture 10 years after a first, relative to the population', 'Johansson 2017 (as above)', 'measured'),
  imminentRiskDecayYears: p(3, 'y', 'time constant of the decay of the imminent excess after a fracture', 'assumed: makes the excess fall from 1.93× at 1 year to 1.05× at 10 years, the shape Johansson 2017 reports (highest immediately, then decreasing); range 2–5 y', 'assumed'),

  // --- Prevalence of the risk factors in the population whose incidence is used (for the correction) ---
  prevalenceFalls: p(0.214, 'fraction', 'a fall in the last year', 'Vandenput (falls): 21.4 % of 906,359 people reported a fall in the past year', 'measured'),
  prevalenceRheumatoid: p(0.013, 'fraction', 'rheumatoid arthritis', 'RA meta-analysis above: 1.3 % in the primary-analysis cohorts', 'measured'),
  prevalenceSmokingWomen: p(0.1, 'fraction', 'current smoking, women ≥50', 'assumed (order of magnitude of US surveys of older adults, UNVERIFIED)', 'assumed'),
  prevalenceSmokingMen: p(0.12, 'fraction', 'current smoking, men ≥50', 'assumed (UNVERIFIED)', 'assumed'),
  prevalenceAlcoholWomen: p(0.02, 'fraction', '≥3 units of alcohol a day, women', 'assumed (UNVERIFIED)', 'assumed'),
  prevalenceAlcoholMen: p(0.1, 'fraction', '≥3 units of alcohol a day, men', 'assumed; 17.6 % of men aged 60–90 in Geelong (Pasco JA et al. 2021, Nutrients 13:2955, abstract seen), lower in population surveys (UNVERIFIED)', 'assumed'),
  prevalenceGlucocorticoid: p(0.01, 'fraction', 'current oral glucocorticoid ≥2.5 mg/day', 'assumed (about 1 % of older adults, UNVERIFIED)', 'assumed'),
  prevalenceUnderweight: p(0.02, 'fraction', 'BMI < 18.5 kg/m²', 'assumed (UNVERIFIED)', 'assumed'),
  prevalenceObeseII: p(0.1, 'fraction', 'BMI ≥ 35 kg/m²', 'assumed (UNVERIFIED)', 'assumed'),
  prevalencePriorFractureAt50: p(0.1, 'fraction', 'prior fragility fracture at 50 y, women (linear to the value at 80)', 'assumed (UNVERIFIED)', 'assumed'),
  prevalencePriorFractureAt80: p(0.3, 'fraction', 'prior fragility fracture at 80 y, women', 'assumed (UNVERIFIED)', 'assumed'),
  priorFractureMenToWomen: p(0.6, 'ratio', 'prevalence of prior fracture, men relative to women', 'assumed (UNVERIFIED)', 'assumed'),
  prevalenceVertebralAt55: p(0.03, 'fraction', 'prevalent vertebral fracture at 55 y (both sexes)', 'NHANES 2013–2014 vertebral fracture assessment (PMC7422504, abstract seen; authors not read): <5 % before 60, 11 % at 70–79, 18 % at ≥80, similar in men and women', 'measured'),
  prevalenceVertebralAt75: p(0.11, 'fraction', 'prevalent vertebral fracture at 75 y', 'NHANES 2013–2014 VFA (as above)', 'measured'),
  prevalenceVertebralAt85: p(0.18, 'fraction', 'prevalent vertebral fracture at 85 y', 'NHANES 2013–2014 VFA (as above)', 'measured'),
} as const satisfies Record<string, ParameterDef>;

export type FractureParameterName = keyof typeof FRACTURE_PARAMETERS;
