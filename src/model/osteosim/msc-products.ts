import type { ParameterDef } from '../../engine/index.js';
import type { MscCellProduct, MscProduct, MscSource, Species } from '../scenario.js';
import { row } from '../parameter-row.js';
import { LN2 } from './params.js';

/**
 * MSC products as model parameters: what the source tissue, the donor (relation, age, state) and the culture passage
 * change. Each row is a parameter table entry (value, unit, meaning, source, evidence); unknown magnitudes are
 * assumed and their note states a plausible range. Everything here is relative to young, healthy bone-marrow MSCs.
 *
 *   pot_MSC   = potency[source] · donor-age factor · passage factor                  paracrine output per cell
 *   osteo_MSC = osteogenic[source] · donor-age / host-age factor · donor-state factor
 *               osteogenic propensity of engrafted cells relative to the host's own (autologous: 1 · donor state)
 *   home_MSC  = donor-state homing factor                              homing of IV cells to marrow
 *   k_imm     = immune clearance[donor relation] · immunogenicity[source]
 *
 * None of these is constrained by the calibration (therapies/msc/calibration.ts): its design uses young allogeneic
 * BM-MSCs, and no preclinical study found gives a magnitude by source, donor age or donor state
 * (research/msc-preclinical-evidence.md, Synthesis B: "no data to rank BM, AD and UC by % effect"), so every row
 * stays assumed with its prior range. Direction not yet represented: BM-MSCs from OVX donors lost their effect while
 * AD-MSCs from OVX donors kept it (PMC5980002, same file S4); here the OVX donor state lowers only osteogenic
 * propensity and homing, not paracrine potency.
 */

export interface SourceProfile {
  readonly source: MscSource;
  /** Paracrine output per cell relative to BM-MSCs. */
  readonly potency: ParameterDef;
  /** Osteogenic propensity relative to BM-MSCs. */
  readonly osteogenic: ParameterDef;
  /** Immunogenicity (HLA-DR induction) relative to BM-MSCs: scales immune clearance of non-autologous cells. */
  readonly immunogenicity: ParameterDef;
  /** How strongly donor age lowers function, relative to BM-MSCs (1 = same slope). */
  readonly donorAgeSensitivity: ParameterDef;
}

const ONE = (meaning: string): ParameterDef => row({ value: 1, unit: '1', meaning, evidence: 'measured', source: 'reference source (definition: BM-MSCs = 1)' });

export const SOURCE_PROFILES: Readonly<Record<MscSource, SourceProfile>> = {
  BM: {
    source: 'BM',
    potency: ONE('paracrine potency per cell'),
    osteogenic: ONE('osteogenic propensity'),
    immunogenicity: ONE('immunogenicity'),
    donorAgeSensitivity: ONE('donor-age sensitivity'),
  },
  AD: {
    source: 'AD',
    potency: row({
      value: 1.5,
      unit: '1',
      meaning: 'paracrine potency per cell relative to BM-MSCs',
      evidence: 'assumed',
      source: 'assumed: assumed between BM and UC: fetal sources secrete a more diverse secretome than AD and BM (Shin et al. 2021, Int J Mol Sci 22:845; research/msc.md §4)',
      note: 'plausible range 0.5–3',
    }),
    osteogenic: row({
      value: 1.2,
      unit: '1',
      meaning: 'osteogenic propensity relative to BM-MSCs',
      evidence: 'assumed',
      source: 'assumed: direction from in vitro bone nodules after 35 d, AT 11 vs BM 7.5 (ratio 1.5; Arutyunyan et al. 2016, Stem Cells Int 2016:6901286, Table 4; V-2, research/msc.md §4), shrunk toward 1 (assumed) because in vitro nodule counts need not carry over in vivo',
      note: 'plausible range 0.7–1.5 in vivo',
    }),
    immunogenicity: row({
      value: 1,
      unit: '1',
      meaning: 'immunogenicity relative to BM-MSCs',
      evidence: 'assumed',
      source: 'assumed: assumed equal; AD-MSCs showed HLA-DR after activation like BM (Stem Cells Int 2018:8429042; research/msc.md §4)',
      note: 'plausible range 0.5–1.5',
    }),
    donorAgeSensitivity: row({
      value: 0.5,
      unit: '1',
      meaning: 'donor-age sensitivity relative to BM-MSCs',
      evidence: 'assumed',
      source: 'assumed: the review: AD-MSC proliferation and differentiation are less affected by donor age (Chen et al. 2021 [79, 80]); Choudhery et al. 2014 still finds an effect over 60 y',
      note: 'plausible range 0.3–1',
    }),
  },
  UC: {
    source: 'UC',
    potency: row({
      value: 3,
      unit: '1',
      meaning: 'paracrine potency per cell relative to BM-MSCs',
      evidence: 'assumed',
      source: "assumed: the review's 10–100× secretion claim (Chen et al. 2021 [103], Romanov 2019) is UNVERIFIED: no primary source was found (research/msc.md §4), so a stated default of 3 inside msc.md's suggested 1–10",
      note: 'plausible range 1–10 (10–100 claimed, unconfirmed; validation target E18 is not used for calibration)',
    }),
    osteogenic: row({
      value: 1.5,
      unit: '1',
      meaning: 'osteogenic propensity relative to BM-MSCs',
      evidence: 'assumed',
      source: 'assumed: direction from in vitro bone nodules after 35 d, UC 19 vs BM 7.5 (ratio 2.5; Arutyunyan et al. 2016, Table 4; V-2, research/msc.md §4), shrunk toward 1 (assumed) as for AD',
      note: 'plausible range 0.7–2.5 in vivo',
    }),
    immunogenicity: row({
      value: 0.5,
      unit: '1',
      meaning: 'immunogenicity relative to BM-MSCs',
      evidence: 'assumed',
      source: 'assumed: UC-MSCs showed minimal HLA-DR after activation (Stem Cells Int 2018:8429042; research/msc.md §4); the review: low immunogenicity',
      note: 'plausible range 0.2–1',
    }),
    donorAgeSensitivity: row({ value: 0, unit: '1', meaning: 'donor-age sensitivity', evidence: 'assumed', source: 'assumed: definition: umbilical-cord donors are newborns', max: 1 }),
  },
};

/** Product-level parameters (donor age, passage, donor state, immune clearance). */
export const PRODUCT_PARAMETERS = {
  ageLoss: row({
    value: 0.4,
    unit: '1',
    meaning: 'loss of paracrine potency and osteogenic propensity of BM-MSCs from a young-adult to an old donor',
    evidence: 'assumed',
    source: 'assumed: old donors: 4× more SA-β-gal+ cells, 1.7× longer doubling, fewer osteoblasts (Zhou et al. 2008, Aging Cell 7:335; research/msc.md §1b); osteogenic CFU-F 4.5× lower at 41–70 y (D’Ippolito et al. 1999) is a frequency, not a per-cell loss',
    max: 1,
    note: 'factor 1 − ageLoss · clamp((a − 0.375)/(1 − 0.375), 0, 1) on the donor age a as a fraction of the species reference lifespan (woman 80 y, rat 2.5 y, mouse 2 y, assumed): 1 up to 30 human years, 0.6 at 80; plausible ageLoss 0.2–0.7',
  }),
  passageLoss: row({
    value: 0.02,
    unit: '1 per passage',
    meaning: 'loss of paracrine potency per culture passage beyond passage 5',
    evidence: 'assumed',
    source: 'assumed: assumed (replicative senescence, about 40–50 population doublings, research/msc.md §2, UNVERIFIED)',
    note: 'floor 0.5; plausible range 0–0.05 per passage',
  }),
  ovxOsteogenic: row({
    sourceTargets: ['D16'],
    value: 0.7,
    unit: '1',
    meaning: 'osteogenic propensity of MSCs from ovariectomized donors relative to healthy',
    evidence: 'assumed',
    source: 'assumed: direction: OVX BM-MSCs are less osteogenic, more adipogenic (Liu et al. 2018, Int J Mol Med 41:669; research/msc.md §1b); magnitude assumed',
    note: 'plausible range 0.4–0.9',
  }),
  ovxHoming: row({
    sourceTargets: ['D17', 'D16'],
    value: 0.5,
    unit: '1',
    meaning: 'homing (SDF-1 chemotaxis) of MSCs from ovariectomized donors relative to healthy adult donors',
    evidence: 'assumed',
    source: 'assumed: Sanghani-Kerai et al. 2018, Bone Joint Res 7:289: migration adult = 2× OVX (validation target D17, used here as a prior, so D17 is not a validation of it); lower CXCR4 (Liu 2018)',
    note: 'plausible range 0.25–0.8',
  }),
  kAllo: row({
    value: LN2 / 21,
    unit: '1/day',
    meaning: 'immune clearance of allogeneic MSCs (BM-MSC immunogenicity)',
    evidence: 'assumed',
    source: 'assumed: assumed: allogeneic MSCs are hypoimmunogenic but rejected over weeks; IFN-γ induces MHC-II (Chan et al. 2006, Blood 107:4817; research/msc.md §4); no rate in research/',
    note: 'half-life 21 d; plausible range 7–60 d',
  }),
  kXeno: row({
    value: LN2 / 5,
    unit: '1/day',
    meaning: 'immune clearance of xenogeneic MSCs (e.g. human cells in immunocompetent rats)',
    evidence: 'assumed',
    source: 'assumed: assumed: faster than allogeneic; no rate in research/',
    note: 'half-life 5 d; plausible range 2–14 d',
  }),
  defaultPassage: row({ value: 3, unit: 'passage', meaning: 'culture passage of a product that states none', evidence: 'assumed', source: 'assumed: assumed typical release passage (2–5)' }),
  defaultViability: row({
    value: 95,
    unit: '%',
    meaning: 'viability at infusion of a product that states none',
    evidence: 'assumed',
    source: 'assumed: assumed (release specifications usually require ≥ 70–90 %, UNVERIFIED)',
  }),
} as const;

/** Reference lifespan for the donor-age scale, years (assumed: 80 y woman/man, 2.5 y rat, 2 y mouse). */
export const REFERENCE_LIFESPAN: Readonly<Record<Species, number>> = { woman: 80, man: 80, rat: 2.5, mouse: 2 };

/** A young-adult donor of the species (the default donor age), years. */
export const YOUNG_ADULT_DONOR_AGE: Readonly<Record<Species, number>> = { woman: 25, man: 25, rat: 0.5, mouse: 1 / 3 };

/** Age factor of MSC function at an age (1 young, 1 − ageLoss × sensitivity at the reference lifespan). */
export function ageFactor(source: MscSource, ageYears: number, species: Species): number {
  const a = ageYears / REFERENCE_LIFESPAN[species];
  const x = Math.min(Math.max((a - 0.375) / (1 - 0.375), 0), 1);
  return 1 - PRODUCT_PARAMETERS.ageLoss.value * SOURCE_PROFILES[source].donorAgeSensitivity.value * x;
}

/** Passage factor on potency (1 up to passage 5, then −passageLoss per passage, floor 0.5). */
export function passageFactor(passage: number): number {
  return Math.max(0.5, 1 - PRODUCT_PARAMETERS.passageLoss.value * Math.max(0, passage - 5));
}

const human = (s: Species): boolean => s === 'woman' || s === 'man';

/** The recipient of a product: species and age at the first dose. */
export interface Recipient {
  readonly species: Species;
  readonly ageYears: number;
}

/** Donor species and age of a product (autologous: the recipient; default: a young adult of the donor species). */
export function donorOf(product: MscCellProduct, recipient: Recipient): { species: Species; ageYears: number } {
  if (product.donor === 'autologous') return { species: recipient.species, ageYears: product.donorAgeYears ?? recipient.ageYears };
  const species = product.donorSpecies ?? (product.donor === 'xenogeneic' ? (human(recipient.species) ? 'rat' : 'woman') : recipient.species);
  return { species, ageYears: product.donorAgeYears ?? (product.source === 'UC' ? 0 : YOUNG_ADULT_DONOR_AGE[species]) };
}

/**
 * The product's model parameters for a recipient (pot_MSC, osteo_MSC, home_MSC, k_imm). Paracrine potency is absolute
 * (source × donor-age factor × passage factor); osteogenic propensity is relative to the recipient's own MSCs, so the
 * donor-age factor enters as donor over recipient (autologous cells: 1; young cells in an old host: > 1).
 */
export function productParameters(product: MscCellProduct, recipient: Recipient): Record<string, number> {
  const profile = SOURCE_PROFILES[product.source];
  const donor = donorOf(product, recipient);
  const donorAge = ageFactor(product.source, donor.ageYears, donor.species);
  const hostAge = ageFactor('BM', recipient.ageYears, recipient.species);
  const passage = passageFactor(product.passage ?? PRODUCT_PARAMETERS.defaultPassage.value);
  const ovx = product.donorState === 'ovariectomized';
  const kImmune =
    product.donor === 'autologous' ? 0 : (product.donor === 'allogeneic' ? PRODUCT_PARAMETERS.kAllo.value : PRODUCT_PARAMETERS.kXeno.value) * profile.immunogenicity.value;
  return {
    pot_MSC: profile.potency.value * donorAge * passage,
    osteo_MSC: (product.donor === 'autologous' ? 1 : profile.osteogenic.value * (donorAge / hostAge)) * (ovx ? PRODUCT_PARAMETERS.ovxOsteogenic.value : 1),
    home_MSC: ovx ? PRODUCT_PARAMETERS.ovxHoming.value : 1,
    k_imm: kImmune,
  };
}

/** Paracrine potency of a cell-free product's source (secretome and exosomes scale like their producing cells). */
export function cellFreePotency(product: Exclude<MscProduct, MscCellProduct>): number {
  return SOURCE_PROFILES[product.source].potency.value;
}

/** Days of secretion in a cell-free product that states none (assumed: 48 h conditioned medium). */
export const DEFAULT_CONDITIONING_DAYS = 2;
