/** Species the contract knows; a model may simulate fewer (`BoneModel.species`). */
export type Species = 'woman' | 'man' | 'rat' | 'mouse';
export const SPECIES: readonly Species[] = ['woman', 'man', 'rat', 'mouse'];

/**
 * Facts about each species that every model and every layer above reads the same way: body weight (dose per kg,
 * safety), the age of the young-adult steady state where models start (peak bone mass), the oldest age a scenario may
 * reach, and whether ovariectomy applies. A model may simulate fewer species; these values do not depend on it.
 */
export interface SpeciesFacts {
  readonly species: Species;
  /** Typical body weight, kg (a regimen may give its own). */
  readonly bodyWeightKg: number;
  /** Young-adult age at peak bone mass, years: the models' steady state. */
  readonly youngAdultAgeYears: number;
  /** Oldest age a scenario may start at or reach, years (about the species' maximum lifespan). */
  readonly maxAgeYears: number;
  /** Whether ovariectomy (surgical menopause) applies. */
  readonly ovariectomy: boolean;
  readonly source: string;
}

export const SPECIES_FACTS: Readonly<Record<Species, SpeciesFacts>> = {
  woman: {
    species: 'woman',
    bodyWeightKg: 70,
    youngAdultAgeYears: 25,
    maxAgeYears: 110,
    ovariectomy: true,
    source: 'assumed: a typical adult; peak bone mass at 25 y as Jörg 2022 normalises BMD (prototype a_young); 110 y about the oldest ages on record',
  },
  man: {
    species: 'man',
    bodyWeightKg: 70,
    youngAdultAgeYears: 25,
    maxAgeYears: 110,
    ovariectomy: false,
    source: 'assumed: as the woman profile (prototype a_young, BW)',
  },
  rat: {
    species: 'rat',
    bodyWeightKg: 0.25,
    youngAdultAgeYears: 0.5,
    maxAgeYears: 3.5,
    ovariectomy: true,
    source: 'assumed: a young adult female rat of about 250 g; skeletal maturity at about 6 months; laboratory rats live about 2–3.5 years',
  },
  mouse: {
    species: 'mouse',
    bodyWeightKg: 0.025,
    youngAdultAgeYears: 1 / 3,
    maxAgeYears: 3,
    ovariectomy: true,
    source: 'assumed: a young adult mouse of about 25 g; peak bone mass at about 4 months; laboratory mice live about 2–3 years',
  },
};
