import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../../engine/index.js';
import { models as registry, type BoneModel } from '../../model/index.js';
import type { TrialResult } from '../../studies/trials/result.js';
import { trialValidationRows, TRIALS_FOR_VALIDATION } from '../../studies/trials/validation.js';
import { formatTable, TARGETS, TARGETS_BY_ID, toJson, validate, type ValidateOptions, type ValidationRow } from '../../studies/validation/index.js';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { progress } from '../progress.js';

/** The options as commander hands them over (text as typed; program.ts names and documents the flags). */
export interface ValidateCommandOptions {
  readonly json: boolean;
  /** A model name, or 'all' (default). */
  readonly model?: string;
  /** Comma-separated target ids. */
  readonly ids?: string;
  readonly fmpAge?: string;
  readonly dailyDosing?: string;
  readonly strict: boolean;
  /** Directory of virtual-trial results (npm run trials writes out/trials) for the fracture targets. */
  readonly trials?: string;
  readonly quiet: boolean;
}

/** What a validation run is: the models, the validation options and what to do with the rows. */
export interface ValidateSettings {
  readonly models: readonly BoneModel[];
  readonly options: ValidateOptions;
  readonly json: boolean;
  readonly strict: boolean;
  readonly trials?: string;
}

export const FMP_AGE_RANGE = { min: 30, max: 65 } as const;

/** Checks the options against the available models and targets; every message names the flag and what it allows. */
export function validateSettings(o: ValidateCommandOptions, available: Readonly<Record<string, BoneModel>> = registry): ValidateSettings {
  const model = o.model ?? 'all';
  const names = Object.keys(available);
  if (model !== 'all' && !available[model]) {
    throw new UsageError(`--model: unknown model '${model}'${didYouMean(model, names)} (available: ${[...names, 'all'].join(', ')})`);
  }
  let ids: string[] | undefined;
  if (o.ids !== undefined) {
    ids = o.ids.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    if (ids.length === 0) throw new UsageError('--ids needs at least one target id');
    for (const id of ids) if (!TARGETS_BY_ID.has(id)) throw new UsageError(`--ids: unknown target '${id}'${didYouMean(id, TARGETS_BY_ID.keys())}`);
  }
  let fmpAgeYears: number | undefined;
  if (o.fmpAge !== undefined) {
    fmpAgeYears = Number(o.fmpAge);
    const { min, max } = FMP_AGE_RANGE;
    if (!Number.isFinite(fmpAgeYears) || fmpAgeYears < min || fmpAgeYears > max) {
      throw new UsageError(`--fmp-age must be a number of years between ${min} and ${max}, got '${o.fmpAge}'`);
    }
  }
  const dailyDosing = o.dailyDosing;
  if (dailyDosing !== undefined && dailyDosing !== 'continuous' && dailyDosing !== 'discrete') {
    throw new UsageError(`--daily-dosing must be continuous or discrete, got '${dailyDosing}'`);
  }
  if (o.trials !== undefined && !existsSync(o.trials)) throw new UsageError(`--trials: no directory '${o.trials}' (run npm run trials first)`);
  return {
    models: model === 'all' ? Object.values(available) : [available[model]!],
    options: { ...(ids && { ids }), ...(fmpAgeYears !== undefined && { fmpAgeYears }), ...(dailyDosing && { dailyDosing }) },
    json: o.json,
    strict: o.strict,
    ...(o.trials !== undefined && { trials: o.trials }),
  };
}

/**
 * `osteosim validate`: every published target (src/studies/validation) on the bone models, as a table or JSON rows
 * {id, quantity, published, simulated, tolerance, status, model}. Returns the exit code: 0, or 1 with --strict when
 * any comparison fails; bad options throw a UsageError (exit 2). Progress goes to stderr on a terminal unless --quiet.
 */
export function validateCommand(o: ValidateCommandOptions, io: CliIo, available: Readonly<Record<string, BoneModel>> = registry): number {
  const s = validateSettings(o, available);
  const targets = s.options.ids ? new Set(s.options.ids).size : TARGETS.length;
  const bar = progress(io, s.models.length * targets, 'validate', o.quiet);
  let rows: ValidationRow[];
  try {
    rows = validate(s.models, { ...s.options, progress: (e) => bar.tick(`${e.model} ${e.id}`) });
  } finally {
    bar.stop();
  }
  if (s.trials) rows = withTrialRows(rows, s.trials);
  io.stdout(`${s.json ? toJson(rows) : formatTable(rows)}\n`);
  return s.strict && rows.some((r) => r.status === 'fail') ? EXIT_FAILURE : EXIT_OK;
}

/** Replaces osteosim's pending rows of the trial targets by the rows computed from saved virtual-trial results. */
function withTrialRows(rows: readonly ValidationRow[], dir: string): ValidationRow[] {
  const results: Record<string, TrialResult> = {};
  for (const key of TRIALS_FOR_VALIDATION) {
    const file = join(dir, `${key}.json`);
    if (existsSync(file)) results[key] = JSON.parse(readFileSync(file, 'utf8')) as TrialResult;
  }
  const fromTrials = new Map(trialValidationRows(results).filter((r) => r.status !== 'pending').map((r) => [`${r.id}\u0000${r.key}`, r]));
  return rows.map((r) => (r.model === 'osteosim' ? (fromTrials.get(`${r.id}\u0000${r.key}`) ?? r) : r));
}
