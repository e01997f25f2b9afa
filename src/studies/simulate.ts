import { simulateScenario as simulateOnModel, type BoneModel, type Scenario, type ScenarioOptions, type ScenarioRun } from '../model/index.js';
import { checkDrugRegimens } from '../therapies/drugs/index.js';

/**
 * A scenario run as the library's front door gives it: the drug regimens are checked against their labels once (a
 * dose more than 10× outside its labelled range throws, naming the field; what the labels only advise against becomes
 * `warnings`, each `regimens[k].field: message`), then the model simulates it (model-layer `simulateScenario`). The
 * models themselves know no labels; study files get the same checks when they are loaded.
 */
export function simulateScenario(model: BoneModel, scenario: Scenario, options: ScenarioOptions = {}): ScenarioRun {
  const warnings = checkDrugRegimens(scenario.regimens ?? []).map((w) => w.message);
  const run = simulateOnModel(model, scenario, options);
  return warnings.length > 0 ? { ...run, warnings } : run;
}
