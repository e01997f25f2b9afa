import { describe, expect, it } from 'vitest';
import { parseStudy, StudyFileError, type Study } from '../../src/io/study-file.js';
import { checkPlannedWork, LIMITS, plannedWorkIssues } from '../../src/model/limits.js';
import { ModelError } from '../../src/engine/errors.js';
import { checkDrugRegimens } from '../../src/therapies/drugs/checks.js';
import type { Regimen } from '../../src/model/scenario.js';

const WOMAN = 'patient: { species: woman, age: 67 }\n';

function rejects(text: string, format: 'yaml' | 'json' = 'yaml'): StudyFileError {
  try {
    parseStudy(text, format, `bad.${format}`);
  } catch (e) {
    expect(e).toBeInstanceOf(StudyFileError);
    return e as StudyFileError;
  }
  throw new Error('the study was accepted');
}

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = run();
  return { value, ms: performance.now() - t };
};

describe('limits on planned work (issue 12: inputs that hung)', () => {
  it('a count beyond the end of the study is clipped to the doses inside it, not expanded', () => {
    const { value: study, ms } = timed(() => parseStudy(`${WOMAN}duration: 2 years\nregimens:\n  - { drug: alendronate, dose: 70 mg, every: weekly, count: 1000000000 }\n`, 'yaml'));
    expect(study.arms[0]!.regimens[0]).toMatchObject({ interval: 7, count: Math.ceil(730 / 7) });
    expect(ms).toBeLessThan(5000);
  });

  it('a daily rate `for` longer than the study is clipped to the study', () => {
    const study = parseStudy(`${WOMAN}duration: 1 year\nregimens:\n  - { drug: teriparatide, dose: 20 ug/day, for: 50 years }\n`, 'yaml');
    expect(study.arms[0]!.regimens[0]).toMatchObject({ continuous: true, count: 365 });
  });

  it('every: 1e-9 is refused with the limit and why, on the field and its line', () => {
    const err = rejects(`${WOMAN}duration: 2 years\nregimens:\n  - { drug: alendronate, dose: 70 mg, every: 1e-9 }\n`);
    expect(err.issues[0]).toMatchObject({ path: 'regimens[0].every', line: 4 });
    expect(err.issues[0]!.message).toMatch(/shorter than the limit of 1 hour: .*continuous rate/);
  });

  it('duration: 1e300 is refused before any output grid is built', () => {
    const { value: err, ms } = timed(() => rejects(`${WOMAN}duration: 1e300\n`));
    expect(err.issues[0]).toMatchObject({ path: 'duration', line: 2 });
    expect(err.issues[0]!.message).toMatch(/longer than the limit of 73000 d \(200 years\)/);
    expect(ms).toBeLessThan(2000);
  });

  it('duration: 1e-9 is refused instead of giving two output days both 0', () => {
    const err = rejects(`${WOMAN}duration: 1e-9\noutputEvery: 1e-9\n`);
    expect(err.issues.map((i) => i.path)).toEqual(['duration', 'outputEvery']);
    expect(err.issues[0]!.message).toMatch(/shorter than the limit of 1 d/);
  });

  it('10,000 arms are refused quickly', () => {
    const arms = Array.from({ length: 10_000 }, (_, i) => ({ name: `a${i}` }));
    const { value: err, ms } = timed(() => rejects(JSON.stringify({ patient: { species: 'woman', age: 67 }, duration: '1 year', arms }), 'json'));
    expect(err.issues[0]!.path).toBe('arms');
    expect(err.issues[0]!.message).toMatch(/has 10000 arms; the limit is 100/);
    expect(ms).toBeLessThan(10_000);
  });

  it('10,000 regimens in one arm are refused quickly (the loader used to hang)', () => {
    const regimens = Array.from({ length: 10_000 }, (_, i) => ({ drug: 'alendronate', dose: '70 mg', every: 'weekly', count: 10, start: i % 300 }));
    const { value: err, ms } = timed(() => rejects(JSON.stringify({ patient: { species: 'woman', age: 67 }, duration: '1 year', regimens }), 'json'));
    expect(err.issues[0]).toMatchObject({ path: 'regimens' });
    expect(err.issues[0]!.message).toMatch(/has 10000 regimens; the limit is 100/);
    expect(ms).toBeLessThan(10_000);
  });

  it('the label checks grow with the regimens, not with their pairs (10,000 overlapping regimens)', () => {
    const regimens: Regimen[] = Array.from({ length: 10_000 }, (_, i) => ({ kind: 'drug', drug: 'alendronate', dose: 70, interval: 7, count: 10, start: i % 300 }));
    const { value: warnings, ms } = timed(() => checkDrugRegimens(regimens));
    // One double-dosing warning per later regimen (it used to be one per overlapping pair: millions).
    expect(warnings.length).toBeLessThanOrEqual(regimens.length);
    expect(warnings.length).toBeGreaterThan(9_000);
    expect(ms).toBeLessThan(5_000);
  });

  it('the age at the end of the study beyond the species profile is an error naming the field', () => {
    const err = rejects(`${WOMAN}duration: 100 years\n`);
    expect(err.issues[0]).toMatchObject({ path: 'duration', line: 2 });
    expect(err.issues[0]!.message).toMatch(/16[67](\.\d+)? years old at the end .*valid up to 110 years/);
    expect(() => parseStudy(`${WOMAN}duration: 43 years\n`, 'yaml')).not.toThrow();
  });

  it('checkPlannedWork throws a ModelError naming the contract field', () => {
    const scenario = { patient: { species: 'woman' as const, ageYears: 60 }, regimens: [{ start: 0, interval: 1e-3, count: 10 }], days: [0, 365] };
    expect(() => checkPlannedWork(scenario)).toThrow(ModelError);
    expect(plannedWorkIssues(scenario)).toEqual([expect.objectContaining({ field: 'regimens[0].interval' })]);
    expect(plannedWorkIssues({ ...scenario, regimens: [{ start: 0, interval: 1, count: LIMITS.maxDosesPerRegimen.value + 1 }] })[0]!.field).toBe('regimens[0].count');
    expect(plannedWorkIssues({ ...scenario, regimens: [] })).toEqual([]);
  });
});

describe('YAML and JSON parse the same way (issue 12)', () => {
  const json = (extra: string): string => `{"patient": {"species": "woman", "age": 67}, "duration": "1 year"${extra}}`;

  it('a duplicate key in JSON is an error with its line (JSON.parse kept the last value)', () => {
    const err = rejects(`{\n  "patient": {"species": "woman", "age": 67},\n  "duration": "1 year",\n  "duration": "100 years"\n}\n`, 'json');
    expect(err.issues[0]).toMatchObject({ line: 4 });
    expect(err.issues[0]!.message).toMatch(/duplicate key/);
  });

  it('a duplicate key in YAML is the same error', () => {
    const err = rejects(`${WOMAN}duration: 1 year\nduration: 100 years\n`);
    expect(err.issues[0]).toMatchObject({ line: 3 });
    expect(err.issues[0]!.message).toMatch(/duplicate key/);
  });

  it('a UTF-8 byte-order mark is accepted in both', () => {
    const a: Study = parseStudy(`\uFEFF${json('')}`, 'json');
    const b: Study = parseStudy(`\uFEFF${WOMAN}duration: 1 year\n`, 'yaml');
    expect(a.days).toEqual(b.days);
  });

  it('a YAML alias bomb is a StudyFileError naming the file', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let k = 1; k < 9; k++) {
      const prev = String.fromCharCode(96 + k);
      levels.push(`${String.fromCharCode(97 + k)}: &${String.fromCharCode(97 + k)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const err = rejects(`${levels.join('\n')}\n${WOMAN}duration: 1 year\n`);
    expect(err.message).toMatch(/^bad\.yaml: .*alias bomb/);
  });

  it('nesting too deep for the parser is a StudyFileError', () => {
    const deep = `${WOMAN}duration: 1 year\ndescription: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(rejects(deep).origin).toBe('bad.yaml');
  });
});
