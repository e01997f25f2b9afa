import { z } from 'zod';
import { didYouMean } from '../engine/index.js';
import { inputError } from './input-error.js';

/**
 * Strict key checks of library inputs with zod, as study files get them: an unknown or misspelled key is an
 * InputError (code 'unknown') naming its path, with a did-you-mean and the keys allowed there. Values are left to the
 * contract's own checks (`checkScenario`, `checkPatientProfile`), whose messages name ranges and units; these schemas
 * hold the structure only, so that a misspelled field is never read as an absent one and replaced by a default.
 */

/** A strict object of the given keys; `what` names it in messages ("patient", "regimen"). */
export function strictKeys<S extends z.core.$ZodLooseShape>(shape: S, what: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code !== 'unrecognized_keys') return undefined;
      const key = iss.keys[0]!;
      return `unknown key '${key}' of the ${what}${didYouMean(key, known)} (allowed: ${known.join(', ')})`;
    },
  });
}

/** Any value: its checks are the contract's. */
export const anyValue = z.unknown();

/** Throws an InputError for the first structural problem zod finds in `value` (fields prefixed by `prefix`). */
export function checkKeys(schema: z.ZodType, value: unknown, prefix = ''): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0]!;
  const path = [...issue.path.map(String)];
  if (issue.code === 'unrecognized_keys') path.push(String(issue.keys[0]));
  const field = [prefix, ...path].filter((p) => p !== '').reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
  const code = issue.code === 'unrecognized_keys' ? 'unknown' : 'required';
  inputError(field || prefix || 'input', code, issue.message, issue.code === 'unrecognized_keys' ? { given: issue.keys[0] } : {});
}
