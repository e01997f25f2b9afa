import type { ParameterDef } from '../../engine/index.js';
import { row } from '../../model/parameter-row.js';
import type { MscSource } from '../../model/scenario.js';

/**
 * Facts about MSC products that hold whatever model simulates them: the source's name and its tissue factor (CD142)
 * procoagulant activity, which the safety rows read (thrombosis). What a source does in a model (paracrine potency,
 * osteogenic propensity, immunogenicity, donor-age sensitivity) is that model's parameter table
 * (model/osteosim/msc-products.ts).
 */
export interface MscSourceFacts {
  readonly source: MscSource;
  readonly name: string;
  /** Tissue factor (CD142) procoagulant activity relative to BM-MSCs (safety: thrombosis). */
  readonly tissueFactor: ParameterDef;
}

const ONE = (meaning: string): ParameterDef => row({ value: 1, unit: '1', meaning, evidence: 'defined', source: 'reference source (definition: BM-MSCs = 1)' });

export const MSC_SOURCE_FACTS: Readonly<Record<MscSource, MscSourceFacts>> = {
  BM: {
    source: 'BM',
    name: 'bone-marrow MSCs',
    tissueFactor: ONE('tissue factor activity'),
  },
  AD: {
    source: 'AD',
    name: 'adipose-tissue MSCs',
    tissueFactor: row({
      value: 3,
      unit: '1',
      meaning: 'tissue factor (CD142) activity relative to BM-MSCs',
      evidence: 'assumed',
      source: 'assumed: the magnitude is not measured; AD and UC stroma express TF broadly and form durable clots, BM-MSCs have a TF-low subpopulation (Oeller et al. 2018, Theranostics 8:1421; Moll et al. 2019, Trends Mol Med 25:149; research/msc.md §6)',
      note: 'direction V; magnitude plausible range 1.5–10',
    }),
  },
  UC: {
    source: 'UC',
    name: 'umbilical-cord MSCs',
    tissueFactor: row({
      value: 3,
      unit: '1',
      meaning: 'tissue factor (CD142) activity relative to BM-MSCs',
      evidence: 'assumed',
      source: 'assumed: as AD (Oeller et al. 2018; Moll et al. 2019; research/msc.md §6)',
      note: 'direction V; magnitude plausible range 1.5–10',
    }),
  },
};
