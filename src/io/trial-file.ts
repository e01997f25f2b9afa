import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ModelError } from '../engine/errors.js';
import { StudyFileError, studyFromObject } from './study-file.js';
import type { DrugRegimen } from '../model/scenario.js';
import { checkTrialSpec, type PopulationSpec, type TrialSpec } from '../studies/trials/spec.js';
import { TRIAL_SPECS } from '../studies/trials/specs/index.js';

/**
 * Trial files (YAML or JSON): the study-file format for arms, regimens, duration and visits, plus the trial's own
 * keys. Or `trial: <name>` to start from a ready-made spec (freedom, fit, horizon, frame, more) and override its
 * size or seed.
 *
 *   name: FREEDOM-like            seed: 42                    patientsPerArm: 500
 *   duration: 3 years             visitEvery: 1 year          control: placebo
 *   population: { sex: female, age: { min: 60, max: 90, mean: 72, sd: 5 },
 *                 tScore: { sites: [totalHip, lumbarSpine], min: -4, max: -2.5, rule: any },
 *                 prevalentVertebralFracture: 0.23 }
 *   arms: [ { name: placebo, regimens: [ { drug: calciumVitaminD } ] },
 *           { name: denosumab, regimens: [ { drug: denosumab, dose: 60 mg, every: 6 months }, { drug: calciumVitaminD } ] } ]
 */
const TRIAL_KEYS = ['seed', 'patientsPerArm', 'population', 'control', 'notes', 'visitEvery', 'trial'] as const;

export function loadTrialFile(path: string): TrialSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new StudyFileError([{ path: '', message: `cannot read the trial file: ${(e as Error).message}` }], path);
  }
  let data: unknown;
  try {
    data = path.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (e) {
    throw new StudyFileError([{ path: '', message: `malformed ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}` }], path);
  }
  return trialFromObject(data, path);
}

export function trialFromObject(data: unknown, origin?: string): TrialSpec {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new StudyFileError([{ path: '', message: 'a trial file holds one object (name, population, arms, …)' }], origin);
  const raw = { ...(data as Record<string, unknown>) };
  const own = Object.fromEntries(TRIAL_KEYS.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]])) as Record<(typeof TRIAL_KEYS)[number], unknown>;
  for (const k of TRIAL_KEYS) delete raw[k];
  try {
    if (own.trial !== undefined) return fromReadyMade(own, raw);
    const population = own.population as PopulationSpec | undefined;
    if (!population) throw new ModelError('population: is required (sex, age and inclusion criteria)', { field: 'population' });
    const study = studyFromObject(
      {
        ...raw,
        ...(own.visitEvery !== undefined ? { outputEvery: own.visitEvery } : {}),
        patient: { species: population.sex === 'male' ? 'man' : 'woman', age: typeof population.age?.min === 'number' ? population.age.min : 60 },
      },
      origin,
    );
    const arms = study.arms.map((a, k) => {
      const given = ((raw.arms as Record<string, unknown>[] | undefined)?.[k] ?? raw) as Record<string, unknown>;
      if (!Array.isArray(given.regimens)) {
        throw new ModelError(`arms[${k}].regimens: arm '${a.name}' has no regimens: give its drug regimens, or regimens: [] for a placebo arm`, { field: `arms[${k}].regimens` });
      }
      return { name: a.name, regimens: a.regimens.map((r, j) => drugOnly(r, `arms[${k}].regimens[${j}]`)) };
    });
    const spec: TrialSpec = {
      name: study.name,
      ...(study.description !== undefined ? { description: study.description } : {}),
      seed: own.seed as number,
      population,
      arms,
      patientsPerArm: own.patientsPerArm as number,
      durationDays: study.durationDays,
      visitDays: study.days.filter((d) => d > 0),
      ...(own.control !== undefined ? { control: String(own.control) } : {}),
      ...(own.notes !== undefined ? { notes: String(own.notes) } : {}),
    };
    checkTrialSpec(spec);
    return spec;
  } catch (e) {
    if (e instanceof ModelError) throw new StudyFileError([{ path: e.field ?? '', message: e.message.replace(/^[^:]*: /, '') }], origin);
    throw e;
  }
}

function fromReadyMade(own: Record<string, unknown>, rest: Record<string, unknown>): TrialSpec {
  const name = String(own.trial).toLowerCase();
  const base = TRIAL_SPECS[name];
  if (!base) throw new ModelError(`trial: unknown ready-made trial '${String(own.trial)}' (known: ${Object.keys(TRIAL_SPECS).join(', ')})`, { field: 'trial' });
  const extra = Object.keys(rest).filter((k) => k !== 'name' && k !== 'description');
  if (extra.length > 0) {
    throw new ModelError(`${extra[0]}: a ready-made trial takes only seed, patientsPerArm, name and description as overrides (got ${extra.join(', ')})`, { field: extra[0]! });
  }
  const spec: TrialSpec = {
    ...base,
    ...(rest.name !== undefined ? { name: String(rest.name) } : {}),
    ...(own.seed !== undefined ? { seed: own.seed as number } : {}),
    ...(own.patientsPerArm !== undefined ? { patientsPerArm: own.patientsPerArm as number } : {}),
  };
  checkTrialSpec(spec);
  return spec;
}

function drugOnly(r: unknown, where: string): DrugRegimen {
  const regimen = r as DrugRegimen;
  if (regimen.kind !== 'drug') throw new ModelError(`${where}: virtual trials take drug regimens only (MSC therapy trials are not supported yet)`, { field: where });
  return regimen;
}
