import { z } from 'zod';
import { didYouMean } from '../../engine/model.js';
import { models } from '../../model/index.js';
import { ModelError } from '../../engine/errors.js';
import { DRUG_LABELS } from '../../therapies/drugs/index.js';
import {
  checkMscRegimen,
  EXPOSURES,
  MSC_DONORS,
  MSC_SOURCES,
  SIGNAL_LABELS,
  SIGNALS,
  SPECIES,
  type DrugName,
  type Exposure,
  type ExposureName,
  type MscDonor,
  type MscProduct,
  type MscRegimen,
  type MscSource,
  type OutputName,
  type Perturbation,
  type SignalName,
  type Species,
} from '../../model/scenario.js';
import { DOSE_PATTERN, DOSE_UNITS, DRUG_NAMES, drugsDosedIn, INFUSION_TIME_PATTERN, parseCellDose, parseDose, parseMinutes, parseVolumeMl, VOLUME_PATTERN } from './doses.js';
import { show, unknownKeysMessage } from './errors.js';
import { MSC_ROUTE_KEYS, MSC_ROUTE_NAMES, mscFieldPath, mscMessage } from './msc.js';
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
  bmdFemoralNeck: 'femoral-neck BMD (model units; compare as % change)',
  bmdRadius: 'one-third-radius BMD (model units; compare as % change)',
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
  teriparatideLevel: 'teriparatide level (osteosim: plasma pg/mL; jorg2022: exposure, multiples of EC50)',
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

/** A drug regimen after its own rules; `untilEnd` ones get their count from the study duration. */
export interface PendingDrugRegimen {
  readonly kind?: undefined;
  readonly drug: DrugName;
  readonly dose: number;
  readonly start: number;
  readonly continuous: boolean;
  readonly interval?: number;
  readonly count?: number;
  /** Repeated (or continuous) until the end of the study: no count and no `for` given. */
  readonly untilEnd: boolean;
  /** Fraction of the doses taken (contract DrugRegimen.adherence). */
  readonly adherence?: number;
}

/** An MSC regimen after its own rules (the contract's fields); `untilEnd`: every `every` to the end of the study. */
export interface PendingMscRegimen {
  readonly kind: 'msc';
  readonly regimen: MscRegimen;
  readonly start: number;
  readonly interval?: number;
  readonly count?: number;
  readonly continuous: false;
  readonly untilEnd: boolean;
}

export type PendingRegimen = PendingDrugRegimen | PendingMscRegimen;

const mscProduct = strict(
  {
    source: z.enum(MSC_SOURCES as [MscSource, ...MscSource[]]).meta({ description: 'tissue the MSCs come from: BM (bone marrow), AD (adipose), UC (umbilical cord)' }),
    product: z.enum(['cells', 'secretome', 'exosomes']).optional().meta({ description: 'living cells (default), or a cell-free secretome or exosomes (dose in cell equivalents)' }),
    donor: z.enum(MSC_DONORS as [MscDonor, ...MscDonor[]]).optional().meta({ description: 'autologous, allogeneic or xenogeneic (cells; default allogeneic)' }),
    donorAge: z.number().optional().meta({ description: 'donor age, years (cells; default a young adult)' }),
    donorSpecies: z.enum(SPECIES as [Species, ...Species[]]).optional().meta({ description: "donor species (cells; default the recipient's)" }),
    donorState: z.enum(['healthy', 'ovariectomized']).optional().meta({ description: 'donor state (cells; default healthy)' }),
    passage: z.number().optional().meta({ description: 'culture passage at release, 0–50 (cells; default 3)' }),
    viability: z.number().optional().meta({ description: 'viable cells at infusion, % (cells; default 95)' }),
    conditioning: timeSpan('days of secretion the product contains (secretome, exosomes; default 2 days)', 'positive').optional(),
  },
  'msc',
);

const regimenShape = {
  drug: z.enum(DRUG_NAMES as [DrugName, ...DrugName[]]).optional().meta({ description: 'drug name of the scenario contract (or msc for an MSC therapy)' }),
  msc: mscProduct.optional().meta({ description: 'an MSC therapy instead of a drug: the product (source, donor, passage, …)' }),
  route: z.enum(MSC_ROUTE_KEYS).optional().meta({ description: 'MSC route: intravenous, intra-arterial, intra-bone-marrow or local-scaffold' }),
  dose: z
    .union([z.number(), z.string().meta({ pattern: DOSE_PATTERN })], { error: (iss) => `expected a dose such as '60 mg', '20 ug/day' or '1e6 cells', got ${show(iss.input)}` })
    .optional()
    .meta({
      description:
        `dose in the drug's label unit: mg ('60 mg'), µg for ${drugsDosedIn('µg')} ('20 ug'); per day ('20 ug/day') for quasi-continuous dosing. ` +
        `${drugsDosedIn('switch')}: leave out (supplemented) or a number from 0 to 1. MSC: cells per animal ('1e6 cells') or per kg body weight ('2e6 cells/kg')`,
    }),
  every: interval.optional(),
  count: z.number().int().min(1).optional().meta({ description: 'number of doses (with every)' }),
  for: timeSpan('how long the regimen lasts from its start (doses every `every` for this long, or a dose per day for this long)', 'positive').optional(),
  start: timeSpan('first dose, as a time from the study start (default 0)', 'nonnegative').optional(),
  adherence: z
    .union([z.number(), z.string().regex(/^\s*\d+(\.\d*)?\s*%\s*$/, { error: (iss) => `expected a fraction of doses taken such as 0.8 or '80%', got ${show(iss.input)}` })], {
      error: (iss) => `expected a fraction of doses taken such as 0.8 or '80%', got ${show(iss.input)}`,
    })
    .optional()
    .meta({ description: "drugs with separate doses: fraction of doses taken, 0.8 or '80%' (default all); missed doses are spread evenly" }),
  volume: z
    .string()
    .regex(new RegExp(VOLUME_PATTERN), { error: (iss) => `expected an infusion volume such as '5 mL', got ${show(iss.input)}` })
    .optional()
    .meta({ description: "MSC infusion volume ('5 mL'), intravenous and intra-arterial routes only (with over)" }),
  over: z
    .string()
    .regex(new RegExp(INFUSION_TIME_PATTERN), { error: (iss) => `expected an infusion duration such as '30 minutes' or '2 hours', got ${show(iss.input)}` })
    .optional()
    .meta({ description: "MSC infusion duration ('30 minutes'), intravenous and intra-arterial routes only (with volume)" }),
  bodyWeight: z
    .union(
      [
        z.number(),
        z.string().regex(/^\s*(\d+(\.\d*)?|\.\d+)\s*kg\s*$/, { error: (iss) => `expected a body weight in kg such as '65 kg' or '0.25 kg', got ${show(iss.input)}` }),
      ],
      { error: (iss) => `expected a body weight in kg such as '65 kg' or '0.25 kg', got ${show(iss.input)}` },
    )
    .optional()
    .meta({ description: "MSC: body weight for converting the dose ('0.25 kg'; default the species')" }),
};

const MSC_ONLY = ['route', 'volume', 'over', 'bodyWeight'] as const;

const regimen = strict(regimenShape, 'regimen').transform((r, ctx): PendingRegimen => {
  let bad = false;
  const issue = (path: keyof typeof r | (string | number)[], message: string): void => {
    bad = true;
    const keys = Array.isArray(path) ? path : [path];
    let input: unknown = r;
    for (const k of keys) input = (input as Record<string | number, unknown> | undefined)?.[k];
    ctx.addIssue({ code: 'custom', path: keys, message, input });
  };
  if (r.drug === undefined && r.msc === undefined) {
    issue('drug', "is required: a drug name, or msc for an MSC therapy (e.g. msc: { source: BM, donor: autologous })");
    return z.NEVER;
  }
  if (r.drug !== undefined && r.msc !== undefined) {
    issue('msc', `give either drug (${show(r.drug)}) or msc, not both`);
    return z.NEVER;
  }
  if (r.msc !== undefined) {
    if (r.adherence !== undefined) issue('adherence', 'applies to drug regimens only, not to MSC therapy');
    const result = mscRegimen(r, issue);
    return bad || !result ? z.NEVER : result;
  }
  for (const key of MSC_ONLY) if (r[key] !== undefined) issue(key, `applies to MSC regimens (msc) only, not to drug ${show(r.drug)}`);
  const drug = r.drug!;
  const result = ((): PendingDrugRegimen => {
    const start = r.start ?? 0;
    const parsed = parseDose(drug, r.dose);
    if (typeof parsed === 'string') issue('dose', parsed);
    const dose = typeof parsed === 'string' ? { amount: 0, perDay: /\/|per/.test(String(r.dose)) } : parsed;
    const forDays = r.for;
    if (DOSE_UNITS[drug] === 'switch') {
      const daily = `${DRUG_LABELS[drug].name} is taken daily from start; give \`for\` to stop it (default: at the end of the study)`;
      if (r.every !== undefined) issue('every', `${daily}, not every`);
      if (r.count !== undefined) issue('count', `${daily}, not count`);
      if (forDays === undefined) return { drug, dose: dose.amount, start, continuous: false, untilEnd: false };
      return { drug, dose: dose.amount, start, continuous: true, interval: 1, count: Math.max(1, Math.round(forDays)), untilEnd: false };
    }
    if (dose.perDay) {
      if (r.every !== undefined && r.every !== 1) {
        issue('every', `a dose per day (${show(r.dose)}) is given continuously: remove every, or give a dose per administration (without '/day') for separate doses`);
      }
      if (r.count !== undefined) issue('count', `a dose per day (${show(r.dose)}) is given continuously: say how long with \`for\` (e.g. for: 2 years), not count`);
      const count = forDays === undefined ? undefined : Math.max(1, Math.round(forDays));
      return { drug, dose: dose.amount, start, continuous: true, interval: 1, count, untilEnd: forDays === undefined };
    }
    if (r.every === undefined) {
      if (r.count !== undefined && r.count > 1) issue('every', `${r.count} doses need an interval: give every (e.g. every: 6 months)`);
      if (forDays !== undefined) issue('every', "a regimen given `for` a time needs an interval: give every (e.g. every: weekly), or a dose per day ('…/day')");
      return { drug, dose: dose.amount, start, continuous: false, untilEnd: false };
    }
    if (r.count !== undefined && forDays !== undefined) issue('for', `give either count (${r.count} doses) or for (a time), not both`);
    const count = r.count ?? (forDays !== undefined ? Math.max(1, Math.round(forDays / r.every)) : undefined);
    const adherence = parseAdherence(r.adherence, issue);
    return { drug, dose: dose.amount, start, continuous: false, interval: r.every, count, untilEnd: count === undefined, ...(adherence !== undefined ? { adherence } : {}) };
  })();
  if (r.adherence !== undefined && (result.continuous || r.every === undefined)) {
    issue('adherence', `applies to separate doses given with every (e.g. every: daily), not to ${result.continuous ? 'a dose per day' : 'a single dose'}`);
  }
  return bad ? z.NEVER : result;
});

/** Adherence as a fraction in (0, 1]: a number or a percentage string. */
function parseAdherence(given: number | string | undefined, issue: (path: 'adherence', message: string) => void): number | undefined {
  if (given === undefined) return undefined;
  const value = typeof given === 'number' ? given : Number(given.replace('%', '').trim()) / 100;
  if (!(value > 0 && value <= 1)) {
    issue('adherence', `must be a fraction of doses taken above 0 and at most 1 (or a percentage up to 100%), got ${show(given)}`);
    return undefined;
  }
  return value;
}

type RawRegimen = z.output<ReturnType<typeof strict<typeof regimenShape>>>;

/**
 * An MSC regimen's own rules: a route, a dose in cells or cells/kg, separate doses (every with count or for, or
 * every dose to the end), an infusion (volume and over) on intravascular routes only; then the contract's
 * `checkMscRegimen` (passage, viability, donor age, dose range, …) with its fields named as in the file.
 */
function mscRegimen(r: RawRegimen, issue: (path: keyof RawRegimen | (string | number)[], message: string) => void): PendingMscRegimen | undefined {
  const m = r.msc!;
  let bad = false;
  const fail = (path: keyof RawRegimen | (string | number)[], message: string): void => {
    bad = true;
    issue(path, message);
  };
  const routeKey = r.route;
  if (routeKey === undefined) fail('route', `is required for an MSC therapy: one of ${MSC_ROUTE_KEYS.join(', ')}`);
  const route = routeKey === undefined ? undefined : MSC_ROUTE_NAMES[routeKey]!;
  const dose = parseCellDose(r.dose);
  if (typeof dose === 'string') fail('dose', dose);
  const kind = m.product ?? 'cells';
  if (kind === 'cells') {
    if (m.conditioning !== undefined) fail(['msc', 'conditioning'], 'applies to cell-free products (product: secretome or exosomes), not to cells');
  } else {
    for (const key of ['donor', 'donorAge', 'donorSpecies', 'donorState', 'passage', 'viability'] as const) {
      if (m[key] !== undefined) fail(['msc', key], `applies to living cells (product: cells), not to ${kind}`);
    }
  }
  let infusion: { volumeMl: number; durationMin: number } | undefined;
  if (r.volume !== undefined || r.over !== undefined) {
    const keys = (['volume', 'over'] as const).filter((k) => r[k] !== undefined);
    if (route !== undefined && route !== 'intravenous' && route !== 'intraArterial') {
      for (const k of keys) fail(k, `an infusion applies to intravenous and intra-arterial routes only, not '${routeKey}'`);
    } else if (r.volume === undefined || r.over === undefined) {
      fail(r.volume === undefined ? 'over' : 'volume', "an infusion needs both volume and over (e.g. volume: 5 mL, over: 30 minutes); give neither for a bolus");
    } else {
      const volumeMl = parseVolumeMl(r.volume);
      const durationMin = parseMinutes(r.over);
      if (typeof volumeMl === 'string') fail('volume', volumeMl);
      if (typeof durationMin === 'string') fail('over', durationMin);
      if (typeof volumeMl === 'number' && typeof durationMin === 'number') infusion = { volumeMl, durationMin };
    }
  }
  const bodyWeightKg = r.bodyWeight === undefined ? undefined : typeof r.bodyWeight === 'number' ? r.bodyWeight : Number.parseFloat(r.bodyWeight);
  const start = r.start ?? 0;
  let interval: number | undefined;
  let count: number | undefined;
  let untilEnd = false;
  if (r.every === undefined) {
    if (r.count !== undefined && r.count > 1) fail('every', `${r.count} doses need an interval: give every (e.g. every: 4 weeks)`);
    if (r.for !== undefined) fail('every', 'an MSC regimen given `for` a time needs an interval: give every (e.g. every: 4 weeks)');
    count = r.count;
  } else {
    if (r.count !== undefined && r.for !== undefined) fail('for', `give either count (${r.count} doses) or for (a time), not both`);
    interval = r.every;
    count = r.count ?? (r.for !== undefined ? Math.max(1, Math.round(r.for / r.every)) : undefined);
    untilEnd = count === undefined;
  }
  if (bad || route === undefined || typeof dose === 'string') return undefined;

  const product: MscProduct =
    kind === 'cells'
      ? {
          kind,
          source: m.source,
          donor: m.donor ?? 'allogeneic',
          ...(m.donorAge !== undefined ? { donorAgeYears: m.donorAge } : {}),
          ...(m.donorSpecies !== undefined ? { donorSpecies: m.donorSpecies } : {}),
          ...(m.donorState !== undefined ? { donorState: m.donorState } : {}),
          ...(m.passage !== undefined ? { passage: m.passage } : {}),
          ...(m.viability !== undefined ? { viabilityPct: m.viability } : {}),
        }
      : { kind, source: m.source, ...(m.conditioning !== undefined ? { conditioningDays: m.conditioning } : {}) };
  const regimen: MscRegimen = {
    kind: 'msc',
    product,
    route,
    dose: dose.amount,
    doseUnit: dose.unit,
    start,
    ...(interval !== undefined ? { interval } : {}),
    ...(count !== undefined ? { count } : {}),
    ...(infusion !== undefined ? { infusion } : {}),
    ...(bodyWeightKg !== undefined ? { bodyWeightKg } : {}),
  };
  try {
    checkMscRegimen(regimen, 'regimen', bodyWeightKg);
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    const field = (e.field ?? 'regimen').replace(/^regimen\.?/, '');
    const message = e.message.replace(/^regimen\.[\w.]*: /, '');
    issue(mscFieldPath(field).split('.').filter(Boolean), mscMessage(message));
    return undefined;
  }
  return { kind: 'msc', regimen, start, continuous: false, untilEnd, ...(interval !== undefined ? { interval } : {}), ...(count !== undefined ? { count } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// Pathway experiments and timed exposures (issue 15)

const CHANGE_FORMS = "a change in percent such as '-50%' or '+100%' (-100% blocks the signal)";
const SIGNAL_TEXT = SIGNALS.map((s) => `${s} (${SIGNAL_LABELS[s]})`).join(', ');

const windowTimes = {
  from: timeSpan('when it starts, as a time from the study start (default 0)', 'nonnegative').optional(),
  for: timeSpan('how long it lasts (default: to the end of the study)', 'positive').optional(),
};

/** A perturbation of a signal after its own rules: the contract's fields (a change of −50 % is factor 0.5). */
const perturbation = strict(
  {
    signal: z.enum(SIGNALS as unknown as [SignalName, ...SignalName[]]).meta({ description: `the signal (the review's Fig. 1): ${SIGNAL_TEXT}` }),
    change: z
      .string({ error: (iss) => `expected ${CHANGE_FORMS} (with the % sign), got ${show(iss.input)}` })
      .regex(/^\s*[-+−]?\s*(\d+(\.\d*)?|\.\d+)\s*%\s*$/, { error: (iss) => `expected ${CHANGE_FORMS}, got ${show(iss.input)}` })
      .optional()
      .meta({ description: `${CHANGE_FORMS}; or give factor` }),
    factor: z.number().optional().meta({ description: 'the signal multiplied by this factor (0.5 = -50%); or give change' }),
    ...windowTimes,
  },
  'perturbation',
).transform((r, ctx): Perturbation => {
  if ((r.change === undefined) === (r.factor === undefined)) {
    ctx.addIssue({ code: 'custom', path: [r.change === undefined ? 'change' : 'factor'], message: `give either change (${CHANGE_FORMS}) or factor, ${r.change === undefined ? 'one is required' : 'not both'}`, input: r.factor });
    return z.NEVER;
  }
  const factor = r.factor ?? 1 + Number(r.change!.replace('−', '-').replace(/[\s%]/g, '')) / 100;
  if (!(factor >= 0)) {
    ctx.addIssue({ code: 'custom', path: [r.change === undefined ? 'factor' : 'change'], message: `must leave the signal at or above 0 (a change of at least -100%), got ${show(r.change ?? r.factor)}`, input: r.change ?? r.factor });
    return z.NEVER;
  }
  return { signal: r.signal, factor, fromDay: r.from ?? 0, ...(r.for !== undefined ? { forDays: r.for } : {}) };
});

/** File names of exposures: the contract's, and bedRest (complete unloading: loading 0). */
const EXPOSURE_KEYS = [...EXPOSURES, 'bedRest'] as const;
const EXPOSURE_UNITS: Readonly<Record<ExposureName, string>> = {
  loading: 'relative to habitual: 1 habitual, 0 complete unloading, 1.5 vigorous exercise',
  glucocorticoid: 'prednisolone-equivalent mg/day',
  vitaminD: 'serum 25(OH)D in ng/mL (30 replete)',
  calciumIntake: 'mg/day (1000 replete)',
};

const exposure = strict(
  {
    exposure: z
      .enum(EXPOSURE_KEYS as unknown as [string, ...string[]])
      .meta({ description: `the condition: bedRest (complete unloading), ${EXPOSURES.map((e) => `${e} (${EXPOSURE_UNITS[e]})`).join(', ')}` }),
    value: z.number().optional().meta({ description: "the condition's level in its unit (none for bedRest)" }),
    ...windowTimes,
  },
  'exposure',
).transform((r, ctx): Exposure => {
  const times = { fromDay: r.from ?? 0, ...(r.for !== undefined ? { forDays: r.for } : {}) };
  if (r.exposure === 'bedRest') {
    if (r.value !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'bedRest is complete unloading (loading 0) and takes no value; for partial unloading give exposure: loading with a value such as 0.5', input: r.value });
      return z.NEVER;
    }
    return { exposure: 'loading', value: 0, ...times };
  }
  const name = r.exposure as ExposureName;
  if (r.value === undefined) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `is required for ${name}: a number in ${EXPOSURE_UNITS[name]}`, input: undefined });
    return z.NEVER;
  }
  return { exposure: name, value: r.value, ...times };
});

const perturbations = z
  .array(perturbation.meta({ id: 'perturbation' }))
  .meta({ description: "pathway experiments: a signal changed from a time for a time, e.g. { signal: sclerostin, change: '-50%', from: 0 days, for: 1 year }" });
const exposures = z
  .array(exposure.meta({ id: 'exposure' }))
  .meta({ description: 'conditions with a start and an end, e.g. { exposure: bedRest, for: 6 months } (then recovery)' });

// ---------------------------------------------------------------------------------------------------------------
// Arms and the study

const regimens = z.array(regimen.meta({ id: 'regimen' })).meta({ description: 'drug and MSC regimens (an empty list: untreated)' });

const arm = strict(
  {
    name: z.string().min(1).meta({ description: 'arm name, unique within the study' }),
    description: z.string().optional(),
    regimens: regimens.optional(),
    parameters: parameters.optional().meta({ description: "this arm's parameter overrides, on top of the study's" }),
    perturbations: perturbations.optional().meta({ description: "this arm's pathway experiments, after the study's" }),
    exposures: exposures.optional().meta({ description: "this arm's timed conditions, after the study's" }),
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
  perturbations: perturbations.optional(),
  exposures: exposures.optional(),
};

export const studySchema = strict(studyShape, 'the study').meta({
  title: 'osteosim study file',
  description: 'One patient (or species protocol) and one or more arms of regimens, simulated on one bone model.',
});

export type RawStudy = z.output<typeof studySchema>;

