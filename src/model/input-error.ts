import { ModelError } from '../engine/errors.js';

/**
 * What is wrong with an input, as data: callers that know where a field came from (a study file's line, an HTTP
 * body's path, a CLI flag) build their own message from `field`, `code`, `given` and `allowed` without parsing
 * prose. The message stays readable on its own: `<field>: <detail>`.
 */
export type InputErrorCode =
  /** A required field is missing. */
  | 'required'
  /** A value outside its range, or not a number of the right kind (finite, whole, positive). */
  | 'range'
  /** A name the contract or the model does not know (species, drug, phenotype, parameter, output). */
  | 'unknown'
  /** Known, but this model does not have it (a drug, a species, MSC therapy, a skeletal site, an output). */
  | 'unsupported'
  /** Two fields that cannot be given together, or a field that does not apply to what else is given. */
  | 'conflict'
  /** Values in the wrong order (output days decreasing). */
  | 'order'
  /** A dosing form the model takes otherwise (a constant rate where doses are needed, or the reverse). */
  | 'dosing-form'
  /** Planned work beyond what any real study needs (see model/limits). */
  | 'limit';

export interface InputProblem {
  /** Contract path of the field at fault, e.g. `patient.ovariectomyDay`, `regimens[1].interval`, `parameters.k_P`. */
  readonly field: string;
  readonly code: InputErrorCode;
  /** What was given, as given (absent when nothing was). */
  readonly given?: unknown;
  /** What is allowed, in words: a range (`>= 0 days`), a list of names, a model that has it. */
  readonly allowed?: string;
  /** The sentence after the field in the message: what is wrong. */
  readonly detail: string;
  /** What to change, in the contract's words (e.g. `set continuous to false`); a file layer may give its own. */
  readonly hint?: string;
}

/** An input the caller must change, with the problem as data (`InputProblem`). */
export class InputError extends ModelError implements InputProblem {
  override readonly field: string;
  readonly code: InputErrorCode;
  readonly given?: unknown;
  readonly allowed?: string;
  readonly detail: string;
  readonly hint?: string;
  constructor(problem: InputProblem) {
    super(`${problem.field}: ${problem.detail}${problem.hint ? `; ${problem.hint}` : ''}`, { field: problem.field });
    this.name = 'InputError';
    this.field = problem.field;
    this.code = problem.code;
    if ('given' in problem) this.given = problem.given;
    if (problem.allowed !== undefined) this.allowed = problem.allowed;
    this.detail = problem.detail;
    if (problem.hint !== undefined) this.hint = problem.hint;
  }
}

/** Throws an InputError. */
export function inputError(field: string, code: InputErrorCode, detail: string, extra: { given?: unknown; allowed?: string; hint?: string } = {}): never {
  throw new InputError({ field, code, detail, ...extra });
}
