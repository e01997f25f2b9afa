import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TARGETS, TARGETS_BY_ID, getTarget, getValue, valueStatus, type PublishedValue } from '../../../src/studies/validation/targets.js';
import { SCENARIOS } from '../../../src/studies/validation/scenarios/index.js';

const DATA = fileURLToPath(new URL('../../../src/studies/validation/data/', import.meta.url));
const read = (name: string) => readFileSync(`${DATA}${name}`, 'utf8');

/** Cells of a markdown table row. */
const cells = (line: string) => line.slice(1, line.lastIndexOf('|')).split(' | ').map((s) => s.trim());

const targetLines = read('validation-targets.md')
  .split('\n')
  .filter((l) => /^\| [A-E]\d+ \|/.test(l));
const protocolLines = read('validation-protocols.md')
  .split('\n')
  .filter((l) => /^\| [A-E]\d+ \|/.test(l));
const mdIds = targetLines.map((l) => cells(l)[0]!);

/** Plain numbers of a text: unicode minus to '-', "3×10⁶" to 3000000. */
function normalize(text: string): string {
  const sup: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
  return text
    .replace(/−/g, '-')
    .replace(/(\d+(?:\.\d+)?)×10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_, a: string, e: string) => String(Number(a) * 10 ** Number([...e].map((c) => sup[c]).join(''))));
}

function numbersOf(v: PublishedValue): number[] {
  switch (v.kind) {
    case 'numeric':
      return [v.value, ...(v.ci ?? []), ...(v.sd === undefined ? [] : [v.sd]), ...(v.events === undefined ? [] : [v.events]), ...(v.n === undefined ? [] : [v.n])];
    case 'range':
      return [v.low, v.high];
    case 'qualitative':
      return [...(v.magnitude === undefined ? [] : [v.magnitude])];
  }
}

describe('validation targets as data', () => {
  it('has every target id of validation-targets.md exactly once, in file order', () => {
    expect(new Set(mdIds).size).toBe(mdIds.length);
    const dataIds = TARGETS.filter((t) => t.section !== 'M').map((t) => t.id);
    expect(dataIds).toEqual(mdIds);
    expect(TARGETS_BY_ID.size).toBe(TARGETS.length);
  });

  it('counts targets per section (A 17, B 50, C 8, D 16, E 19, M 2)', () => {
    const count = (s: string) => TARGETS.filter((t) => t.section === s).length;
    expect([count('A'), count('B'), count('C'), count('D'), count('E'), count('M')]).toEqual([17, 50, 8, 16, 19, 2]);
    for (const t of TARGETS) expect(t.id.startsWith(t.section) || (t.section === 'M' && t.id.startsWith('MFF-'))).toBe(true);
  });

  it('keeps the text of each row verbatim (quantity, value, time, population, intervention, citation, status)', () => {
    for (const line of targetLines) {
      const c = cells(line);
      const t = TARGETS_BY_ID.get(c[0]!)!;
      const wide = c.length === 8;
      expect([t.quantity, t.valueText, t.citation, t.statusText]).toEqual([c[1], c[2], c[wide ? 6 : 4], c[wide ? 7 : 5]]);
      if (wide) expect([t.timeText, t.population, t.intervention]).toEqual([c[3], c[4], c[5]]);
      else expect(t.population).toBe(c[3]);
      expect(t.status).toBe(t.statusText.startsWith('UNVERIFIED') ? 'UNVERIFIED' : 'V');
    }
  });

  it("carries each protocol's needs column verbatim; only E1 has no protocol row", () => {
    const byId = new Map(protocolLines.map((l) => [cells(l)[0]!, cells(l)[4]!]));
    for (const t of TARGETS.filter((x) => x.section !== 'M')) {
      expect(t.needsText).toBe(byId.get(t.id));
      const pattern: Partial<Record<string, RegExp>> = { 'FN→TH proxy': /TH proxy/, 'soft target': /soft target/i, 'needs mortality': /mortality/, design: /\(design\)/, 'MSC PK module': /MSC PK/ };
      for (const label of t.needs) expect(pattern[label] ? pattern[label]!.test(t.needsText!) : t.needsText!.includes(label), `${t.id} ${label}`).toBe(true);
    }
    expect([...byId.keys()].filter((id) => !TARGETS_BY_ID.has(id))).toEqual([]);
    expect(TARGETS.filter((t) => t.section !== 'M' && t.needsText === undefined).map((t) => t.id)).toEqual(['E1']);
  });

  it('transcribes the marrow-fat rows of msc.md §1a verbatim', () => {
    const msc = read('msc.md').split('\n');
    for (const [id, start] of [
      ['MFF-1', '| Vertebral MFF, postmenopausal women, <sup>1</sup>H-MRS'],
      ['MFF-2', '| Vertebral MFF, postmenopausal women (L3 MRS)'],
    ] as const) {
      const c = cells(msc.find((l) => l.startsWith(start))!);
      const t = TARGETS_BY_ID.get(id)!;
      expect([t.quantity, t.valueText, t.population, t.citation, t.statusText]).toEqual([c[0], c[1], c[2], c[3], c[4]]);
    }
  });

  it('invents no number: every published number appears in its row text, unless marked derived', () => {
    for (const t of TARGETS) {
      const text = normalize([t.valueText, t.timeText, t.population, t.intervention].join(' | '));
      for (const v of t.values) {
        if (v.derived) continue;
        for (const x of numbersOf(v)) {
          const s = String(Math.abs(x));
          expect(text.includes(s), `${t.id} ${v.key}: ${s} not in "${t.valueText}"`).toBe(true);
        }
      }
    }
  });

  it('has well-formed values: unique keys, windows for rates, bands for "no change", a CI in order', () => {
    for (const t of TARGETS) {
      const keys = t.values.map((v) => v.key);
      expect(new Set(keys).size, t.id).toBe(keys.length);
      for (const v of t.values) {
        if (v.kind === 'numeric' && v.measure === 'bmd-rate') expect(v.windowYears, `${t.id} ${v.key}`).toBeGreaterThan(0);
        if (v.kind === 'numeric' && v.ci) expect(v.ci[0] <= v.value && v.value <= v.ci[1], `${t.id} ${v.key}`).toBe(true);
        if (v.kind === 'range') expect(v.low).toBeLessThan(v.high);
        if (v.kind === 'qualitative' && v.direction === 'none') expect(v.within, `${t.id} ${v.key}`).toBeDefined();
      }
    }
    expect(() => getValue('B3', 'nope')).toThrow(/has no value 'nope'/);
    expect(() => getValue('B33x', 'x')).toThrow(/did you mean 'B33'/);
  });

  it('encodes B3 as three time points per arm and the differences with their CIs', () => {
    const b3 = TARGETS_BY_ID.get('B3')!;
    const diff = b3.values.filter((v) => v.key.startsWith('diff-'));
    expect(diff.map((v) => (v.kind === 'numeric' ? [v.time, v.value, v.ci] : null))).toEqual([
      [{ kind: 'months', months: 12 }, 3.3, [3.1, 3.4]],
      [{ kind: 'months', months: 24 }, 5.1, [4.9, 5.2]],
      [{ kind: 'months', months: 36 }, 6.4, [6.2, 6.6]],
    ]);
  });

  it('gives every scenario value keys that exist, are compared, and are not both extracted and pending', () => {
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      const t = TARGETS_BY_ID.get(s.id);
      expect(t, s.id).toBeDefined();
      const compared = new Set(t!.values.filter((v) => v.role !== 'context').map((v) => v.key));
      for (const k of [...Object.keys(s.extract), ...Object.keys(s.pendingKeys ?? {})]) expect(compared.has(k), `${s.id} ${k}`).toBe(true);
      for (const k of Object.keys(s.pendingKeys ?? {})) expect(s.extract[k], `${s.id} ${k}`).toBeUndefined();
    }
  });
});

describe('transcription against an independent reading of validation-targets.md (values with their signs)', () => {
  // Read from the research file by a second person, not derived from the data under test.
  const expected: [string, string, number][] = [
    ['A1', 'ls-total', -10.6], ['A1', 'ls-transmenopause', -7.38],
    ['A2', 'fn-total', -9.1], ['A2', 'fn-transmenopause', -5.8],
    ['A4', 'ls-transmenopause', -2.5], ['A4', 'fn-transmenopause', -1.8], ['A4', 'ls-postmenopause', -1], ['A4', 'fn-postmenopause', -1],
    ['A5', 'ls-before', -1.7], ['A5', 'ls-after', -3.3], ['A5', 'ls-late', -1.1],
    ['A8', 'pbo-12', 0], ['A8', 'pbo-24', -0.7], ['A8', 'pbo-36', -1.4],
    ['A12', 'fn-change', -1.72], ['A12', 'fn-change-abs', -0.013], ['A12', 'fn-rate', -0.37], ['A12', 'age-ratio', 2.5],
    ['A12', 'loss-85', 0.021], ['A12', 'loss-65', 0.008],
    ['A16', 'ntx-start', 36.8], ['A16', 'ntx-end', 48.8], ['A16', 'ntx-change', 33], ['A16', 'ntx-rise-rate', 2.9],
    ['B3', 'dmab-12', 3.2], ['B3', 'dmab-24', 4.4], ['B3', 'dmab-36', 5.0], ['B3', 'pbo-12', 0], ['B3', 'pbo-24', -0.7], ['B3', 'pbo-36', -1.4],
    ['B3', 'diff-12', 3.3], ['B3', 'diff-24', 5.1], ['B3', 'diff-36', 6.4],
    ['B7', 'ctx-1', -86], ['B7', 'ctx-36', -72], ['B7', 'p1np-36', -76],
    ['B8', 'ls', 13.7], ['B8', 'th', 7.0],
    ['B23', 'ls-diff', 6.2], ['B23', 'fn-diff', 4.1], ['B23', 'th-diff', 4.7],
    ['B26', 'th-diff', 6.0], ['B26', 'ls-diff', 6.7], ['B26', 'fn-diff', 5.1], ['B26', 'ctx-12', -59],
    ['B36', 'ls-20', 9], ['B36', 'ls-40', 13], ['B36', 'fn-20', 3], ['B36', 'fn-40', 6],
    ['B44', 'ls', 9.2], ['B44', 'th', 3.4], ['B44', 'fn', 2.9],
    ['B47', 'ls-diff', 13.3], ['B47', 'th-diff', 6.8], ['B47', 'vf-rrr-12', -73],
    ['B55', 'fn-diff', 2.1], ['B55', 'ls-diff', 2.6],
    ['B61', 'hip-bmd-diff', 1.06], ['B61', 'hip-hr', 0.88], ['B61', 'spine-hr', 0.9], ['B61', 'total-hr', 0.96],
  ];
  it.each(expected)('%s %s = %d', (id, key, value) => {
    expect((getValue(id, key) as { value?: number }).value).toBe(value);
  });

  it('carries the published confidence intervals of B3 and B61', () => {
    expect((getValue('B3', 'diff-24') as { ci?: number[] }).ci).toEqual([4.9, 5.2]);
    expect((getValue('B61', 'hip-hr') as { ci?: number[] }).ci).toEqual([0.72, 1.08]);
  });

  it('applies the protocols file status changes: confirmed values count as verified, others keep their status', () => {
    expect(valueStatus(getTarget('B36'), getValue('B36', 'ls-20'))).toBe('V');
    expect(valueStatus(getTarget('B47'), getValue('B47', 'vf-rrr-12'))).toBe('V');
    expect(valueStatus(getTarget('B47'), getValue('B47', 'th-diff'))).toBe('UNVERIFIED');
    expect(valueStatus(getTarget('B51'), getValue('B51', 'cv-romo'))).toBe('UNVERIFIED');
  });
});
