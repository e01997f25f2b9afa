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
type Extract = (r: TrialResult) => number;

const arm = (r: TrialResult, name: string): ArmResult => {
  const a = r.arms.find((x) => x.name === name);
  if (!a) throw new Error(`trial ${r.name} has no arm '${name}'`);
  return a;
};
const pct = (name: string, e: FractureEndpoint): Extract => (r) => arm(r, name).fractures[e].expectedPct;
const ratio = (name: string, e: FractureEndpoint): Extract => (r) => arm(r, name).fractures[e].expectedRatio!;
const rrr = (name: string, e: FractureEndpoint): Extract => (r) => 100 * (arm(r, name).fractures[e].expectedRatio! - 1);
const count = (name: string, e: FractureEndpoint, n: number): Extract => (r) => (arm(r, name).fractures[e].expectedPct * n) / 100;

/** Target id → trial key → value key → extractor. */
export const TRIAL_TARGETS: Readonly<Record<string, { readonly trial: string; readonly values: Readonly<Record<string, Extract>> }[]>> = {
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
};

/** Trials the trial targets need. */
export const TRIALS_FOR_VALIDATION: readonly string[] = [...new Set(Object.values(TRIAL_TARGETS).flatMap((list) => list.map((x) => x.trial)))];

/** Validation rows of the trial targets from trial results keyed like TRIAL_SPECS (missing trials: pending). */
export function trialValidationRows(results: Readonly<Record<string, TrialResult>>, model = 'osteosim'): ValidationRow[] {
  const bone = getModel(model);
  const rows: ValidationRow[] = [];
  for (const [id, sources] of Object.entries(TRIAL_TARGETS)) {
    const target = getTarget(id);
    for (const { trial, values } of sources) {
      const result = results[trial];
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
        if (!result) notes.push(`needs the ${trial} virtual trial (npm run trials)`);
        else {
          simulated = extract(result);
          const judged = compare(v, simulated);
          status = judged.status;
          tolerance = judged.tolerance;
          notes.push(`virtual ${result.name}, ${result.arms.map((a) => a.n).join(' + ')} patients, seed ${result.seed}; expected incidence of the hazard model`);
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
