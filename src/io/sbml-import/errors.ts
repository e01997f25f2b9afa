import { InputError } from '../../model/input-error.js';

/**
 * The one error of the importer for SBML it cannot run as written: the element and the feature, never a silently
 * different model. `feature` is a short stable phrase (listed in README, "SBML import").
 */
export function unsupported(element: string, feature: string, detail?: string): InputError {
  return new InputError({
    field: element,
    code: 'unsupported',
    given: feature,
    detail: `${feature} is not supported by the SBML importer${detail ? ` (${detail})` : ''}`,
  });
}

/** A file that is not valid SBML where the importer needs it to be. */
export function invalid(element: string, detail: string): InputError {
  return new InputError({ field: element, code: 'required', detail });
}
