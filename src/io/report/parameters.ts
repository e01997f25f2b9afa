import { didYouMean, EVIDENCE_KINDS, type ComposedModel, type EvidenceKind } from '../../engine/model.js';
import { ModelError } from '../../engine/errors.js';
import { MODEL_NAMES, models } from '../../model/index.js';
import type { ParameterTable } from './types.js';

/** Names of the models `parameterTable` knows by name: every registered model. */
export const PARAMETER_MODELS: readonly string[] = MODEL_NAMES;

/**
 * Every parameter of a model with value, unit, meaning, source, evidence kind and fitted targets, in module order.
 * Takes a model name ('osteosim', 'jorg2022') or any composed model.
 */
export function parameterTable(model: string | ComposedModel): ParameterTable {
  let composed: ComposedModel;
  if (typeof model === 'string') {
    const registered = Object.hasOwn(models, model) ? models[model] : undefined;
    if (!registered) {
      throw new ModelError(`unknown model '${model}'${didYouMean(model, PARAMETER_MODELS)} (known: ${PARAMETER_MODELS.join(', ')})`, { field: 'model' });
    }
    composed = registered.compiled.composed;
  } else {
    composed = model;
  }
  const rows = [...composed.parameters.entries()].map(([name, { def, module }]) => ({
    module,
    name,
    value: def.value,
    unit: def.unit,
    meaning: def.meaning ?? '',
    source: def.source,
    evidence: def.evidence,
    fittedTo: def.fittedTo ?? [],
    note: def.note ?? '',
  }));
  const order = new Map(composed.modules.map((m, k) => [m, k]));
  rows.sort((a, b) => (order.get(a.module) ?? 0) - (order.get(b.module) ?? 0));
  return { model: composed.name, rows };
}

/** Evidence kinds in the order the methods tally names them, with the words it uses. */
export const EVIDENCE_TALLY: Readonly<Record<EvidenceKind, string>> = {
  fitted: 'fitted',
  measured: 'measured',
  assumed: 'assumed',
  defined: 'defined (conventions and unit factors)',
  'literature-model': 'taken from another published model (literature-model)',
};

/** How many parameters of each evidence kind a table has. */
export function evidenceCounts(table: ParameterTable): Record<EvidenceKind, number> {
  const counts = Object.fromEntries(EVIDENCE_KINDS.map((k) => [k, 0])) as Record<EvidenceKind, number>;
  for (const row of table.rows) counts[row.evidence]++;
  return counts;
}
