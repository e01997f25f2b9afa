import { didYouMean } from '../../engine/index.js';
import { inputError, type BoneModel, type OutputName, type ScenarioRun } from '../../model/index.js';

/**
 * What an analysis reads of a run: a percent change from the first output day of a contract output (`totalHipPct`,
 * `lumbarSpinePct`, `ctxPct`, `p1npPct`, `bsapPct`), a contract output as the model gives it (`bmdTotalHip`, `ctx`,
 * `sclerostin`, …), or any model quantity (a derived quantity or a state, by the model's own name).
 */
export type AnalysisOutput =
  | { readonly name: string; readonly kind: 'percent'; readonly of: OutputName }
  | { readonly name: string; readonly kind: 'output'; readonly of: OutputName }
  | { readonly name: string; readonly kind: 'quantity'; readonly of: string };

/** Percent-change outputs and the contract output each is taken of. */
export const PERCENT_OUTPUTS: Readonly<Record<string, OutputName>> = {
  totalHipPct: 'bmdTotalHip',
  lumbarSpinePct: 'bmdLumbarSpine',
  ctxPct: 'ctx',
  p1npPct: 'p1np',
  bsapPct: 'bsap',
};

export const DEFAULT_OUTPUT = 'totalHipPct';

/** Every output name a model answers to, percent outputs first. */
export function analysisOutputNames(model: BoneModel): string[] {
  const contract = Object.keys(model.outputs);
  const percent = Object.keys(PERCENT_OUTPUTS).filter((p) => model.outputs[PERCENT_OUTPUTS[p]!] !== undefined);
  return [...percent, ...contract, ...model.compiled.derivedNames, ...model.compiled.stateNames];
}

/** The output of that name on a model; an InputError on `output` (with a did-you-mean) otherwise. */
export function resolveOutput(model: BoneModel, name: string): AnalysisOutput {
  const percentOf = Object.hasOwn(PERCENT_OUTPUTS, name) ? PERCENT_OUTPUTS[name] : undefined;
  if (percentOf !== undefined) {
    if (model.outputs[percentOf] === undefined) inputError('output', 'unsupported', `model '${model.name}' has no output '${percentOf}' to take '${name}' of`, { given: name });
    return { name, kind: 'percent', of: percentOf };
  }
  if (Object.hasOwn(model.outputs, name)) return { name, kind: 'output', of: name as OutputName };
  if (model.compiled.derivedNames.includes(name) || model.compiled.stateNames.includes(name)) return { name, kind: 'quantity', of: name };
  const known = analysisOutputNames(model);
  return inputError('output', 'unknown', `unknown output '${name}'${didYouMean(name, known)} (outputs: ${[...Object.keys(PERCENT_OUTPUTS), ...Object.keys(model.outputs)].join(', ')}, or a model quantity)`, {
    given: name,
  });
}

/** The model quantities a run must record besides the contract outputs. */
export function quantitiesFor(outputs: readonly AnalysisOutput[]): string[] {
  return [...new Set(outputs.filter((o) => o.kind === 'quantity').map((o) => o.of))];
}

/** An output's series over the run's days (percent change from the first output day for percent outputs). */
export function outputSeries(run: ScenarioRun, output: AnalysisOutput): Float64Array {
  switch (output.kind) {
    case 'quantity':
      return run.quantities[output.of]!;
    case 'output':
      return run.outputs[output.of]!;
    case 'percent': {
      const s = run.outputs[output.of]!;
      const ref = s[0]!;
      return s.map((v) => (100 * (v - ref)) / ref);
    }
    default:
      return output satisfies never;
  }
}
