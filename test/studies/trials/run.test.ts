import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { osteosim } from '../../../src/model/osteosim/index.js';
import { simulatePatient } from '../../../src/studies/trials/chunk.js';
import { loadTrialFile } from '../../../src/io/trial-file.js';
import { runTrial } from '../../../src/studies/trials/run.js';
import { eligibleShare } from '../../../src/studies/trials/population.js';
import { FREEDOM, FRAME } from '../../../src/studies/trials/specs/index.js';
import { trialValidationRows } from '../../../src/studies/trials/validation.js';
import type { TrialSpec } from '../../../src/studies/trials/spec.js';

const small: TrialSpec = { ...FREEDOM, patientsPerArm: 40 };

describe('virtual trials', () => {
  it('give identical results for a seed whatever the number of workers (0 = this thread, 2 = a pool)', async () => {
    const inThread = await runTrial(small, { workers: 0 });
    const pooled = await runTrial(small, { workers: 2 });
    expect(JSON.stringify(pooled.arms)).toBe(JSON.stringify(inThread.arms));
    expect(inThread.arms.map((a) => a.n)).toEqual([40, 40]);
    const other = await runTrial({ ...small, seed: 7 }, { workers: 0 });
    expect(JSON.stringify(other.arms)).not.toBe(JSON.stringify(inThread.arms));
  }, 60_000);

  it('enrol patients who meet the criteria, and show the drug effect in BMD and fractures (FREEDOM design)', async () => {
    const patients = Array.from({ length: 30 }, (_, i) => simulatePatient(osteosim, small, i));
    for (const p of patients) {
      expect(p.ageYears).toBeGreaterThanOrEqual(60);
      expect(p.ageYears).toBeLessThanOrEqual(90);
      expect(Math.min(p.hipTScore, p.spineTScore)).toBeLessThanOrEqual(-2.5);
      expect(Math.min(p.hipTScore, p.spineTScore)).toBeGreaterThanOrEqual(-4);
    }
    const r = await runTrial(small, { workers: 0 });
    const [placebo, dmab] = r.arms;
    expect(dmab!.bmd.totalHip.at(-1)!.mean - placebo!.bmd.totalHip.at(-1)!.mean).toBeGreaterThan(4);
    expect(dmab!.fractures.hip.expectedRatio!).toBeLessThan(0.9);
    expect(dmab!.fractures.morphometricVertebral.expectedRatio!).toBeLessThan(0.9);
    expect(placebo!.fractures.morphometricVertebral.expectedPct).toBeGreaterThan(2);
    expect(placebo!.fractures.morphometricVertebral.expectedPct).toBeLessThan(20);
    expect(dmab!.safety.some((s) => /osteonecrosis/i.test(s.event))).toBe(true);
  }, 60_000);

  it('stream per-patient outcomes in index order when asked', async () => {
    const seen: number[] = [];
    await runTrial({ ...FRAME, patientsPerArm: 30 }, { workers: 2, onPatient: (p) => seen.push(p.index) });
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i));
  }, 60_000);

  it('stop on abort and reject with an AbortError', async () => {
    const controller = new AbortController();
    const run = runTrial({ ...FREEDOM, patientsPerArm: 2000 }, { workers: 2, signal: controller.signal, onProgress: (done) => done >= 25 && controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  }, 60_000);

  it('answer the fracture targets of the validation report from the ready-made trials (a small FREEDOM here)', async () => {
    const freedom = await runTrial(small, { workers: 0 });
    const rows = trialValidationRows({ freedom });
    const a9 = rows.find((r) => r.id === 'A9' && r.key === 'freedom')!;
    expect(a9.status).not.toBe('pending');
    // FREEDOM placebo: 7.2 % new morphometric VF in 3 years; the virtual placebo arm must be of that order.
    expect(a9.simulated!).toBeGreaterThan(3);
    expect(a9.simulated!).toBeLessThan(12);
    const b1 = rows.find((r) => r.id === 'B1' && r.key === 'hip')!;
    expect(b1.simulated!).toBeLessThan(0);
    expect(rows.find((r) => r.id === 'B20')!.status).toBe('pending');
  }, 60_000);

  it('refuse inclusion criteria no one meets before simulating anyone', () => {
    const impossible: TrialSpec = { ...small, population: { ...small.population, tScore: { sites: ['totalHip'], max: -9, rule: 'all' } } };
    expect(eligibleShare(impossible.population, 1)).toBe(0);
    expect(() => simulatePatient(osteosim, impossible, 0)).toThrow(/population\.tScore: no patient met the inclusion criteria/);
  });
});

describe('trial files and the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'osteosim-trial-'));
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), interactive: false }, out, err };
  };

  it('reads a trial file in the study-file syntax', () => {
    const file = join(dir, 'mini.yaml');
    writeFileSync(
      file,
      `name: mini
seed: 11
patientsPerArm: 10
duration: 1 year
visitEvery: 6 months
population: { sex: female, age: { min: 65, max: 75 }, tScore: { sites: [totalHip], max: -2.5, rule: all } }
arms:
  - { name: placebo, regimens: [] }
  - { name: zoledronate, regimens: [ { drug: zoledronate, dose: 5 mg } ] }
`,
    );
    const spec = loadTrialFile(file);
    expect(spec.arms.map((a) => a.name)).toEqual(['placebo', 'zoledronate']);
    expect(spec.visitDays).toEqual([182.5, 365]);
    expect(spec.arms[1]!.regimens[0]).toMatchObject({ drug: 'zoledronate', dose: 5 });
  });

  it('names the field of bad trial files: an arm without regimens, a seed that is not whole, zero patients', () => {
    const bad = (body: string) => {
      const file = join(dir, `bad-${Math.random()}.yaml`);
      writeFileSync(file, `name: bad\nduration: 1 year\npopulation: { sex: female, age: { min: 65, max: 75 } }\n${body}`);
      try {
        loadTrialFile(file);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(bad('seed: 1\npatientsPerArm: 5\narms:\n  - { name: a }\n')).toMatch(/arms\[0\]\.regimens.*arm 'a' has no regimens/);
    expect(bad('seed: 1.5\npatientsPerArm: 5\narms:\n  - { name: a, regimens: [] }\n')).toMatch(/seed.*whole number/);
    expect(bad('seed: 1\npatientsPerArm: 0\narms:\n  - { name: a, regimens: [] }\n')).toMatch(/patientsPerArm.*at least one patient/);
  });

  it('runs a ready-made trial from the CLI, as a table and to a JSON file; bad flags exit 2', async () => {
    const a = io();
    const out = join(dir, 'frame.json');
    expect(await runCli(['trial', 'frame', '--patients', '8', '--workers', '0', '--out', out, '-q'], a.io)).toBe(0);
    expect(a.out.join('')).toMatch(/FRAME: placebo n=8, romosozumab n=8/);
    expect(JSON.parse(readFileSync(out, 'utf8')).arms).toHaveLength(2);
    const b = io();
    expect(await runCli(['trial', 'frame', '--patients', '0'], b.io)).toBe(2);
    expect(b.err.join('')).toMatch(/trial of zero patients/);
    expect(await runCli(['trial', 'frame', '--seed', '1.5'], io().io)).toBe(2);
    expect(await runCli(['trial', 'nosuchtrial'], io().io)).toBe(2);
  }, 60_000);

  it('Ctrl-C stops the workers and leaves no result files behind', async () => {
    const csv = join(dir, 'patients.csv');
    const json = join(dir, 'interrupted.json');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'trial', 'freedom', '--patients', '5000', '--workers', '2', '--per-patient', csv, '--out', json, '-q'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    // Interrupt once the run is under way: its per-patient file is being streamed to a temporary file.
    const started = Date.now();
    while (!readdirSync(dir).some((f) => f.startsWith('patients.csv') && f.endsWith('.tmp')) && Date.now() - started < 40_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/trial stopped/);
    expect(existsSync(csv)).toBe(false);
    expect(existsSync(json)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 90_000);
});
