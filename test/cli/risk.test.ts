import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { osteosim } from '../../src/model/osteosim/index.js';
import { tenYearRisks } from '../../src/studies/risk.js';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), interactive: false }, out, err };
};

describe('osteosim risk: 10-year fracture probabilities of one patient under each option', () => {
  it('treatment lowers the 10-year probabilities; a prior vertebral fracture raises them', () => {
    const woman = { sex: 'female' as const, ageYears: 68, baseline: { hipTScore: -2.6, spineTScore: -3.0 } };
    const dmab = [{ kind: 'drug' as const, drug: 'denosumab' as const, dose: 60, start: 0, interval: 182.625, count: 20 }];
    const [untreated, treated] = tenYearRisks(osteosim, woman, { untreated: [], denosumab: dmab });
    expect(treated!.probability.hip).toBeLessThan(untreated!.probability.hip);
    expect(treated!.majorReductionPp!).toBeGreaterThan(3);
    expect(treated!.numberNeededToTreat!).toBeGreaterThan(1);
    expect(treated!.hipTScore10).toBeGreaterThan(untreated!.hipTScore10);
    const [withFracture] = tenYearRisks(osteosim, { ...woman, priorFractures: { count: 1, vertebral: 1 } }, { untreated: [] });
    expect(withFracture!.probability.clinicalVertebral).toBeGreaterThan(1.5 * untreated!.probability.clinicalVertebral);
    // Competing mortality is the same whatever the drug (it does not act on death).
    expect(treated!.probability.death).toBeCloseTo(untreated!.probability.death, 12);
  });

  it('prints a table for the example patient, and names the field of a bad patient file', async () => {
    const a = io();
    expect(await runCli(['risk', 'examples/patients/woman-68-prior-fracture.yaml'], a.io)).toBe(0);
    expect(a.out.join('')).toMatch(/denosumab 60 mg every 6 months .* pp/);
    const dir = mkdtempSync(join(tmpdir(), 'osteosim-risk-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'patient: { sex: female, age: 68, bmi: 5 }\n');
    const b = io();
    expect(await runCli(['risk', bad], b.io)).toBe(2);
    expect(b.err.join('')).toMatch(/bmi/);
    writeFileSync(bad, 'patient: { sex: female, age: 68, weight: 60 }\n');
    const c = io();
    expect(await runCli(['risk', bad], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/patient\.weight: unknown field/);
  }, 60_000);
});
