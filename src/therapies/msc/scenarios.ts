import { ModelError } from '../../engine/index.js';
import { SPECIES_FACTS } from '../../model/index.js';
import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';
import type { DrugRegimen, MscCellProduct, MscRegimen, MscRoute, MscSource, Regimen, Scenario } from '../../model/scenario.js';

/**
 * Ready MSC-therapy scenarios for the scenario contract (simulate them with a model that has `cellTherapy`):
 * rodent ovariectomy protocols, the human phase 1 design NCT02566655, BM vs AD vs UC MSCs vs zoledronate in
 * ovariectomized rats, and MSC therapy vs denosumab over 5 years in a postmenopausal woman. Each study is a record of
 * named arms; day 0 is the first therapy dose, and every arm of a study shares the patient and the output days.
 */

const WEEK = 7;

/** Read-outs of the rodent protocols, weeks after the therapy (issue 5). */
export const READOUT_WEEKS: readonly number[] = [4, 8, 24];

export interface OvxProtocol {
  readonly species: 'rat' | 'mouse';
  /** Age at ovariectomy, years (default and minimum: the profile's young steady state, rat 0.5 y, mouse 1/3 y). */
  readonly ovxAgeYears?: number;
  /** Weeks from ovariectomy to the first therapy dose. */
  readonly weeksAfterOvx: number;
  /** Read-out weeks after the first dose (default 4, 8, 24). */
  readonly readoutWeeks?: readonly number[];
  /** Phenotype of the animals (e.g. 'SAMP6' mice). */
  readonly phenotype?: string;
}

/** Output days: weekly to the last read-out (so curves can be drawn), with every read-out included. */
export function weeklyDays(readoutWeeks: readonly number[]): number[] {
  const last = Math.max(...readoutWeeks);
  return [...new Set([...Array.from({ length: last + 1 }, (_, w) => w), ...readoutWeeks])].sort((a, b) => a - b).map((w) => w * WEEK);
}

/** An ovariectomized (or sham-operated) rodent that receives `regimens` from day 0. */
export function ovxScenario(protocol: OvxProtocol, regimens: readonly Regimen[], options: { sham?: boolean } = {}): Scenario {
  const young = SPECIES_FACTS[protocol.species].youngAdultAgeYears;
  const ovxAge = protocol.ovxAgeYears ?? young;
  if (!(ovxAge >= young)) throw new ModelError(`ovxAgeYears: must be >= ${young} years for the ${protocol.species} profile (its young steady state), got ${ovxAge}`, { field: 'ovxAgeYears' });
  if (!(protocol.weeksAfterOvx >= 0)) throw new ModelError(`weeksAfterOvx: must be >= 0, got ${protocol.weeksAfterOvx}`, { field: 'weeksAfterOvx' });
  const delay = protocol.weeksAfterOvx * WEEK;
  // The ovariectomy half a day after the young steady state at the earliest (clock round-off).
  const ageYears = ovxAge + (delay + 0.5) / DAYS_PER_CALENDAR_YEAR;
  return {
    patient: {
      species: protocol.species,
      ageYears,
      ...(options.sham ? {} : { ovariectomyDay: -delay }),
      ...(protocol.phenotype !== undefined && { phenotype: protocol.phenotype }),
    },
    regimens,
    days: weeklyDays(protocol.readoutWeeks ?? READOUT_WEEKS),
  };
}

/** A study: sham, OVX + vehicle, and one OVX arm per regimen set. */
export function ovxStudy(protocol: OvxProtocol, arms: Readonly<Record<string, readonly Regimen[]>>): Record<string, Scenario> {
  const study: Record<string, Scenario> = { sham: ovxScenario(protocol, [], { sham: true }), ovx: ovxScenario(protocol, []) };
  for (const [name, regimens] of Object.entries(arms)) study[name] = ovxScenario(protocol, regimens);
  return study;
}

/** A single dose of living cells of a source by a route (per animal unless doseUnit says per kg). */
export function cellDose(source: MscSource, route: MscRoute, dose: number, more: Partial<Omit<MscRegimen, 'kind' | 'product' | 'route' | 'dose'>> & { product?: Partial<MscCellProduct> } = {}): MscRegimen {
  const { product, ...rest } = more;
  return {
    kind: 'msc',
    product: { kind: 'cells', source, donor: 'allogeneic', ...product },
    route,
    dose,
    doseUnit: 'cells',
    start: 0,
    ...rest,
  };
}

/** The rat IV reference design (target D6): 3e6 BM-MSCs into the tail vein 6 months after OVX, read 2 months later. */
export function ratIvStudy(): Record<string, Scenario> {
  return ovxStudy({ species: 'rat', weeksAfterOvx: 26, readoutWeeks: [4, 8.7, 24] }, { bmIv: [cellDose('BM', 'intravenous', 3e6)] });
}

/** Intra-bone-marrow BM-MSCs in OVX rats 4 weeks after OVX, single dose vs a second dose at 4 weeks (Cytotherapy 2008 design). */
export function ratIntraMarrowStudy(dose = 1e6): Record<string, Scenario> {
  return ovxStudy(
    { species: 'rat', weeksAfterOvx: 4 },
    { single: [cellDose('BM', 'intraBoneMarrow', dose)], repeated: [cellDose('BM', 'intraBoneMarrow', dose, { interval: 28, count: 2 })] },
  );
}

/** IV vs intra-bone-marrow MSCs in OVX mice (Stem Cells Int 2019 design; dose assumed 1e6 per mouse). */
export function mouseRouteStudy(dose = 1e6): Record<string, Scenario> {
  return ovxStudy({ species: 'mouse', weeksAfterOvx: 4 }, { iv: [cellDose('BM', 'intravenous', dose)], intraMarrow: [cellDose('BM', 'intraBoneMarrow', dose)] });
}

/**
 * Zoledronate in the rat arms: the model's bisphosphonate PK is human and uncalibrated in rodents (species.ts), so
 * the arm gives the human label dose (5 mg IV once) as an exposure equivalent, for shape only.
 */
export const RAT_ZOLEDRONATE: DrugRegimen = { kind: 'drug', drug: 'zoledronate', dose: 5, start: 0 };

/** BM vs AD vs UC MSCs (1e6 allogeneic cells into the femoral marrow) vs zoledronate in OVX rats, 4 weeks after OVX. */
export function sourceComparisonOvxRat(route: MscRoute = 'intraBoneMarrow', dose = 1e6): Record<string, Scenario> {
  return ovxStudy(
    { species: 'rat', weeksAfterOvx: 4 },
    {
      BM: [cellDose('BM', route, dose)],
      AD: [cellDose('AD', route, dose)],
      UC: [cellDose('UC', route, dose)],
      zoledronate: [RAT_ZOLEDRONATE],
    },
  );
}

/** Months in days (1 month = 365.25/12 days). */
const months = (m: number): number => (m * DAYS_PER_CALENDAR_YEAR) / 12;

/**
 * NCT02566655 (Murcia, phase 1): women 50–70 y with established osteoporosis and low-impact fractures, one IV dose of
 * autologous fucosylated BM-MSCs, 2e6 cells/kg (first 4 patients) or 5e6 cells/kg (last 6), product at 5e6 cells/mL,
 * follow-up 24 months; no results posted, so this is a prediction. Mean patient 60 y, osteoporotic phenotype;
 * infusion volume from the concentration (dose/kg × 65 kg / 5e6 per mL) over 30 minutes (duration assumed).
 */
export function phase1Nct02566655(bodyWeightKg = 65): Record<string, Scenario> {
  const days = [0, 1, 7, ...[1, 3, 6, 12, 18, 24].map(months)];
  const patient = { species: 'woman' as const, ageYears: 60, phenotype: 'osteoporotic' };
  const arm = (perKg: number): Scenario => ({
    patient,
    days,
    regimens: [
      {
        kind: 'msc',
        product: { kind: 'cells', source: 'BM', donor: 'autologous' },
        route: 'intravenous',
        dose: perKg,
        doseUnit: 'cells/kg',
        start: 0,
        bodyWeightKg,
        infusion: { volumeMl: (perKg * bodyWeightKg) / 5e6, durationMin: 30 },
      },
    ],
  });
  return { untreated: { patient, days, regimens: [] }, low: arm(2e6), high: arm(5e6) };
}

/**
 * A postmenopausal woman (65 y, osteoporotic phenotype) over 5 years: untreated, denosumab 60 mg every 6 months,
 * allogeneic UC-MSCs 2e6 cells/kg IV every 6 months (10 infusions of 60 minutes), and autologous BM-MSCs 1e8 cells
 * into the marrow every 6 months. The MSC arms are a what-if: no human efficacy data exist.
 */
export function mscVersusDenosumab(bodyWeightKg = 65): Record<string, Scenario> {
  const patient = { species: 'woman' as const, ageYears: 65, phenotype: 'osteoporotic' };
  const days = Array.from({ length: 21 }, (_, q) => months(3 * q));
  const every6 = { start: 0, interval: 182, count: 10 } as const;
  return {
    untreated: { patient, days, regimens: [] },
    denosumab: { patient, days, regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, ...every6 }] },
    ucMscIv: {
      patient,
      days,
      regimens: [
        { kind: 'msc', product: { kind: 'cells', source: 'UC', donor: 'allogeneic' }, route: 'intravenous', dose: 2e6, doseUnit: 'cells/kg', bodyWeightKg, infusion: { volumeMl: 100, durationMin: 60 }, ...every6 },
      ],
    },
    bmMscIntraMarrow: {
      patient,
      days,
      regimens: [{ kind: 'msc', product: { kind: 'cells', source: 'BM', donor: 'autologous' }, route: 'intraBoneMarrow', dose: 1e8, doseUnit: 'cells', bodyWeightKg, ...every6 }],
    },
  };
}

/**
 * Bone marrow transplantation in SAMP6 mice as the review describes it (Chen et al. 2021, Biol Res 54:42, citing the
 * Ikehara group): myeloablative conditioning (fractionated irradiation, 5.5 Gy × 2) and whole allogeneic marrow from
 * young normal (8-week C57BL/6) donors injected into the marrow cavity (IBM-BMT; Kushida et al. 2001, Blood 97:3292;
 * Ichioka et al. 2002, Stem Cells 20:542: prevention; Takada et al. 2006, Stem Cells 24:399: treatment after onset).
 *
 * The model follows the MSCs of the graft: BMT_MARROW_CELLS whole marrow cells × BMT_MSC_FREQUENCY, into the simulated
 * site; conditioning (`marrow_conditioning` = 1 from day 0, msc.ts) removes most of the host MSC pool so the donor
 * cells fill the niche; after BMT the hematolymphoid system is donor-type and tolerant of the graft (Kushida 2001), so
 * the donor cells are not immune-cleared (k_imm = 0). Arms: untreated SAMP6, IBM-BMT SAMP6, and untreated normal
 * mice of the same age (the comparison Ichioka 2002 reports).
 */
export const BMT_MARROW_CELLS = 1e7; // assumed: the Ikehara-group IBM-BMT dose from recall (UNVERIFIED; not in the abstracts seen), range 3e6–3e7
/** MSC (CFU-F) share of mouse whole marrow: assumed 1e-4 (human 1e-5–1e-4, Pittenger & Martin 2004; research/msc.md §2), range 1e-5–1e-3. */
export const BMT_MSC_FREQUENCY = 1e-4;

export function bmtSamp6Study(ageYears = SPECIES_FACTS.mouse.youngAdultAgeYears, readoutWeeks: readonly number[] = [4, 8, 24, 35]): Record<string, Scenario> {
  const days = weeklyDays(readoutWeeks);
  const samp6 = { species: 'mouse' as const, ageYears, phenotype: 'SAMP6' };
  const graft = cellDose('BM', 'intraBoneMarrow', BMT_MARROW_CELLS * BMT_MSC_FREQUENCY, { product: { donorAgeYears: 8 / 52 } });
  return {
    untreated: { patient: samp6, regimens: [], days },
    bmt: { patient: samp6, regimens: [graft], days, parameters: { marrow_conditioning: 1, k_imm: 0 } },
    normal: { patient: { species: 'mouse', ageYears }, regimens: [], days },
  };
}
