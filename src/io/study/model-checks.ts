import { ModelError } from '../../engine/errors.js';
import { getModel, InputError, type Patient, type Regimen, type Scenario } from '../../model/index.js';
import { checkDrugRegimens } from '../../therapies/drugs/index.js';
import type { StudyIssue } from './errors.js';
import { mscFieldPath, mscMessage } from './msc.js';

/**
 * Checks a study's scenarios against the chosen model before anything runs, so a bad species, drug, dosing form,
 * phenotype or parameter fails fast (exit code 2) with the path of the field in the study file. Each model is asked
 * through the contract's `prepare`, which checks and builds events and parameters without integrating. Drug doses are checked against
 * their labels first, whatever the model (therapies/drugs `checkDrugRegimens`): a dose more than 10× outside the
 * labelled range is an error; what the labels only advise against becomes a warning (`studyWarnings`).
 */

/** Where the checked scenario's fields came from in the study file. */
export interface ScenarioOrigin {
  /** Path of the arm's regimen `k` in the file, e.g. `arms[1].regimens[0]` or `regimens[0]`. */
  regimen(k: number): string;
  /** Path of a parameter override: the arm's own (`arms[1].parameters.loading`) or the study's. */
  parameter(name: string): string;
  /** Path of the arm's perturbation or exposure `k`: the study's (`perturbations[0]`) or the arm's own. */
  window?(list: 'perturbations' | 'exposures', k: number): string;
}

/** Contract fields of perturbations and exposures → study-file keys (a factor was given as change or factor: the entry is named). */
const WINDOW_FIELDS: Readonly<Record<string, string | undefined>> = { fromDay: 'from', forDays: 'for', factor: undefined, signal: 'signal', exposure: 'exposure', value: 'value' };

/** Everything a model checks of a scenario without simulating it: the contract's `prepare`. */
function preflight(modelName: string, scenario: Scenario): void {
  void getModel(modelName).prepare(scenario);
}

const OPTIONAL_PATIENT_FIELDS = ['phenotype', 'menopauseAgeYears', 'ovariectomyDay'] as const;

/** Contract field names → study-file field names. */
const PATIENT_FIELDS: Readonly<Record<string, string>> = {
  'patient.ageYears': 'patient.age',
  'patient.menopauseAgeYears': 'patient.menopauseAge',
  'patient.ovariectomyDay': 'patient.ovariectomyAt',
};
const REGIMEN_FIELDS: Readonly<Record<string, string>> = { interval: 'every', continuous: 'dose', kind: 'drug' };

/** What to change, in a study file's words, for a dosing form the model takes otherwise (InputError code 'dosing-form'). */
function dosingFormHint(regimenGiven: Regimen | undefined): string {
  return regimenGiven?.continuous
    ? "give a dose per administration (without '/day') with every, e.g. '60 mg' with every: 6 months"
    : "give a dose per day with for, e.g. '20 ug/day' with for: 2 years";
}

/**
 * A model's input error as a study issue: the contract field mapped to the study file's path, the message built from
 * the error's data (its detail, and the file's own hint where the contract's hint speaks of contract fields).
 */
function toIssue(err: ModelError, origin: ScenarioOrigin, modelName: string, regimenGiven?: Regimen): StudyIssue {
  const field = err.field ?? '';
  const problem = err instanceof InputError ? err : undefined;
  let message = problem ? problem.detail : err.message.startsWith(`${field}: `) ? err.message.slice(field.length + 2) : err.message;
  if (problem?.code === 'dosing-form') message += `; ${dosingFormHint(regimenGiven)}`;
  else if (problem?.hint) message += `; ${problem.hint}`;
  let path = field;
  const regimen = /^regimens\[(\d+)\](?:\.([\w.]+))?/.exec(field);
  if (regimen && regimenGiven?.kind === 'msc') {
    // MSC regimens: the contract's fields (product.viabilityPct, infusion.durationMin, …) as the file's keys.
    path = origin.regimen(Number(regimen[1])) + (regimen[2] ? `.${mscFieldPath(regimen[2])}` : '');
    message = mscMessage(message);
  } else if (regimen) {
    const sub = regimen[2];
    path = origin.regimen(Number(regimen[1])) + (sub ? `.${REGIMEN_FIELDS[sub] ?? sub}` : '');
  } else if (/^(perturbations|exposures)\[\d+\]/.test(field)) {
    const m = /^(perturbations|exposures)\[(\d+)\](?:\.(\w+))?/.exec(field)!;
    const list = m[1] as 'perturbations' | 'exposures';
    const key = m[3] === undefined ? undefined : m[3] in WINDOW_FIELDS ? WINDOW_FIELDS[m[3]] : m[3];
    path = (origin.window?.(list, Number(m[2])) ?? `${list}[${m[2]}]`) + (key ? `.${key}` : '');
    // A window named in the message (an overlap) is named as in the file too.
    message = message.replace(/\b(perturbations|exposures)\[(\d+)\]/g, (_, l: 'perturbations' | 'exposures', k: string) => origin.window?.(l, Number(k)) ?? `${l}[${k}]`);
  } else if (field.startsWith('parameters.')) {
    path = origin.parameter(field.slice('parameters.'.length));
  } else if (PATIENT_FIELDS[field]) {
    path = PATIENT_FIELDS[field];
  } else if (/^days\b/.test(field)) {
    path = 'duration';
  } else if (field === 'patient.species' || field === 'patient.phenotype') {
    path = field;
  } else if (field !== '' && !field.includes('.')) {
    // A bare parameter name from the compiled model (bounds).
    path = origin.parameter(field);
  }
  if (problem && (problem.code === 'unsupported' || problem.code === 'unknown') && /^regimens|^patient\.species/.test(field) && !message.includes(modelName)) {
    message += ` (model '${modelName}')`;
  } else if (!problem && !message.includes(modelName) && /^regimens|^patient\.species/.test(field)) message += ` (model '${modelName}')`;
  return { path, message };
}

/**
 * Problems of the arms' scenarios on the model: parameters first (each name and value), then per arm the patient
 * and output days, then each regimen on its own, so that every bad regimen is reported, not only the first.
 */
export function modelIssues(modelName: string, arms: readonly { scenario: Scenario; origin: ScenarioOrigin; ownParameters: Readonly<Record<string, number>> }[], studyParameters: Readonly<Record<string, number>>): StudyIssue[] {
  const issues: StudyIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: StudyIssue): void => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(issue);
  };
  const catchModel = (run: () => void, onError: (e: ModelError) => void): boolean => {
    try {
      run();
      return true;
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      onError(e);
      return false;
    }
  };

  const { compiled } = getModel(modelName);
  const checkParameter = (name: string, value: number): void => compiled.checkParameter(name, value);
  {
    const checkAll = (values: Readonly<Record<string, number>>, path: (name: string) => string): void => {
      for (const [name, value] of Object.entries(values)) {
        catchModel(
          () => checkParameter(name, value),
          (e) => add({ path: path(name), message: `${e.message} (model '${modelName}')` }),
        );
      }
    };
    checkAll(studyParameters, (name) => `parameters.${name}`);
    arms.forEach(({ origin, ownParameters }) => checkAll(ownParameters, (name) => origin.parameter(name)));
    if (issues.length > 0) return issues;
  }

  for (const { scenario, origin } of arms) {
    // The patient alone; a model stops at its first problem, so an optional field at fault is dropped and the rest
    // checked again, to report every patient problem at once.
    let patient: Patient = scenario.patient;
    let baseOk = false;
    for (let attempt = 0; attempt <= OPTIONAL_PATIENT_FIELDS.length; attempt++) {
      let field: string | undefined;
      const ok = catchModel(
        () => preflight(modelName, { ...scenario, patient, regimens: [], perturbations: [], exposures: [] }),
        (e) => {
          add(toIssue(e, origin, modelName));
          field = e.field;
        },
      );
      if (ok) baseOk = attempt === 0;
      const optional = OPTIONAL_PATIENT_FIELDS.find((f) => field === `patient.${f}`);
      if (ok || !optional) break;
      const { [optional]: _dropped, ...rest } = patient;
      patient = rest as Patient;
    }
    if (!baseOk) continue;
    // The timed windows on their own (signals and exposures the model has, values in bounds, overlaps).
    if ((scenario.perturbations ?? []).length + (scenario.exposures ?? []).length > 0) {
      catchModel(
        () => preflight(modelName, { ...scenario, regimens: [] }),
        (e) => add(toIssue(e, origin, modelName)),
      );
    }
    let regimensOk = true;
    (scenario.regimens ?? []).forEach((r, k) => {
      const one: ScenarioOrigin = { regimen: () => origin.regimen(k), parameter: origin.parameter };
      // The label first: a dose 10× outside it is a wrong unit or a typo on any model.
      const labelOk = catchModel(
        () => void checkDrugRegimens([r]),
        (e) => {
          regimensOk = false;
          add(labelIssue(e.field ?? '', e.message, one));
        },
      );
      if (!labelOk) return;
      catchModel(
        () => preflight(modelName, { ...scenario, regimens: [r] }),
        (e) => {
          regimensOk = false;
          add(toIssue(e, one, modelName, r));
        },
      );
    });
    // Rules that span the regimens of an arm (one MSC product per arm, one body weight): check the arm whole.
    if (regimensOk && (scenario.regimens ?? []).length > 1) {
      catchModel(
        () => preflight(modelName, scenario),
        (e) => add(toIssue(e, origin, modelName)),
      );
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------------------------
// Label warnings

/** Contract regimen fields → study-file keys, for label findings (`count` may have been `for`: the regimen is named). */
const LABEL_FIELDS: Readonly<Record<string, string | undefined>> = { dose: 'dose', interval: 'every', continuous: 'dose', count: undefined };

/** A label finding (`regimens[k].field: message`) as a study issue: the file's path; regimens named by their path. */
function labelIssue(field: string, message: string, origin: ScenarioOrigin): StudyIssue {
  const m = /^regimens\[(\d+)\](?:\.(\w+))?/.exec(field);
  const text = (message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message).replace(/\bregimens\[(\d+)\]/g, (_, k: string) => origin.regimen(Number(k)));
  if (!m) return { path: field, message: text };
  const key = m[2] === undefined ? undefined : m[2] in LABEL_FIELDS ? LABEL_FIELDS[m[2]] : m[2];
  return { path: origin.regimen(Number(m[1])) + (key ? `.${key}` : ''), message: text };
}

/**
 * The label warnings of regimens (therapies/drugs `checkDrugRegimens`): doses, intervals and durations unlike the
 * label, double dosing, combinations the labels advise against; paths as in the file (`arms[1].regimens[0].every`).
 */
export function labelWarnings(regimens: readonly Regimen[], origin: ScenarioOrigin): StudyIssue[] {
  return checkDrugRegimens(regimens).map((w) => labelIssue(w.field, w.message, origin));
}

/**
 * The label warnings of a study: those found when it was loaded (with paths and lines in its file), or, for a study
 * built in code, with the paths a single-arm or multi-arm file would have. Commands print them (`warning: …`) and go on.
 */
export function studyWarnings(study: {
  readonly arms: readonly { readonly regimens: readonly Regimen[] }[];
  readonly warnings?: readonly StudyIssue[];
}): readonly StudyIssue[] {
  if (study.warnings) return study.warnings;
  return study.arms.flatMap((arm, i) =>
    labelWarnings(arm.regimens, {
      regimen: (k) => (study.arms.length > 1 ? `arms[${i}].regimens[${k}]` : `regimens[${k}]`),
      parameter: (name) => `parameters.${name}`,
    }),
  );
}
