import { simulateScenario } from '../model/index.js';
import { loadStudyFile, studyToScenarios, type Study } from '../io/study-file.js';
import { studyWarnings } from '../io/study/model-checks.js';
import type { ScenarioResult } from '../model/scenario.js';
import type { CliIo } from './io.js';
import { boneModel } from './model-access.js';
import { progress } from './progress.js';

export interface ArmResult {
  readonly study: string;
  readonly arm: string;
  readonly model: string;
  readonly result: ScenarioResult;
}

/**
 * Loads study files and simulates every arm on the study's model (or `modelOverride`), with a progress bar. The
 * studies' label warnings (unusual doses or intervals, double dosing, combinations the labels advise against) go to
 * stderr first, `warning: `-prefixed, even when quiet.
 */
export function runStudies(files: readonly string[], modelOverride: string | undefined, io: CliIo, quiet: boolean): { studies: Study[]; arms: ArmResult[] } {
  if (modelOverride !== undefined) boneModel(modelOverride);
  const studies = files.map((f) => loadStudyFile(f, modelOverride === undefined ? {} : { model: modelOverride }));
  for (const study of studies) printWarnings(study, io);
  const jobs = studies.flatMap((study) => {
    const model = boneModel(study.model);
    return studyToScenarios(study).map(({ arm, scenario }) => ({ study, arm, model, scenario }));
  });
  const bar = progress(io, jobs.length, 'simulating', quiet);
  try {
    const arms = jobs.map(({ study, arm, model, scenario }) => {
      const result = simulateScenario(model, scenario);
      bar.tick(`${study.name}: ${arm}`);
      return { study: study.name, arm, model: model.name, result };
    });
    return { studies, arms };
  } finally {
    bar.stop();
  }
}

/** A study's label warnings on stderr, one a line: `warning: <file>: <path>: <message>`. */
export function printWarnings(study: Study, io: CliIo): void {
  for (const w of studyWarnings(study)) io.stderr(`warning: ${study.origin ?? study.name}: ${w.path ? `${w.path}: ` : ''}${w.message}\n`);
}

/** Percent change of an output from the first output day; undefined where the model lacks the output. */
export function percentSeries(result: ScenarioResult, name: keyof ScenarioResult['outputs']): Float64Array | undefined {
  const s = result.outputs[name];
  if (!s || s.length === 0 || !Number.isFinite(s[0]!) || s[0] === 0) return undefined;
  const ref = s[0]!;
  return s.map((v) => (100 * (v - ref)) / ref);
}

/** Value of a series at the output day closest to `day` (within half a month), else undefined. */
export function atDay(result: ScenarioResult, series: Float64Array | undefined, day: number): number | undefined {
  if (!series) return undefined;
  let best = -1;
  let bestGap = Infinity;
  result.days.forEach((d, k) => {
    const gap = Math.abs(d - day);
    if (gap < bestGap) {
      bestGap = gap;
      best = k;
    }
  });
  return best >= 0 && bestGap <= 15.5 ? series[best] : undefined;
}
