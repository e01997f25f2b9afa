import { simulateScenario } from '../../model/index.js';
import { withMenopause, type BoneModel, type Scenario, type ScenarioResult } from '../../model/index.js';
import { inSampleNote, isInSample } from './in-sample.js';
import { compare, describeTolerance, fmt, RULE_LEGEND } from './rules.js';
import { Pending, type DailyDosing, type Runs, type ScenarioContext, type Simulated, type TargetScenario } from './scenarios/common.js';
import { SCENARIOS_BY_ID } from './scenarios/index.js';
import { getTarget, SECTION_TITLES, TARGETS, valueStatus, type Measure, type NeedLabel, type PublishedValue, type Section, type Target } from './targets.js';

/**
 * The validation runner: every selected target on every model, one row per published value and model, with the
 * simulated value, the rule's tolerance and pass / fail / pending. Pending means "not yet addressable" and always says
 * why (a missing fracture model, drug, site, species or output). A model error during a run is a failure, with the
 * error as the note.
 */

export type RowStatus = 'pass' | 'fail' | 'pending';

export interface ValidationRow {
  readonly id: string;
  readonly section: Section;
  /** The published value's key within the target ('' for a target with nothing to compare). */
  readonly key: string;
  readonly quantity: string;
  /** The published number, or the text of a range or qualitative finding. */
  readonly published: number | string;
  /** The published value as the report prints it (with CI, SD or range). */
  readonly publishedText: string;
  /** The simulated number (null when pending, or when the run failed). */
  readonly simulated: number | null;
  readonly tolerance: string;
  readonly status: RowStatus;
  readonly model: string;
  readonly note: string;
  /**
   * The model was fitted to this target, or a parameter of the model (or of an outcome model it is read through)
   * was taken from the target's study (in-sample.ts): a pass here is calibration, not validation. Decided by the
   * target id alone, so every row of a target agrees.
   */
  readonly inSample: boolean;
  /** 'direction': only the sign of the effect is compared; 'quantitative': a number, range, bound or magnitude. */
  readonly evidence: RowEvidence;
}

/** What a comparison rests on: a number (or order of magnitude), or only the direction of an effect. */
export type RowEvidence = 'quantitative' | 'direction';

/**
 * 'direction' for a qualitative finding compared by sign alone (no published magnitude), 'quantitative' otherwise
 * (numbers, ranges, bounds, a magnitude within a factor of 10, a "no change" bound). A target with nothing to compare
 * is a qualitative finding: 'direction'.
 */
export function rowEvidence(value: PublishedValue | undefined): RowEvidence {
  if (value === undefined) return 'direction';
  if (value.kind !== 'qualitative') return 'quantitative';
  if (value.direction === 'none') return 'quantitative';
  return value.magnitude === undefined ? 'direction' : 'quantitative';
}

export interface ProgressEvent {
  readonly done: number;
  readonly total: number;
  readonly id: string;
  readonly model: string;
  readonly elapsedMs: number;
}

export type ProgressReporter = (event: ProgressEvent) => void;

export interface ValidateOptions {
  /** Target ids to run (default: all). Unknown ids are an error. */
  readonly ids?: readonly string[];
  /**
   * Age at the final menstrual period of every simulated woman. Default: each model's own menopause age
   * (BoneModel.defaultMenopauseAgeYears), or 51 (SWAN mean ≈51–52, UNVERIFIED) for a model that states none.
   */
  readonly fmpAgeYears?: number;
  /** How daily drugs are given (default 'continuous': Jörg 2022 Eq. 22). */
  readonly dailyDosing?: DailyDosing;
  /** Progress callback; the default writes to stderr once the run has taken more than a second; false: none. */
  readonly progress?: ProgressReporter | false;
}

export const DEFAULT_FMP_AGE = 51;

// ---------------------------------------------------------------------------------------------------------------
// Published values as text

const UNIT_TEXT: Partial<Record<string, string>> = { '%': '%' };

function unitSuffix(unit: string): string {
  return UNIT_TEXT[unit] ?? ` ${unit}`;
}

export function publishedNumber(value: PublishedValue): number | string {
  switch (value.kind) {
    case 'numeric':
      return value.bound ? `${value.bound === 'below' ? '<' : '>'} ${fmt(value.value)}` : value.value;
    case 'range':
      return `${fmt(value.low)} to ${fmt(value.high)}`;
    case 'qualitative':
      return value.statement;
  }
}

export function publishedText(value: PublishedValue): string {
  switch (value.kind) {
    case 'numeric': {
      const approx = value.approx ? '≈' : '';
      const bound = value.bound ? (value.bound === 'below' ? '<' : '>') : '';
      let s = `${bound}${approx}${fmt(value.value, 3)}${unitSuffix(value.unit)}`;
      if (value.ci) s += ` (${fmt(value.ci[0], 3)} to ${fmt(value.ci[1], 3)})`;
      if (value.sd !== undefined) s += ` ± ${fmt(value.sd, 3)} SD`;
      if (value.n !== undefined && value.measure === 'count') s += ` / ${value.n}`;
      return s;
    }
    case 'range':
      return `${value.approx ? '≈' : ''}${fmt(value.low, 3)} to ${fmt(value.high, 3)}${unitSuffix(value.unit)}`;
    case 'qualitative':
      return value.direction ? `${value.direction}: ${value.statement}` : value.statement;
  }
}

export function quantityOf(value: PublishedValue): string {
  return value.unit ? `${value.label} (${value.unit})` : value.label;
}

// ---------------------------------------------------------------------------------------------------------------
// Why a value is pending

/** Labels that make a target unreachable for a mean-patient BMD/marker run. */
const BLOCKERS: readonly NeedLabel[] = [
  'needs fracture model',
  'needs virtual population',
  'needs mortality',
  'rodent profile',
  'safety model',
  'MSC PK module',
  'PK check',
  'site not modeled',
  'out of scope',
  'design',
];

const FRACTURE_MEASURES: readonly Measure[] = ['incidence', 'risk-ratio', 'risk-change', 'risk-difference', 'event-rate', 'count'];

/** The reason a value without a scenario (or without an extractor) is pending, from its protocol's needs. */
export function pendingReason(target: Target, value: PublishedValue | undefined): string {
  if (value?.kind !== 'qualitative' && value?.site === 'radius') return 'site not modeled (radius)';
  const needs = new Set(target.needs);
  if (value && value.kind !== 'qualitative' && FRACTURE_MEASURES.includes(value.measure) && needs.has('needs fracture model')) {
    return needs.has('needs virtual population') ? 'needs fracture model; needs virtual population' : 'needs fracture model';
  }
  const blockers = BLOCKERS.filter((label) => needs.has(label));
  if (blockers.length > 0) return blockers.join('; ');
  return target.needsText ? `no scenario yet (protocol: ${target.needsText.replace(/\.$/, '')})` : 'no scenario yet (no protocol row)';
}

// ---------------------------------------------------------------------------------------------------------------
// Running

function stderrProgress(): ProgressReporter {
  let shown = false;
  return (e) => {
    if (e.elapsedMs < 1000 && !shown) return;
    shown = true;
    process.stderr.write(`\rvalidate: ${e.done}/${e.total} (${e.model} ${e.id})`.padEnd(60));
    if (e.done === e.total) process.stderr.write('\n');
  };
}

/** Named runs of one target on one model, simulated on first use and shared across targets of the same model. */
function lazyRuns(model: BoneModel, scenarios: Readonly<Record<string, Scenario>>, cache: Map<string, ScenarioResult | Error>): Runs {
  return {
    get(name: string): ScenarioResult {
      const scenario = scenarios[name];
      if (!scenario) throw new Error(`scenario has no run named '${name}' (has: ${Object.keys(scenarios).join(', ')})`);
      const key = JSON.stringify(scenario);
      let hit = cache.get(key);
      if (hit === undefined) {
        try {
          hit = simulateScenario(model, scenario);
        } catch (err) {
          hit = err instanceof Error ? err : new Error(String(err));
        }
        cache.set(key, hit);
      }
      if (hit instanceof Error) throw hit;
      return hit;
    },
  };
}

/** Why a model cannot run a scenario at all (species, required drug), or null. */
function precheck(model: BoneModel, scenario: TargetScenario): string | null {
  if (!model.species.includes(scenario.species)) return `${model.name} has no '${scenario.species}' profile (it simulates: ${model.species.join(', ')})`;
  const missing = (scenario.drugs ?? []).filter((d) => !model.drugs.includes(d));
  if (missing.length > 0) return `${model.name} does not list drug${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
  return null;
}

function backgroundNote(model: BoneModel, scenario: TargetScenario): string | null {
  const missing = (scenario.background ?? []).filter((d) => !model.drugs.includes(d));
  if (missing.length === 0) return null;
  return `${missing.join(', ')} background not among ${model.name}'s drugs: a no-op in both arms (protocol 0.3)`;
}

function row(target: Target, value: PublishedValue | undefined, model: BoneModel, fields: { simulated: number | null; status: RowStatus; tolerance?: string; notes: readonly (string | null | undefined)[] }): ValidationRow {
  const soft = value && valueStatus(target, value) === 'UNVERIFIED' ? 'UNVERIFIED (soft target)' : null;
  const inSample = isInSample(model, target.id);
  const fitted = fields.status !== 'pending' ? inSampleNote(model, target.id) : null;
  const note = [fitted, ...fields.notes, value?.note, soft].filter((s): s is string => !!s);
  return {
    id: target.id,
    section: target.section,
    key: value?.key ?? '',
    quantity: value ? quantityOf(value) : target.quantity,
    published: value ? publishedNumber(value) : target.valueText,
    publishedText: value ? publishedText(value) : target.valueText,
    simulated: fields.simulated !== null && Number.isFinite(fields.simulated) ? fields.simulated : null,
    tolerance: fields.tolerance ?? (value ? describeTolerance(value) : '—'),
    status: fields.status,
    model: model.name,
    note: [...new Set(note)].join('; '),
    inSample,
    evidence: rowEvidence(value),
  };
}

function targetRows(target: Target, model: BoneModel, ctx: ScenarioContext, cache: Map<string, ScenarioResult | Error>): ValidationRow[] {
  const values = target.values.filter((v) => v.role !== 'context');
  if (values.length === 0) return [row(target, undefined, model, { simulated: null, status: 'pending', notes: [pendingReason(target, undefined)] })];

  const scenario = SCENARIOS_BY_ID.get(target.id);
  if (!scenario) return values.map((v) => row(target, v, model, { simulated: null, status: 'pending', notes: [pendingReason(target, v)] }));

  const blocked = precheck(model, scenario);
  const runs = blocked ? undefined : lazyRuns(model, scenario.scenarios(ctx), cache);
  const background = backgroundNote(model, scenario);
  return values.map((v): ValidationRow => {
    const extractor = scenario.extract[v.key];
    if (blocked || !runs) return row(target, v, model, { simulated: null, status: 'pending', notes: [blocked] });
    if (!extractor) return row(target, v, model, { simulated: null, status: 'pending', notes: [scenario.pendingKeys?.[v.key] ?? pendingReason(target, v)] });
    let sim: Simulated;
    try {
      const out = extractor(runs, ctx);
      sim = typeof out === 'number' ? { value: out } : out;
    } catch (err) {
      if (err instanceof Pending) return row(target, v, model, { simulated: null, status: 'pending', notes: [err.message] });
      const message = err instanceof Error ? err.message : String(err);
      return row(target, v, model, { simulated: null, status: 'fail', notes: [`simulation error: ${message}`] });
    }
    const judged = compare(v, sim.value);
    const nan = Number.isFinite(sim.value) ? null : 'no usable simulated value';
    return row(target, v, model, { simulated: sim.value, status: judged.status, tolerance: judged.tolerance, notes: [nan, sim.note, background] });
  });
}

/**
 * Runs the selected targets on each model. Rows come target by target (file order), value by value, model by model.
 */
export function validate(models: readonly BoneModel[], options: ValidateOptions = {}): ValidationRow[] {
  const targets = options.ids ? [...new Set(options.ids)].map(getTarget) : TARGETS;
  const given = options.fmpAgeYears;
  if (given !== undefined && !(given >= 30 && given <= 65)) throw new Error(`fmpAgeYears must be between 30 and 65 years, got ${given}`);
  const dailyDosing = options.dailyDosing ?? 'continuous';
  const progress = options.progress === false ? undefined : (options.progress ?? stderrProgress());
  const started = Date.now();
  const total = models.length * targets.length;
  let done = 0;

  const byModel = models.map((model) => {
    // Protocol 0.1: women reach menopause at the model's own age unless the caller sets one for every model.
    const subject = given === undefined ? model : withMenopause(model, given);
    const ctx: ScenarioContext = { model: subject, fmpAgeYears: subject.defaultMenopauseAgeYears ?? DEFAULT_FMP_AGE, dailyDosing };
    const cache = new Map<string, ScenarioResult | Error>();
    return targets.map((target) => {
      const rows = targetRows(target, subject, ctx, cache);
      done++;
      progress?.({ done, total, id: target.id, model: model.name, elapsedMs: Date.now() - started });
      return rows;
    });
  });
  // Interleave: target by target, value by value, then model.
  const rows: ValidationRow[] = [];
  targets.forEach((_, t) => {
    const perModel = byModel.map((m) => m[t]!);
    const n = perModel[0]?.length ?? 0;
    for (let k = 0; k < n; k++) for (const m of perModel) rows.push(m[k]!);
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Summaries and output forms

export interface Counts {
  pass: number;
  fail: number;
  pending: number;
}

export interface ModelSummary {
  readonly model: string;
  /** Comparisons (rows). */
  readonly rows: Counts;
  /** Targets: fail if any row fails, pass if none fails and one passes, else pending. */
  readonly targets: Counts;
  /** Targets the model was not fitted to and took no parameter from: the validation proper. */
  readonly outOfSample: Counts;
  /** Targets the model was fitted to or took a parameter from (BoneModel.fittedTargets). */
  readonly inSample: Counts;
  /**
   * Passes that rest on the direction of an effect alone (RowEvidence 'direction'), counted apart: comparisons, and
   * targets whose passing comparisons are all direction-only (all targets, and those out of sample).
   */
  readonly directionOnly: { readonly rows: number; readonly targets: number; readonly outOfSample: number };
  readonly bySection: Readonly<Partial<Record<Section, { rows: Counts; targets: Counts }>>>;
}

const zero = (): Counts => ({ pass: 0, fail: 0, pending: 0 });

function targetStatus(rows: readonly ValidationRow[]): RowStatus {
  if (rows.some((r) => r.status === 'fail')) return 'fail';
  return rows.some((r) => r.status === 'pass') ? 'pass' : 'pending';
}

/** A passing target whose passing comparisons all compare a direction only. */
function passesOnDirectionOnly(rows: readonly ValidationRow[]): boolean {
  return targetStatus(rows) === 'pass' && rows.filter((r) => r.status === 'pass').every((r) => r.evidence === 'direction');
}

export function summarize(rows: readonly ValidationRow[]): ModelSummary[] {
  const models = [...new Set(rows.map((r) => r.model))];
  return models.map((model) => {
    const mine = rows.filter((r) => r.model === model);
    const total = zero();
    const targets = zero();
    const bySection: Partial<Record<Section, { rows: Counts; targets: Counts }>> = {};
    const directionOnly = { rows: 0, targets: 0, outOfSample: 0 };
    for (const r of mine) {
      total[r.status]++;
      if (r.status === 'pass' && r.evidence === 'direction') directionOnly.rows++;
      (bySection[r.section] ??= { rows: zero(), targets: zero() }).rows[r.status]++;
    }
    const outOfSample = zero();
    const inSample = zero();
    for (const id of new Set(mine.map((r) => r.id))) {
      const these = mine.filter((r) => r.id === id);
      const s = targetStatus(these);
      const fitted = these.some((r) => r.inSample);
      targets[s]++;
      (fitted ? inSample : outOfSample)[s]++;
      if (passesOnDirectionOnly(these)) {
        directionOnly.targets++;
        if (!fitted) directionOnly.outOfSample++;
      }
      bySection[these[0]!.section]!.targets[s]++;
    }
    return { model, rows: total, targets, outOfSample, inSample, directionOnly, bySection };
  });
}

/**
 * The machine-readable form: one JSON array of {id, quantity, published, simulated, tolerance, status, model,
 * evidence, inSample}.
 */
export function toJson(rows: readonly ValidationRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      quantity: r.quantity,
      published: r.published,
      simulated: r.simulated,
      tolerance: r.tolerance,
      status: r.status,
      model: r.model,
      evidence: r.evidence,
      inSample: r.inSample,
    })),
    null,
    2,
  );
}

function clip(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

function table(header: readonly string[], body: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function counts(c: Counts, directionOnly?: number): string {
  const apart = directionOnly ? ` (${directionOnly} on direction only)` : '';
  return `${c.pass} pass${apart}, ${c.fail} fail, ${c.pending} pending`;
}

/**
 * The report: target id, quantity, published, tolerance, and the simulated value with its status per model; then the
 * notes (pending reasons, proxies, soft targets), the pass counts per model and per section, and the rules.
 */
export function formatTable(rows: readonly ValidationRow[]): string {
  const models = [...new Set(rows.map((r) => r.model))];
  const groups = new Map<string, ValidationRow[]>();
  for (const r of rows) {
    const k = `${r.id}\u0000${r.key}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const body = [...groups.values()].map((g) => {
    const first = g[0]!;
    const cells = [first.id, clip(first.quantity, 64), clip(first.publishedText, 36), clip(first.tolerance, 40)];
    for (const m of models) {
      const r = g.find((x) => x.model === m);
      cells.push(r ? `${r.simulated === null ? '—' : fmt(r.simulated)} ${r.status}` : '');
    }
    return cells;
  });
  const out: string[] = [table(['id', 'quantity', 'published', 'tolerance', ...models], body)];

  const notes = new Map<string, { id: string; model: string; keys: string[]; note: string }>();
  for (const r of rows) {
    if (!r.note) continue;
    const k = `${r.id}\u0000${r.model}\u0000${r.note}`;
    const entry = notes.get(k);
    if (entry) entry.keys.push(r.key);
    else notes.set(k, { id: r.id, model: r.model, keys: [r.key], note: r.note });
  }
  const noteLines = [...notes.values()].map((n) => `${n.id.padEnd(6)} [${n.model}]${n.keys.some((k) => k) ? ` ${n.keys.join(', ')}` : ''}: ${n.note}`);
  if (noteLines.length > 0) out.push('', 'Notes', ...noteLines);

  out.push('', 'Pass counts (comparisons; targets; "on direction only": passes that compare only the sign of an effect)');
  for (const s of summarize(rows)) {
    const d = s.directionOnly;
    out.push(
      `${s.model}: ${counts(s.rows, d.rows)} comparisons; targets ${counts(s.targets, d.targets)}; ` +
        `targets not used in fitting ${counts(s.outOfSample, d.outOfSample)}; in-sample targets (fitted or parameter taken from the study) ${counts(s.inSample)}`,
    );
    for (const section of Object.keys(SECTION_TITLES) as Section[]) {
      const c = s.bySection[section];
      if (c) out.push(`  ${section}  ${SECTION_TITLES[section].padEnd(56)} ${counts(c.rows)}; targets ${counts(c.targets)}`);
    }
  }
  out.push('', 'Rules', ...RULE_LEGEND.map((l) => `  ${l}`));
  return out.join('\n');
}
