import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TARGETS, TARGETS_BY_ID, getValue, type PublishedValue } from '../../../src/studies/validation/targets.js';
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

  it('counts targets per section (A 17, B 50, C 8, D 15, E 19, M 2)', () => {
    const count = (s: string) => TARGETS.filter((t) => t.section === s).length;
    expect([count('A'), count('B'), count('C'), count('D'), count('E'), count('M')]).toEqual([17, 50, 8, 15, 19, 2]);
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
