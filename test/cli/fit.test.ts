import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), interactive: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const STUDY = join(EXAMPLES, 'fit-denosumab.yaml');
const DATA = join(EXAMPLES, 'fit-denosumab.csv');
/** The values examples/fit-denosumab.csv was made with (its header says so). */
const TRUTH: Record<string, number> = { K_D: 11.25, k_e0: 0.03347 };

interface FitDoc {
  converged: boolean;
  objective: number;
  parameters: { name: string; initial: number; estimate: number; se: number; ci: [number, number] }[];
  covariance: number[][];
}

describe('osteosim fit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'osteosim-fit-'));
  const fitFile = join(dir, 'fit.json');

  it('fits the example CSV: JSON to --out, an HTML report, intervals that cover the values the data were made with', async () => {
    const report = join(dir, 'fit.html');
    const r = await cli('fit', STUDY, DATA, '--parameters', 'K_D,k_e0', '--workers', '0', '--out', fitFile, '--report', report);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/wrote .*fit\.json/);
    const doc = JSON.parse(readFileSync(fitFile, 'utf8')) as FitDoc;
    expect(Object.keys(doc).slice(0, 3)).toEqual(['converged', 'objective', 'parameters']);
    expect(doc.converged).toBe(true);
    expect(doc.parameters.map((p) => p.name)).toEqual(['K_D', 'k_e0']);
    for (const p of doc.parameters) {
      expect(Object.keys(p).slice(0, 5)).toEqual(['name', 'initial', 'estimate', 'se', 'ci']);
      expect(p.ci[0]).toBeLessThanOrEqual(TRUTH[p.name]!);
      expect(p.ci[1]).toBeGreaterThanOrEqual(TRUTH[p.name]!);
      expect(p.se).toBeGreaterThan(0);
    }
    expect(doc.covariance).toHaveLength(2);
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('id="fit-data"');
    expect(html).toContain('id="residuals"');
    expect(html).not.toMatch(/<script[^>]+src=/);
    // Plotly inlined (megabytes), the data in a JSON script element.
    expect(html.length).toBeGreaterThan(1_000_000);
  }, 180_000);

  it('prints a table, and the same numbers on 0 and 2 worker threads', async () => {
    const base = ['fit', STUDY, DATA, '--parameters', 'K_D,k_e0', '--no-profile', '-q'];
    const table = await cli(...base, '--workers', '0');
    expect(table.code, table.err).toBe(0);
    expect(table.out).toMatch(/^fit of Denosumab fit to .*fit-denosumab\.csv: 10 measurements, model osteosim, converged/);
    expect(table.out).toMatch(/^K_D\s+8\.657\s+\d+\.\d+\s+\d+\.\d+\s+\d+\.\d+ … \d+\.\d+\s+ng\/mL$/m);
    expect(table.out).toMatch(/95% CI \(wald\)/);
    const [inThread, pooled] = [await cli(...base, '--workers', '0', '--format', 'json'), await cli(...base, '--workers', '2', '--format', 'json')];
    expect(pooled.code).toBe(0);
    expect(pooled.out).toBe(inThread.out);
  }, 180_000);

  it('exits 2 naming the file, row and column of bad data, and the flag of a bad parameter', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'arm,day,output,value,sd\ndenosumab,91,ctxPct,-80,5\ndenosumab,182,ctxPct,n/a,5\n');
    const r = await cli('fit', STUDY, bad, '--parameters', 'K_D', '--workers', '0', '-q');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`osteosim: ${bad}: row 3, column 'value': must be a finite number, got 'n/a'\n`);
    writeFileSync(bad, 'arm,day,output,value\nplacebo,91,ctxPct,-80\n');
    const arm = await cli('fit', STUDY, bad, '--parameters', 'K_D', '--workers', '0', '-q');
    expect(arm.code).toBe(2);
    expect(arm.err).toMatch(/row 2, column 'arm': no arm 'placebo' in the study \(arms: denosumab\)/);
    const param = await cli('fit', STUDY, DATA, '--parameters', 'K_d', '--workers', '0', '-q');
    expect(param.code).toBe(2);
    expect(param.err).toMatch(/--parameters: model 'osteosim' has no parameter 'K_d'.*did you mean 'K_D'/);
    const missing = await cli('fit', STUDY, join(dir, 'none.csv'), '--parameters', 'K_D', '-q');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/none\.csv: cannot read the data file \(ENOENT\)/);
  }, 60_000);

  it('simulate --uncertainty --from the fit adds p05/p50/p95 series to the JSON and the CSV', async () => {
    const r = await cli('simulate', STUDY, '--uncertainty', '6', '--from', fitFile, '--seed', '4', '--workers', '0', '-q');
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(r.out) as { uncertainty: { source: string; draws: number; parameters: string[] }; arms: { days: number[]; outputs: Record<string, number[]>; intervals: Record<string, { p05: number[]; p50: number[]; p95: number[] }> }[] };
    expect(doc.uncertainty).toMatchObject({ source: 'fit', draws: 6, parameters: ['K_D', 'k_e0'] });
    const arm = doc.arms[0]!;
    expect(Object.keys(arm.intervals)).toEqual(Object.keys(arm.outputs));
    for (const b of Object.values(arm.intervals)) {
      expect(b.p05).toHaveLength(arm.days.length);
      b.p05.forEach((v, t) => expect(v <= b.p50[t]! && b.p50[t]! <= b.p95[t]!).toBe(true));
    }
    const csvOut = await cli('simulate', STUDY, '--uncertainty', '6', '--from', fitFile, '--seed', '4', '--workers', '0', '--format', 'csv', '-q');
    const header = csvOut.out.split('\n')[0]!;
    expect(header).toContain('bmdTotalHipPct,bmdTotalHipPct_p05,bmdTotalHipPct_p50,bmdTotalHipPct_p95');
    // The intervals in the CSV are those of the JSON.
    const row = csvOut.out.split('\n')[arm.days.length]!.split(',');
    expect(Number(row[header.split(',').indexOf('bmdTotalHipPct_p95')])).toBeCloseTo(arm.intervals.bmdTotalHipPct!.p95[arm.days.length - 1]!, 10);
  }, 120_000);

  it('compare --uncertainty prints intervals from priors in its table and JSON; stray or missing flags exit 2', async () => {
    const r = await cli('compare', STUDY, '--uncertainty', '6', '--parameters', 'K_D', '--factor', '1.5', '--workers', '0', '-q');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Denosumab fit\s+denosumab\s+osteosim\s+\+\d\.\d \(\+\d\.\d … \+\d\.\d\)/m);
    expect(r.out).toMatch(/5th … 95th percentiles over 6 parameter sets drawn from priors \(K_D\), seed 1/);
    const json = await cli('compare', STUDY, '--uncertainty', '6', '--parameters', 'K_D', '--factor', '1.5', '--workers', '0', '--format', 'json', '-q');
    const rows = JSON.parse(json.out) as { hip: (number | null)[]; intervals: { hip: ([number, number, number] | null)[] } }[];
    // A weaker RANKL binding (K_D up) gains less; the band has width and its median inside it.
    const [lo, mid, hi] = rows[0]!.intervals.hip[0]!;
    expect(lo).toBeLessThan(hi);
    expect(lo <= mid && mid <= hi).toBe(true);
    expect(Math.abs(mid - rows[0]!.hip[0]!)).toBeLessThan(1);
    const stray = await cli('compare', STUDY, '--from', fitFile, '-q');
    expect(stray.code).toBe(2);
    expect(stray.err).toMatch(/--from applies to --uncertainty N/);
    const none = await cli('simulate', STUDY, '--uncertainty', '5', '-q');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--uncertainty needs --from fit.json .* or --parameters/);
    const few = await cli('simulate', STUDY, '--uncertainty', '1', '--parameters', 'K_D', '-q');
    expect(few.code).toBe(2);
  }, 120_000);
});
