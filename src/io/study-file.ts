/**
 * Study files: one patient (or species protocol) and one or more arms of drug and MSC-therapy regimens, simulated on one bone model,
 * written in YAML or JSON with units in the text ("60 mg", "20 ug/day", "6 months"). Validated at the edge with zod:
 * every problem is reported at once with the path of the field, the value given and what is allowed; then the arms
 * are checked against the chosen model, so a command can fail fast (exit code 2) before anything runs.
 * The format is documented in examples/README.md.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { didYouMean } from '../engine/model.js';
import { armIssues, gridIssues, LIMITS, plannedWorkIssues } from '../model/limits.js';
import type { Exposure, OutputName, Patient, Perturbation, Regimen, Scenario } from '../model/scenario.js';
import { formatPath, fromZodIssues, show, StudyFileError, zodMessage, type StudyIssue } from './study/errors.js';
import { labelWarnings, modelIssues, type ScenarioOrigin } from './study/model-checks.js';
import { MODEL_NAMES, OUTPUT_NAMES, studySchema, type PendingRegimen, type RawStudy } from './study/schema.js';
import { daysText, DAYS_PER_MONTH, roundDay } from './study/time.js';

export { StudyFileError, type StudyIssue } from './study/errors.js';
export { DOSE_UNITS, type DoseUnit } from './study/doses.js';
export { MODEL_NAMES, OUTPUT_DESCRIPTIONS, OUTPUT_NAMES } from './study/schema.js';
export { DAYS_PER_MONTH, DAYS_PER_YEAR, INTERVAL_SHORTHANDS } from './study/time.js';

export type StudyFormat = 'yaml' | 'json';

export interface StudyOptions {
  /** Validate and run on this model instead of the file's `model` (as `--model` does). */
  readonly model?: string;
}

/** One arm: the study's patient under its own regimens. */
export interface StudyArm {
  readonly name: string;
  readonly description?: string;
  /**
   * Regimens of the scenario contract: times in days from the study start; drug doses in the label unit, MSC doses
   * in cells or cells/kg (kind 'msc').
   */
  readonly regimens: readonly Regimen[];
  /** Parameter overrides of the arm's scenario: the study's, with the arm's own on top. */
  readonly parameters: Readonly<Record<string, number>>;
  /** Pathway experiments (the study's, then the arm's): factors and days from the study start. */
  readonly perturbations?: readonly Perturbation[];
  /** Timed conditions (the study's, then the arm's), in the contract's units and days. */
  readonly exposures?: readonly Exposure[];
}

/** A validated, normalized study: everything in days, years and contract names. */
export interface Study {
  readonly name: string;
  readonly description?: string;
  /** The file (or other origin) the study came from. */
  readonly origin?: string;
  /** Bone model to simulate on (a key of `models`): the file's `model`, the caller's override, or 'osteosim'. */
  readonly model: string;
  readonly patient: Patient;
  /** The study-level parameter overrides (each arm's `parameters` already includes them). */
  readonly parameters: Readonly<Record<string, number>>;
  readonly durationDays: number;
  readonly outputEveryDays: number;
  /** Output days: 0, outputEvery, 2·outputEvery, … and the duration itself. */
  readonly days: readonly number[];
  /** Outputs to report (default: every contract output; a model reports those it has). */
  readonly outputs: readonly OutputName[];
  readonly arms: readonly StudyArm[];
  /** Label warnings found when the file was loaded (unusual dose or interval, double dosing, …), with paths and lines. */
  readonly warnings?: readonly StudyIssue[];
}

/** Most output days a study may ask for (model/limits.ts LIMITS, where every limit on planned work lives). */
export const MAX_OUTPUT_DAYS = LIMITS.maxOutputDays.value;

/** Finds the 1-based line of a field in the file's text, when known. */
type Locate = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Parses and validates a study from YAML or JSON text. `origin` (a file name) names the file in messages and gives
 * the default study name. Throws a StudyFileError listing every problem.
 */
export function parseStudy(text: string, format: StudyFormat, origin?: string, options: StudyOptions = {}): Study {
  const { data, locate } = readText(text, format, origin);
  return validate(data, origin, options, locate);
}

/** Validates an already parsed study (e.g. built in code); the same rules and messages as `parseStudy`. */
export function studyFromObject(data: unknown, origin?: string, options: StudyOptions = {}): Study {
  return validate(data, origin, options, () => undefined);
}

/**
 * Reads, parses and validates a study file: `.json` as JSON, anything else (`.yaml`, `.yml`) as YAML. A missing or
 * unreadable file is a StudyFileError naming the path.
 */
export function loadStudyFile(path: string, options: StudyOptions = {}): Study {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new StudyFileError([{ path: '', message: 'is a directory, not a study file' }], path);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof StudyFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${(e as Error).message})`;
    throw new StudyFileError([{ path: '', message }], path);
  }
  return parseStudy(text, extname(path).toLowerCase() === '.json' ? 'json' : 'yaml', path, options);
}

/** One scenario of the contract per arm, in the arms' order. */
export function studyToScenarios(study: Study): { arm: string; scenario: Scenario }[] {
  return study.arms.map((arm) => ({
    arm: arm.name,
    scenario: {
      patient: study.patient,
      regimens: arm.regimens,
      days: study.days,
      ...(Object.keys(arm.parameters).length > 0 ? { parameters: arm.parameters } : {}),
      ...(arm.perturbations && arm.perturbations.length > 0 ? { perturbations: arm.perturbations } : {}),
      ...(arm.exposures && arm.exposures.length > 0 ? { exposures: arm.exposures } : {}),
    },
  }));
}

/** JSON Schema (draft 2020-12) of study files, for editors: shapes, names, formats and descriptions. */
export function studyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(studySchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading text

/** Most alias expansions a YAML file may have (the yaml library's own default): more is an alias bomb ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses YAML or JSON text the same way: a UTF-8 byte-order mark is dropped, duplicate keys are errors with their line
 * (JSON.parse would keep the last silently), an alias bomb or nesting too deep for the parser is a StudyFileError.
 */
function readText(source: string, format: StudyFormat, origin: string | undefined): { data: unknown; locate: Locate } {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const tooDeep = (e: unknown): never => {
    if (e instanceof RangeError) throw new StudyFileError([{ path: '', message: `nested too deeply to read (${e.message})` }], origin);
    throw e;
  };
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  } catch (e) {
    return tooDeep(e);
  }
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const yamlIssues = (errors: typeof doc.errors): StudyIssue[] =>
    errors.map((e) => ({
      path: '',
      message: `${e.code === 'DUPLICATE_KEY' ? 'duplicate key: a key may appear once in a mapping (the value would silently be lost)' : `malformed ${format === 'json' ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`}`,
      ...(e.linePos?.[0].line !== undefined ? { line: e.linePos[0].line } : {}),
    }));
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      if (e instanceof RangeError) tooDeep(e);
      const message = (e as Error).message;
      const at = /position (\d+)/.exec(message);
      const line = at ? lineCounter.linePos(Number(at[1])).line : undefined;
      throw new StudyFileError([{ path: '', message: `malformed JSON: ${message}`, ...(line !== undefined ? { line } : {}) }], origin);
    }
    if (duplicates.length > 0) throw new StudyFileError(yamlIssues(duplicates), origin);
    // The YAML parser reads JSON too: it only serves to find lines (and duplicate keys) here.
    return { data, locate: doc.errors.length === 0 ? locator(doc, lineCounter) : () => undefined };
  }
  if (doc.errors.length > 0) throw new StudyFileError(yamlIssues(doc.errors), origin);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      throw new StudyFileError([{ path: '', message: `expands more than ${MAX_ALIAS_COUNT} aliases (*name): an alias bomb, or a file that should repeat less` }], origin);
    }
    return tooDeep(e);
  }
  return { data, locate: locator(doc, lineCounter) };
}

function locator(doc: Document, lineCounter: LineCounter): Locate {
  return (path) => {
    // The field, else its closest parent below the top (a missing key: the object that lacks it).
    for (let n = path.length; n >= 1; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** `arms[1].regimens[0].dose` → ['arms', 1, 'regimens', 0, 'dose']. */
function pathKeys(path: string): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

/** Throws every issue at once, with lines where known, in the order of the file (issues without a line last). */
function fail(issues: { path: readonly PropertyKey[] | string; message: string }[], origin: string | undefined, locate: Locate): never {
  const located = issues.map(({ path, message }): StudyIssue => {
    const keys = typeof path === 'string' ? pathKeys(path) : path;
    const line = locate(keys);
    return { path: typeof path === 'string' ? path : formatPath(path), message, ...(line !== undefined ? { line } : {}) };
  });
  const order = (i: StudyIssue): number => i.line ?? Infinity;
  throw new StudyFileError(
    located.map((issue, k) => ({ issue, k })).sort((a, b) => order(a.issue) - order(b.issue) || a.k - b.k).map(({ issue }) => issue),
    origin,
  );
}

function validate(data: unknown, origin: string | undefined, options: StudyOptions, locate: Locate): Study {
  if (data === null || data === undefined) {
    fail([{ path: [], message: 'the file is empty; a study needs at least patient and duration' }], origin, locate);
  }
  if (options.model !== undefined && !MODEL_NAMES.includes(options.model)) {
    fail([{ path: ['model'], message: `unknown model '${options.model}'${didYouMean(options.model, MODEL_NAMES)} (allowed: ${MODEL_NAMES.join(', ')})` }], origin, () => undefined);
  }
  const parsed = studySchema.safeParse(data, { error: zodMessage });
  if (!parsed.success) fail(fromZodIssues(parsed.error.issues), origin, locate);
  const { study, armOrigins, ownParameters, startAge } = normalize(parsed.data, origin, options, locate);
  const arms = studyToScenarios(study).map(({ scenario }, i) => ({ scenario, origin: armOrigins[i]!, ownParameters: ownParameters[i]! }));
  const problems = modelIssues(study.model, arms, study.parameters);
  if (startAge && !problems.some((p) => p.path === startAge.path)) problems.push(startAge);
  if (problems.length > 0) fail(problems, origin, locate);
  const warnings = arms.flatMap(({ scenario, origin: armOrigin }) =>
    labelWarnings(scenario.regimens ?? [], armOrigin).map((w): StudyIssue => {
      const line = locate(pathKeys(w.path));
      return line !== undefined ? { ...w, line } : w;
    }),
  );
  return { ...study, warnings };
}

/** Cross-field rules of the whole study, the output grid and the contract's regimens. */
function normalize(raw: RawStudy, origin: string | undefined, options: StudyOptions, locate: Locate) {
  const issues: { path: PropertyKey[]; message: string }[] = [];
  const duration = raw.duration;
  const step = raw.outputEvery ?? DAYS_PER_MONTH;
  const name = raw.name ?? (origin ? basename(origin, extname(origin)) : 'study');
  const rawArms = raw.arms ?? [{ name, regimens: raw.regimens ?? [], parameters: undefined, description: undefined, perturbations: undefined, exposures: undefined }];
  // Limits on planned work (model/limits.ts) first: nothing below may build a grid, doses or checks beyond them.
  const limitIssues = [...gridIssues(duration, step, rawArms.length), ...armIssues(rawArms.length)];
  if (limitIssues.length > 0) fail(limitIssues.map(({ field, message }) => ({ path: [field], message })), origin, locate);
  const days: number[] = [];
  if (step > duration) {
    issues.push({ path: ['outputEvery'], message: `(${daysText(step)}) is longer than the duration (${daysText(duration)})` });
  } else {
    const steps = Math.floor(duration / step + 1e-9);
    for (let k = 0; k <= steps; k++) days.push(roundDay(k * step));
    if (days[days.length - 1]! < roundDay(duration)) days.push(roundDay(duration));
  }

  if (raw.arms && raw.regimens) {
    issues.push({ path: ['regimens'], message: 'give regimens inside each arm, or top-level regimens for a single-arm study, not both' });
  }
  const prefix = (i: number): PropertyKey[] => (raw.arms ? ['arms', i, 'regimens'] : ['regimens']);
  const firstWithName = new Map<string, number>();
  rawArms.forEach((a, i) => {
    const earlier = firstWithName.get(a.name);
    if (earlier !== undefined) issues.push({ path: ['arms', i, 'name'], message: `arm name ${show(a.name)} is already used by arms[${earlier}]; arm names must be unique` });
    else firstWithName.set(a.name, i);
  });

  const toContract = (r: PendingRegimen, path: PropertyKey[]): Regimen => {
    if (r.start >= duration) {
      issues.push({ path: [...path, 'start'], message: `starts at ${daysText(r.start)}, at or after the end of the study (duration ${daysText(duration)})` });
    }
    let count = r.count;
    const left = Math.max(duration - r.start, 0);
    if (r.untilEnd) {
      count = r.continuous ? Math.max(1, Math.round(left)) : Math.max(1, Math.ceil(left / r.interval! - 1e-9));
    } else if (count !== undefined && r.interval !== undefined && r.interval > 0) {
      // Doses after the end of the study change nothing it reports: a count beyond it is clipped to the doses inside.
      const inside = r.continuous ? Math.max(1, Math.ceil(left - 1e-9)) : Math.max(1, Math.ceil(left / r.interval - 1e-9));
      count = Math.min(count, inside);
    }
    if (r.kind === 'msc') {
      const { count: _count, ...rest } = r.regimen;
      return { ...rest, start: roundDay(r.start), ...(count !== undefined ? { count } : {}) };
    }
    return {
      kind: 'drug',
      drug: r.drug,
      dose: r.dose,
      start: roundDay(r.start),
      ...(r.interval !== undefined ? { interval: r.interval } : {}),
      ...(count !== undefined ? { count } : {}),
      ...(r.continuous ? { continuous: true } : {}),
      ...(r.adherence !== undefined ? { adherence: r.adherence } : {}),
    };
  };

  // Timed windows: the study's, then the arm's; each must start before the end of the study.
  const windowSources = (i: number, list: 'perturbations' | 'exposures'): PropertyKey[][] => [
    ...(raw[list] ?? []).map((_, j) => [list, j]),
    ...(raw.arms ? (rawArms[i]![list] ?? []).map((_, j) => ['arms', i, list, j]) : []),
  ];
  const armWindows = <W extends Perturbation | Exposure>(i: number, list: 'perturbations' | 'exposures'): W[] => {
    const all = [...((raw[list] ?? []) as W[]), ...(raw.arms ? ((rawArms[i]![list] ?? []) as W[]) : [])];
    all.forEach((w, k) => {
      if (w.fromDay >= duration) {
        issues.push({ path: [...windowSources(i, list)[k]!, 'from'], message: `starts at ${daysText(w.fromDay)}, at or after the end of the study (duration ${daysText(duration)})` });
      }
    });
    return all.map((w) => ({ ...w, fromDay: roundDay(w.fromDay), ...(w.forDays !== undefined ? { forDays: roundDay(w.forDays) } : {}) }));
  };
  const nonEmpty = <K extends string, W>(key: K, list: W[]): Partial<Record<K, W[]>> => (list.length > 0 ? ({ [key]: list } as Record<K, W[]>) : {});
  const studyParameters = raw.parameters ?? {};
  const tooMany = (a: (typeof rawArms)[number]): boolean => (a.regimens ?? []).length > LIMITS.maxRegimensPerArm.value;
  const arms: StudyArm[] = rawArms.map((a, i) => ({
    name: a.name,
    ...(a.description !== undefined ? { description: a.description } : {}),
    regimens: tooMany(a) ? [] : (a.regimens ?? []).map((r, k) => toContract(r, [...prefix(i), k])),
    parameters: { ...studyParameters, ...a.parameters },
    ...nonEmpty('perturbations', armWindows<Perturbation>(i, 'perturbations')),
    ...nonEmpty('exposures', armWindows<Exposure>(i, 'exposures')),
  }));
  const ageYears = raw.patient.age;
  // A start beyond the species profile: reported with the model's own patient checks (after this round), once.
  let startAge: { path: string; message: string } | undefined;
  rawArms.forEach((a, i) => {
    const planned = { patient: { species: raw.patient.species, ageYears }, regimens: tooMany(a) ? a.regimens : arms[i]!.regimens, days };
    for (const { field, message } of plannedWorkIssues(planned)) {
      const m = /^regimens\[(\d+)\]\.(\w+)$/.exec(field);
      if (m) {
        // `count` may have come from `for` or `every` to the end: the regimen is named, its message gives the count.
        issues.push({ path: [...prefix(i), Number(m[1]), ...(m[2] === 'interval' ? ['every'] : [])], message });
      } else if (field === 'regimens') issues.push({ path: prefix(i), message });
      else if (field === 'days' && i === 0) issues.push({ path: ['duration'], message });
      else if (field === 'patient.ageYears' && i === 0) startAge = { path: 'patient.age', message };
    }
  });
  if (issues.length > 0) fail(issues, origin, locate);

  const p = raw.patient;
  const patient: Patient = {
    species: p.species,
    ageYears: p.age,
    ...(p.menopauseAge !== undefined ? { menopauseAgeYears: p.menopauseAge } : {}),
    ...(p.ovariectomyAt !== undefined ? { ovariectomyDay: p.ovariectomyAt } : {}),
    ...(p.phenotype !== undefined ? { phenotype: p.phenotype } : {}),
  };
  const study: Study = {
    name,
    ...(raw.description !== undefined ? { description: raw.description.trim() } : {}),
    ...(origin !== undefined ? { origin } : {}),
    model: options.model ?? raw.model ?? 'osteosim',
    patient,
    parameters: studyParameters,
    durationDays: roundDay(duration),
    outputEveryDays: roundDay(step),
    days,
    outputs: [...new Set(raw.outputs ?? OUTPUT_NAMES)],
    arms,
  };
  const armOrigins: ScenarioOrigin[] = rawArms.map((a, i) => ({
    regimen: (k) => formatPath([...prefix(i), k]),
    parameter: (n) => (raw.arms && a.parameters && n in a.parameters ? formatPath(['arms', i, 'parameters', n]) : formatPath(['parameters', n])),
    window: (list, k) => formatPath(windowSources(i, list)[k] ?? [list, k]),
  }));
  return { study, armOrigins, ownParameters: rawArms.map((a) => a.parameters ?? {}), startAge };
}
