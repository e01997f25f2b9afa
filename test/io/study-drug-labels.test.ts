import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStudyFile, parseStudy, StudyFileError, studyFromObject, type Study } from '../../src/io/study-file.js';
import { studyWarnings } from '../../src/io/study/model-checks.js';

/** Study files checked against the drug labels: 10× doses fail with file, path and line; the rest are warnings. */

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const BASE = 'name: t\npatient: { species: woman, age: 67 }\nduration: 3 years\n';
const yaml = (text: string, options = {}): Study => parseStudy(BASE + text, 'yaml', 'labels.yaml', options);

function studyError(run: () => unknown): StudyFileError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(StudyFileError);
    return e as StudyFileError;
  }
  throw new Error('expected a StudyFileError');
}

describe('study files: drug doses against their labels', () => {
  it('a dose more than 10× outside the labelled range fails with the path, the line and a unit hint, each bad regimen reported', () => {
    const err = studyError(() =>
      yaml(
        'arms:\n' +
          '  - name: a\n' +
          '    regimens:\n' +
          '      - { drug: denosumab, dose: 60000 mg, every: 6 months }\n' +
          '      - { drug: teriparatide, dose: 0.02 ug/day, for: 2 years }\n' +
          '      - { drug: zoledronate, dose: 5 mg, every: yearly }\n',
      ),
    );
    expect(err.issues).toEqual([
      expect.objectContaining({ path: 'arms[0].regimens[0].dose', line: 7, message: expect.stringMatching(/^60000 mg of denosumab is more than 10× above its labelled single doses, 60–120 mg.*60000 µg would be 60 mg/) }),
      expect.objectContaining({ path: 'arms[0].regimens[1].dose', line: 8, message: expect.stringMatching(/^0\.02 µg\/day of teriparatide .*more than 10× below the 20–40 µg\/day/) }),
    ]);
    expect(err.message).toContain('labels.yaml');
  });

  it('fails on every model, before the model is asked', () => {
    const err = studyError(() => yaml('regimens:\n  - { drug: alendronate, dose: 7000 mg, every: weekly }\n', { model: 'jorg2022' }));
    expect(err.issues).toEqual([expect.objectContaining({ path: 'regimens[0].dose', line: 5 })]);
    expect(err.issues[0]!.message).not.toMatch(/model '/);
  });

  it('warnings name the path in the file and the regimens by their paths', () => {
    const study = yaml(
      'arms:\n' +
        '  - name: untreated\n' +
        '  - name: odd\n' +
        '    regimens:\n' +
        '      - { drug: denosumab, dose: 60 mg, every: monthly, count: 6 }\n' +
        '      - { drug: alendronate, dose: 70 mg, every: weekly }\n' +
        '      - { drug: risedronate, dose: 35 mg, every: weekly, start: 1 year }\n' +
        '      - { drug: teriparatide, dose: 80 ug/day, for: 3 years }\n',
    );
    const warnings = studyWarnings(study);
    expect(warnings.map((w) => w.path)).toEqual(['arms[1].regimens[0].every', 'arms[1].regimens[2]', 'arms[1].regimens[3].dose', 'arms[1].regimens[3]']);
    expect(warnings[0]!.message).toMatch(/^denosumab every 30 d is unlike its label regimens \(60 mg every 6 months\)/);
    expect(warnings[1]!.message).toMatch(/^risedronate from day 365 .* while arms\[1\]\.regimens\[1\] gives alendronate .*two bisphosphonates/);
    expect(warnings[2]!.message).toMatch(/^80 µg\/day of teriparatide .* 2× above the 20–40 µg\/day/);
    expect(warnings[3]!.message).toMatch(/^brings teriparatide to 1095 treatment days, beyond the label's 24 months/);
  });

  it('single-arm files: top-level regimen paths; studies built in code too', () => {
    const text = 'regimens:\n  - { drug: raloxifene, dose: 60 mg/day }\n  - { drug: hormoneTherapy, dose: 0.625 mg/day }\n';
    expect(studyWarnings(yaml(text)).map((w) => w.path)).toEqual(['regimens[1]']);
    const built = studyFromObject({ patient: { species: 'woman', age: 67 }, duration: '1 year', regimens: [{ drug: 'denosumab', dose: '60 mg', every: 'monthly' }] });
    expect(studyWarnings(built).map((w) => w.path)).toEqual(['regimens[0].every']);
  });

  it('studied combinations and label regimens load without warnings', () => {
    const study = yaml(
      'arms:\n' +
        '  - name: DATA\n' +
        '    regimens:\n' +
        '      - { drug: teriparatide, dose: 20 ug/day, for: 1 year }\n' +
        '      - { drug: denosumab, dose: 60 mg, every: 6 months, count: 2 }\n' +
        '      - { drug: calciumVitaminD }\n' +
        '  - name: denosumab then zoledronate\n' +
        '    regimens:\n' +
        '      - { drug: denosumab, dose: 60 mg, every: 6 months, count: 4 }\n' +
        '      - { drug: zoledronate, dose: 5 mg, start: 728 days }\n',
    );
    expect(studyWarnings(study)).toEqual([]);
  });

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')))('example %s: no label warnings', (file) => {
    expect(studyWarnings(loadStudyFile(join(EXAMPLES, file)))).toEqual([]);
  });
});
