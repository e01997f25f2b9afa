import { simulateScenario } from '../../model/index.js';
import { renderReport } from '../../io/report.js';
import { models, type BoneModel, type DrugName, type DrugRegimen } from '../../model/index.js';
import { DAYS_PER_PROTOCOL_YEAR } from '../../model/time.js';
import { DRUG_LABELS } from '../../therapies/drugs/index.js';
import { summarize, validate } from '../../studies/validation/index.js';
import { endpoints, endpointTable } from './compare.js';
import type { CliIo } from '../io.js';
import { progress } from '../progress.js';
import type { ArmResult } from '../run-study.js';
import { reportStudies } from './report.js';
import { writeFileAtomic } from '../write-file.js';

/** The protocol year of study files (12 months = 365 d; yearly doses every 365 d). */
const YEAR = DAYS_PER_PROTOCOL_YEAR;

/**
 * `count` doses of the drug's default label regimen (dose and interval from its label, src/therapies/drugs) from day
 * `start`; a daily regimen as a constant rate (inModelForm turns it into daily doses where a model wants them).
 */
function onLabel(drug: DrugName, count: number, start = 0): DrugRegimen {
  const { dose, interval } = DRUG_LABELS[drug].regimens[0];
  return { kind: 'drug', drug, dose, start, interval, count, ...(interval === 1 ? { continuous: true } : {}) };
}

/** A therapy of one drug on its default label regimen, named by the drug and the regimen's label name. */
function labelled(drug: DrugName, count: number, suffix = ''): { readonly name: string; readonly regimens: readonly DrugRegimen[] } {
  const label = DRUG_LABELS[drug];
  return { name: `${label.name.split(' (')[0]} ${label.regimens[0].name}${suffix}`, regimens: [onLabel(drug, count)] };
}

/** Label regimens over five years (monthly = 30 d, six-monthly = 182 d: validation protocols 0.5). */
export const DEMO_THERAPIES: readonly { readonly name: string; readonly regimens: readonly DrugRegimen[] }[] = [
  { name: 'untreated', regimens: [] },
  { name: DRUG_LABELS.calciumVitaminD.name, regimens: [{ kind: 'drug', drug: 'calciumVitaminD', dose: DRUG_LABELS.calciumVitaminD.regimens[0].dose, start: 0 }] },
  labelled('alendronate', 261),
  labelled('zoledronate', 5),
  labelled('teriparatide', 2 * YEAR, ', 2 y'),
  labelled('abaloparatide', 548, ', 18 mo'),
  labelled('risedronate', 261),
  labelled('raloxifene', 5 * YEAR),
  labelled('hormoneTherapy', 5 * YEAR),
  labelled('odanacatib', 261),
  labelled('denosumab', 10),
  { name: 'denosumab, stopped after 3 y', regimens: [onLabel('denosumab', 6)] },
  labelled('romosozumab', 12),
  { name: 'romosozumab 1 y, then denosumab', regimens: [onLabel('romosozumab', 12), onLabel('denosumab', 8, 360)] },
];

/**
 * Daily regimens in each model's own form (BoneModel.dailyDosing): jorg2022 takes daily drugs quasi-continuously;
 * osteosim gives PTH analogs as daily injections, since a constant exposure is another (catabolic) treatment.
 */
function inModelForm(regimens: readonly DrugRegimen[], model: BoneModel): DrugRegimen[] {
  return regimens.map((r) => {
    if (!r.continuous || r.interval !== 1 || model.dailyDosing?.[r.drug] !== 'discrete') return r;
    const { continuous: _continuous, ...discrete } = r;
    return discrete;
  });
}

export interface DemoOptions {
  readonly out: string;
  readonly quiet: boolean;
}

/**
 * `osteosim demo` (the main job): a 67-year-old postmenopausal woman under every therapy both models support, five
 * years, monthly outputs; prints the end points and the validation summary, and writes the HTML report.
 */
export function demoCommand(options: DemoOptions, io: CliIo): void {
  const days = Array.from({ length: 61 }, (_, k) => k * (YEAR / 12));
  const modelList = [models.osteosim!, models.jorg2022!];
  const jobs = modelList.flatMap((model) =>
    DEMO_THERAPIES.filter((t) => t.regimens.every((r) => model.drugs.includes(r.drug))).map((t) => ({ model, therapy: t })),
  );
  const bar = progress(io, jobs.length, 'simulating', options.quiet);
  const arms: ArmResult[] = jobs.map(({ model, therapy }) => {
    const result = simulateScenario(model, { patient: { species: 'woman', ageYears: 67 }, regimens: inModelForm(therapy.regimens, model), days });
    bar.tick(`${model.name}: ${therapy.name}`);
    return { study: `67-year-old woman on ${model.name}`, arm: therapy.name, model: model.name, result };
  });
  bar.stop();

  const rows = arms.map((a) => endpoints(a));
  io.stdout('A 67-year-old postmenopausal woman, five years of each therapy (research and teaching tool, not medical advice)\n\n');
  io.stdout(`${endpointTable(rows, false)}\n% change from the start; — where a model has no such output. Drugs a model lacks are left out for it.\n\n`);
  const validation = summarize(validate(modelList, { progress: false }));
  io.stdout('Validation against published targets (osteosim validate for the full table):\n');
  for (const s of validation) {
    io.stdout(
      `  ${s.model.padEnd(9)} targets ${s.targets.pass} pass, ${s.targets.fail} fail, ${s.targets.pending} pending` +
        ` (not used in fitting: ${s.outOfSample.pass} pass, ${s.outOfSample.fail} fail)\n`,
    );
  }
  const studies = modelList.map((m) => ({ name: `67-year-old woman on ${m.name}`, description: m.description }));
  const html = renderReport({
    title: 'A 67-year-old woman under every therapy',
    subtitle: 'osteosim and the Jörg 2022 reference model, five years',
    generator: 'osteosim 0.1.0',
    studies: reportStudies(studies, arms),
    validation,
  });
  writeFileAtomic(options.out, html);
  io.stdout(`\nWrote ${options.out} (open it in a browser; it works offline).\n`);
}
