import type { ParameterDef } from '../../engine/index.js';
import { SPECIES_FACTS } from '../../model/index.js';
import { MSC_SOURCE_FACTS } from '../../therapies/msc/products.js';
import { checkMscRegimen, type MscRegimen, type Species } from '../../model/scenario.js';

/**
 * Safety of an MSC regimen (DESIGN.md, Safety; research/msc.md §6): one row per adverse event with a probability or a
 * relative risk, its basis and citation, to show beside the efficacy result. The forms are simple hazard rules, not
 * fitted: directions come from the cited studies, magnitudes are assumed where the studies give none (each row says
 * which). Events:
 * - embolism: intravenous by dose per kg and dose rate; intra-arterial by dose, concentration and infusion velocity
 *   (Cui 2015 pattern: more cells, a more concentrated suspension and slower, low-volume infusion are riskier);
 *   intra-bone-marrow and scaffold routes have no intravascular cell load (0 % acute deaths after IBM in OVX mice);
 * - infusion fever: relative risk (Thompson 2020) for intravascular routes, odds ratio across routes (Wang 2021);
 * - thrombosis: pooled relative risk (Thompson 2020) and a tissue-factor load relative to BM-MSCs at 2e6 cells/kg
 *   (AD and UC > BM; more cells, more clotting: Oeller 2018, Moll 2019), raised by renal disease (Barmada 2023);
 * - tumorigenicity: near zero for human MSCs (Torsvik 2010, 2012; malignancy RR 0.93, Thompson 2020), with a
 *   passage-dependent transformation probability; higher for rodent cells (mouse MSCs transform readily).
 */

export type SafetyMeasure = 'probability' | 'relative risk' | 'odds ratio' | 'relative load';

export interface SafetyRow {
  readonly event: string;
  readonly measure: SafetyMeasure;
  /** Probability (0–1) per dose course, or a ratio. */
  readonly value: number;
  readonly ci?: readonly [number, number];
  /** How the number follows from the regimen, in words. */
  readonly basis: string;
  readonly citation: string;
  readonly evidence: 'measured' | 'assumed';
}

export interface SafetyPatient {
  readonly species: Species;
  /** Body weight, kg (default: the species profile's). */
  readonly bodyWeightKg?: number;
  /** Pre-existing renal disease (the two IV-MSC thromboembolic SAEs of Barmada 2023 were in such patients). */
  readonly renalDisease?: boolean;
}

const p = (value: number, unit: string, meaning: string, source: string, evidence: 'measured' | 'assumed', note?: string): ParameterDef => ({
  value,
  unit,
  meaning,
  source,
  evidence,
  ...(note !== undefined && { note }),
});

/** The safety rules' parameter table (value, unit, meaning, source, evidence). */
export const SAFETY_PARAMETERS = {
  ivDeathRef: p(0.22, '1', 'acute death after an IV bolus of MSCs in OVX mice (reference dose)', 'Stem Cells Int 2019:4214281: 22 % of mice died after IV vs 0 % after intra-bone-marrow (research/msc.md §3, §6)', 'measured', 'the dose is not in the abstract: taken as 1e6 cells per 25 g mouse (4e7 cells/kg) given in 0.5 min (assumed)'),
  ivDoseRef: p(4e7, 'cells/kg', 'reference IV dose of ivDeathRef', 'assumed: 1e6 cells in a 25 g mouse (msc.md §3: mouse doses 5e5–2e6 per animal)', 'assumed'),
  ivRateRef: p(8e7, 'cells/kg/min', 'reference IV dose rate of ivDeathRef', 'assumed: a tail-vein bolus over 0.5 min', 'assumed'),
  ivRateExponent: p(0.5, '1', 'exponent of the dose rate in the IV embolic hazard', 'assumed: slower infusion spreads the lung load (split dosing raises lung passage, Fischer 2009)', 'assumed', 'plausible range 0–1'),
  iaRiskRef: { ...p(0.3, '1', 'embolic complication probability of 1e6 cells in 1 mL over 3 min intra-arterially in a rat', 'assumed: Cui et al. 2015 report complications rising with dose and with slow infusion but the rates are not in the abstract (research/msc.md §6, UNVERIFIED)', 'assumed', 'plausible range 0.1–0.6'), sourceTargets: ['E6'] },
  iaDoseRef: { ...p(1e6 / 0.3, 'cells/kg', 'reference intra-arterial dose (1e6 cells in a 0.3 kg rat)', 'Cui et al. 2015 dose range 0–1.0e6 cells (rat weight assumed)', 'assumed'), sourceTargets: ['E6'] },
  iaConcRef: { ...p(1e6, 'cells/mL', 'reference concentration (1e6 cells in 1 mL)', 'Cui et al. 2015 volumes 0.5–1.0 mL', 'measured'), sourceTargets: ['E6'] },
  iaVelocityRef: { ...p(1 / 3, 'mL/min', 'reference infusion velocity (1 mL over 3 min)', 'Cui et al. 2015: 0.5–1.0 mL over 3–6 min', 'measured'), sourceTargets: ['E6'] },
  bolusMinutes: p(0.5, 'min', 'duration of a bolus injection without stated infusion', 'assumed', 'assumed'),
  feverRR: { ...p(2.48, 'RR', 'transient fever after intravascular MSCs vs control', 'Thompson et al. 2020, EClinicalMedicine 19:100249 (55 RCTs, n = 2696; research/msc.md §6)', 'measured'), sourceTargets: ['E9', 'E7'] },
  feverORAllRoutes: { ...p(3.65, 'OR', 'transient fever after MSCs by any route vs control', 'Wang et al. 2021, Stem Cell Res Ther 12:545 (62 RCTs, n = 3546)', 'measured'), sourceTargets: ['E8'] },
  thrombosisRR: { ...p(1.14, 'RR', 'thrombotic/embolic events after intravascular MSCs vs control', 'Thompson et al. 2020', 'measured'), sourceTargets: ['E9', 'E7'] },
  tfDoseRef: p(2e6, 'cells/kg', 'reference dose of the tissue-factor load (1 = BM-MSCs at this dose)', 'assumed: the low dose of NCT02566655 (a typical human IV dose)', 'assumed'),
  renalFactor: { ...p(3, '1', 'multiplier of the thrombotic load with pre-existing renal disease', 'assumed magnitude; direction: both thromboembolic SAEs in 70 IV-MSC studies occurred in renal disease (Barmada et al. 2023, Curr Stem Cell Res Ther 18:779)', 'assumed', 'plausible range 1.5–10'), sourceTargets: ['E10'] },
  malignancyRR: { ...p(0.93, 'RR', 'malignancy after intravascular MSCs vs control', 'Thompson et al. 2020', 'measured'), sourceTargets: ['E9', 'E7'] },
  deathRR: { ...p(0.78, 'RR', 'death after intravascular MSCs vs control (trial populations)', 'Thompson et al. 2020', 'measured'), sourceTargets: ['E9', 'E7'] },
  transformHuman: p(1e-6, '1', 'probability that a human MSC lot up to passage 5 contains spontaneously transformed cells', 'assumed near zero: the reported 46 % transformation (Røsland 2009) was cross-contamination (Torsvik 2010, Cancer Res 70:6393); no solid evidence of spontaneous hMSC transformation (Torsvik 2012, Exp Cell Res 318:441)', 'assumed', 'plausible range 0–1e-4'),
  transformPerTenPassages: p(10, '1', 'increase of the transformation probability per 10 passages beyond passage 5', 'assumed (long-term culture raises genomic instability; no rate in research/)', 'assumed', 'plausible range 1–100'),
  transformRodent: p(0.01, '1', 'transformation probability of a rodent MSC lot up to passage 5', 'assumed: mouse MSCs transform readily in culture (Torsvik 2012; research/msc.md §6)', 'assumed', 'plausible range 1e-3–0.5'),
} as const;

const S = SAFETY_PARAMETERS;
const THOMPSON = 'Thompson M et al. 2020, EClinicalMedicine 19:100249';

const hazardToProbability = (h: number): number => 1 - Math.exp(-h);

/** Cells per kg of one dose of a regimen. */
function perKg(r: MscRegimen, weight: number): number {
  return r.doseUnit === 'cells/kg' ? r.dose : r.dose / weight;
}

/** Embolic hazard of one dose (a hazard, not a probability). */
export function embolicHazard(r: MscRegimen, weight: number): number {
  if (r.product.kind !== 'cells') return 0;
  const dose = perKg(r, weight);
  const cells = dose * weight;
  const minutes = r.infusion?.durationMin ?? S.bolusMinutes.value;
  switch (r.route) {
    case 'intravenous': {
      const h0 = -Math.log(1 - S.ivDeathRef.value);
      return h0 * (dose / S.ivDoseRef.value) * ((dose / minutes) / S.ivRateRef.value) ** S.ivRateExponent.value;
    }
    case 'intraArterial': {
      const volume = r.infusion?.volumeMl ?? cells / S.iaConcRef.value;
      const h0 = -Math.log(1 - S.iaRiskRef.value);
      const concentration = cells / volume / S.iaConcRef.value;
      const velocity = volume / minutes / S.iaVelocityRef.value;
      return h0 * (dose / S.iaDoseRef.value) * concentration / velocity;
    }
    case 'intraBoneMarrow':
    case 'localScaffold':
      return 0;
  }
}

/**
 * Safety rows of a regimen for a patient. Probabilities are per course (all doses); relative risks and odds ratios
 * are the published ones for the route.
 */
export function mscSafety(regimen: MscRegimen, patient: SafetyPatient): SafetyRow[] {
  const weight = patient.bodyWeightKg ?? regimen.bodyWeightKg ?? SPECIES_FACTS[patient.species].bodyWeightKg;
  checkMscRegimen(regimen, 'regimen', weight);
  const count = regimen.count ?? 1;
  const route = regimen.route;
  const intravascular = route === 'intravenous' || route === 'intraArterial';
  const product = regimen.product;
  const rows: SafetyRow[] = [];
  const dosePerKg = perKg(regimen, weight);
  const rodent = patient.species === 'rat' || patient.species === 'mouse';

  if (product.kind !== 'cells') {
    rows.push({
      event: 'embolism',
      measure: 'probability',
      value: 0,
      basis: `${product.kind}: no cells (vesicles of about 0.1 µm pass capillaries of 5–10 µm)`,
      citation: 'Schrepfer et al. 2007, Transplant Proc 39:573 (4 µm spheres pass the mouse lung; research/msc.md §6)',
      evidence: 'assumed',
    });
    rows.push({ event: 'malignant transformation of the product', measure: 'probability', value: 0, basis: `${product.kind}: no living cells`, citation: 'definition', evidence: 'assumed' });
    return rows;
  }

  // Embolism and acute death
  const h = embolicHazard(regimen, weight) * count;
  const minutes = regimen.infusion?.durationMin ?? S.bolusMinutes.value;
  if (route === 'intravenous') {
    rows.push({
      event: rodent ? 'acute death (pulmonary embolism)' : 'pulmonary embolism (serious)',
      measure: 'probability',
      value: hazardToProbability(h),
      basis: `${dosePerKg.toExponential(2)} cells/kg over ${minutes} min, ${count} dose(s): hazard ∝ dose/kg × (dose rate)^${S.ivRateExponent.value}, 22 % at 4e7 cells/kg in 0.5 min (mouse)`,
      citation: 'Stem Cells Int 2019:4214281 (22 % IV vs 0 % intra-marrow deaths, OVX mice); dose-rate form assumed',
      evidence: 'assumed',
    });
  } else if (route === 'intraArterial') {
    const volume = regimen.infusion?.volumeMl ?? (dosePerKg * weight) / S.iaConcRef.value;
    rows.push({
      event: 'arterial embolism (embolic lesion)',
      measure: 'probability',
      value: hazardToProbability(h),
      basis: `${dosePerKg.toExponential(2)} cells/kg, ${(dosePerKg * weight / volume).toExponential(2)} cells/mL, ${(volume / minutes).toFixed(3)} mL/min, ${count} dose(s): hazard ∝ dose × concentration / velocity, 30 % at 1e6 cells in 1 mL over 3 min (rat, assumed)`,
      citation: 'Cui LL et al. 2015, Stem Cell Res Ther 6:11 (direction: dose and slow, low-volume infusion); magnitude assumed',
      evidence: 'assumed',
    });
  } else {
    rows.push({
      event: rodent ? 'acute death after injection' : 'embolism',
      measure: 'probability',
      value: 0,
      basis: `${route}: no intravascular cell load (marrow fat embolism from the injection is not modeled)`,
      citation: 'Stem Cells Int 2019:4214281 (0 % deaths after intra-bone-marrow injection in OVX mice; research/msc.md §3)',
      evidence: 'measured',
    });
  }

  // Fever
  rows.push(
    intravascular
      ? { event: 'transient fever', measure: 'relative risk', value: S.feverRR.value, ci: [1.27, 4.86], basis: 'intravascular MSCs vs control, per trial; a dose-linear trend for allogeneic and Wharton-jelly cells is reported (msc.md §6) but not applied', citation: THOMPSON, evidence: 'measured' }
      : { event: 'transient fever', measure: 'odds ratio', value: S.feverORAllRoutes.value, ci: [2.05, 6.49], basis: 'MSCs by any route vs control (mostly intravascular trials)', citation: 'Wang Y et al. 2021, Stem Cell Res Ther 12:545', evidence: 'measured' },
  );

  // Thrombosis
  const tf = MSC_SOURCE_FACTS[product.source].tissueFactor.value;
  if (intravascular) {
    rows.push({ event: 'thrombosis/embolism (pooled trials)', measure: 'relative risk', value: S.thrombosisRR.value, ci: [0.67, 1.95], basis: 'intravascular MSCs vs control', citation: THOMPSON, evidence: 'measured' });
    const load = tf * (dosePerKg / S.tfDoseRef.value) * (patient.renalDisease ? S.renalFactor.value : 1);
    rows.push({
      event: 'thrombosis: tissue-factor load',
      measure: 'relative load',
      value: load,
      basis: `${product.source}-MSC tissue factor ${tf}× BM × dose ${dosePerKg.toExponential(2)} / 2e6 cells/kg${patient.renalDisease ? ` × ${S.renalFactor.value} (renal disease)` : ''}; 1 = BM-MSCs at 2e6 cells/kg`,
      citation: 'Oeller M et al. 2018, Theranostics 8:1421; Moll G et al. 2019, Trends Mol Med 25:149 (AD, UC > BM; dose-dependent); Barmada A et al. 2023 (renal disease); magnitudes assumed',
      evidence: 'assumed',
    });
  } else {
    rows.push({ event: 'thrombosis: tissue-factor load', measure: 'relative load', value: 0, basis: `${route}: cells are not infused into the blood`, citation: 'Moll G et al. 2019 (instant blood-mediated inflammatory reaction needs blood contact)', evidence: 'assumed' });
  }

  // Tumorigenicity
  const passage = product.passage ?? 3;
  const donorSpecies = product.donorSpecies ?? (product.donor === 'xenogeneic' ? (rodent ? 'woman' : 'rat') : patient.species);
  const rodentCells = donorSpecies === 'rat' || donorSpecies === 'mouse';
  const base = rodentCells ? S.transformRodent.value : S.transformHuman.value;
  const transform = Math.min(1, base * S.transformPerTenPassages.value ** (Math.max(0, passage - 5) / 10));
  rows.push({
    event: 'malignant transformation of the product',
    measure: 'probability',
    value: transform,
    basis: `${rodentCells ? 'rodent' : 'human'} MSCs at passage ${passage}: ${base} up to passage 5, ×${S.transformPerTenPassages.value} per 10 passages beyond`,
    citation: 'Torsvik A et al. 2010, Cancer Res 70:6393; Torsvik A et al. 2012, Exp Cell Res 318:441; magnitudes assumed',
    evidence: 'assumed',
  });
  if (intravascular && !rodent) {
    rows.push({ event: 'malignancy (trials)', measure: 'relative risk', value: S.malignancyRR.value, ci: [0.6, 1.45], basis: 'intravascular MSCs vs control', citation: THOMPSON, evidence: 'measured' });
    rows.push({ event: 'death (trials)', measure: 'relative risk', value: S.deathRR.value, ci: [0.65, 0.94], basis: 'intravascular MSCs vs control (no excess)', citation: THOMPSON, evidence: 'measured' });
  }
  return rows;
}
