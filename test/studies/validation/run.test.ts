import { simulateScenario } from '../../../src/model/index.js';
import { describe, expect, it } from 'vitest';
import { formatTable, rowEvidence, summarize, toJson, validate, type ValidationRow } from '../../../src/studies/validation/run.js';
import { inSampleBasis, inSampleNote, isInSample, OUTCOME_PARAMETER_TABLES } from '../../../src/studies/validation/in-sample.js';
import { halfPeakTimes } from '../../../src/studies/validation/scenarios/index.js';
import { getValue, TARGETS } from '../../../src/studies/validation/targets.js';
import type { Scenario } from '../../../src/model/scenario.js';
import { FAKE_MENOPAUSE_AGE, fakeModel, hasDrug, interp } from './fake-models.js';

const months = (day: number) => day / (365 / 12);
const pub = (id: string, key: string): number => {
  const v = getValue(id, key);
  if (v.kind !== 'numeric') throw new Error(`${id} ${key} is not numeric`);
  return v.value;
};

/** FREEDOM curves through the published points (A8, B3, B7), offset by `shift` pp on denosumab. */
function freedomFake(options: { shift?: number; drugs?: readonly ('denosumab' | 'calciumVitaminD')[]; name?: string } = {}) {
  const placebo = [[0, 0], [12, pub('B3', 'pbo-12')], [24, pub('B3', 'pbo-24')], [36, pub('B3', 'pbo-36')]] as const;
  const dmab = [[0, 0], [12, pub('B3', 'dmab-12')], [24, pub('B3', 'dmab-24')], [36, pub('B3', 'dmab-36')]] as const;
  const ctx = [[0, 0], [1, pub('B7', 'ctx-1')], [36, pub('B7', 'ctx-36')]] as const;
  const p1np = [[0, 0], [36, pub('B7', 'p1np-36')]] as const;
  return fakeModel({
    name: options.name ?? 'freedom-fake',
    species: ['woman'],
    drugs: options.drugs ?? ['denosumab'],
    outputs: (s: Scenario, day) => {
      const m = months(day);
      const on = hasDrug(s, 'denosumab');
      return {
        bmdTotalHip: 1 + (on ? interp(dmab, m) + (m > 0 ? (options.shift ?? 0) : 0) : interp(placebo, m)) / 100,
        ctx: 1 + (on ? interp(ctx, m) : 0) / 100,
        p1np: 1 + (on ? interp(p1np, m) : 0) / 100,
      };
    },
  });
}

/** A woman whose LS BMD follows the A5 rates exactly around her FMP, and whose hip BMD stays at peak. */
function sowersFake(withSpine = true) {
  return fakeModel({
    name: withSpine ? 'sowers-fake' : 'hip-only-fake',
    species: ['woman'],
    outputs: (s: Scenario, _day, age) => {
      const fmp = s.patient.menopauseAgeYears ?? FAKE_MENOPAUSE_AGE;
      const atFmp = 1 + (2 * pub('A5', 'ls-before')) / 100;
      const at2 = atFmp * (1 + (2 * pub('A5', 'ls-after')) / 100);
      const at7 = at2 * (1 + (5 * pub('A5', 'ls-late')) / 100);
      const ls = interp([[fmp - 2, 1], [fmp, atFmp], [fmp + 2, at2], [fmp + 7, at7]], age);
      return withSpine ? { bmdTotalHip: 1, bmdLumbarSpine: ls } : { bmdTotalHip: 1 };
    },
  });
}

const run = (models: Parameters<typeof validate>[0], ids: string[]) => validate(models, { ids, progress: false });
const statuses = (rows: readonly ValidationRow[]) => [...new Set(rows.map((r) => r.status))];

describe('validate on fake models', () => {
  it('passes a model that reproduces the published FREEDOM numbers (A8, B3, B7)', () => {
    const rows = run([freedomFake()], ['A8', 'B3', 'B7']);
    expect(rows).toHaveLength(3 + 9 + 3);
    expect(statuses(rows)).toEqual(['pass']);
    expect(rows.find((r) => r.id === 'B3' && r.key === 'diff-36')!.simulated).toBeCloseTo(6.4, 10);
  });

  it('fails a model that is 3 pp off on denosumab, and only where it is off', () => {
    const rows = run([freedomFake({ shift: 3 })], ['A8', 'B3']);
    expect(statuses(rows.filter((r) => r.id === 'A8' || r.key.startsWith('pbo-')))).toEqual(['pass']);
    expect(statuses(rows.filter((r) => r.key.startsWith('dmab-') || r.key.startsWith('diff-')))).toEqual(['fail']);
  });

  it('leaves a target pending when the model lacks its drug, and runs the placebo-only target', () => {
    const rows = run([freedomFake({ drugs: [] })], ['A8', 'B3']);
    expect(statuses(rows.filter((r) => r.id === 'B3'))).toEqual(['pending']);
    expect(rows.find((r) => r.id === 'B3')!.note).toMatch(/does not list drug denosumab/);
    expect(statuses(rows.filter((r) => r.id === 'A8'))).toEqual(['pass']);
    expect(rows.find((r) => r.id === 'A8')!.note).toMatch(/calciumVitaminD background not among freedom-fake's drugs/);
  });

  it('gives the Ca + vit D background to a model that lists it', () => {
    const calls: Scenario[] = [];
    const base = freedomFake({ drugs: ['denosumab', 'calciumVitaminD'] });
    const spy = { ...base, simulate: (s: Scenario) => (calls.push(s), simulateScenario(base, s)) };
    const rows = run([spy], ['A8']);
    expect(statuses(rows)).toEqual(['pass']);
    expect(calls.every((s) => hasDrug(s, 'calciumVitaminD'))).toBe(true);
    expect(rows[0]!.note).toBe('');
  });

  it('reproduces the Michigan LS rates (A5) and is pending where the spine is not modeled', () => {
    const rows = run([sowersFake(true), sowersFake(false)], ['A5']);
    expect(rows.filter((r) => r.model === 'sowers-fake').map((r) => r.status)).toEqual(['pass', 'pass', 'pass']);
    const hip = rows.filter((r) => r.model === 'hip-only-fake');
    expect(statuses(hip)).toEqual(['pending']);
    expect(hip[0]!.note).toMatch(/site not modeled: lumbar spine/);
  });

  it('compares marrow fat only for the BMD group the mean woman falls in', () => {
    const model = fakeModel({
      species: ['woman'],
      outputs: (_s, _d, age) => ({ bmdTotalHip: 1, marrowFatFraction: interp([[28, pub('MFF-1', 'young') / 100], [70, pub('MFF-1', 'normal') / 100]], age) }),
    });
    const rows = run([model], ['MFF-1']);
    expect(rows.map((r) => [r.key, r.status])).toEqual([
      ['young', 'pass'],
      ['normal', 'pass'],
      ['osteopenia', 'pending'],
      ['osteoporosis', 'pending'],
    ]);
    expect(rows[2]!.note).toMatch(/needs virtual population: the mean woman at 70 y has T-score 0 \(normal/);
  });

  it('is pending for men on a women-only model, and reads the MrOS ratio on a male profile', () => {
    const womanOnly = run([freedomFake()], ['A12']);
    expect(statuses(womanOnly)).toEqual(['pending']);
    expect(womanOnly[0]!.note).toMatch(/has no 'man' profile/);
    // Loss accelerating with age: BMD = 1 - 0.0004 (age - 60)^2 gives loss(85)/loss(65) = (2·27.3)/(2·7.3) ≈ 3.7.
    const man = fakeModel({ species: ['man'], outputs: (_s, _d, age) => ({ bmdTotalHip: 1 - 0.0004 * (age - 60) ** 2 }) });
    const ratio = run([man], ['A12']).find((r) => r.key === 'age-ratio')!;
    expect(ratio.simulated).toBeCloseTo((25 ** 2 - 29.6 ** 2) / (5 ** 2 - 9.6 ** 2), 10);
    expect(ratio.status).toBe('fail');
  });

  it('turns a model error into a failure that names it', () => {
    const broken = fakeModel({ species: ['woman'], outputs: () => { throw new Error('solver diverged'); } });
    const rows = run([broken], ['A8']);
    expect(statuses(rows)).toEqual(['fail']);
    expect(rows[0]!.note).toMatch(/simulation error: solver diverged/);
  });

  it('gives every target at least one row, each with a status and a reason when pending', () => {
    const flat = fakeModel({ outputs: () => ({ bmdTotalHip: 1, bmdLumbarSpine: 1, ctx: 1, p1np: 1, marrowFatFraction: 0.5 }) });
    let last = { done: 0, total: 0 };
    const rows = validate([flat], { progress: (e) => (last = e) });
    expect(last.done).toBe(last.total);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(TARGETS.map((t) => t.id)));
    for (const r of rows) {
      expect(['pass', 'fail', 'pending']).toContain(r.status);
      if (r.status === 'pending') expect(r.note.length, `${r.id} ${r.key}`).toBeGreaterThan(0);
      if (r.status === 'pending') expect(r.simulated).toBeNull();
    }
  });

  it('puts models side by side, row for row', () => {
    const rows = run([freedomFake({ name: 'a' }), freedomFake({ name: 'b', shift: 3 })], ['B3']);
    expect(rows.map((r) => r.model).slice(0, 4)).toEqual(['a', 'b', 'a', 'b']);
    const [a, b] = summarize(rows);
    expect(a!.rows).toEqual({ pass: 9, fail: 0, pending: 0 });
    expect(b!.targets).toEqual({ pass: 0, fail: 1, pending: 0 });
    expect(a!.bySection.B!.targets.pass).toBe(1);
  });

  it('gives daily drugs as quasi-continuous dosing by default, or as one dose a day on request', () => {
    const calls: Scenario[] = [];
    const model = fakeModel({ species: ['woman'], drugs: ['alendronate'], calls, outputs: () => ({ bmdTotalHip: 1 }) });
    validate([model], { ids: ['B23'], progress: false });
    validate([model], { ids: ['B23'], progress: false, dailyDosing: 'discrete' });
    const aln = calls.filter((s) => hasDrug(s, 'alendronate')).map((s) => s.regimens!.map((r) => [r.dose, r.start, r.count, r.continuous ?? false]));
    expect(aln).toEqual([
      [[5, 0, 730, true], [10, 730, 365, true]],
      [[5, 0, 730, false], [10, 730, 365, false]],
    ]);
  });

  it('rejects unknown target ids by name', () => {
    expect(() => run([freedomFake()], ['B333'])).toThrow(/unknown validation target 'B333'/);
  });
});

describe('output forms', () => {
  const rows = run([freedomFake({ name: 'a' }), freedomFake({ name: 'b', drugs: [] })], ['A8', 'B3', 'B1', 'C1']);

  it('JSON: one array of {id, quantity, published, simulated, tolerance, status, model, evidence, inSample}', () => {
    const parsed = JSON.parse(toJson(rows)) as Record<string, unknown>[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toHaveLength(rows.length);
    for (const r of parsed) {
      expect(Object.keys(r)).toEqual(['id', 'quantity', 'published', 'simulated', 'tolerance', 'status', 'model', 'evidence', 'inSample']);
      expect(['quantitative', 'direction']).toContain(r.evidence);
      expect(typeof r.inSample).toBe('boolean');
      expect(typeof r.id).toBe('string');
      expect(typeof r.quantity).toBe('string');
      expect(['number', 'string']).toContain(typeof r.published);
      expect(r.simulated === null || typeof r.simulated === 'number').toBe(true);
      expect(typeof r.tolerance).toBe('string');
      expect(['pass', 'fail', 'pending']).toContain(r.status);
      expect(['a', 'b']).toContain(r.model);
    }
    expect(parsed.find((r) => r.id === 'B3' && r.model === 'b')!.simulated).toBeNull();
  });

  it('table: ids, published, tolerance, a column per model, notes, pass counts per model and section', () => {
    const text = formatTable(rows);
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^id\s+quantity\s+published\s+tolerance\s+a\s+b$/);
    expect(text).toMatch(/B3\s+TH BMD, denosumab minus placebo, 36 mo \(pp\)\s+6\.4 pp \(6\.2 to 6\.6\)\s+±1\.28 pp or 95% CI 6\.2 to 6\.6\s+6\.4 pass\s+— pending/);
    expect(text).toContain('B1     [a] vf, hip, nv: needs fracture model; needs virtual population');
    expect(text).toContain('a: 12 pass, 0 fail, 4 pending comparisons; targets 2 pass, 0 fail, 2 pending');
    expect(text).toMatch(/ {2}B {2}Drug interventions\s+9 pass, 0 fail, 3 pending; targets 1 pass, 0 fail, 1 pending/);
    expect(text).toContain('Rules');
  });
});

describe('timing of the menopausal loss (A3)', () => {
  it('finds the half-peak crossings of a loss-rate curve', () => {
    const t = Array.from({ length: 181 }, (_, i) => -5 + i / 12);
    const rate = t.map((x) => interp([[-5, 0], [-2, 0], [0, 4], [1, 4], [3, 0], [10, 0]], x));
    const times = halfPeakTimes(t, rate);
    expect(times.peak).toBeCloseTo(4, 10);
    expect(times.onset).toBeCloseTo(-1, 10);
    expect(times.offset).toBeCloseTo(2, 10);
    expect(Number.isNaN(halfPeakTimes(t, t.map(() => 0)).onset)).toBe(true);
  });
});

describe('menopause age of the simulated women', () => {
  it("uses each model's own menopause age unless the caller sets one for every model", () => {
    const calls: Scenario[] = [];
    const model = fakeModel({ species: ['woman'], calls, outputs: () => ({ bmdTotalHip: 1, bmdLumbarSpine: 1 }) });
    validate([model], { ids: ['A1', 'A8'], progress: false });
    expect(calls.every((s) => s.patient.menopauseAgeYears === undefined)).toBe(true);
    calls.length = 0;
    validate([model], { ids: ['A1', 'A8'], progress: false, fmpAgeYears: 49 });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((s) => s.patient.menopauseAgeYears === 49)).toBe(true);
  });
});

describe('in-sample targets', () => {
  it('marks targets the model was fitted to and counts the rest separately', () => {
    const base = freedomFake();
    const fitted = { ...base, fittedTargets: ['B3'] };
    const rows = validate([fitted], { ids: ['A8', 'B3'], progress: false });
    expect(rows.filter((r) => r.id === 'B3').every((r) => r.inSample && r.note.includes('in-sample (fitted): freedom-fake was fitted to B3'))).toBe(true);
    expect(rows.filter((r) => r.id === 'A8').some((r) => r.inSample)).toBe(false);
    const [summary] = summarize(rows);
    expect(summary!.targets.pass).toBe(2);
    expect(summary!.outOfSample.pass).toBe(1);
    expect(summary!.inSample).toEqual({ pass: 1, fail: 0, pending: 0 });
  });

  it('counts a target in-sample when a parameter was taken from its study, and says so apart from fitting', () => {
    const base = freedomFake();
    const table = base.compiled.composed;
    const [name, declared] = [...table.parameters.entries()][0]!;
    const parameters = new Map(table.parameters);
    parameters.set(name, { ...declared, def: { ...declared.def, sourceTargets: ['B3'] } });
    const sourced = { ...base, fittedTargets: ['B3'], compiled: { ...base.compiled, composed: { ...table, parameters } } };
    expect(inSampleBasis(sourced, 'B3')).toEqual({ basis: ['parameter-source'], parameters: [name] });
    const rows = validate([sourced], { ids: ['B3'], progress: false });
    expect(rows.every((r) => r.inSample && r.note.includes(`in-sample (parameter taken from this study): ${name} taken from B3's study`))).toBe(true);
    expect(rows.some((r) => r.note.includes('in-sample (fitted)'))).toBe(false);
  });

  it("counts a target in-sample for every model when an outcome model's parameter was taken from its study", () => {
    const fromSafety = Object.entries(OUTCOME_PARAMETER_TABLES.safety!).filter(([, d]) => d.sourceTargets?.includes('E6')).map(([n]) => `safety.${n}`);
    expect(fromSafety.length).toBeGreaterThan(0);
    const model = freedomFake();
    expect(isInSample(model, 'E6')).toBe(true);
    expect(inSampleNote(model, 'E6')).toBe(`in-sample (parameter taken from this study): ${fromSafety.join(', ')} taken from E6's study`);
    expect(isInSample(model, 'B3')).toBe(false);
  });
});

describe('direction-only evidence', () => {
  it('marks a comparison by sign alone as direction, numbers, bounds and magnitudes as quantitative', () => {
    const q = (more: object) => ({ kind: 'qualitative', key: 'k', label: 'l', statement: 's', ...more }) as const;
    expect(rowEvidence(q({ direction: 'increase' }))).toBe('direction');
    expect(rowEvidence(q({}))).toBe('direction');
    expect(rowEvidence(q({ direction: 'decrease', magnitude: 10 }))).toBe('quantitative');
    expect(rowEvidence(q({ direction: 'none', within: 1 }))).toBe('quantitative');
    expect(rowEvidence(getValue('B3', 'dmab-36'))).toBe('quantitative');
    expect(rowEvidence(undefined)).toBe('direction');
  });

  it('counts direction-only passes apart in the summary and the table', () => {
    const passed = (id: string, evidence: 'direction' | 'quantitative', inSample = false): ValidationRow => ({
      id, section: 'A', key: evidence, quantity: 'q', published: 1, publishedText: '1', simulated: 1, tolerance: 't', status: 'pass', model: 'm', note: '', inSample, evidence,
    });
    const rows = [passed('A1', 'direction'), passed('A2', 'direction'), passed('A2', 'quantitative'), passed('A3', 'direction', true)];
    const [s] = summarize(rows);
    expect(s!.rows.pass).toBe(4);
    expect(s!.directionOnly).toEqual({ rows: 3, targets: 2, outOfSample: 1 });
    expect(s!.outOfSample.pass).toBe(2);
    expect(s!.inSample.pass).toBe(1);
    expect(formatTable(rows)).toContain('m: 4 pass (3 on direction only), 0 fail, 0 pending comparisons; targets 3 pass (2 on direction only), 0 fail, 0 pending; targets not used in fitting 2 pass (1 on direction only)');
  });
});
