import { simulateScenario } from '../../model/index.js';
import type { BoneModel, MscRegimen, Scenario, ScenarioResult, Species } from '../../model/index.js';
import { drugSafety, type SafetyRow } from './drugs.js';
import { mscSafety } from './msc.js';

/**
 * Efficacy beside safety for a study of named arms (e.g. src/therapies/msc/scenarios.ts): per arm, total-hip BMD as
 * % change from day 0 and as % difference from the control arm at each output day, and the safety rows of each MSC
 * regimen and the drug harms and label warnings of its drug regimens (drugs.ts) over the arm's last output day.
 */
export interface ArmOutcome {
  readonly arm: string;
  readonly days: readonly number[];
  /** Total-hip BMD, % change from day 0. */
  readonly bmdChangePct: readonly number[];
  /** Total-hip BMD, % difference from the control arm at the same day. */
  readonly bmdVsControlPct: readonly number[];
  readonly safety: readonly SafetyRow[];
}

export function efficacyBesideSafety(model: BoneModel, study: Readonly<Record<string, Scenario>>, control: string): ArmOutcome[] {
  const reference = study[control];
  if (!reference) throw new Error(`control arm '${control}' is not in the study (arms: ${Object.keys(study).join(', ')})`);
  const results = new Map<string, ScenarioResult>();
  const run = (arm: string): ScenarioResult => {
    let r = results.get(arm);
    if (!r) results.set(arm, (r = simulateScenario(model, study[arm]!)));
    return r;
  };
  const ctl = run(control).outputs.bmdTotalHip!;
  return Object.entries(study).map(([arm, scenario]) => {
    const bmd = run(arm).outputs.bmdTotalHip!;
    const species: Species = scenario.patient.species;
    const regimens = scenario.regimens ?? [];
    const studyDays = Math.max(1, scenario.days[scenario.days.length - 1] ?? 0);
    const safety = [
      ...regimens.filter((r): r is MscRegimen => r.kind === 'msc').flatMap((r) => mscSafety(r, { species })),
      ...drugSafety(regimens, { studyDays, species }),
    ];
    return {
      arm,
      days: [...scenario.days],
      bmdChangePct: Array.from(bmd, (v) => 100 * (v / bmd[0]! - 1)),
      bmdVsControlPct: Array.from(bmd, (v, k) => 100 * (v / ctl[k]! - 1)),
      safety,
    };
  });
}
