import { getModel } from '../../model/index.js';
import { compare } from '../validation/rules.js';
import { inSampleNote, isInSample } from '../validation/in-sample.js';
import { publishedNumber, publishedText, quantityOf, rowEvidence, type RowStatus, type ValidationRow } from '../validation/run.js';
import { getTarget, valueStatus } from '../validation/targets.js';
import type { ArmResult, TrialResult } from './result.js';
import type { FractureEndpoint } from './spec.js';

/**
 * The fracture targets of the validation report that need a virtual population, read from the ready-made trials'
 * results (src/studies/trials/specs). Incidences and ratios are the expectations of the hazard model (mean
 * probabilities, no sampling noise); counts are expected counts at the published denominators. Clinical vertebral
 * counts of HORIZON and FRAME are read the same way. Whether a target is in-sample comes from the model's fitted
 * targets by id, as for every other row (B47's BMD values were fitted; its fracture values share the target).
 */
type Extract = (r: TrialResult, all: Readonly<Record<string, TrialResult>>) => number;

const arm = (r: TrialResult, name: string): ArmResult => {
  const a = r.arms.find((x) => x.name === name);
  if (!a) throw new Error(`trial ${r.name} has no arm '${name}'`);
  return a;
};
const pct = (name: string, e: FractureEndpoint): Extract => (r) => arm(r, name).fractures[e].expectedPct;
const ratio = (name: string, e: FractureEndpoint): Extract => (r) => arm(r, name).fractures[e].expectedRatio!;
const rrr = (name: string, e: FractureEndpoint): Extract => (r) => 100 * (arm(r, name).fractures[e].expectedRatio! - 1);
const count = (name: string, e: FractureEndpoint, n: number): Extract => (r) => (arm(r, name).fractures[e].expectedPct * n) / 100;
const diff = (name: string, e: FractureEndpoint): Extract => (r) => arm(r, name).fractures[e].expectedPct - arm(r, r.control).fractures[e].expectedPct;
/** Expected rate per 100 person-years in a window of the spec, every fracture counted. */
const rate = (name: string, window: string, e: FractureEndpoint): Extract => (r) => {
  const w = arm(r, name).windows.find((x) => x.name === window);
  if (!w) throw new Error(`trial ${r.name} has no window '${window}'`);
  return w.per100PersonYears[e];
};
const rateRatio = (name: string, window: string, ref: string, e: FractureEndpoint): Extract => (r, all) => rate(name, window, e)(r, all) / rate(name, ref, e)(r, all);
/** Rate ratio of two arms in one window. */
const armRateRatio = (name: string, window: string, e: FractureEndpoint): Extract => (r, all) => rate(name, window, e)(r, all) / rate(r.control, window, e)(r, all);
/** Expected incidence (%) of the control arm among patients with `count` prevalent vertebral fractures (3 = three or more). */
const byVfCount = (name: string, e: FractureEndpoint, count: number): Extract => (r) => arm(r, name).byPrevalentVf.expectedPct[e][count]!;
/** Ratio of expected incidences of several arms pooled (equal sizes) against the control. */
const pooledArms = (names: readonly string[], e: FractureEndpoint): Extract => (r) => names.reduce((s, n) => s + arm(r, n).fractures[e].expectedPct, 0) / names.length / arm(r, r.control).fractures[e].expectedPct;
/** Pooled ratio of several trials' arms, each weighted by its published size: Σ wᵢ·p_treatedᵢ / Σ wᵢ·p_controlᵢ. */
const pooledTrials = (parts: readonly { trial: string; weight: number }[], name: string, e: FractureEndpoint): Extract => (_r, all) => {
  let treated = 0;
  let control = 0;
  for (const { trial, weight } of parts) {
    const t = all[trial];
    if (!t) throw new Error(`pooled value needs the ${trial} virtual trial`);
    treated += weight * arm(t, name).fractures[e].expectedPct;
    control += weight * arm(t, t.control).fractures[e].expectedPct;
  }
  return treated / control;
};
/** Mean total-hip BMD % change of an arm at the visit nearest `day`, or its difference from the control arm. */
const hipBmd = (name: string, day: number): Extract => (r) => {
  const visits = arm(r, name).bmd.totalHip;
  return visits.reduce((best, v) => (Math.abs(v.day - day) < Math.abs(best.day - day) ? v : best)).mean;
};
const hipBmdDiff = (name: string, day: number): Extract => (r, all) => hipBmd(name, day)(r, all) - hipBmd(r.control, day)(r, all);
const FIT_POOLED = [
  { trial: 'fit', weight: 2027 },
  { trial: 'fit2', weight: 1631 },
];
const YEAR_DAYS = 365.25;

/** Target id → trial key → value key → extractor. */
export const TRIAL_TARGETS: Readonly<Record<string, { readonly trial: string; readonly also?: readonly string[]; readonly values: Readonly<Record<string, Extract>> }[]>> = {
  A9: [
    { trial: 'freedom', values: { freedom: pct('placebo', 'morphometricVertebral') } },
    { trial: 'horizon', values: { horizon: pct('placebo', 'morphometricVertebral') } },
    { trial: 'fit', values: { fit1: pct('placebo', 'morphometricVertebral') } },
    { trial: 'more', values: { more: pct('placebo', 'morphometricVertebral') } },
  ],
  A10: [
    { trial: 'horizon', values: { horizon: pct('placebo', 'hip') } },
    { trial: 'freedom', values: { freedom: pct('placebo', 'hip') } },
  ],
  B1: [{ trial: 'freedom', values: { vf: rrr('denosumab', 'morphometricVertebral'), hip: rrr('denosumab', 'hip'), nv: rrr('denosumab', 'nonVertebral') } }],
  B2: [
    {
      trial: 'freedom',
      values: {
        'vf-dmab': pct('denosumab', 'morphometricVertebral'),
        'vf-pbo': pct('placebo', 'morphometricVertebral'),
        'hip-dmab': pct('denosumab', 'hip'),
        'hip-pbo': pct('placebo', 'hip'),
        'nv-dmab': pct('denosumab', 'nonVertebral'),
        'nv-pbo': pct('placebo', 'nonVertebral'),
      },
    },
  ],
  B5: [{ trial: 'freedom', values: { 'rr-36': ratio('denosumab', 'morphometricVertebral') } }],
  B6: [{ trial: 'freedom', values: { 'hr-36': ratio('denosumab', 'nonVertebral') } }],
  B20: [
    {
      trial: 'fit',
      values: {
        'vf-aln': pct('alendronate', 'morphometricVertebral'),
        'vf-pbo': pct('placebo', 'morphometricVertebral'),
        'vf-rr': ratio('alendronate', 'morphometricVertebral'),
        'cvf-aln': pct('alendronate', 'clinicalVertebral'),
        'cvf-pbo': pct('placebo', 'clinicalVertebral'),
        'cvf-rh': ratio('alendronate', 'clinicalVertebral'),
      },
    },
  ],
  B21: [
    {
      trial: 'fit',
      values: {
        'hip-rh': ratio('alendronate', 'hip'),
        'clinical-aln': pct('alendronate', 'anyClinical'),
        'clinical-pbo': pct('placebo', 'anyClinical'),
        'clinical-rh': ratio('alendronate', 'anyClinical'),
      },
    },
  ],
  B25: [
    {
      trial: 'horizon',
      values: {
        'vf-zol': count('zoledronate', 'morphometricVertebral', 2788),
        'vf-pbo': count('placebo', 'morphometricVertebral', 2844),
        'vf-rr': ratio('zoledronate', 'morphometricVertebral'),
        'hip-zol': count('zoledronate', 'hip', 3714),
        'hip-pbo': count('placebo', 'hip', 3520),
        'hip-hr': ratio('zoledronate', 'hip'),
        'nv-zol': count('zoledronate', 'nonVertebral', 3650),
        'nv-pbo': count('placebo', 'nonVertebral', 3626),
        'cvf-zol': count('zoledronate', 'clinicalVertebral', 3800),
        'cvf-pbo': count('placebo', 'clinicalVertebral', 3231),
      },
    },
  ],
  B46: [
    {
      trial: 'frame',
      values: {
        'cvf-romo': count('romosozumab', 'clinicalVertebral', 3589),
        'cvf-pbo': count('placebo', 'clinicalVertebral', 3591),
        'cvf-hr': ratio('romosozumab', 'clinicalVertebral'),
        'cvf-rrr': rrr('romosozumab', 'clinicalVertebral'),
      },
    },
  ],
  B47: [
    { trial: 'frame', values: { 'vf-romo-12': pct('romosozumab', 'morphometricVertebral'), 'vf-pbo-12': pct('placebo', 'morphometricVertebral'), 'vf-rrr-12': rrr('romosozumab', 'morphometricVertebral') } },
  ],
  B53: [
    {
      trial: 'more',
      values: {
        'vf-pbo': pct('placebo', 'morphometricVertebral'),
        'vf-60': pct('raloxifene 60 mg', 'morphometricVertebral'),
        'vf-120': pct('raloxifene 120 mg', 'morphometricVertebral'),
        'rr-60': ratio('raloxifene 60 mg', 'morphometricVertebral'),
        'rr-120': ratio('raloxifene 120 mg', 'morphometricVertebral'),
      },
    },
  ],
  B12: [
    {
      trial: 'freedom-extension',
      values: {
        'nv-rate-y1-3': rate('denosumab', 'years 1-3', 'nonVertebral'),
        'nv-rate-y4': rate('denosumab', 'year 4', 'nonVertebral'),
        'rr-y4': rateRatio('denosumab', 'year 4', 'years 1-3', 'nonVertebral'),
        'rr-y4-7': rateRatio('denosumab', 'years 4-7', 'years 1-3', 'nonVertebral'),
      },
    },
  ],
  B22: [
    {
      trial: 'fit2',
      also: ['fit'],
      values: {
        hip: pooledTrials(FIT_POOLED, 'alendronate', 'hip'),
        vf: pooledTrials(FIT_POOLED, 'alendronate', 'morphometricVertebral'),
        cvf: pooledTrials(FIT_POOLED, 'alendronate', 'clinicalVertebral'),
        clinical: pooledTrials(FIT_POOLED, 'alendronate', 'anyClinical'),
      },
    },
  ],
  B35: [
    {
      trial: 'fpt',
      values: {
        'vf-pbo': pct('placebo', 'morphometricVertebral'),
        'vf-20': pct('teriparatide 20 µg', 'morphometricVertebral'),
        'vf-rr-20': ratio('teriparatide 20 µg', 'morphometricVertebral'),
        'vf-40': pct('teriparatide 40 µg', 'morphometricVertebral'),
        'vf-rr-40': ratio('teriparatide 40 µg', 'morphometricVertebral'),
        'nv-pbo': pct('placebo', 'nonVertebral'),
        'nv-tptd': pct('teriparatide 20 µg', 'nonVertebral'),
        'nv-rr': ratio('teriparatide 20 µg', 'nonVertebral'),
      },
    },
  ],
  B37: [
    {
      trial: 'fpt',
      values: {
        'pbo-1': byVfCount('placebo', 'morphometricVertebral', 1),
        'pbo-2': byVfCount('placebo', 'morphometricVertebral', 2),
        'pbo-3': byVfCount('placebo', 'morphometricVertebral', 3),
      },
    },
  ],
  B42: [
    {
      trial: 'active',
      values: {
        'vf-abalo': pct('abaloparatide', 'morphometricVertebral'),
        'vf-pbo': pct('placebo', 'morphometricVertebral'),
        'vf-rr': ratio('abaloparatide', 'morphometricVertebral'),
        'vf-rd': diff('abaloparatide', 'morphometricVertebral'),
        'vf-tptd': pct('teriparatide', 'morphometricVertebral'),
      },
    },
  ],
  B43: [
    {
      trial: 'active',
      values: {
        'nv-abalo': pct('abaloparatide', 'nonVertebral'),
        'nv-pbo': pct('placebo', 'nonVertebral'),
        'nv-hr': ratio('abaloparatide', 'nonVertebral'),
        'nv-tptd': pct('teriparatide', 'nonVertebral'),
      },
    },
  ],
  B54: [
    {
      trial: 'more-4y',
      values: {
        'vf-rr-60': ratio('raloxifene 60 mg', 'morphometricVertebral'),
        'vf-rr-120': ratio('raloxifene 120 mg', 'morphometricVertebral'),
        'nv-rr': pooledArms(['raloxifene 60 mg', 'raloxifene 120 mg'], 'nonVertebral'),
      },
    },
  ],
  B56: [{ trial: 'loft', values: { 'vf-hr': ratio('odanacatib', 'morphometricVertebral'), 'hip-hr': ratio('odanacatib', 'hip'), 'nv-hr': ratio('odanacatib', 'nonVertebral') } }],
  B58: [
    {
      trial: 'whi-ep',
      values: {
        'fracture-ht': pct('estrogen + progestin', 'anyClinical'),
        'fracture-pbo': pct('placebo', 'anyClinical'),
        'fracture-hr': ratio('estrogen + progestin', 'anyClinical'),
        'th-ht': hipBmd('estrogen + progestin', 3 * YEAR_DAYS),
        'th-pbo': hipBmd('placebo', 3 * YEAR_DAYS),
      },
    },
  ],
  B59: [{ trial: 'whi-ep', values: { 'hip-hr': ratio('estrogen + progestin', 'hip') } }],
  B61: [
    {
      trial: 'whi-cad',
      values: {
        'hip-bmd-diff': hipBmdDiff('calcium + vitamin D', 7 * YEAR_DAYS),
        'hip-hr': ratio('calcium + vitamin D', 'hip'),
        'spine-hr': ratio('calcium + vitamin D', 'clinicalVertebral'),
        'total-hr': ratio('calcium + vitamin D', 'anyClinical'),
      },
    },
  ],
  B62: [{ trial: 'whi-cad', values: { 'hip-hr': armRateRatio('calcium + vitamin D', 'after 5 years', 'hip'), 'vf-hr': ratio('calcium + vitamin D', 'clinicalVertebral') } }],
};

/** Trials the trial targets need. */
export const TRIALS_FOR_VALIDATION: readonly string[] = [...new Set(Object.values(TRIAL_TARGETS).flatMap((list) => list.flatMap((x) => [x.trial, ...(x.also ?? [])])))];

/** Validation rows of the trial targets from trial results keyed like TRIAL_SPECS (missing trials: pending). */
export function trialValidationRows(results: Readonly<Record<string, TrialResult>>, model = 'osteosim'): ValidationRow[] {
  const bone = getModel(model);
  const rows: ValidationRow[] = [];
  for (const [id, sources] of Object.entries(TRIAL_TARGETS)) {
    const target = getTarget(id);
    for (const { trial, also, values } of sources) {
      const missing = [trial, ...(also ?? [])].filter((t) => !results[t]);
      const result = missing.length === 0 ? results[trial] : undefined;
      for (const [key, extract] of Object.entries(values)) {
        const v = target.values.find((x) => x.key === key);
        if (!v) throw new Error(`target ${id} has no value '${key}'`);
        const soft = valueStatus(target, v) === 'UNVERIFIED' ? 'UNVERIFIED (soft target)' : null;
        let simulated: number | null = null;
        let status: RowStatus = 'pending';
        let tolerance = '—';
        const notes: string[] = [];
        const inSample = result ? inSampleNote(bone, id) : null;
        if (inSample) notes.push(inSample);
        if (!result) notes.push(`needs the ${missing.join(' and ')} virtual trial${missing.length > 1 ? 's' : ''} (npm run trials)`);
        else {
          simulated = extract(result, results);
          const judged = compare(v, simulated);
          status = judged.status;
          tolerance = judged.tolerance;
          const pooled = (also ?? []).map((t) => `${results[t]!.name} (${results[t]!.arms.map((a) => a.n).join(' + ')})`);
          notes.push(`virtual ${result.name}, ${result.arms.map((a) => a.n).join(' + ')} patients, seed ${result.seed}${pooled.length ? `, pooled with ${pooled.join(', ')}` : ''}; expected incidence of the hazard model`);
        }
        if (soft) notes.push(soft);
        rows.push({
          id,
          section: target.section,
          key,
          quantity: quantityOf(v),
          published: publishedNumber(v),
          publishedText: publishedText(v),
          simulated: simulated !== null && Number.isFinite(simulated) ? simulated : null,
          tolerance,
          status,
          model,
          note: notes.join('; '),
          inSample: isInSample(bone, id),
          evidence: rowEvidence(v),
        });
      }
    }
  }
  return rows;
}
