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

const EXAMPLE = join(new URL('../../examples/', import.meta.url).pathname, 'sensitivity-denosumab.yaml');
const base = [EXAMPLE, '--parameters', 'eta_C,K_D', '--factor', '1.25', '--at', '1 year', '-q'];

describe('osteosim sensitivity', () => {
  it('prints identical Sobol JSON on 0 and 2 worker threads', async () => {
    const run = (workers: string) => cli('sensitivity', ...base, '--method', 'sobol', '--samples', '8', '--bootstrap', '50', '--seed', '3', '--workers', workers, '--format', 'json');
    const [inThread, pooled] = [await run('0'), await run('2')];
    expect(inThread.code).toBe(0);
    expect(pooled.code).toBe(0);
    expect(pooled.out).toBe(inThread.out);
    const doc = JSON.parse(inThread.out) as { method: string; output: string; at: number; indices: { parameter: string; S1: number; ST: number; S1ci: number[]; STci: number[] }[]; evaluations: number };
    expect(Object.keys(doc).slice(0, 4)).toEqual(['method', 'output', 'at', 'indices']);
    expect(doc).toMatchObject({ method: 'sobol', output: 'totalHipPct', at: 365, evaluations: 32 });
    expect(doc.indices.map((i) => i.parameter)).toEqual(['eta_C', 'K_D']);
    for (const i of doc.indices) for (const v of [i.S1, i.ST, ...i.S1ci, ...i.STci]) expect(Number.isFinite(v)).toBe(true);
  }, 120_000);

  it('prints Morris effects and local coefficients as tables', async () => {
    const morris = await cli('sensitivity', ...base, '--method', 'morris', '--samples', '2', '--workers', '0');
    expect(morris.code).toBe(0);
    expect(morris.out).toMatch(/morris sensitivity of totalHipPct at day 365/);
    expect(morris.out).toMatch(/^eta_C\s+\d+\.\d{3}\s+-?\d+\.\d{3}\s+\d+\.\d{3}/m);
    const local = await cli('sensitivity', EXAMPLE, '--method', 'local', '--parameters', 'K_D', '--output', 'p1npPct', '--workers', '0', '--format', 'json', '-q');
    expect(local.code).toBe(0);
    const doc = JSON.parse(local.out) as { at: number; indices: { coefficient: number; series: (number | null)[] }[]; times: number[] };
    expect(doc.at).toBe(1095);
    expect(doc.indices[0]!.series).toHaveLength(doc.times.length);
    expect(doc.indices[0]!.series[0]).toBeNull();
    expect(Number.isFinite(doc.indices[0]!.coefficient)).toBe(true);
  }, 120_000);

  it('exits 2 naming the flag for bad input', async () => {
    const cases: [string[], RegExp][] = [
      [['--parameters', 'eta_c'], /--parameters: .*'eta_c'.*did you mean 'eta_C'/],
      [['--parameters', 'eta_C', '--output', 'hipPct'], /--output: unknown output 'hipPct'/],
      [['--parameters', 'eta_C', '--at', '4 years'], /--at: 4 years \(1460 d\) is outside the study/],
      [['--parameters', 'eta_C', '--at', 'soon'], /--at: 'soon' is not a time/],
      [['--parameters', 'eta_C', '--samples', '1'], /--samples must be a whole number >= 2/],
      [['--parameters', 'eta_C', '--arm', 'denosumb'], /--arm: .*no arm 'denosumb' \(did you mean 'denosumab'\?\)/],
      [['--parameters', 'eta_C', '--range', 'eta_C=0:0.05'], /--range: .*declared bounds/],
      [['--parameters', 'eta_C', '--range', 'eta_C=1'], /--range: 'eta_C=1' is not name=lo:hi/],
      [['--parameters', 'eta_C', '--factor', '0.5'], /--factor: must be a number > 1/],
    ];
    for (const [flags, message] of cases) {
      const r = await cli('sensitivity', EXAMPLE, '--method', 'sobol', '--workers', '0', ...flags);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
    const method = await cli('sensitivity', EXAMPLE, '--method', 'fast', '--parameters', 'eta_C');
    expect(method.code).toBe(2);
    expect(method.err).toMatch(/--method/);
  });
});
