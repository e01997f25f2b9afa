import { didYouMean } from '../engine/index.js';
import type { BoneModel } from './bone-model.js';
import { inputError } from './input-error.js';
import { osteosim } from './osteosim/bone-model.js';
import { jorg2022Model } from './reference/jorg2022-bone-model.js';

/**
 * The one registry of bone models: everything that lists or picks a model (CLI, study files, reports, export,
 * validation, trials) reads it. Each entry describes itself (`BoneModel`: name, description, support, outputs).
 */
export const models: Readonly<Record<string, BoneModel>> = Object.freeze(
  Object.fromEntries([osteosim, jorg2022Model].map((model) => [model.name, model])),
);

/** Names of the registered models, in registry order. */
export const MODEL_NAMES: readonly string[] = Object.freeze(Object.keys(models));

/** The registered model of that name; an InputError (field `model`) with a did-you-mean otherwise. */
export function getModel(name: string): BoneModel {
  const model = Object.hasOwn(models, name) ? models[name] : undefined;
  if (!model) {
    inputError('model', 'unknown', `unknown model '${name}'${didYouMean(name, MODEL_NAMES)} (available: ${MODEL_NAMES.join(', ')})`, {
      given: name,
      allowed: MODEL_NAMES.join(', '),
    });
  }
  return model;
}
