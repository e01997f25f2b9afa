import { loadStudyFile, studyToScenarios } from '../../src/io/study-file.js';
import { getModel, simulateScenario, type OutputName } from '../../src/model/index.js';

/** Examples whose results are pinned exactly (test/fixtures/example-pins.json, written by scripts/pin-examples.ts). */
export const PINNED_EXAMPLES: readonly string[] = [
  'examples/untreated-menopause.yaml',
  'examples/teriparatide-pulses-vs-infusion.yaml',
  'examples/glucocorticoid-induced-loss.yaml',
  'examples/reference-model-frame.yaml',
  'examples/romosozumab-then-denosumab.yaml',
];

const PINNED_OUTPUTS: readonly OutputName[] = ['bmdTotalHip', 'bmdLumbarSpine', 'ctx'];

export type ExamplePin = Record<string, { days: number[] } & Partial<Record<OutputName, number[]>>>;

/** Every arm of an example at every 4th output day: the pinned outputs as the code simulates them now. */
export function pinExample(file: string): ExamplePin {
  const study = loadStudyFile(file);
  const model = getModel(study.model);
  return Object.fromEntries(
    studyToScenarios(study).map(({ arm, scenario }) => {
      const run = simulateScenario(model, scenario);
      const every4 = (series: ArrayLike<number>): number[] => Array.from(series).filter((_, k) => k % 4 === 0);
      const outputs = Object.fromEntries(PINNED_OUTPUTS.filter((o) => run.outputs[o]).map((o) => [o, every4(run.outputs[o]!)]));
      return [arm, { days: every4(run.days), ...outputs }];
    }),
  );
}
