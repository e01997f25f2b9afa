import type { z } from 'zod';
import { didYouMean } from '../../engine/model.js';

/** One problem in a study file: where (a path such as `arms[1].regimens[0].dose`, and the line when known) and what. */
export interface StudyIssue {
  /** Path of the field in the file (`''` for the file itself). */
  readonly path: string;
  /** What is wrong: the value given and what is allowed. */
  readonly message: string;
  /** 1-based line in the file, when the file's text is known. */
  readonly line?: number;
}

/** Every problem found in a study file, at once. The CLI maps it to exit code 2. */
export class StudyFileError extends Error {
  override readonly name = 'StudyFileError';
  readonly issues: readonly StudyIssue[];
  /** The file (or other origin) the study came from. */
  readonly origin: string | undefined;

  constructor(issues: readonly StudyIssue[], origin?: string) {
    super(formatIssues(issues, origin));
    this.issues = issues;
    this.origin = origin;
  }
}

function formatIssues(issues: readonly StudyIssue[], origin: string | undefined): string {
  const where = (i: StudyIssue): string => {
    const line = i.line !== undefined ? `line ${i.line}` : '';
    if (i.path && line) return `${i.path} (${line}): `;
    if (i.path) return `${i.path}: `;
    return line ? `${line}: ` : '';
  };
  const file = origin ?? 'study file';
  if (issues.length === 1) return `${file}: ${where(issues[0]!)}${issues[0]!.message}`;
  return `${file}: ${issues.length} problems\n${issues.map((i) => `  - ${where(i)}${i.message}`).join('\n')}`;
}

/** `['arms', 1, 'regimens', 0, 'dose']` → `arms[1].regimens[0].dose`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
};

/** Message for an unknown key of an object whose keys are `known`. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[], what: string): string {
  const each = keys.map((k) => `'${k}'${didYouMean(k, known)}`).join(', ');
  return `unknown key${keys.length > 1 ? 's' : ''} ${each} in ${what} (allowed: ${known.join(', ')})`;
}

/** Messages for zod's own issues (the schema's fields give their own for formats, units and unknown keys). */
export function zodMessage(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `is required: ${TYPE_NAMES[iss.expected] ?? iss.expected}`;
      return `expected ${TYPE_NAMES[iss.expected] ?? iss.expected}, got ${show(iss.input)}`;
    case 'invalid_value': {
      const allowed = iss.values.map((v) => String(v));
      return `${show(iss.input)} is not allowed${typeof iss.input === 'string' ? didYouMean(iss.input, allowed) : ''} (allowed: ${allowed.join(', ')})`;
    }
    case 'too_small':
      if (iss.origin === 'array') return `needs at least ${String(iss.minimum)} item${Number(iss.minimum) === 1 ? '' : 's'}`;
      if (iss.origin === 'string') return 'must not be empty';
      return `must be ${iss.inclusive ? '>=' : '>'} ${String(iss.minimum)}, got ${show(iss.input)}`;
    case 'too_big':
      if (iss.origin === 'array') return `allows at most ${String(iss.maximum)} items`;
      return `must be ${iss.inclusive ? '<=' : '<'} ${String(iss.maximum)}, got ${show(iss.input)}`;
    case 'unrecognized_keys':
      return `unknown key${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_union':
      return `${show(iss.input)} is none of the allowed forms`;
    case 'invalid_format':
      return `${show(iss.input)} is not in the expected format`;
    default:
      return undefined;
  }
}

/** zod issues as study issues: one per unknown key (its path ends at the key), messages as given by the schema. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): { path: PropertyKey[]; message: string }[] {
  return issues.map((iss) => {
    const path = [...iss.path];
    if (iss.code === 'unrecognized_keys' && iss.keys.length === 1) path.push(iss.keys[0]!);
    return { path, message: iss.message };
  });
}

/** A value as written, for messages: strings quoted, others as JSON (shortened). */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
