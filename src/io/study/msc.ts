import type { MscRoute } from '../../model/scenario.js';

/**
 * MSC-therapy regimens in study files: the route names as written (kebab case) and the mapping of the scenario
 * contract's MscRegimen fields (as `checkMscRegimen` and the models name them) to the study file's keys.
 */

/** Routes as written in study files → the contract's route names. */
export const MSC_ROUTE_NAMES: Readonly<Record<string, MscRoute>> = {
  intravenous: 'intravenous',
  'intra-arterial': 'intraArterial',
  'intra-bone-marrow': 'intraBoneMarrow',
  'local-scaffold': 'localScaffold',
};
export const MSC_ROUTE_KEYS = Object.keys(MSC_ROUTE_NAMES) as [string, ...string[]];

/** The study-file route name of a contract route ('intraBoneMarrow' → 'intra-bone-marrow'). */
export function routeName(route: string): string {
  return Object.entries(MSC_ROUTE_NAMES).find(([, v]) => v === route)?.[0] ?? route;
}

/** Contract fields of an MscRegimen → study-file keys of the regimen. */
const FIELDS: Readonly<Record<string, string>> = {
  kind: 'msc',
  product: 'msc',
  'product.kind': 'msc.product',
  'product.source': 'msc.source',
  'product.donor': 'msc.donor',
  'product.donorAgeYears': 'msc.donorAge',
  'product.donorSpecies': 'msc.donorSpecies',
  'product.donorState': 'msc.donorState',
  'product.passage': 'msc.passage',
  'product.viabilityPct': 'msc.viability',
  'product.conditioningDays': 'msc.conditioning',
  route: 'route',
  dose: 'dose',
  doseUnit: 'dose',
  bodyWeightKg: 'bodyWeight',
  start: 'start',
  count: 'count',
  interval: 'every',
  infusion: 'volume',
  'infusion.volumeMl': 'volume',
  'infusion.durationMin': 'over',
};

/** A contract field of an MSC regimen ('product.viabilityPct') as the study-file key ('msc.viability'). */
export function mscFieldPath(field: string): string {
  return FIELDS[field] ?? field;
}

/** Rewrites contract names in a message from `checkMscRegimen` to the study file's (routes, units). */
export function mscMessage(message: string): string {
  return message
    .replace(/\b(intravenous|intraArterial|intraBoneMarrow|localScaffold)\b/g, (r) => routeName(r));
}
