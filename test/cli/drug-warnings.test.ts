import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), interactive: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const study = (regimens: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'osteosim-labels-')), 'study.yaml');
  writeFileSync(file, `patient: { species: woman, age: 67 }\nduration: 6 months\nregimens:\n${regimens}`);
  return file;
};

describe('CLI: drug label checks of study files', () => {
  it('prints label warnings to stderr, prefixed warning:, even when quiet, and runs the study', async () => {
    const file = study('  - { drug: denosumab, dose: 60 mg, every: monthly, count: 6 }\n  - { drug: raloxifene, dose: 60 mg/day }\n  - { drug: hormoneTherapy, dose: 0.625 mg/day }\n');
    const r = await cli('compare', file, '--format', 'json', '--quiet');
    expect(r.code).toBe(0);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`warning: ${file}: regimens[0].every: denosumab every 30 d is unlike its label regimens (60 mg every 6 months); 60 mg every 30 d is 2 mg/day, 3.03× above the 0.33–0.659 mg/day of the label regimens`);
    expect(lines[1]).toMatch(new RegExp(`^warning: ${file}: regimens\\[2\\]: hormoneTherapy .* while regimens\\[1\\] gives raloxifene`));
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  it('a dose more than 10× outside the label exits with code 2, naming the file, path and line', async () => {
    const file = study('  - { drug: denosumab, dose: 6000 mg, every: 6 months }\n');
    const r = await cli('simulate', file, '--quiet');
    expect(r.code).toBe(2);
    expect(r.err).toContain(file);
    expect(r.err).toMatch(/regimens\[0\]\.dose \(line 4\): 6000 mg of denosumab is more than 10× above/);
  });

  it('label regimens print no warning', async () => {
    const r = await cli('compare', study('  - { drug: denosumab, dose: 60 mg, every: 6 months }\n  - { drug: calciumVitaminD }\n'), '--quiet');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
  });
});
