import { simulateScenario } from '../../src/model/index.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadStudyFile, parseStudy, StudyFileError, studyJsonSchema, studyToScenarios, type Study } from '../../src/io/study-file.js';
import { models } from '../../src/model/index.js';
import { checkDrugRegimens, DRUG_LABELS } from '../../src/therapies/drugs/index.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

/** The StudyFileError thrown by `run`, or a failed expectation. */
function studyError(run: () => unknown): StudyFileError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(StudyFileError);
    return e as StudyFileError;
  }
  throw new Error('expected a StudyFileError');
}

const yaml = (text: string, origin = 'test.yaml'): Study => parseStudy(text, 'yaml', origin);
const BASE = 'name: t\npatient: { species: woman, age: 67 }\nduration: 3 years\n';
const regimensOf = (study: Study, arm = 0) => study.arms[arm]!.regimens;

describe('examples', () => {
  it('has the examples the issue asks for, each listed in examples/README.md', () => {
    const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
    for (const f of exampleFiles) expect(readme, f).toContain(f);
    for (const f of ['untreated-menopause.yaml', 'label-doses.yaml', 'denosumab-stop.yaml', 'romosozumab-then-denosumab.yaml', 'woman-67-every-option.yaml', 'glucocorticoid-induced-loss.yaml', 'bed-rest.yaml']) {
      expect(exampleFiles).toContain(f);
    }
    expect(readme).toMatch(/MSC/);
  });

  it.each(exampleFiles)('%s loads and every arm simulates on its model', (file) => {
    const study = loadStudyFile(join(EXAMPLES, file));
    expect(study.arms.length).toBeGreaterThanOrEqual(1);
    expect(study.days[0]).toBe(0);
    expect(study.days[study.days.length - 1]).toBe(study.durationDays);
    const model = models[study.model]!;
    for (const { arm, scenario } of studyToScenarios(study)) {
      const result = simulateScenario(model, scenario);
      const hip = result.outputs.bmdTotalHip!;
      expect(hip.length, arm).toBe(study.days.length);
      expect(hip.every(Number.isFinite), arm).toBe(true);
    }
  });

  it('label doses: every arm gives one drug alone at a regimen of its label, with no label warning', () => {
    const study = loadStudyFile(join(EXAMPLES, 'label-doses.yaml'));
    expect(study.model).toBe('osteosim');
    expect(study.arms.filter((a) => a.regimens.length > 0).length).toBeGreaterThan(1);
    for (const { name, regimens } of study.arms) {
      expect(regimens.length, name).toBeLessThanOrEqual(1);
      expect(checkDrugRegimens(regimens), name).toEqual([]);
      for (const r of regimens) {
        if (r.kind !== 'drug') throw new Error(`${name}: not a drug regimen`);
        expect(models.osteosim!.drugs, name).toContain(r.drug);
        const label = DRUG_LABELS[r.drug];
        if (label.unit === 'switch') expect(r.dose, name).toBe(1);
        else expect(label.regimens.filter((l) => l.dose === r.dose && l.interval === r.interval).length, name).toBeGreaterThan(0);
      }
    }
    // The study file's units and durations: weekly for 3 years is 156 doses, 18 months of daily doses 548, mg/day continuous.
    const byDrug = Object.fromEntries(study.arms.flatMap((a) => a.regimens.map((r) => [r.drug, r])));
    expect(byDrug.alendronate).toMatchObject({ dose: 70, interval: 7, count: 156 });
    expect(byDrug.zoledronate).toMatchObject({ dose: 5, interval: 365, count: 3 });
    expect(byDrug.teriparatide).toMatchObject({ dose: 20, interval: 1, count: 730 });
    expect(byDrug.teriparatide!.continuous).toBeFalsy();
    expect(byDrug.risedronate).toMatchObject({ dose: 35, interval: 7, count: 156 });
    expect(byDrug.abaloparatide).toMatchObject({ dose: 80, interval: 1, count: 548 });
    expect(byDrug.raloxifene).toMatchObject({ dose: 60, continuous: true, interval: 1, count: 1095 });
    expect(byDrug.hormoneTherapy).toMatchObject({ dose: 0.625, continuous: true, interval: 1, count: 1095 });
    expect(byDrug.odanacatib).toMatchObject({ dose: 50, interval: 7, count: 156 });
    expect(byDrug.denosumab).toMatchObject({ dose: 60, interval: 182, count: 6 });
    expect(byDrug.romosozumab).toMatchObject({ dose: 210, interval: 30, count: 12 });
    expect(byDrug.calciumVitaminD).toEqual({ kind: 'drug', drug: 'calciumVitaminD', dose: 1, start: 0 });
  });
});

describe('format and unit conventions', () => {
  it('maps the patient to the contract and builds the output grid (1 month = 365/12 days)', () => {
    const study = yaml('patient: { species: woman, age: 67, menopauseAge: 51, ovariectomyAt: -2 weeks, phenotype: osteoporotic }\nduration: 36 months\n', 'dir/my-study.yaml');
    expect(study.name).toBe('my-study');
    expect(study.model).toBe('osteosim');
    expect(study.patient).toEqual({ species: 'woman', ageYears: 67, menopauseAgeYears: 51, ovariectomyDay: -14, phenotype: 'osteoporotic' });
    expect(study.durationDays).toBe(1095);
    expect(study.days.length).toBe(37);
    expect(study.days[12]).toBe(365);
    expect(study.days[1]).toBeCloseTo(365 / 12, 5);
    expect(study.outputs).toContain('bmdLumbarSpine');
    expect(study.arms).toEqual([{ name: 'my-study', regimens: [], parameters: {} }]);
  });

  it('ends the grid at the duration and accepts days as numbers', () => {
    expect(yaml(`${BASE.replace('3 years', '100')}outputEvery: 30\n`).days).toEqual([0, 30, 60, 90, 100]);
    expect(yaml(`${BASE}outputEvery: 1 year\n`).days).toEqual([0, 365, 730, 1095]);
  });

  it('counts dosing intervals in whole days (monthly 30, every 6 months 182) and start times exactly', () => {
    const s = yaml(`${BASE}regimens:
  - { drug: denosumab, dose: 60 mg, every: 6 months, start: 6 months }
  - { drug: romosozumab, dose: 210 mg, every: 1 month, count: 12 }
  - { drug: alendronate, dose: 70 mg, every: weekly, for: 1 year }
  - { drug: zoledronate, dose: 5 mg, every: 12 months, count: 2 }
`);
    const [dmab, romo, aln, zol] = regimensOf(s);
    expect(dmab).toMatchObject({ interval: 182, start: 182.5 });
    // No count and no `for`: every dose before the end of the study (182.5 + k · 182 < 1095 d: k = 0 … 5).
    expect(dmab!.count).toBe(6);
    expect(romo).toMatchObject({ interval: 30, count: 12 });
    expect(aln).toMatchObject({ interval: 7, count: 52 });
    expect(zol).toMatchObject({ interval: 365, count: 2 });
  });

  it('gives a dose per day continuously, and a dose without /day as separate doses', () => {
    const s = yaml(`${BASE}regimens:
  - { drug: teriparatide, dose: 20 µg/day, for: 18 months }
  - { drug: alendronate, dose: 10 mg, every: daily, for: 2 years }
  - { drug: alendronate, dose: 10 mg per day, start: 2 years }
  - { drug: calciumVitaminD, for: 1 year }
`);
    const [pth, alnDaily, alnRate, cad] = regimensOf(s);
    expect(pth).toEqual({ kind: 'drug', drug: 'teriparatide', dose: 20, start: 0, interval: 1, count: 548, continuous: true });
    expect(alnDaily).toEqual({ kind: 'drug', drug: 'alendronate', dose: 10, start: 0, interval: 1, count: 730 });
    expect(alnRate).toMatchObject({ continuous: true, start: 730, count: 365 });
    expect(cad).toMatchObject({ dose: 1, continuous: true, interval: 1, count: 365 });
  });

  it('reads adherence as a fraction or a percentage of separate doses', () => {
    const study = yaml(`${BASE}regimens:\n  - { drug: alendronate, dose: 70 mg, every: weekly, for: 1 year, adherence: 80% }\n  - { drug: denosumab, dose: 60 mg, every: 6 months, count: 2, adherence: 0.5 }\n`);
    expect(regimensOf(study)).toEqual([
      expect.objectContaining({ drug: 'alendronate', interval: 7, count: 52, adherence: 0.8 }),
      expect.objectContaining({ drug: 'denosumab', count: 2, adherence: 0.5 }),
    ]);
    const bad = studyError(() =>
      yaml(`${BASE}regimens:\n  - { drug: alendronate, dose: 70 mg, every: weekly, adherence: 1.5 }\n  - { drug: raloxifene, dose: 60 mg/day, adherence: 90% }\n  - { drug: zoledronate, dose: 5 mg, adherence: 50% }\n`),
    );
    expect(bad.issues.map((i) => i.path)).toEqual(['regimens[0].adherence', 'regimens[1].adherence', 'regimens[2].adherence']);
    expect(bad.issues[0]!.message).toMatch(/above 0 and at most 1.*got 1\.5/);
    expect(bad.issues[1]!.message).toMatch(/not to a dose per day/);
    expect(bad.issues[2]!.message).toMatch(/not to a single dose/);
  });

  it('merges arm parameters over the study parameters and turns arms into scenarios', () => {
    const s = yaml(`${BASE}parameters: { vitamin_D: 12, loading: 1 }
arms:
  - name: a
  - name: b
    parameters: { loading: 0 }
    regimens: [{ drug: zoledronate, dose: 5 mg }]
`);
    const scenarios = studyToScenarios(s);
    expect(scenarios.map((x) => x.arm)).toEqual(['a', 'b']);
    expect(scenarios[0]!.scenario.parameters).toEqual({ vitamin_D: 12, loading: 1 });
    expect(scenarios[1]!.scenario.parameters).toEqual({ vitamin_D: 12, loading: 0 });
    expect(scenarios[1]!.scenario.regimens).toEqual([{ kind: 'drug', drug: 'zoledronate', dose: 5, start: 0 }]);
    expect(scenarios[1]!.scenario.days).toBe(s.days);
  });

  it('reads JSON to the same study as YAML', () => {
    const fromYaml = yaml(`${BASE}regimens: [{ drug: denosumab, dose: 60 mg, every: 6 months, count: 6 }]\n`);
    const json = JSON.stringify({ name: 't', patient: { species: 'woman', age: 67 }, duration: '3 years', regimens: [{ drug: 'denosumab', dose: '60 mg', every: '6 months', count: 6 }] });
    expect(parseStudy(json, 'json', 'test.yaml')).toEqual(fromYaml);
  });

  it('validates against a model given by the caller (as --model does)', () => {
    const text = `${BASE}regimens: [{ drug: calciumVitaminD }]\n`;
    expect(yaml(text).model).toBe('osteosim');
    const err = studyError(() => parseStudy(text, 'yaml', 't.yaml', { model: 'jorg2022' }));
    expect(err.issues).toEqual([expect.objectContaining({ path: 'regimens[0].drug', message: expect.stringMatching(/model 'jorg2022' has no drug 'calciumVitaminD'/) })]);
  });
});

describe('bad input: StudyFileError with the path, the value given and what is allowed', () => {
  it('malformed YAML, with its line', () => {
    const err = studyError(() => yaml('name: x\npatient: { species: woman, age: 67\nduration: 1 year\n'));
    expect(err.issues[0]!.message).toMatch(/malformed YAML/);
    expect(err.issues[0]!.line).toBeGreaterThanOrEqual(2);
    expect(err.message).toMatch(/^test\.yaml: /);
  });

  it('malformed JSON', () => {
    const err = studyError(() => parseStudy('{ "name": "x", }', 'json', 'a.json'));
    expect(err.message).toMatch(/a\.json: .*malformed JSON/);
  });

  it('an empty file', () => {
    expect(studyError(() => yaml('')).message).toMatch(/empty/);
  });

  it('unknown keys, with a did-you-mean and the allowed keys', () => {
    const err = studyError(() => yaml(`${BASE.replace('patient', 'patinet')}regimens: [{ drug: denosumab, doze: 60 mg }]\n`));
    const byPath = Object.fromEntries(err.issues.map((i) => [i.path, i]));
    expect(byPath.patinet!.message).toMatch(/unknown key 'patinet' \(did you mean 'patient'\?\)/);
    expect(byPath.patinet!.message).toMatch(/allowed: .*duration/);
    expect(byPath.patinet!.line).toBe(2);
    expect(byPath['regimens[0].doze']!.message).toMatch(/did you mean 'dose'/);
    expect(byPath.patient!.message).toMatch(/is required/);
  });

  it('a dose in the wrong unit names the expected unit', () => {
    const err = studyError(() => yaml(`${BASE}regimens:
  - { drug: teriparatide, dose: 20 mg/day, for: 2 years }
  - { drug: denosumab, dose: 60 ug, every: 6 months }
  - { drug: denosumab, dose: 60, every: 6 months }
`));
    expect(err.issues.map((i) => i.path)).toEqual(['regimens[0].dose', 'regimens[1].dose', 'regimens[2].dose']);
    expect(err.issues[0]!.message).toMatch(/teriparatide doses are in µg .*got '20 mg\/day'/);
    expect(err.issues[1]!.message).toMatch(/denosumab doses are in mg .*got '60 ug'/);
    expect(err.issues[2]!.message).toMatch(/need their unit: mg/);
  });

  it('every problem of one regimen, not only the first', () => {
    const err = studyError(() => yaml(`${BASE}regimens: [{ drug: calciumVitaminD, dose: 1000 mg, every: weekly }]\n`));
    expect(err.issues.map((i) => i.path)).toEqual(['regimens[0].dose', 'regimens[0].every']);
    expect(err.issues[0]!.message).toMatch(/switch.*got '1000 mg'.*parameters\.calcium_intake/);
  });

  it('a negative dose', () => {
    const err = studyError(() => yaml(`${BASE}regimens: [{ drug: zoledronate, dose: -5 mg }]\n`));
    expect(err.issues).toEqual([{ path: 'regimens[0].dose', message: "a dose must be >= 0, got '-5 mg'", line: 4 }]);
  });

  it('a file that does not exist names the path', () => {
    const err = studyError(() => loadStudyFile('/nonexistent/study.yaml'));
    expect(err.message).toMatch(/\/nonexistent\/study\.yaml: no such file/);
    expect(err.origin).toBe('/nonexistent/study.yaml');
  });

  it('lists every error at once, in the order of the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osteosim-study-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      `name: bad
model: osteosym
patient: { species: woman, age: -3 }
duration: 6 yeras
outputs: [bmdTotalHip, bmd]
arms:
  - name: a
    regimens:
      - { drug: denosumab, dose: 60 ug, every: 6 months }
      - { drug: alendronat, dose: 70 mg, every: weakly }
      - { drug: teriparatide, dose: 20 ug/day, count: 3 }
`,
    );
    const err = studyError(() => loadStudyFile(file));
    expect(err.issues.map((i) => i.path)).toEqual([
      'model',
      'patient.age',
      'duration',
      'outputs[1]',
      'arms[0].regimens[0].dose',
      'arms[0].regimens[1].drug',
      'arms[0].regimens[1].every',
      'arms[0].regimens[2].count',
    ]);
    expect(err.issues[0]!.message).toMatch(/'osteosym' is not allowed \(did you mean 'osteosim'\?\)/);
    expect(err.issues[2]!.message).toMatch(/got '6 yeras'/);
    expect(err.issues[6]!.message).toMatch(/got 'weakly' \(did you mean 'weekly'\?\)/);
    expect(err.message).toMatch(/8 problems/);
    expect(err.message).toContain('arms[0].regimens[0].dose (line 9): ');
  });

  it('rules across the study: arms and top-level regimens, unique arm names, start after the end', () => {
    const err = studyError(() => yaml(`${BASE}outputEvery: 4 years
regimens: []
arms:
  - name: a
    regimens: [{ drug: zoledronate, dose: 5 mg, start: 3 years }]
  - name: a
`));
    expect(err.issues.map((i) => i.path)).toEqual(['outputEvery', 'regimens', 'arms[0].regimens[0].start', 'arms[1].name']);
  });

  it('checks the arms against the model: species, drugs, dosing forms, phenotype, parameters', () => {
    const onJorg = studyError(() => yaml('model: jorg2022\npatient: { species: rat, age: 1 }\nduration: 1 year\n'));
    expect(onJorg.issues).toEqual([expect.objectContaining({ path: 'patient.species', message: expect.stringMatching(/'jorg2022' does not simulate 'rat'/) })]);
    const forms = studyError(() => yaml(`${BASE}arms:
  - name: a
    regimens:
      - { drug: zoledronate, dose: 0.01 mg/day, for: 1 year }
      - { drug: denosumab, dose: 60 mg/day, for: 1 year }
`));
    expect(forms.issues.map((i) => i.path)).toEqual(['arms[0].regimens[0].dose', 'arms[0].regimens[1].dose']);
    expect(forms.issues[0]!.message).toMatch(/zoledronate is given as discrete doses.*give a dose per administration/);
    const drug = studyError(() => yaml(`${BASE.replace('patient:', 'model: jorg2022\npatient:')}arms:\n  - name: a\n    regimens:\n      - { drug: odanacatib, dose: 50 mg, every: weekly }\n`));
    expect(drug.issues.map((i) => i.path)).toEqual(['arms[0].regimens[0].drug']);
    expect(drug.issues[0]!.message).toMatch(/'jorg2022' has no drug 'odanacatib'/);
    const patient = studyError(() => yaml('patient: { species: rat, age: 67, phenotype: osteoprotic }\nduration: 1 year\n'));
    expect(patient.issues.map((i) => i.path)).toEqual(['patient.phenotype', 'patient.age']);
    const params = studyError(() => yaml(`${BASE}parameters: { vitamin_D: -3 }\narms:\n  - name: a\n    parameters: { loadng: 0 }\n`));
    expect(params.issues).toEqual([
      expect.objectContaining({ path: 'parameters.vitamin_D', message: expect.stringMatching(/outside its allowed range/) }),
      expect.objectContaining({ path: 'arms[0].parameters.loadng', message: expect.stringMatching(/did you mean 'loading'/) }),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// JSON Schema: a small validator for the keywords zod emits, to check the schema's shape against real files.

type Schema = Record<string, unknown>;

function schemaErrors(schema: Schema, value: unknown, root: Schema, path = ''): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    return schemaErrors((root.$defs as Record<string, Schema>)[name]!, value, root, path);
  }
  if (Array.isArray(schema.anyOf)) {
    return (schema.anyOf as Schema[]).some((s) => schemaErrors(s, value, root, path).length === 0) ? [] : [`${path}: matches no anyOf branch`];
  }
  const errors: string[] = [];
  const type = schema.type as string | undefined;
  const isType: Record<string, (v: unknown) => boolean> = {
    object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    array: Array.isArray,
    string: (v) => typeof v === 'string',
    number: (v) => typeof v === 'number',
    integer: Number.isInteger,
    boolean: (v) => typeof v === 'boolean',
  };
  if (type && !isType[type]!(value)) return [`${path}: not ${type}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) errors.push(`${path}: pattern`);
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: minimum`);
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: minItems`);
    if (schema.items) value.forEach((v, i) => errors.push(...schemaErrors(schema.items as Schema, v, root, `${path}[${i}]`)));
  }
  if (type === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...schemaErrors(props[key], v, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: additional property`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...schemaErrors(schema.additionalProperties as Schema, v, root, `${path}.${key}`));
    }
  }
  return errors;
}

describe('JSON Schema for editors', () => {
  const schema = studyJsonSchema();

  it('is a draft 2020-12 object schema with descriptions', () => {
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', additionalProperties: false, required: ['patient', 'duration'] });
    expect(JSON.stringify(schema)).toContain('label unit');
  });

  it.each(exampleFiles)('validates %s', (file) => {
    const data = parseYaml(readFileSync(join(EXAMPLES, file), 'utf8')) as unknown;
    expect(schemaErrors(schema, data, schema)).toEqual([]);
  });

  it('rejects unknown keys and malformed durations', () => {
    const data = parseYaml(readFileSync(join(EXAMPLES, 'denosumab-stop.yaml'), 'utf8')) as Record<string, unknown>;
    expect(schemaErrors(schema, { ...data, patinet: {} }, schema)).toEqual(['.patinet: additional property']);
    const arms = data.arms as { regimens: Record<string, unknown>[] }[];
    const badRegimen = { ...data, arms: [{ ...arms[1], regimens: [{ ...arms[1]!.regimens[0], doze: '60 mg' }] }] };
    expect(schemaErrors(schema, badRegimen, schema)).toEqual(['.arms[0].regimens[0].doze: additional property']);
    expect(schemaErrors(schema, { ...data, duration: '6 yeras' }, schema)).toEqual(['.duration: matches no anyOf branch']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// MSC therapy regimens

describe('MSC therapy regimens', () => {
  const RAT = 'patient: { species: rat, age: 0.578, ovariectomyAt: -4 weeks }\nduration: 24 weeks\noutputEvery: 1 week\n';

  it('OVX rat example: UC > AD > BM > OVX control in total-hip BMD at 24 weeks', () => {
    const study = loadStudyFile(join(EXAMPLES, 'ovx-rat-msc-vs-zoledronate.yaml'));
    expect(study.arms.map((a) => a.name)).toEqual(['OVX control', 'BM-MSCs', 'AD-MSCs', 'UC-MSCs', 'zoledronate']);
    expect(study.days).toHaveLength(25);
    expect(study.durationDays).toBe(168);
    expect(study.arms[1]!.regimens).toEqual([
      { kind: 'msc', product: { kind: 'cells', source: 'BM', donor: 'allogeneic' }, route: 'intraBoneMarrow', dose: 1e6, doseUnit: 'cells', start: 0 },
    ]);
    expect(study.arms[4]!.regimens).toEqual([{ kind: 'drug', drug: 'zoledronate', dose: 5, start: 0 }]);
    const hip: Record<string, number> = {};
    for (const { arm, scenario } of studyToScenarios(study)) {
      const series = simulateScenario(models.osteosim!, scenario).outputs.bmdTotalHip!;
      hip[arm] = series[series.length - 1]!;
    }
    expect(hip['UC-MSCs']).toBeGreaterThan(hip['AD-MSCs']!);
    expect(hip['AD-MSCs']).toBeGreaterThan(hip['BM-MSCs']!);
    expect(hip['BM-MSCs']).toBeGreaterThan(hip['OVX control']!);
  });

  it('maps the file syntax to the contract: donor, passage, viability, cells/kg, every, count, infusion', () => {
    const s = yaml(`patient: { species: woman, age: 65 }\nduration: 2 years\nregimens:
  - { msc: { source: BM, donor: autologous, passage: 4, viability: 90 }, route: intravenous, dose: 2e6 cells/kg, every: 6 months, count: 2, volume: 26 mL, over: 30 minutes, bodyWeight: 65 kg }
  - { msc: { source: UC, product: exosomes, conditioning: 3 days }, route: intra-bone-marrow, dose: 1e8 cells, start: 4 weeks, every: 4 weeks }
`);
    const [iv, exo] = regimensOf(s);
    expect(iv).toEqual({
      kind: 'msc',
      product: { kind: 'cells', source: 'BM', donor: 'autologous', passage: 4, viabilityPct: 90 },
      route: 'intravenous',
      dose: 2e6,
      doseUnit: 'cells/kg',
      start: 0,
      interval: 182,
      count: 2,
      infusion: { volumeMl: 26, durationMin: 30 },
      bodyWeightKg: 65,
    });
    // No count: every 4 weeks until the end of the study (28 + k · 28 < 730 d: 26 doses).
    expect(exo).toMatchObject({ product: { kind: 'exosomes', source: 'UC', conditioningDays: 3 }, route: 'intraBoneMarrow', doseUnit: 'cells', start: 28, interval: 28, count: 26 });
  });

  it('bad inputs: unknown source and route with did-you-mean, dose units, infusion on a non-IV route', () => {
    const err = studyError(() => yaml(`${RAT}arms:
  - name: a
    regimens:
      - { msc: { source: BN, donor: autologous }, route: intra-bone-marow, dose: 1e6 cells }
      - { msc: { source: AD }, route: intra-bone-marrow, dose: 1e6 mg }
      - { msc: { source: UC }, route: intra-bone-marrow, dose: 1e6 }
      - { msc: { source: UC }, route: intra-bone-marrow, dose: 1e6 cells, volume: 5 mL, over: 30 minutes }
      - { msc: { source: BM, passage: 80 }, route: intravenous, dose: 1e6 cells }
      - { msc: { source: BM }, route: intravenous, dose: 1e12 cells/kg }
      - { msc: { source: BM }, drug: zoledronate, dose: 5 mg }
      - { drug: zoledronate, dose: 5 mg, route: intravenous }
`));
    const byPath = Object.fromEntries(err.issues.map((i) => [i.path, i.message]));
    const at = (k: number, key: string): string | undefined => byPath[`arms[0].regimens[${k}].${key}`];
    expect(at(0, 'msc.source')).toMatch(/'BN' is not allowed.*allowed: BM, AD, UC/);
    expect(at(0, 'route')).toMatch(/'intra-bone-marow' is not allowed \(did you mean 'intra-bone-marrow'\?\)/);
    expect(at(1, 'dose')).toMatch(/MSC doses are in cells or cells\/kg.*got '1e6 mg'/);
    expect(at(2, 'dose')).toMatch(/need their unit.*bare number 1000000/);
    expect(at(3, 'volume')).toMatch(/intravenous and intra-arterial routes only, not 'intra-bone-marrow'/);
    expect(at(3, 'over')).toMatch(/intravenous and intra-arterial routes only/);
    expect(at(4, 'msc.passage')).toMatch(/between 0 and 50, got 80/);
    expect(at(5, 'dose')).toMatch(/at most 1e\+10 cells\/kg/);
    expect(at(6, 'msc')).toMatch(/either drug .* or msc/);
    expect(at(7, 'route')).toMatch(/MSC regimens \(msc\) only/);
    expect(err.issues.every((i) => i.line !== undefined)).toBe(true);
  });

  it('a per-animal dose above the range for the species is found by the model check, with its path', () => {
    const err = studyError(() => yaml(`${RAT}regimens:\n  - { msc: { source: BM }, route: intra-bone-marrow, dose: 1e12 cells }\n`));
    expect(err.issues).toEqual([expect.objectContaining({ path: 'regimens[0].dose', message: expect.stringMatching(/cells\/kg/) })]);
  });

  it('a model without MSC therapy names the msc key', () => {
    const err = studyError(() => yaml(`model: jorg2022\npatient: { species: woman, age: 67 }\nduration: 1 year\nregimens:\n  - { msc: { source: BM }, route: intravenous, dose: 2e6 cells/kg }\n`));
    expect(err.issues).toEqual([expect.objectContaining({ path: 'regimens[0].msc', message: expect.stringMatching(/no MSC therapy/) })]);
  });
});
