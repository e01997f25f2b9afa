import { compileModel } from '../../engine/compile.js';
import type { ComposedModel } from '../../engine/model.js';
import { exportSbml } from '../../io/sbml.js';
import { loadStudyFile, studyToScenarios } from '../../io/study-file.js';
import { UsageError, type CliIo } from '../io.js';
import { boneModel } from '../model-access.js';
import { writeFileAtomic } from '../write-file.js';

export interface ExportOptions {
  readonly format: string;
  readonly model?: string;
  readonly out?: string;
  readonly quiet: boolean;
}

/** The composed model as plain JSON: modules, states, parameters with provenance, derived quantities, rates. */
export function modelJson(composed: ComposedModel, parameters: Float64Array, initial: Float64Array): unknown {
  const compiled = compileModel(composed);
  return {
    name: composed.name,
    modules: composed.modules,
    states: Object.fromEntries([...composed.states].map(([n, { def, module }]) => [n, { ...def, module, initialValue: initial[compiled.stateIndex(n)] }])),
    parameters: Object.fromEntries([...composed.parameters].map(([n, { def, module }]) => [n, { ...def, module, value: parameters[compiled.parameterIndex(n)] }])),
    derived: Object.fromEntries([...composed.derived].map(([n, { def, module }]) => [n, { ...def, module }])),
    rates: Object.fromEntries([...composed.rates].map(([state, terms]) => [state, terms.map((t) => ({ expr: t.expr, module: t.module }))])),
  };
}

/**
 * `osteosim export --format sbml|json <study>`: the compiled model with the study patient's parameter values and
 * initial state (the young steady state). Dosing events are not part of the export.
 */
export function exportCommand(file: string, options: ExportOptions, io: CliIo): void {
  if (options.format !== 'sbml' && options.format !== 'json') throw new UsageError(`--format must be sbml or json, got '${options.format}'`);
  const study = loadStudyFile(file, options.model === undefined ? {} : { model: options.model });
  const model = boneModel(study.model);
  const composed = model.compiled.composed;
  // The study patient's parameters (species profile, conditions, overrides) and initial state, as the model prepares them.
  const { parameters, initialState: initial } = model.prepare(studyToScenarios(study)[0]!.scenario);
  const compiled = model.compiled;
  const text =
    options.format === 'sbml'
      ? exportSbml(composed, {
          parameterValues: Object.fromEntries(compiled.parameterNames.map((n, i) => [n, parameters[i]!])),
          initialValues: Object.fromEntries(compiled.stateNames.map((n, i) => [n, initial[i]!])),
        })
      : `${JSON.stringify(modelJson(composed, parameters, initial), null, 2)}\n`;
  if (options.out) {
    writeFileAtomic(options.out, text);
    if (!options.quiet) io.stderr(`wrote ${options.out}\n`);
  } else io.stdout(text);
}
