/**
 * The main job (`npm start`): a 67-year-old postmenopausal woman under each therapy both bone models support, for
 * three years, side by side (total hip and lumbar spine BMD % change, CTX and P1NP % change at 12 months); then the
 * validation summary of each model against the published targets. A research and teaching tool, not medical advice.
 */
import { models, percentChange, type BoneModel, type DrugRegimen, type ScenarioResult } from '../src/model/index.js';
import { summarize, validate } from '../src/studies/validation/index.js';

interface Therapy {
  readonly name: string;
  readonly regimens: readonly DrugRegimen[];
}

const YEAR = 365;
const drug = (d: Omit<DrugRegimen, 'kind'>): DrugRegimen => ({ kind: 'drug', ...d });

/** Label regimens for three years (monthly = 30 d, six-monthly = 182 d, validation protocols 0.5). */
const THERAPIES: readonly Therapy[] = [
  { name: 'untreated', regimens: [] },
  { name: 'calcium + vitamin D', regimens: [drug({ drug: 'calciumVitaminD', dose: 1, start: 0 })] },
  { name: 'alendronate 70 mg weekly', regimens: [drug({ drug: 'alendronate', dose: 70, start: 0, interval: 7, count: 157 })] },
  { name: 'zoledronate 5 mg yearly', regimens: [drug({ drug: 'zoledronate', dose: 5, start: 0, interval: YEAR, count: 3 })] },
  { name: 'teriparatide 20 ug/d, 2 y', regimens: [drug({ drug: 'teriparatide', dose: 20, start: 0, interval: 1, count: 2 * YEAR, continuous: true })] },
  { name: 'denosumab 60 mg / 6 mo', regimens: [drug({ drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 6 })] },
  { name: 'romosozumab 210 mg monthly, 1 y', regimens: [drug({ drug: 'romosozumab', dose: 210, start: 0, interval: 30, count: 12 })] },
  {
    name: 'romosozumab 1 y -> denosumab',
    regimens: [
      drug({ drug: 'romosozumab', dose: 210, start: 0, interval: 30, count: 12 }),
      drug({ drug: 'denosumab', dose: 60, start: 360, interval: 182, count: 4 }),
    ],
  },
];

const DAYS = [0, YEAR, 2 * YEAR, 3 * YEAR];

function run(model: BoneModel, therapy: Therapy): ScenarioResult | string {
  const unsupported = therapy.regimens.find((r) => !model.drugs.includes(r.drug));
  if (unsupported) return `no ${unsupported.drug}`;
  try {
    return model.simulate({ patient: { species: 'woman', ageYears: 67 }, regimens: therapy.regimens, days: DAYS });
  } catch (e) {
    return (e as Error).message;
  }
}

const fmt = (v: number | undefined, width: number): string =>
  (v === undefined || Number.isNaN(v) ? '—' : `${v >= 0 ? '+' : ''}${v.toFixed(1)}`).padStart(width);

const modelList = [models.osteosim!, models.jorg2022!];
console.log('osteosim: a 67-year-old postmenopausal woman, three years of each therapy (research and teaching tool, not medical advice)\n');
console.log(`${'therapy'.padEnd(33)}${'model'.padEnd(10)}   hip % at 1/2/3 y       spine % at 1/2/3 y     CTX % 1 y  P1NP % 1 y`);
for (const therapy of THERAPIES) {
  for (const model of modelList) {
    const r = run(model, therapy);
    const label = `${therapy.name.padEnd(33)}${model.name.padEnd(10)}`;
    if (typeof r === 'string') {
      console.log(`${label}   (${r})`);
      continue;
    }
    const series = (s: Float64Array | undefined) => (s && !Number.isNaN(s[0]!) ? percentChange(s) : undefined);
    const hip = series(r.outputs.bmdTotalHip);
    const spine = series(r.outputs.bmdLumbarSpine);
    const ctx = series(r.outputs.ctx);
    const p1np = series(r.outputs.p1np);
    console.log(
      `${label}${fmt(hip?.[1], 8)}${fmt(hip?.[2], 7)}${fmt(hip?.[3], 7)}  ${fmt(spine?.[1], 8)}${fmt(spine?.[2], 7)}${fmt(spine?.[3], 7)}  ${fmt(ctx?.[1], 10)}${fmt(p1np?.[1], 11)}`,
    );
  }
}

console.log('\nValidation against published targets (npm run validate for the full table):');
const rows = validate(modelList, { progress: false });
for (const s of summarize(rows)) {
  console.log(
    `  ${s.model.padEnd(9)} targets: ${s.targets.pass} pass, ${s.targets.fail} fail, ${s.targets.pending} pending` +
      ` (not used in fitting: ${s.outOfSample.pass} pass, ${s.outOfSample.fail} fail); values: ${s.rows.pass} pass, ${s.rows.fail} fail, ${s.rows.pending} pending`,
  );
}
