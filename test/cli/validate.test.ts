import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validateCommand, validateSettings, type ValidateCommandOptions } from '../../src/cli/commands/validate.js';
import { UsageError, type CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { fakeModel } from '../studies/validation/fake-models.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), interactive: false };
  return { out, io };
}

async function cli(...argv: string[]) {
  const { out, io } = capture();
  const code = await runCli(['validate', ...argv], io);
  return { code, ...out };
}

const models = {
  good: fakeModel({ name: 'good', species: ['woman'], outputs: (_s, day) => ({ bmdTotalHip: 1 - (0.014 * day) / 1095 }) }),
  off: fakeModel({ name: 'off', species: ['woman'], outputs: (_s, day) => ({ bmdTotalHip: 1 - (0.1 * day) / 1095 }) }),
};

const options = (o: Partial<ValidateCommandOptions> = {}): ValidateCommandOptions => ({ json: false, strict: false, quiet: true, ...o });

describe('osteosim validate', () => {
  it('turns the flags into validation settings (every model by default; ids trimmed; the menopause age a number)', () => {
    const all = validateSettings(options(), models);
    expect(all.models.map((m) => m.name)).toEqual(['good', 'off']);
    expect(all.options).toEqual({});
    const s = validateSettings(options({ json: true, model: 'good', ids: 'A1, A2', fmpAge: '50', dailyDosing: 'discrete', strict: true }), models);
    expect(s.models.map((m) => m.name)).toEqual(['good']);
    expect(s.options).toEqual({ ids: ['A1', 'A2'], fmpAgeYears: 50, dailyDosing: 'discrete' });
    expect([s.json, s.strict]).toEqual([true, true]);
  });

  it('takes values as separate or = arguments', async () => {
    const r = await cli('--json', '--model=jorg2022', '--ids', 'A8', '--quiet');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string; model: string }[]).map((x) => [x.id, x.model])).toEqual([
      ['A8', 'jorg2022'],
      ['A8', 'jorg2022'],
      ['A8', 'jorg2022'],
    ]);
    // A value given with = reaches the check: the run stops at the menopause age before simulating.
    const bad = await cli('--fmp-age=70', '--ids', 'A8');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fmp-age must be a number of years between 30 and 65, got '70'/);
  });

  it('names the flag and the allowed values on bad input, exit code 2', async () => {
    expect(() => validateSettings(options({ fmpAge: '70' }), models)).toThrow(UsageError);
    expect(() => validateSettings(options({ fmpAge: 'old' }), models)).toThrow(/--fmp-age must be a number of years between 30 and 65, got 'old'/);
    expect(() => validateSettings(options({ dailyDosing: 'weekly' }), models)).toThrow(/--daily-dosing must be continuous or discrete, got 'weekly'/);
    expect(() => validateSettings(options({ ids: ' , ' }), models)).toThrow(/--ids needs at least one target id/);
    const dosing = await cli('--daily-dosing', 'weekly');
    expect(dosing.code).toBe(2);
    expect(dosing.stderr).toMatch(/--daily-dosing.*'weekly' is invalid.*continuous, discrete/);
    const missing = await cli('--model');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--model <name>' argument missing/);
    const typo = await cli('--jsno');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown option '--jsno'[\s\S]*Did you mean --json\?/);
  });

  it('prints the JSON array for the chosen model and exits 0', () => {
    const { out, io } = capture();
    expect(validateCommand(options({ json: true, model: 'good', ids: 'A8' }), io, models)).toBe(0);
    const rows = JSON.parse(out.stdout) as { id: string; status: string; model: string }[];
    expect(rows.map((r) => [r.id, r.model, r.status])).toEqual([
      ['A8', 'good', 'pass'],
      ['A8', 'good', 'pass'],
      ['A8', 'good', 'pass'],
    ]);
  });

  it('prints the table for all models; --strict exits 1 when a comparison fails', () => {
    const { out, io } = capture();
    expect(validateCommand(options({ ids: 'A8' }), io, models)).toBe(0);
    expect(out.stdout).toMatch(/^id\s+quantity\s+published\s+tolerance\s+good\s+off/);
    expect(validateCommand(options({ ids: 'A8', strict: true }), capture().io, models)).toBe(1);
    expect(validateCommand(options({ ids: 'A8', strict: true, model: 'good' }), capture().io, models)).toBe(0);
  });

  it('exits 2 with a message for an unknown model or target', async () => {
    expect(() => validateCommand(options({ model: 'osteosm' }), capture().io, models)).toThrow(/unknown model 'osteosm'.*available: good, off, all/);
    const model = await cli('--model', 'osteosm');
    expect(model.code).toBe(2);
    expect(model.stderr).toMatch(/unknown model 'osteosm'.*available: osteosim, jorg2022, all/);
    const target = await cli('--ids', 'A1,Q7');
    expect(target.code).toBe(2);
    expect(target.stderr).toMatch(/--ids: unknown target 'Q7'/);
    const trials = await cli('--trials', '/no/such/dir');
    expect(trials.code).toBe(2);
    expect(trials.stderr).toMatch(/--trials: no directory '\/no\/such\/dir'/);
  });

  it('as a real process with stderr not a terminal, writes nothing to stderr (with or without --quiet)', () => {
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;
    // Every jorg2022 target: the run takes more than the one second after which progress is shown on a terminal.
    for (const quiet of [['--quiet'], []]) {
      const r = spawnSync(tsx, [main, 'validate', ...quiet, '--json', '--model', 'jorg2022'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const rows = JSON.parse(r.stdout) as { model: string }[];
      expect(rows.length).toBeGreaterThan(100);
      expect(rows.every((x) => x.model === 'jorg2022')).toBe(true);
    }
    const bad = spawnSync(tsx, [main, 'validate', '--quiet', '--model', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown model 'nope'/);
  }, 120_000);
});
