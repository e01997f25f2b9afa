import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { loadStudyFile, parseStudy, StudyFileError, studyJsonSchema, studyToScenarios, type Study } from '../../src/io/study-file.js';
import { getModel, simulateScenario } from '../../src/model/index.js';

/** Pathway experiments (`perturbations`) and exposures with an end (`exposures`) in study files (issue 15). */

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const BASE = 'name: t\npatient: { species: woman, age: 67 }\nduration: 3 years\n';
const yaml = (text: string, model?: string): Study => parseStudy(text, 'yaml', 'test.yaml', model ? { model } : {});

function studyError(run: () => unknown): StudyFileError {
  try {
    run();
  } catch (e) {
    if (e instanceof StudyFileError) return e;
    throw e;
  }
  throw new Error('expected a StudyFileError');
}

describe('perturbations and exposures in study files', () => {
  it('reads a change in percent, from and for, to the contract (factor, days)', () => {
    const study = yaml(`${BASE}perturbations:\n  - { signal: sclerostin, change: -50%, from: 0 days, for: 1 year }\n  - { signal: opg, change: '+100%', from: 18 months }\n  - { signal: rankl, factor: 0.8 }\n`);
    expect(study.arms[0]!.perturbations).toEqual([
      { signal: 'sclerostin', factor: 0.5, fromDay: 0, forDays: 365 },
      { signal: 'opg', factor: 2, fromDay: 547.5 },
      { signal: 'rankl', factor: 0.8, fromDay: 0 },
    ]);
    expect(studyToScenarios(study)[0]!.scenario.perturbations).toEqual(study.arms[0]!.perturbations);
  });

  it('bed rest is complete unloading; the study’s windows come before each arm’s own', () => {
    const study = yaml(
      `${BASE}exposures: [{ exposure: vitaminD, value: 12 }]\narms:\n  - name: a\n  - name: b\n    exposures:\n      - { exposure: bedRest, for: 6 months }\n      - { exposure: glucocorticoid, value: 7.5, from: 1 year, for: 1 year }\n`,
    );
    expect(study.arms[0]!.exposures).toEqual([{ exposure: 'vitaminD', value: 12, fromDay: 0 }]);
    expect(study.arms[1]!.exposures).toEqual([
      { exposure: 'vitaminD', value: 12, fromDay: 0 },
      { exposure: 'loading', value: 0, fromDay: 0, forDays: 182.5 },
      { exposure: 'glucocorticoid', value: 7.5, fromDay: 365, forDays: 365 },
    ]);
    // No windows: the scenario has no such fields (so it is the scenario of before).
    expect(Object.keys(studyToScenarios(yaml(BASE))[0]!.scenario)).toEqual(['patient', 'regimens', 'days']);
  });

  it('bad windows: every problem with its path and line', () => {
    const err = studyError(() =>
      yaml(
        `${BASE}perturbations:\n  - { signal: sclerostine, change: -50% }\n  - { signal: opg, change: 50 }\n  - { signal: opg, change: -50%, factor: 0.5 }\n  - { signal: rankl, change: -150% }\nexposures:\n  - { exposure: bedRest, value: 0 }\n  - { exposure: glucocorticoid }\n  - { exposure: loading, value: 0.5, form: 1 year }\n`,
      ),
    );
    const byPath = Object.fromEntries(err.issues.map((i) => [i.path, i]));
    expect(byPath['perturbations[0].signal']!.message).toMatch(/'sclerostine' is not allowed \(did you mean 'sclerostin'\?\)/);
    expect(byPath['perturbations[0].signal']!.line).toBe(5);
    expect(byPath['perturbations[1].change']!.message).toMatch(/expected a change in percent such as '-50%'/);
    expect(byPath['perturbations[2].factor']!.message).toMatch(/either change .* or factor, not both/);
    expect(byPath['perturbations[3].change']!.message).toMatch(/at or above 0 .*got '-150%'/);
    expect(byPath['exposures[0].value']!.message).toMatch(/bedRest is complete unloading/);
    expect(byPath['exposures[1].value']!.message).toMatch(/is required for glucocorticoid: a number in prednisolone-equivalent mg\/day/);
    expect(byPath['exposures[2].form']!.message).toMatch(/unknown key 'form' \(did you mean 'for'\?\) in exposure \(allowed: exposure, value, from, for\)/);
    expect(byPath['exposures[2].form']!.line).toBe(12);
    expect(err.issues).toHaveLength(7);
  });

  it('model checks: a start after the end, overlapping windows and values outside the bounds, in the file’s words', () => {
    const late = studyError(() => yaml(`${BASE}perturbations: [{ signal: opg, change: -50%, from: 3 years }]\n`));
    expect(late.issues).toEqual([expect.objectContaining({ path: 'perturbations[0].from', message: expect.stringMatching(/at or after the end of the study/) })]);
    const overlap = studyError(() =>
      yaml(`${BASE}exposures: [{ exposure: bedRest, for: 1 year }]\narms:\n  - name: a\n    exposures:\n      - { exposure: loading, value: 1.5, from: 6 months }\n`),
    );
    expect(overlap.issues).toEqual([
      expect.objectContaining({ path: 'arms[0].exposures[0].from', line: 8, message: expect.stringMatching(/overlaps exposures\[0\] .*may not overlap/) }),
    ]);
    const big = studyError(() => yaml(`${BASE}arms:\n  - name: a\n    perturbations: [{ signal: pth, change: +2000% }]\n`));
    expect(big.issues).toEqual([expect.objectContaining({ path: 'arms[0].perturbations[0]', line: 6, message: expect.stringMatching(/PTH \+2000 % .*outside what model 'osteosim' allows/) })]);
  });

  it('a signal the model lacks names the model and the signals it has', () => {
    const text = `${BASE}arms:\n  - name: control\n  - name: RANKL halved\n    perturbations: [{ signal: rankl, change: -50%, for: 1 year }]\n`;
    expect(yaml(text).arms[1]!.perturbations).toHaveLength(1);
    const err = studyError(() => yaml(text, 'jorg2022'));
    expect(err.issues).toEqual([
      expect.objectContaining({ path: 'arms[1].perturbations[0].signal', line: 7, message: expect.stringMatching(/model 'jorg2022' has no signal 'rankl' \(RANKL\); the signals it has: sclerostin .*estrogen/) }),
    ]);
  });

  it('the CLI exits with code 2 for a signal jorg2022 lacks, naming the model and the signal', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'osteosim-perturb-')), 'ppar.yaml');
    writeFileSync(file, `${BASE}model: jorg2022\nperturbations:\n  - { signal: pparGamma, change: +100%, for: 1 year }\n`);
    let out = '';
    let err = '';
    const code = await runCli(['simulate', file], { stdout: (s) => void (out += s), stderr: (s) => void (err += s), interactive: false });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(file);
    expect(err).toMatch(/perturbations\[0\]\.signal \(line 6\): model 'jorg2022' has no signal 'pparGamma' \(PPAR-γ\)/);
  });

  it('the JSON Schema describes both lists, in the study and in each arm', () => {
    const text = JSON.stringify(studyJsonSchema());
    for (const key of ['"perturbations"', '"exposures"', 'bedRest', 'pparGamma', "'-50%'"]) expect(text).toContain(key);
  });
});

describe('the examples', () => {
  it('sclerostin blockade: −50 % for a year gains during the year and loses the gain after it; romosozumab gains more', () => {
    const study = loadStudyFile(join(EXAMPLES, 'sclerostin-blockade.yaml'));
    const model = getModel(study.model);
    const hip = Object.fromEntries(studyToScenarios(study).map(({ arm, scenario }) => [arm, simulateScenario(model, scenario).outputs.bmdTotalHip!]));
    const month = (m: number): number => study.days.findIndex((d) => Math.abs(d - (m * 365) / 12) < 1e-6);
    const vsControl = (arm: string, m: number): number => 100 * (hip[arm]![month(m)]! / hip['no intervention']![month(m)]! - 1);
    const half = 'sclerostin -50% for 1 year';
    expect(vsControl(half, 6)).toBeGreaterThan(1);
    expect(vsControl(half, 12)).toBeGreaterThan(vsControl(half, 6));
    expect(vsControl(half, 24)).toBeLessThan(vsControl(half, 12) - 1);
    expect(vsControl(half, 36)).toBeLessThan(vsControl(half, 24));
    expect(vsControl('romosozumab 210 mg monthly x 12', 12)).toBeGreaterThan(vsControl(half, 12));
    expect(vsControl('sclerostin -100% for 1 year', 12)).toBeGreaterThan(vsControl('romosozumab 210 mg monthly x 12', 12));
  });

  it('bed rest then recovery: loses, then regains; exercise after it regains faster', () => {
    const study = loadStudyFile(join(EXAMPLES, 'bed-rest-recovery.yaml'));
    const model = getModel(study.model);
    const hip = Object.fromEntries(studyToScenarios(study).map(({ arm, scenario }) => [arm, simulateScenario(model, scenario).outputs.bmdTotalHip!]));
    const month = (m: number): number => study.days.findIndex((d) => Math.abs(d - (m * 365) / 12) < 1e-6);
    const vsHabitual = (arm: string, m: number): number => 100 * (hip[arm]![month(m)]! / hip['habitual loading']![month(m)]! - 1);
    const recovery = 'bed rest 6 months, then recovery';
    expect(vsHabitual(recovery, 6)).toBeLessThan(-4);
    expect(vsHabitual(recovery, 24)).toBeGreaterThan(vsHabitual(recovery, 6) + 1);
    expect(vsHabitual('bed rest throughout', 24)).toBeLessThan(vsHabitual(recovery, 24) - 5);
    expect(vsHabitual('bed rest 6 months, then exercise for a year', 24)).toBeGreaterThan(vsHabitual(recovery, 24));
  });
});
