import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ModelError } from '../../engine/errors.js';
import { StudyFileError, studyFromObject } from '../../io/study-file.js';
import type { DrugRegimen } from '../../model/scenario.js';
import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';
import type { PatientProfile } from '../../patients/index.js';
import { tenYearRisks, type OptionRisk } from '../../studies/risk.js';
import { boneModel } from '../model-access.js';
import { labelRegimen } from '../../therapies/drugs/index.js';
import { UsageError, type CliIo } from '../io.js';
import { writeFileAtomic } from '../write-file.js';

export interface RiskOptions {
  readonly format: string;
  readonly out?: string;
  /** Registered model (default osteosim). */
  readonly model?: string;
}

const TEN_YEARS = Math.round(10 * DAYS_PER_CALENDAR_YEAR);

/** Options compared when the file gives none: untreated and four label regimens for 10 years. */
function defaultOptions(): Record<string, DrugRegimen[]> {
  return {
    untreated: [],
    'alendronate 70 mg weekly': [labelRegimen('alendronate', TEN_YEARS)],
    'zoledronate 5 mg yearly': [labelRegimen('zoledronate', TEN_YEARS)],
    'denosumab 60 mg every 6 months': [labelRegimen('denosumab', TEN_YEARS)],
    'raloxifene 60 mg daily': [labelRegimen('raloxifene', TEN_YEARS)],
  };
}

/** The patient block of a risk file, in study-file words, as a PatientProfile. */
function profileOf(p: Record<string, unknown>): PatientProfile {
  const known = ['sex', 'age', 'menopauseAge', 'ovariectomyAge', 'bmi', 'smoking', 'alcohol3PlusUnits', 'glucocorticoid', 'rheumatoidArthritis', 'priorFractures', 'fallsLastYear', 'hipTScore', 'spineTScore', 'hipBmd', 'spineBmd'];
  for (const k of Object.keys(p)) if (!known.includes(k)) throw new ModelError(`patient.${k}: unknown field (known: ${known.join(', ')})`, { field: `patient.${k}` });
  const num = (k: string): number | undefined => (p[k] === undefined ? undefined : (p[k] as number));
  const baseline = Object.fromEntries(['hipTScore', 'spineTScore', 'hipBmd', 'spineBmd'].filter((k) => p[k] !== undefined).map((k) => [k, p[k]]));
  return {
    sex: p.sex as PatientProfile['sex'],
    ageYears: p.age as number,
    ...(num('menopauseAge') !== undefined ? { menopauseAgeYears: num('menopauseAge')! } : {}),
    ...(num('ovariectomyAge') !== undefined ? { ovariectomyAgeYears: num('ovariectomyAge')! } : {}),
    ...(num('bmi') !== undefined ? { bmi: num('bmi')! } : {}),
    ...(p.smoking !== undefined ? { smoking: Boolean(p.smoking) } : {}),
    ...(p.alcohol3PlusUnits !== undefined ? { alcohol3PlusUnits: Boolean(p.alcohol3PlusUnits) } : {}),
    ...(num('glucocorticoid') !== undefined ? { glucocorticoidMgPerDay: num('glucocorticoid')! } : {}),
    ...(p.rheumatoidArthritis !== undefined ? { rheumatoidArthritis: Boolean(p.rheumatoidArthritis) } : {}),
    ...(p.priorFractures !== undefined ? { priorFractures: p.priorFractures as PatientProfile['priorFractures'] } : {}),
    ...(num('fallsLastYear') !== undefined ? { fallsLastYear: num('fallsLastYear')! } : {}),
    ...(Object.keys(baseline).length ? { baseline } : {}),
  };
}

/** Reads a risk file: `patient` (profile) and optional `options` (name → regimens in study-file syntax). */
export function loadRiskFile(path: string): { profile: PatientProfile; options: Record<string, DrugRegimen[]> } {
  let data: Record<string, unknown>;
  try {
    data = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new StudyFileError([{ path: '', message: `cannot read the patient file: ${(e as Error).message.split('\n')[0]}` }], path);
  }
  try {
    if (!data || typeof data !== 'object' || !data.patient || typeof data.patient !== 'object') {
      throw new ModelError('patient: is required (sex, age, and optionally menopauseAge, bmi, smoking, priorFractures, hipTScore, …)', { field: 'patient' });
    }
    const extra = Object.keys(data).filter((k) => k !== 'patient' && k !== 'options');
    if (extra.length) throw new ModelError(`${extra[0]}: unknown key (a patient file has patient and options)`, { field: extra[0]! });
    const profile = profileOf(data.patient as Record<string, unknown>);
    if (data.options === undefined) return { profile, options: defaultOptions() };
    const given = data.options as Record<string, unknown[]>;
    const study = studyFromObject(
      {
        name: 'risk',
        patient: { species: profile.sex === 'male' ? 'man' : 'woman', age: profile.ageYears },
        duration: '10 years',
        arms: Object.entries(given).map(([name, regimens]) => ({ name, regimens })),
      },
      path,
    );
    const options = Object.fromEntries(
      study.arms.map((a) => [
        a.name,
        a.regimens.map((r, j) => {
          if (r.kind !== 'drug') throw new ModelError(`options.${a.name}[${j}]: drug regimens only`, { field: `options.${a.name}` });
          return r;
        }),
      ]),
    );
    return { profile, options };
  } catch (e) {
    if (e instanceof ModelError) throw new StudyFileError([{ path: e.field ?? '', message: e.message.replace(/^[^:]*: /, '') }], path);
    throw e;
  }
}

/** `osteosim risk <patient.yaml>`: 10-year fracture probabilities of one patient under each option. */
export function riskCommand(file: string, options: RiskOptions, io: CliIo): void {
  if (options.format !== 'table' && options.format !== 'json') throw new UsageError(`--format must be table or json, got '${options.format}'`);
  const model = boneModel(options.model ?? 'osteosim');
  const { profile, options: regimens } = loadRiskFile(file);
  const rows = tenYearRisks(model, profile, regimens);
  const text = options.format === 'json' ? JSON.stringify({ patient: profile, options: rows }, null, 2) : formatRisks(rows);
  if (options.out) writeFileAtomic(options.out, `${text}\n`);
  else io.stdout(`${text}\n`);
}

export function formatRisks(rows: readonly OptionRisk[]): string {
  const pct = (p: number): string => `${(100 * p).toFixed(1)} %`.padStart(8);
  const w = Math.max(10, ...rows.map((r) => r.option.length));
  const lines = [
    `${'option'.padEnd(w)}  T hip 10y  T spine 10y      hip   clin. VF      MOF    death   MOF prevented  NNT (10 y)`,
    ...rows.map(
      (r) =>
        `${r.option.padEnd(w)}  ${r.hipTScore10.toFixed(2).padStart(9)}  ${r.spineTScore10.toFixed(2).padStart(11)} ${pct(r.probability.hip)} ${pct(r.probability.clinicalVertebral).padStart(10)} ${pct(r.probability.majorOsteoporotic)} ${pct(r.probability.death)}  ${r.majorReductionPp === undefined ? '—'.padStart(13) : `${r.majorReductionPp.toFixed(1)} pp`.padStart(13)}  ${r.numberNeededToTreat === undefined ? '—' : r.numberNeededToTreat.toFixed(0)}`,
    ),
    '',
    'Ten-year probabilities with competing mortality (src/outcomes/fracture); drugs act only through the simulated BMD',
    'and bone turnover. MOF: hip, clinical vertebral, forearm or humerus. A research and teaching tool, not for clinical decisions.',
  ];
  return lines.join('\n');
}
