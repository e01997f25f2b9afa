import { ModelError } from '../engine/errors.js';
import type { ScenarioResult } from '../model/scenario.js';
import { checkPatientProfile, type PatientProfile } from './profile.js';
import { bmdFromTScore, populationTScore, type ReferenceOptions } from './reference.js';

/** Where a site's baseline BMD came from. */
export type BaselineSource = 'measuredBmd' | 'measuredTScore' | 'populationMean';

/**
 * A patient's BMD course in clinical units over the result's days: the model's relative change from day 0 applied to
 * the patient's baseline. It carries what the fracture hazard reads (ageYears, hipTScore, spineTScore, ctx, days), so
 * it can be passed as is to src/outcomes/fracture.
 */
export interface BmdTrajectory {
  readonly days: Float64Array;
  readonly ageYears: Float64Array;
  /** Total-hip BMD, g/cm². */
  readonly hipBmd: Float64Array;
  /** Lumbar-spine BMD, g/cm². */
  readonly spineBmd: Float64Array;
  readonly hipTScore: Float64Array;
  readonly spineTScore: Float64Array;
  /** Serum CTX relative to the model's young steady state (the model output, passed through), when the model has it. */
  readonly ctx?: Float64Array;
  readonly baselineSource: { readonly totalHip: BaselineSource; readonly lumbarSpine: BaselineSource };
  /**
   * True when the model has no lumbar-spine output (jorg2022): the spine then follows the total hip's relative change
   * (a proxy, flagged here).
   */
  readonly spineFromHip: boolean;
}

/**
 * BMD (g/cm²) and T-scores over the result's days:
 *
 *   BMD_site(t) = BMD_site,baseline · output_site(t) / output_site(day 0)        T(t) = tScore(site, sex, BMD(t))
 *
 * The baseline is the measured BMD (or the BMD of the measured T-score); without a measurement, the population mean
 * for the patient's age and sex (src/patients/reference.ts). The result must start at day 0 (the scenario start, where
 * the baseline is measured); model outputs are ratios, so only their relative change is used.
 */
export function bmdTrajectory(profile: PatientProfile, result: ScenarioResult, options?: ReferenceOptions): BmdTrajectory {
  checkPatientProfile(profile);
  const n = result.days.length;
  if (n === 0) throw new ModelError('result.days: the result has no output days', { field: 'result.days' });
  if (result.days[0] !== 0) {
    throw new ModelError(`result.days[0]: the first output must be day 0 (the baseline measurement), got ${result.days[0]}; add 0 to the scenario's days`, {
      field: 'result.days',
    });
  }
  const hipOut = result.outputs.bmdTotalHip;
  if (!hipOut) throw new ModelError(`result.outputs.bmdTotalHip: model '${result.model}' reported no total-hip BMD`, { field: 'result.outputs.bmdTotalHip' });
  const spineOut = result.outputs.bmdLumbarSpine;
  const spineFromHip = !spineOut || !Number.isFinite(spineOut[0]!);
  const spineSeries = spineFromHip ? hipOut : spineOut!;
  for (const [name, s] of [['bmdTotalHip', hipOut], ['bmdLumbarSpine', spineSeries]] as const) {
    if (!(s[0]! > 0) || !Number.isFinite(s[0]!)) {
      throw new ModelError(`result.outputs.${name}[0]: must be a positive finite BMD at day 0, got ${s[0]}`, { field: `result.outputs.${name}` });
    }
  }
  const b = profile.baseline ?? {};
  const base = (site: 'totalHip' | 'lumbarSpine', bmd: number | undefined, t: number | undefined): [number, BaselineSource] => {
    if (bmd !== undefined) return [bmd, 'measuredBmd'];
    if (t !== undefined) return [bmdFromTScore(site, profile.sex, t, options), 'measuredTScore'];
    return [bmdFromTScore(site, profile.sex, populationTScore(site, profile.sex, profile.ageYears, options).mean, options), 'populationMean'];
  };
  const [hip0, hipSource] = base('totalHip', b.hipBmd, b.hipTScore);
  const [spine0, spineSource] = base('lumbarSpine', b.spineBmd, b.spineTScore);
  const hipBmd = new Float64Array(n);
  const spineBmd = new Float64Array(n);
  const hipTScore = new Float64Array(n);
  const spineTScore = new Float64Array(n);
  const hipK = hip0 / hipOut[0]!;
  const spineK = spine0 / spineSeries[0]!;
  // T = (BMD − mean)/sd, linear in BMD: precompute the reference once per site.
  const hipT0 = bmdFromTScore('totalHip', profile.sex, 0, options);
  const hipSd = bmdFromTScore('totalHip', profile.sex, 1, options) - hipT0;
  const spineT0 = bmdFromTScore('lumbarSpine', profile.sex, 0, options);
  const spineSd = bmdFromTScore('lumbarSpine', profile.sex, 1, options) - spineT0;
  for (let k = 0; k < n; k++) {
    hipBmd[k] = hipK * hipOut[k]!;
    spineBmd[k] = spineK * spineSeries[k]!;
    hipTScore[k] = (hipBmd[k]! - hipT0) / hipSd;
    spineTScore[k] = (spineBmd[k]! - spineT0) / spineSd;
  }
  const ctx = result.outputs.ctx;
  return {
    days: Float64Array.from(result.days),
    ageYears: Float64Array.from(result.ageYears),
    hipBmd,
    spineBmd,
    hipTScore,
    spineTScore,
    ...(ctx && Number.isFinite(ctx[0]!) ? { ctx: Float64Array.from(ctx) } : {}),
    baselineSource: { totalHip: hipSource, lumbarSpine: spineSource },
    spineFromHip,
  };
}
