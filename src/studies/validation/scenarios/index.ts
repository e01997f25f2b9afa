import { ANABOLICS } from './anabolics.js';
import { BISPHOSPHONATES } from './bisphosphonates.js';
import type { TargetScenario } from './common.js';
import { DENOSUMAB } from './denosumab.js';
import { FRACTURE_MODEL } from './fracture-model.js';
import { MARROW_FAT } from './marrow-fat.js';
import { MEN } from './men.js';
import { MSC_TARGETS } from './msc.js';
import { NATURAL_HISTORY } from './natural-history.js';
import { OTHER_AGENTS } from './other-agents.js';

/**
 * Every target a mean-patient run can address (validation-protocols.md: BMD-mean, BTM, and the qualitative checks of
 * an aging run; the MSC-therapy targets of sections D and E with a mean animal or patient), by target id. Targets without a scenario are pending with the reason their protocol gives.
 */
export const SCENARIOS: readonly TargetScenario[] = [...NATURAL_HISTORY, ...MEN, ...MARROW_FAT, ...DENOSUMAB, ...BISPHOSPHONATES, ...ANABOLICS, ...OTHER_AGENTS, ...MSC_TARGETS, ...FRACTURE_MODEL];

export const SCENARIOS_BY_ID: ReadonlyMap<string, TargetScenario> = new Map(SCENARIOS.map((s) => [s.id, s]));

export * from './common.js';
export { womanAging, AGING_START_AGE, AGING_END_AGE, ageDay, fmpDay, halfPeakTimes } from './natural-history.js';
export { manAging } from './men.js';
export { tScoreAt, whoGroup, YOUNG_ADULT_CV } from './marrow-fat.js';
export { trialArm } from './trials.js';
