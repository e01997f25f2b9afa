import { ModelError, type BolusEvent, type InfusionEvent } from '../../engine/index.js';
import { prepareScenario } from '../../model/osteosim/index.js';
import { checkMscRegimen, type MscProduct, type MscRegimen, type MscRoute, type Patient } from '../../model/scenario.js';
import { requireRelease, type ReleaseOptions, type ReleasePanel, type ReleaseReport } from './release.js';

/**
 * MSC regimens built and checked at the edge: the fields (source, route, dose 1 cell to 1e10 cells/kg, schedule,
 * infusion) and, for a living-cell product given with its release panel, the ISCT 2006 release check. A failing
 * product is refused (ReleaseError listing each failed criterion).
 */

export interface MscTherapySpec {
  readonly product: MscProduct;
  readonly route: MscRoute;
  readonly dose: number;
  readonly doseUnit: 'cells/kg' | 'cells';
  /** Day of the first dose from the scenario start (default 0). */
  readonly start?: number;
  readonly interval?: number;
  readonly count?: number;
  readonly infusion?: { readonly volumeMl: number; readonly durationMin: number };
  readonly bodyWeightKg?: number;
  /** Release panel of a cell product and how HLA-DR is judged; without it no release check is run. */
  readonly release?: { readonly panel: ReleasePanel } & ReleaseOptions;
}

export interface CheckedMscRegimen {
  readonly regimen: MscRegimen;
  /** The release report (undefined when no panel was given). */
  readonly release?: ReleaseReport;
}

/** Builds an MSC regimen, checking its fields and (for cell products with a panel) the release criteria. */
export function mscRegimen(spec: MscTherapySpec): CheckedMscRegimen {
  const regimen: MscRegimen = {
    kind: 'msc',
    product: spec.product,
    route: spec.route,
    dose: spec.dose,
    doseUnit: spec.doseUnit,
    start: spec.start ?? 0,
    ...(spec.interval !== undefined && { interval: spec.interval }),
    ...(spec.count !== undefined && { count: spec.count }),
    ...(spec.infusion !== undefined && { infusion: spec.infusion }),
    ...(spec.bodyWeightKg !== undefined && { bodyWeightKg: spec.bodyWeightKg }),
  };
  checkMscRegimen(regimen, 'regimen', spec.bodyWeightKg);
  if (!spec.release) return { regimen };
  if (spec.product.kind !== 'cells') {
    throw new ModelError(`regimen.release: the ISCT 2006 criteria apply to living-cell products, not to ${spec.product.kind}`, { field: 'regimen.release' });
  }
  const { panel, ...options } = spec.release;
  return { regimen, release: requireRelease(panel, options) };
}

/** The states MSC-therapy doses go into (osteosim/msc.ts). */
export const MSC_DOSE_STATES: readonly string[] = ['X_bl', 'X_iv', 'X_hm', 'X_im', 'X_cl', 'V_sys', 'V_loc'];

/**
 * The engine dose events of MSC regimens for a patient, on the osteosim model clock (days from the young steady
 * state): the rows a simulation will apply, visible before it runs.
 */
export function mscDoseEvents(patient: Patient, regimens: readonly MscRegimen[]): (BolusEvent | InfusionEvent)[] {
  const prepared = prepareScenario({ patient, regimens, days: [0] });
  return prepared.events.filter((e): e is BolusEvent | InfusionEvent => (e.kind === 'bolus' || e.kind === 'infusion') && MSC_DOSE_STATES.includes(e.state));
}
