import { z } from 'zod';
import { didYouMean } from '../../engine/model.js';
import { models } from '../../model/index.js';
import { SPECIES, type DrugName, type OutputName, type Species } from '../../model/scenario.js';
import { DOSE_PATTERN, DRUG_NAMES, parseDose } from './doses.js';
import { show, unknownKeysMessage } from './errors.js';
import { ageYears, DURATION_PATTERN, INTERVAL_SHORTHANDS, intervalDays, parseTimeQuantity, spanDays } from './time.js';

/**
 * The zod schema of study files: the shape, the formats (durations, doses) and the rules within one regimen, with
 * messages that name the value given and what is allowed. Cross-field rules of the whole study (arms, output grid,
 * start times) and the checks against the chosen model run after it (study-file.ts, model-checks.ts).
 */

/** Every output of the scenario contract, with its meaning (a model reports those it has). */
export const OUTPUT_DESCRIPTIONS: Readonly<Record<OutputName, string>> = {
  bmdTotalHip: 'total-hip BMD (model units; compare as % change)',
  bmdLumbarSpine: 'lumbar-spine BMD (model units; compare as % change)',
  ctx: 'CTX, resorption marker (relative)',
  p1np: 'P1NP, formation marker (relative)',
  bsap: 'bone-specific alkaline phosphatase, formation marker (relative)',
  marrowFatFraction: 'marrow fat fraction',
  rankOccupancy: 'RANK receptor occupancy',
  ranklOpgRatio: 'RANKL/OPG ratio (relative to young)',
  sclerostin: 'sclerostin (relative)',
  estrogen: 'estrogen (relative to young)',
  mscPool: 'mesenchymal stem cell pool',
  osteoblasts: 'active osteoblasts',
  osteoclasts: 'active osteoclasts',
  pth: 'parathyroid hormone relative to replete calcium and vitamin D status',
  tgfBeta: 'matrix-released TGF-beta relative to young',
  denosumabLevel: 'denosumab level (osteosim: serum ng/mL; jorg2022: exposure, multiples of EC50)',
  romosozumabLevel: 'romosozumab level (osteosim: serum nM; jorg2022: exposure, multiples of EC50)',
  bisphosphonateLevel: 'bisphosphonate level (osteosim: mg on remodeling surfaces; jorg2022: alendronate exposure)',
  teriparatideLevel: 'teriparatide exposure (multiples of EC50)',
};
export const OUTPUT_NAMES = Object.keys(OUTPUT_DESCRIPTIONS) as OutputName[];

export const MODEL_NAMES = Object.keys(models);

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

/** A strict object: unknown keys are rejected with a did-you-mean and the list of allowed keys. */
function strict<S extends z.core.$ZodLooseShape>(shape: S, what: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? unknownKeysMessage(iss.keys, known, what) : undefined),
  });
}

const TIME_FORMS = "a number of days or a duration such as '90 days', '12 weeks', '6 months', '2 years'";

const durationTextFor = (forms: string) =>
  z.string().regex(new RegExp(DURATION_PATTERN), { error: (iss) => `expected ${forms}, got ${show(iss.input)}` });
const durationText = durationTextFor(TIME_FORMS);
const AGE_FORMS = "an age in years (a number) or a duration such as '6 months'";

type Sign = 'positive' | 'nonnegative' | 'any';
const SIGN_TEXT: Readonly<Record<Sign, string>> = { positive: 'must be > 0', nonnegative: 'must be >= 0', any: '' };

/** A time point or span in days (exact: 1 month = 365/12 d, 1 year = 365 d). */
function timeSpan(description: string, sign: Sign) {
  return z
    .union([z.number(), durationText], { error: (iss) => `expected ${TIME_FORMS}, got ${show(iss.input)}` })
    .meta({ description })
    .transform((v, ctx) => {
      const days = spanDays(typeof v === 'number' ? v : parseTimeQuantity(v)!);
      if ((sign === 'positive' && !(days > 0)) || (sign === 'nonnegative' && !(days >= 0))) {
        ctx.addIssue({ code: 'custom', message: `${SIGN_TEXT[sign]}, got ${show(v)}`, input: v });
        return z.NEVER;
      }
      return days;
    });
}

const SHORTHANDS = Object.keys(INTERVAL_SHORTHANDS) as (keyof typeof INTERVAL_SHORTHANDS)[];
const INTERVAL_FORMS = `${SHORTHANDS.join(', ')}, a number of days or a duration such as '2 weeks', '6 months' (months are whole days: 1 → 30, 3 → 91, 6 → 182, 12 → 365)`;

/** A dosing interval in days (protocol 0.5: monthly = 30 d, every 6 months = 182 d, yearly = 365 d). */
const interval = z
  .union(
    [
      z.enum(SHORTHANDS),
      z.number(),
      z.string().regex(new RegExp(DURATION_PATTERN), {
        error: (iss) => `expected ${INTERVAL_FORMS}, got ${show(iss.input)}${typeof iss.input === 'string' ? didYouMeanShorthand(iss.input) : ''}`,
      }),
    ],
    { error: (iss) => `expected ${INTERVAL_FORMS}, got ${show(iss.input)}` },
  )
  .meta({ description: `time between doses: ${INTERVAL_FORMS}` })
  .transform((v, ctx) => {
    const days = typeof v === 'number' ? v : v in INTERVAL_SHORTHANDS ? INTERVAL_SHORTHANDS[v as keyof typeof INTERVAL_SHORTHANDS] : intervalDays(parseTimeQuantity(v)!);
    if (!(days > 0)) {
      ctx.addIssue({ code: 'custom', message: `must be > 0 days, got ${show(v)}`, input: v });
      return z.NEVER;
    }
    return days;
  });

const didYouMeanShorthand = (text: string): string => didYouMean(text.trim(), SHORTHANDS);

const parameters = z
  .record(z.string(), z.number({ error: (iss) => `a parameter value is a number in the parameter's unit, got ${show(iss.input)}` }))
  .meta({ description: "parameter overrides by model name, in the parameter's unit (e.g. loading: 0, vitamin_D: 12); `osteosim params` lists them" });

// ---------------------------------------------------------------------------------------------------------------
// Patient

const patient = strict(
  {
    species: z.enum(SPECIES as [Species, ...Species[]]).meta({ description: 'woman, man, rat or mouse (the model may support fewer)' }),
    age: z
      .union([z.number().min(0).max(120), durationTextFor(AGE_FORMS)], { error: (iss) => `expected ${AGE_FORMS}, got ${show(iss.input)}` })
      .meta({ description: "age at the start of the study: years (a number) or a duration ('6 months' for a rat)" })
      .transform((v) => ageYears(typeof v === 'number' ? v : parseTimeQuantity(v)!)),
    menopauseAge: z.number().min(30).max(65).optional().meta({ description: "age at the final menstrual period, years (women; default: the model's own)" }),
    ovariectomyAt: timeSpan('surgical menopause or ovariectomy, as a time from the study start (negative: before it)', 'any').optional(),
    phenotype: z.string().min(1).optional().meta({ description: "a phenotype the model knows (osteosim: 'osteoporotic' for women and men, 'SAMP6' for mice)" }),
  },
  'patient',
);

// ---------------------------------------------------------------------------------------------------------------
// Regimens

/** A regimen after its own rules; `untilEnd` ones get their count from the study duration. */
export interface PendingRegimen {
  readonly drug: DrugName;
  readonly dose: number;
  readonly start: number;
  readonly continuous: boolean;
  readonly interval?: number;
  readonly count?: number;
  /** Repeated (or continuous) until the end of the study: no count and no `for` given. */
  readonly untilEnd: boolean;
}

const regimenShape = {
  drug: z.enum(DRUG_NAMES as [DrugName, ...DrugName[]]).meta({ description: 'drug name of the scenario contract' }),
  dose: z
    .union([z.number(), z.string().meta({ pattern: DOSE_PATTERN })], { error: (iss) => `expected a dose such as '60 mg' or '20 ug/day', got ${show(iss.input)}` })
    .optional()
    .meta({
      description:
        "dose in the drug's label unit: mg ('60 mg'), µg for teriparatide and abaloparatide ('20 ug'); per day ('20 ug/day') for quasi-continuous dosing. " +
        'calciumVitaminD: leave out (supplemented) or a number from 0 to 1',
    }),
  every: interval.optional(),
  count: z.number().int().min(1).optional().meta({ description: 'number of doses (with every)' }),
  for: timeSpan('how long the regimen lasts from its start (doses every `every` for this long, or a dose per day for this long)', 'positive').optional(),
  start: timeSpan('first dose, as a time from the study start (default 0)', 'nonnegative').optional(),
};

const regimen = strict(regimenShape, 'regimen').transform((r, ctx): PendingRegimen => {
  let bad = false;
  const issue = (path: keyof typeof r, message: string): void => {
    bad = true;
    ctx.addIssue({ code: 'custom', path: [path], message, input: r[path] });
  };
  const result = ((): PendingRegimen => {
    const start = r.start ?? 0;
    const parsed = parseDose(r.drug, r.dose);
    if (typeof parsed === 'string') issue('dose', parsed);
    const dose = typeof parsed === 'string' ? { amount: 0, perDay: /\/|per/.test(String(r.dose)) } : parsed;
    const forDays = r.for;
    if (r.drug === 'calciumVitaminD') {
      const daily = 'calcium + vitamin D is taken daily from start; give `for` to stop it (default: at the end of the study)';
      if (r.every !== undefined) issue('every', `${daily}, not every`);
      if (r.count !== undefined) issue('count', `${daily}, not count`);
      if (forDays === undefined) return { drug: r.drug, dose: dose.amount, start, continuous: false, untilEnd: false };
      return { drug: r.drug, dose: dose.amount, start, continuous: true, interval: 1, count: Math.max(1, Math.round(forDays)), untilEnd: false };
    }
    if (dose.perDay) {
      if (r.every !== undefined && r.every !== 1) {
        issue('every', `a dose per day (${show(r.dose)}) is given continuously: remove every, or give a dose per administration (without '/day') for separate doses`);
      }
      if (r.count !== undefined) issue('count', `a dose per day (${show(r.dose)}) is given continuously: say how long with \`for\` (e.g. for: 2 years), not count`);
      const count = forDays === undefined ? undefined : Math.max(1, Math.round(forDays));
      return { drug: r.drug, dose: dose.amount, start, continuous: true, interval: 1, count, untilEnd: forDays === undefined };
    }
    if (r.every === undefined) {
      if (r.count !== undefined && r.count > 1) issue('every', `${r.count} doses need an interval: give every (e.g. every: 6 months)`);
      if (forDays !== undefined) issue('every', "a regimen given `for` a time needs an interval: give every (e.g. every: weekly), or a dose per day ('…/day')");
      return { drug: r.drug, dose: dose.amount, start, continuous: false, untilEnd: false };
    }
    if (r.count !== undefined && forDays !== undefined) issue('for', `give either count (${r.count} doses) or for (a time), not both`);
    const count = r.count ?? (forDays !== undefined ? Math.max(1, Math.round(forDays / r.every)) : undefined);
    return { drug: r.drug, dose: dose.amount, start, continuous: false, interval: r.every, count, untilEnd: count === undefined };
  })();
  return bad ? z.NEVER : result;
});

// ---------------------------------------------------------------------------------------------------------------
// Arms and the study

const regimens = z.array(regimen.meta({ id: 'regimen' })).meta({ description: 'drug regimens (an empty list: untreated)' });

const arm = strict(
  {
    name: z.string().min(1).meta({ description: 'arm name, unique within the study' }),
    description: z.string().optional(),
    regimens: regimens.optional(),
    parameters: parameters.optional().meta({ description: "this arm's parameter overrides, on top of the study's" }),
  },
  'arm',
);

const studyShape = {
  $schema: z.string().optional().meta({ description: 'JSON Schema of this file, for editors (ignored)' }),
  name: z.string().min(1).optional().meta({ description: "the study's name (default: the file name)" }),
  description: z.string().optional(),
  model: z
    .enum(MODEL_NAMES as [string, ...string[]])
    .optional()
    .meta({ description: 'bone model: osteosim (integrated, default) or jorg2022 (reference port)' }),
  patient,
  parameters: parameters.optional(),
  duration: timeSpan('how long to simulate from the study start', 'positive'),
  outputEvery: timeSpan('time between outputs (default 1 month = 365/12 days)', 'positive').optional(),
  outputs: z
    .array(z.enum(OUTPUT_NAMES as [OutputName, ...OutputName[]]))
    .min(1)
    .optional()
    .meta({ description: 'outputs to report (default: all the model has)' }),
  regimens: regimens.optional().meta({ description: 'regimens of a single-arm study (use arms for several)' }),
  arms: z.array(arm).min(1).optional().meta({ description: 'arms: the same patient under different regimens' }),
};

export const studySchema = strict(studyShape, 'the study').meta({
  title: 'osteosim study file',
  description: 'One patient (or species protocol) and one or more arms of regimens, simulated on one bone model.',
});

export type RawStudy = z.output<typeof studySchema>;

