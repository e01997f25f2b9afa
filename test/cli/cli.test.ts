import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_KINDS } from '../../src/engine/model.js';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s), interactive: false };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const example = (name: string) => join(EXAMPLES, name);
const tmp = () => mkdtempSync(join(tmpdir(), 'osteosim-cli-'));

describe('osteosim CLI', () => {
  it('prints help and version with exit code 0', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const cmd of ['simulate', 'compare', 'report', 'validate', 'params', 'export', 'schema', 'demo']) expect(help.out).toContain(cmd);
    expect(help.out).toMatch(/not a medical device/);
    expect((await cli('--version')).out.trim()).toBe('0.1.0');
  });

  it('lists parameters with value, unit, source and evidence, as table, JSON and CSV', async () => {
    const table = await cli('params', '--model', 'jorg2022', '--module', 'osteoclast lineage');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/eta_C\s+0\.023815993\s+1\/day\s+fitted/);
    const json = JSON.parse((await cli('params', '--format', 'json')).out) as { name: string; source: string; evidence: string }[];
    expect(json.length).toBeGreaterThan(100);
    expect(json.some((p) => p.evidence === 'literature-model')).toBe(true);
    expect(json.every((p) => p.source.length > 0 && (EVIDENCE_KINDS as readonly string[]).includes(p.evidence))).toBe(true);
    const csvText = (await cli('params', '--model', 'jorg2022', '--format', 'csv')).out;
    expect(csvText.split('\n')[0]).toBe('module,name,value,unit,evidence,meaning,source,fittedTo,note');
  });

  it('passes validate options through and reports in JSON', async () => {
    const r = await cli('validate', '--json', '--model', 'jorg2022', '--ids', 'A8');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { id: string; status: string }[];
    expect(rows.map((x) => x.id)).toEqual(['A8', 'A8', 'A8']);
  });

  it('simulates a study file to JSON and CSV with % change columns', async () => {
    const json = await cli('simulate', example('denosumab-stop.yaml'), '--quiet');
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.out) as { arms: { name: string; days: number[]; outputs: Record<string, number[]> }[] };
    expect(doc.arms.length).toBeGreaterThanOrEqual(1);
    const hip = doc.arms[0]!.outputs.bmdTotalHipPct!;
    expect(hip[0]).toBe(0);
    const dir = tmp();
    const out = join(dir, 'run.csv');
    const csvRun = await cli('simulate', example('denosumab-stop.yaml'), '--format', 'csv', '--out', out, '--quiet');
    expect(csvRun.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^arm,day,ageYears,/);
    expect(lines[0]).toContain('bmdTotalHipPct');
    expect(readdirSync(dir)).toEqual(['run.csv']); // no temporary file left behind
  });

  it('compares study arms side by side', async () => {
    const r = await cli('compare', example('denosumab-stop.yaml'), '--format', 'json', '--quiet');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { arm: string; hip: (number | null)[] }[];
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.some((x) => (x.hip[0] ?? 0) > 1)).toBe(true);
  });

  it('exports the patient model as SBML and as JSON', async () => {
    const sbml = await cli('export', '--format', 'sbml', example('denosumab-stop.yaml'));
    expect(sbml.code).toBe(0);
    expect(sbml.out).toContain('<sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">');
    const json = JSON.parse((await cli('export', '--format', 'json', example('denosumab-stop.yaml'))).out) as { parameters: Record<string, { value: number; source: string }> };
    expect(json.parameters.beta_Le!.source.length).toBeGreaterThan(0);
  });

  it('writes a self-contained HTML report with MSC safety rows beside the efficacy plots', async () => {
    const out = join(tmp(), 'rat.html');
    const r = await cli('report', example('ovx-rat-msc-vs-zoledronate.yaml'), '--out', out, '--quiet');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('id="safety-table"');
    expect(html).toMatch(/acute death after injection/);
    expect(html).toMatch(/not a medical device/);
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('compares short rodent studies at 4, 8, 12 and 24 weeks', async () => {
    const r = await cli('compare', example('ovx-rat-msc-vs-zoledronate.yaml'), '--quiet');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/hip 4w\s+hip 8w\s+hip 12w\s+hip 24w/);
  });

  it('prints the JSON Schema of study files', async () => {
    const r = await cli('schema');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveProperty('type', 'object');
  });

  describe('bad input exits with code 2 and a message that points at the problem', () => {
    it('an unknown command, with a suggestion', async () => {
      const r = await cli('simulat');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/unknown command 'simulat'/);
      expect(r.err).toMatch(/simulate/);
    });
    it('a file that does not exist', async () => {
      const r = await cli('simulate', '/nonexistent/study.yaml');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/nonexistent\/study\.yaml/);
    });
    it('an unknown model', async () => {
      const r = await cli('params', '--model', 'osteosym');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/unknown model 'osteosym' \(did you mean 'osteosim'\?\)/);
    });
    it('an unknown module', async () => {
      const r = await cli('params', '--module', 'osteoclasts');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/no module 'osteoclasts'/);
    });
    it('malformed YAML and unknown keys', async () => {
      const dir = tmp();
      const bad = join(dir, 'bad.yaml');
      writeFileSync(bad, 'name: x\npatient: { species: woman, age: 67\n');
      const r1 = await cli('simulate', bad);
      expect(r1.code).toBe(2);
      const unknown = join(dir, 'unknown.yaml');
      writeFileSync(unknown, readFileSync(example('denosumab-stop.yaml'), 'utf8').replace(/^patient:/m, 'patinet:'));
      const r2 = await cli('simulate', unknown);
      expect(r2.code).toBe(2);
      expect(r2.err).toMatch(/patinet/);
    });
    it('two MSC products in one arm, caught when the file is checked, with the file and line', async () => {
      const file = join(tmp(), 'two.yaml');
      writeFileSync(
        file,
        'patient: { species: woman, age: 67 }\nduration: 1 year\nregimens:\n' +
          '  - { msc: { source: BM }, route: intravenous, dose: 2e6 cells/kg }\n' +
          '  - { msc: { source: AD }, route: intravenous, dose: 2e6 cells/kg, start: 6 months }\n',
      );
      const r = await cli('simulate', file);
      expect(r.code).toBe(2);
      expect(r.err).toContain(file);
      expect(r.err).toMatch(/regimens\[1\].*line 5.*one cell product/);
    });
    it('a wrong format choice', async () => {
      const r = await cli('simulate', example('denosumab-stop.yaml'), '--format', 'xml');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/xml/);
    });
  });

  it('runs as a real process: exit codes reach the shell', () => {
    const tsx = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;
    const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;
    const ok = execFileSync(tsx, [main, 'params', '--model', 'jorg2022', '--format', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(ok).length).toBeGreaterThan(40);
    const bad = spawnSync(tsx, [main, 'params', '--model', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
