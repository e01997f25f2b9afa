import type { ParameterDef } from '../../engine/index.js';
import type { BoneModel } from '../../model/index.js';
import { PRODUCT_PARAMETERS } from '../../model/osteosim/index.js';
import { FRACTURE_PARAMETERS } from '../../outcomes/fracture/index.js';
import { SAFETY_PARAMETERS } from '../../outcomes/safety/index.js';

/**
 * Which targets are in-sample, and why. A target is in-sample for a model when the model was fitted to it, or when a
 * parameter was taken from the target's own study (`ParameterDef.sourceTargets`): then a pass checks the
 * implementation, not the biology. The bone model declares both in `BoneModel.fittedTargets`; the outcome models the
 * validation scenarios read (fracture hazard, MSC safety) sit above the bone models and declare theirs on their own
 * parameter tables, which count for every bone model, as do the MSC product profiles the therapy scenarios use. The decision depends on the target id alone, so every row of a
 * target agrees (a trial row as much as a scenario row).
 */

/**
 * Parameter tables outside a bone model's composed model that the scenarios read, by the prefix their parameters are
 * named with: the outcome models (fracture hazard, MSC safety) and the MSC product profiles (set per regimen).
 */
export const OUTCOME_PARAMETER_TABLES: Readonly<Record<string, Readonly<Record<string, ParameterDef>>>> = {
  fracture: FRACTURE_PARAMETERS,
  safety: SAFETY_PARAMETERS,
  'msc-products': PRODUCT_PARAMETERS,
};

/** 'fitted': a parameter was fitted to the target; 'parameter-source': a parameter was taken from its study. */
export type SampleBasis = 'fitted' | 'parameter-source';

export interface InSample {
  /** Empty: out of sample. */
  readonly basis: readonly SampleBasis[];
  /** Parameters taken from the target's study ('safety.feverRR' for an outcome model's). */
  readonly parameters: readonly string[];
}

const OUTCOME_SOURCES: ReadonlyMap<string, readonly string[]> = (() => {
  const byTarget = new Map<string, string[]>();
  for (const [table, parameters] of Object.entries(OUTCOME_PARAMETER_TABLES)) {
    for (const [name, def] of Object.entries(parameters)) {
      for (const id of def.sourceTargets ?? []) (byTarget.get(id) ?? byTarget.set(id, []).get(id)!).push(`${table}.${name}`);
    }
  }
  return byTarget;
})();

const cache = new WeakMap<BoneModel, Map<string, InSample>>();

/** Why a target is in-sample for a model (an empty basis: out of sample). */
export function inSampleBasis(model: BoneModel, id: string): InSample {
  let mine = cache.get(model);
  if (!mine) cache.set(model, (mine = new Map()));
  const hit = mine.get(id);
  if (hit) return hit;
  const outcome = OUTCOME_SOURCES.get(id) ?? [];
  const declared = (model.fittedTargets ?? []).includes(id);
  let result: InSample = { basis: [], parameters: [] };
  if (declared || outcome.length > 0) {
    // Target ids are letters, digits and hyphens: no regex escaping needed.
    const word = new RegExp(`(^|[^A-Za-z0-9-])${id}(?![A-Za-z0-9-])`);
    const sourced: string[] = [];
    let fittedByParameter = false;
    for (const [name, { def }] of model.compiled.composed.parameters) {
      if (def.sourceTargets?.includes(id)) sourced.push(name);
      if ((def.fittedTo ?? []).some((entry) => word.test(entry))) fittedByParameter = true;
    }
    sourced.push(...outcome);
    const basis: SampleBasis[] = [];
    // A declared target that no parameter names as a source was fitted (the model's own list says so).
    if (fittedByParameter || (declared && sourced.length === 0)) basis.push('fitted');
    if (sourced.length > 0) basis.push('parameter-source');
    result = { basis, parameters: sourced };
  }
  mine.set(id, result);
  return result;
}

export function isInSample(model: BoneModel, id: string): boolean {
  return inSampleBasis(model, id).basis.length > 0;
}

/** The report's words for an in-sample target, or null. */
export function inSampleNote(model: BoneModel, id: string): string | null {
  const { basis, parameters } = inSampleBasis(model, id);
  const parts: string[] = [];
  if (basis.includes('fitted')) parts.push(`in-sample (fitted): ${model.name} was fitted to ${id}`);
  if (basis.includes('parameter-source')) parts.push(`in-sample (parameter taken from this study): ${parameters.join(', ')} taken from ${id}'s study`);
  return parts.length > 0 ? parts.join('; ') : null;
}
