import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { parseStudy, StudyFileError, type Study } from '../../src/io/study-file.js';
import { LIMITS, maxAgeYears } from '../../src/model/limits.js';

/**
 * Issue 12: malformed and extreme study files, generated as mutations of the examples (wrong types, huge, negative
 * and non-finite numbers, unknown names, absurd units, deep nesting, alias bombs, duplicate keys, byte-order marks,
 * huge counts, tiny intervals). Each must either load with its planned work within the limits, or raise a
 * StudyFileError naming the file; nothing may hang, crash or give a degenerate output grid.
 */

const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ name: f, data: parseYaml(readFileSync(join('examples', f), 'utf8')) as Record<string, unknown> }));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e300, -1e300, 1e-300, 1e-9, 0, -1, 1e9, 2 ** 53, -0),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('5 parsecs', '1e300 years', '1e-9 days', '-3 months', '60 ug', '60 kg', '1e12 mg', 'weakly', 'NaN days', '', ' ', '∞', 'denosumab', 'teriparatide'),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.integer({ min: 20, max: 3000 }).map((depth) => {
    let v: Json = 1;
    for (let k = 0; k < depth; k++) v = [v];
    return v;
  }),
);

/** Every path to a value (keys and list indices) in a parsed example. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function setIn(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  if (path.length === 0) return (value && typeof value === 'object' && !Array.isArray(value) ? value : { value }) as Record<string, unknown>;
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Regimens of an example (top level or in its arms), for the dosing mutations. */
const regimenPaths = (data: Record<string, unknown>): (string | number)[][] => {
  const top = Array.isArray(data.regimens) ? data.regimens.map((_, k) => ['regimens', k]) : [];
  const arms = Array.isArray(data.arms) ? (data.arms as { regimens?: unknown[] }[]).flatMap((a, i) => (a.regimens ?? []).map((_, k) => ['arms', i, 'regimens', k])) : [];
  return [...top, ...arms];
};

const ALIAS_BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...Array.from({ length: 8 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [${Array(9).fill(`*${String.fromCharCode(97 + k)}`).join(', ')}]`)].join('\n');

/** YAML text of the data; nesting too deep for the yaml library's writer is written as JSON, which is YAML too. */
function yamlText(data: unknown): string {
  try {
    return stringifyYaml(data);
  } catch (e) {
    if (e instanceof RangeError) return `${JSON.stringify(data)}\n`;
    throw e;
  }
}

interface Mutant {
  readonly text: string;
  readonly format: 'yaml' | 'json';
  readonly kind: string;
}

const mutant: fc.Arbitrary<Mutant> = fc
  .record({
    example: fc.integer({ min: 0, max: EXAMPLES.length - 1 }),
    kind: fc.constantFrom('value', 'value', 'value', 'unknown-key', 'count', 'every', 'duration', 'outputEvery', 'many-arms', 'many-regimens', 'age', 'delete'),
    pick: fc.nat(),
    value: nasty,
    big: fc.oneof(fc.constantFrom(1e9, 1e300, 2 ** 31, 100_001, 10_000), fc.integer({ min: 1, max: 10 ** 7 })),
    tiny: fc.oneof(fc.constantFrom(1e-9, 1e-300, 0.001, 0.04, 1 / 24), fc.double({ min: 1e-12, max: 2, noNaN: true })),
    format: fc.constantFrom<'yaml' | 'json'>('yaml', 'json'),
    text: fc.constantFrom('none', 'none', 'none', 'bom', 'duplicate', 'alias-bomb', 'truncate'),
  })
  .map(({ example, kind, pick, value, big, tiny, format, text }): Mutant => {
    let data = structuredClone(EXAMPLES[example]!.data);
    const all = paths(data).filter((p) => p.length > 0);
    const regs = regimenPaths(data);
    const reg = regs.length > 0 ? regs[pick % regs.length]! : undefined;
    switch (kind) {
      case 'value':
        data = setIn(data, all[pick % all.length]!, value);
        break;
      case 'unknown-key':
        data = setIn(data, [...(all[pick % all.length]!.slice(0, -1)), `x${pick % 97}`], value);
        break;
      case 'count':
        data = reg ? setIn(data, [...reg, 'count'], big) : setIn(data, ['regimens'], [{ drug: 'alendronate', dose: '70 mg', every: 'weekly', count: big }]);
        break;
      case 'every':
        data = reg ? setIn(data, [...reg, 'every'], tiny) : setIn(data, ['regimens'], [{ drug: 'alendronate', dose: '70 mg', every: tiny }]);
        break;
      case 'duration':
        data = setIn(data, ['duration'], pick % 2 ? big : tiny);
        break;
      case 'outputEvery':
        data = setIn(data, ['outputEvery'], tiny);
        break;
      case 'many-arms':
        data = setIn(setIn(data, ['regimens'], undefined), ['arms'], Array.from({ length: 50 + (pick % 1_000) }, (_, i) => ({ name: `arm ${i}` })));
        break;
      case 'many-regimens':
        data = setIn(setIn(data, ['arms'], undefined), ['regimens'], Array.from({ length: 50 + (pick % 1_000) }, (_, i) => ({ drug: 'denosumab', dose: '60 mg', every: '6 months', start: i % 700 })));
        break;
      case 'age':
        data = setIn(data, ['patient', 'age'], pick % 2 ? 100 + (pick % 30) : value);
        break;
      case 'delete':
        data = setIn(data, all[pick % all.length]!, undefined);
        break;
    }
    data = JSON.parse(JSON.stringify(data) ?? 'null') as Record<string, unknown>;
    let out = format === 'json' ? JSON.stringify(data, null, 1) : yamlText(data);
    if (text === 'bom') out = `\uFEFF${out}`;
    if (text === 'duplicate') out = format === 'json' ? out.replace(/^\{/, '{"duration": "100 years",') : `duration: 100 years\n${out}`;
    if (text === 'alias-bomb' && format === 'yaml') out = `${ALIAS_BOMB}\n${out}`;
    if (text === 'truncate') out = out.slice(0, Math.max(1, pick % out.length));
    return { text: out, format, kind: `${kind}/${text}` };
  });

/** A loaded study's planned work, against the limits; a degenerate grid (days not strictly increasing) fails. */
function expectWithinLimits(study: Study): void {
  expect(study.arms.length).toBeLessThanOrEqual(LIMITS.maxArms.value);
  expect(study.durationDays).toBeLessThanOrEqual(LIMITS.maxDurationDays.value);
  expect(study.durationDays).toBeGreaterThanOrEqual(LIMITS.minDurationDays.value);
  expect(study.days.length).toBeGreaterThanOrEqual(2);
  expect(study.days.length).toBeLessThanOrEqual(LIMITS.maxOutputDays.value);
  expect(study.days.length * study.arms.length).toBeLessThanOrEqual(LIMITS.maxOutputPoints.value);
  for (let k = 1; k < study.days.length; k++) expect(study.days[k]!).toBeGreaterThan(study.days[k - 1]!);
  expect(study.patient.ageYears + study.durationDays / 365).toBeLessThanOrEqual(maxAgeYears(study.patient.species)! + 1e-9);
  for (const arm of study.arms) {
    expect(arm.regimens.length).toBeLessThanOrEqual(LIMITS.maxRegimensPerArm.value);
    for (const r of arm.regimens) {
      if (r.count !== undefined) expect(r.count).toBeLessThanOrEqual(LIMITS.maxDosesPerRegimen.value);
      if (r.interval !== undefined && !(r.kind === 'drug' && r.continuous)) expect(r.interval).toBeGreaterThanOrEqual(LIMITS.minIntervalDays.value);
    }
  }
}

type Outcome = 'loads' | 'StudyFileError';

function classify(m: Mutant, origin: string): Outcome {
  try {
    expectWithinLimits(parseStudy(m.text, m.format, origin));
    return 'loads';
  } catch (e) {
    if (e instanceof StudyFileError && e.origin === origin && e.message.startsWith(`${origin}: `)) return 'StudyFileError';
    throw e;
  }
}

describe('malformed and extreme study files (issue 12, property-based)', () => {
  it('2,000 mutants of the examples each load within the limits or raise a StudyFileError naming the file', () => {
    const counts: Record<Outcome, number> = { loads: 0, StudyFileError: 0 };
    const started = Date.now();
    fc.assert(
      fc.property(mutant, (m) => {
        counts[classify(m, `mutant.${m.format}`)]++;
      }),
      { numRuns: 2000, seed: 12 },
    );
    console.log(`study-file corpus: ${counts.loads} load, ${counts.StudyFileError} StudyFileError, 0 other, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(counts.loads + counts.StudyFileError).toBe(2000);
    // The corpus exercises both outcomes, not only rejections.
    expect(counts.loads).toBeGreaterThan(100);
    expect(counts.StudyFileError).toBeGreaterThan(500);
  }, 300_000);

  it('a sample through the CLI: exit 0 with positive BMD, or exit 2 with a message; never 1, never a hang', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osteosim-fuzz-'));
    const sample = fc.sample(mutant, { numRuns: 24, seed: 2026 });
    const run = (file: string): Promise<{ code: number | null; stdout: string; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'simulate', file, '--format', 'json', '-q'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += String(d)));
        child.stderr.on('data', (d) => (stderr += String(d)));
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr });
        });
      });
    const codes: number[] = [];
    for (let start = 0; start < sample.length; start += 6) {
      const batch = sample.slice(start, start + 6).map((m, k) => {
        const file = join(dir, `mutant-${start + k}.${m.format}`);
        writeFileSync(file, m.text);
        return run(file).then((r) => ({ ...r, file }));
      });
      for (const { code, stdout, stderr, file } of await Promise.all(batch)) {
        expect([0, 2], `${file}: ${stderr}`).toContain(code);
        codes.push(code!);
        if (code === 2) {
          expect(stderr).toContain(file);
          continue;
        }
        const result = JSON.parse(stdout) as { arms: { outputs: Record<string, number[]> }[] };
        for (const arm of result.arms) for (const site of ['bmdTotalHip', 'bmdLumbarSpine']) for (const v of arm.outputs[site] ?? []) expect(v).toBeGreaterThan(0);
      }
    }
    expect(codes).toContain(0);
    expect(codes).toContain(2);
  }, 300_000);
});
