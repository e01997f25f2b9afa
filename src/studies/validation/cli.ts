import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BoneModel } from '../../model/index.js';
import type { TrialResult } from '../trials/result.js';
import { trialValidationRows, TRIALS_FOR_VALIDATION } from '../trials/validation.js';
import { formatTable, toJson, validate, type ValidateOptions, type ValidationRow } from './run.js';
import { TARGETS_BY_ID } from './targets.js';
import { didYouMean } from '../../engine/index.js';

/**
 * Command line of the validation report (scripts/validate.ts; later `osteosim validate`):
 *
 *   validate [--json] [--model NAME|all] [--ids A1,A2] [--fmp-age 51] [--daily-dosing continuous|discrete] [--strict]
 *
 * Exit codes: 0 report written; 1 with --strict when any comparison fails; 2 usage error (message names the flag
 * and the allowed values).
 */

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliOptions {
  readonly json: boolean;
  readonly model: string;
  readonly ids?: readonly string[];
  readonly fmpAgeYears?: number;
  readonly dailyDosing?: 'continuous' | 'discrete';
  readonly strict: boolean;
  readonly help: boolean;
  /** Directory of virtual-trial results (npm run trials writes out/trials) for the fracture targets. */
  readonly trials?: string;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `usage: validate [--json] [--model NAME|all] [--ids A1,A2,...] [--fmp-age YEARS] [--daily-dosing continuous|discrete] [--strict] [--trials DIR]
  --json           print one JSON array of {"id","quantity","published","simulated","tolerance","status","model"}
  --model          a model name, or all (default)
  --ids            comma-separated target ids (default: every target)
  --fmp-age        age at the final menstrual period of every simulated woman, 30-65 (default: each model's own)
  --daily-dosing   daily drugs as continuous (default; Jörg 2022 Eq. 22) or discrete daily doses
  --strict         exit 1 when any comparison fails
  --trials DIR     read virtual-trial results (npm run trials writes out/trials) for the fracture targets of osteosim`;

export function parseArgs(argv: readonly string[]): CliOptions {
  let json = false;
  let strict = false;
  let help = false;
  let model = 'all';
  let ids: string[] | undefined;
  let fmpAgeYears: number | undefined;
  let dailyDosing: 'continuous' | 'discrete' | undefined;
  let trials: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--strict':
        strict = true;
        break;
      case '--help':
      case '-h':
        help = true;
        break;
      case '--model':
        model = take();
        break;
      case '--ids':
        ids = take().split(',').map((s) => s.trim()).filter((s) => s.length > 0);
        if (ids.length === 0) throw new UsageError('--ids needs at least one target id');
        break;
      case '--fmp-age': {
        const v = take();
        const n = Number(v);
        if (!Number.isFinite(n) || n < 30 || n > 65) throw new UsageError(`--fmp-age must be a number of years between 30 and 65, got '${v}'`);
        fmpAgeYears = n;
        break;
      }
      case '--daily-dosing': {
        const v = take();
        if (v !== 'continuous' && v !== 'discrete') throw new UsageError(`--daily-dosing must be continuous or discrete, got '${v}'`);
        dailyDosing = v;
        break;
      }
      case '--trials':
        trials = take();
        if (!existsSync(trials)) throw new UsageError(`--trials: no directory '${trials}' (run npm run trials first)`);
        break;
      default:
        throw new UsageError(`unknown argument '${arg}'${didYouMean(flag, ['--json', '--model', '--ids', '--fmp-age', '--daily-dosing', '--strict', '--trials', '--help'])}`);
    }
  }
  return { json, model, strict, help, ...(ids && { ids }), ...(fmpAgeYears !== undefined && { fmpAgeYears }), ...(dailyDosing && { dailyDosing }), ...(trials && { trials }) };
}

/** Runs the command; returns the exit code. */
export function runCli(argv: readonly string[], models: Readonly<Record<string, BoneModel>>, io: CliIo): number {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const names = Object.keys(models);
    if (options.model !== 'all' && !models[options.model]) {
      throw new UsageError(`--model: unknown model '${options.model}'${didYouMean(options.model, names)} (available: ${[...names, 'all'].join(', ')})`);
    }
    for (const id of options.ids ?? []) {
      if (!TARGETS_BY_ID.has(id)) throw new UsageError(`--ids: unknown target '${id}'${didYouMean(id, TARGETS_BY_ID.keys())}`);
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`validate: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  const selected = options.model === 'all' ? Object.values(models) : [models[options.model]!];
  const validateOptions: ValidateOptions = {
    ...(options.ids && { ids: options.ids }),
    ...(options.fmpAgeYears !== undefined && { fmpAgeYears: options.fmpAgeYears }),
    ...(options.dailyDosing && { dailyDosing: options.dailyDosing }),
  };
  let rows = validate(selected, validateOptions);
  if (options.trials) rows = withTrialRows(rows, options.trials);
  io.stdout(`${options.json ? toJson(rows) : formatTable(rows)}\n`);
  return options.strict && rows.some((r) => r.status === 'fail') ? 1 : 0;
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
