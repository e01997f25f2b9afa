import { describe, expect, it } from 'vitest';
import { parseArgs, runCli, UsageError } from '../../../src/studies/validation/cli.js';
import { fakeModel } from './fake-models.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
}

const models = {
  good: fakeModel({ name: 'good', species: ['woman'], outputs: (_s, day) => ({ bmdTotalHip: 1 - (0.014 * day) / 1095 }) }),
  off: fakeModel({ name: 'off', species: ['woman'], outputs: (_s, day) => ({ bmdTotalHip: 1 - (0.1 * day) / 1095 }) }),
};

describe('validate command line', () => {
  it('parses flags, with values as separate or = arguments', () => {
    expect(parseArgs([])).toEqual({ json: false, model: 'all', strict: false, help: false });
    expect(parseArgs(['--json', '--model', 'jorg2022', '--ids', 'A1, A2', '--fmp-age=50', '--daily-dosing', 'discrete', '--strict'])).toEqual({
      json: true,
      model: 'jorg2022',
      ids: ['A1', 'A2'],
      fmpAgeYears: 50,
      dailyDosing: 'discrete',
      strict: true,
      help: false,
    });
  });

  it('names the flag and the allowed values on bad input', () => {
    expect(() => parseArgs(['--fmp-age', '70'])).toThrow(/--fmp-age must be a number of years between 30 and 65, got '70'/);
    expect(() => parseArgs(['--daily-dosing', 'weekly'])).toThrow(/continuous or discrete/);
    expect(() => parseArgs(['--model'])).toThrow(/--model needs a value/);
    expect(() => parseArgs(['--jsno'])).toThrow(UsageError);
    expect(() => parseArgs(['--jsno'])).toThrow(/did you mean '--json'/);
  });

  it('prints the JSON array for the chosen model and exits 0', () => {
    const { out, io } = capture();
    expect(runCli(['--json', '--model', 'good', '--ids', 'A8'], models, io)).toBe(0);
    const rows = JSON.parse(out.stdout) as { id: string; status: string; model: string }[];
    expect(rows.map((r) => [r.id, r.model, r.status])).toEqual([
      ['A8', 'good', 'pass'],
      ['A8', 'good', 'pass'],
      ['A8', 'good', 'pass'],
    ]);
  });

  it('prints the table for all models; --strict exits 1 when a comparison fails', () => {
    const { out, io } = capture();
    expect(runCli(['--ids', 'A8'], models, io)).toBe(0);
    expect(out.stdout).toMatch(/^id\s+quantity\s+published\s+tolerance\s+good\s+off/);
    expect(runCli(['--ids', 'A8', '--strict'], models, capture().io)).toBe(1);
    expect(runCli(['--ids', 'A8', '--strict', '--model', 'good'], models, capture().io)).toBe(0);
  });

  it('exits 2 with a message for an unknown model or target', () => {
    const a = capture();
    expect(runCli(['--model', 'osteosm'], models, a.io)).toBe(2);
    expect(a.out.stderr).toMatch(/unknown model 'osteosm'.*available: good, off, all/);
    const b = capture();
    expect(runCli(['--ids', 'A1,Q7'], models, b.io)).toBe(2);
    expect(b.out.stderr).toMatch(/--ids: unknown target 'Q7'/);
  });
});
