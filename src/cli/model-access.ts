import { didYouMean } from '../engine/model.js';
import type { ComposedModel } from '../engine/model.js';
import { integrated, models, reference, type BoneModel } from '../model/index.js';
import { UsageError } from './io.js';

/** Each selectable bone model with its composed definition (for parameters and export). */
export const MODEL_DEFINITIONS: Readonly<Record<string, () => ComposedModel>> = {
  osteosim: () => integrated.osteosimModel.composed,
  jorg2022: () => reference.jorg2022.composed,
};

export function boneModel(name: string): BoneModel {
  const model = models[name];
  if (!model) throw new UsageError(`unknown model '${name}'${didYouMean(name, Object.keys(models))} (available: ${Object.keys(models).join(', ')})`);
  return model;
}

export function composedModel(name: string): ComposedModel {
  const get = MODEL_DEFINITIONS[name];
  if (!get) throw new UsageError(`unknown model '${name}'${didYouMean(name, Object.keys(MODEL_DEFINITIONS))} (available: ${Object.keys(MODEL_DEFINITIONS).join(', ')})`);
  return get();
}
