import { getModel, InputError, type BoneModel } from '../model/index.js';
import { UsageError } from './io.js';

/** The registered model of that name; an unknown name is a usage error (exit 2) with a did-you-mean. */
export function boneModel(name: string): BoneModel {
  try {
    return getModel(name);
  } catch (e) {
    if (e instanceof InputError) throw new UsageError(e.detail);
    throw e;
  }
}
