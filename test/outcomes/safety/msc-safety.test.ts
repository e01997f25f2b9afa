import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../src/engine/index.js';
import { embolicHazard, mscSafety, type SafetyRow } from '../../../src/outcomes/safety/index.js';
import type { MscRegimen, MscRoute, MscSource } from '../../../src/model/scenario.js';

/** MSC safety rows (research/msc.md §6): directions of the dose-response rules, and every row cited. */

const regimen = (route: MscRoute, dose: number, more: Partial<MscRegimen> = {}, source: MscSource = 'BM'): MscRegimen => ({
  kind: 'msc',
  product: { kind: 'cells', source, donor: 'allogeneic' },
  route,
  dose,
  doseUnit: 'cells',
  start: 0,
  ...more,
});
const row = (rows: readonly SafetyRow[], event: string): SafetyRow => rows.find((r) => r.event === event)!;
const ia = (cells: number, volumeMl: number, durationMin: number) =>
  row(mscSafety(regimen('intraArterial', cells, { infusion: { volumeMl, durationMin } }), { species: 'rat', bodyWeightKg: 0.3 }), 'arterial embolism (embolic lesion)').value;
const ivMouse = (cells: number, durationMin?: number) =>
  row(mscSafety(regimen('intravenous', cells, durationMin ? { infusion: { volumeMl: 0.2, durationMin } } : {}), { species: 'mouse' }), 'acute death (pulmonary embolism)').value;

describe('MSC safety: embolism (Cui 2015 pattern; Stem Cells Int 2019)', () => {
  it('intra-arterial embolism rises with dose (0 to 1e6 cells in 1 mL over 3 min)', () => {
    const p = [1e5, 2.5e5, 5e5, 1e6].map((n) => ia(n, 1, 3));
    for (let k = 1; k < p.length; k++) expect(p[k]!).toBeGreaterThan(p[k - 1]!);
    expect(p[3]!).toBeCloseTo(0.3, 10); // the assumed reference
  });
  it('a more concentrated and a slower infusion are riskier; the slow low-volume one (0.5 mL over 6 min) most', () => {
    expect(ia(1e6, 0.5, 3)).toBeGreaterThan(ia(1e6, 1, 3));
    expect(ia(1e6, 1, 6)).toBeGreaterThan(ia(1e6, 1, 3));
    const slowLow = ia(1e6, 0.5, 6);
    for (const [v, t] of [[1, 3], [0.5, 3], [1, 6]] as const) expect(slowLow).toBeGreaterThan(ia(1e6, v, t));
  });
  it('IV acute death in mice: 22 % at the reference bolus, rising with dose, lower with slower infusion; 0 after intra-marrow injection', () => {
    expect(ivMouse(1e6)).toBeCloseTo(0.22, 10);
    expect(ivMouse(2e6)).toBeGreaterThan(ivMouse(1e6));
    expect(ivMouse(5e5)).toBeLessThan(ivMouse(1e6));
    expect(ivMouse(1e6, 10)).toBeLessThan(ivMouse(1e6));
    expect(row(mscSafety(regimen('intraBoneMarrow', 1e6), { species: 'mouse' }), 'acute death after injection').value).toBe(0);
  });
  it('a human IV dose of 2-5e6 cells/kg over 30 min carries a small embolic probability (< 0.5 %)', () => {
    for (const perKg of [2e6, 5e6]) {
      const p = row(mscSafety(regimen('intravenous', perKg, { doseUnit: 'cells/kg', infusion: { volumeMl: 50, durationMin: 30 } }), { species: 'woman' }), 'pulmonary embolism (serious)').value;
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(0.005);
    }
  });
  it('repeated doses add hazard; local routes and cell-free products have none', () => {
    expect(embolicHazard(regimen('intravenous', 1e6, { count: 3, interval: 7 }), 0.025)).toBeCloseTo(embolicHazard(regimen('intravenous', 1e6), 0.025), 12);
    const once = row(mscSafety(regimen('intravenous', 1e6), { species: 'mouse' }), 'acute death (pulmonary embolism)').value;
    const thrice = row(mscSafety(regimen('intravenous', 1e6, { count: 3, interval: 7 }), { species: 'mouse' }), 'acute death (pulmonary embolism)').value;
    expect(thrice).toBeCloseTo(1 - (1 - once) ** 3, 12);
    expect(embolicHazard(regimen('localScaffold', 1e6), 0.25)).toBe(0);
    const ev = mscSafety({ kind: 'msc', product: { kind: 'exosomes', source: 'UC' }, route: 'intravenous', dose: 1e9, doseUnit: 'cells', start: 0 }, { species: 'rat' });
    expect(row(ev, 'embolism').value).toBe(0);
  });
});

describe('MSC safety: fever, thrombosis, tumorigenicity', () => {
  const human = (route: MscRoute, source: MscSource = 'BM', perKg = 2e6, more: Partial<MscRegimen> = {}, renalDisease = false) =>
    mscSafety(regimen(route, perKg, { doseUnit: 'cells/kg', ...more }, source), { species: 'woman', renalDisease });
  it('fever: RR 2.48 (1.27-4.86) for intravascular routes (Thompson 2020), OR 3.65 across routes (Wang 2021)', () => {
    expect(row(human('intravenous'), 'transient fever')).toMatchObject({ measure: 'relative risk', value: 2.48, ci: [1.27, 4.86] });
    expect(row(human('intraBoneMarrow'), 'transient fever')).toMatchObject({ measure: 'odds ratio', value: 3.65 });
  });
  it('thrombosis: tissue-factor load UC and AD > BM, proportional to dose, raised by renal disease, none for marrow injection', () => {
    const load = (source: MscSource, perKg = 2e6, renal = false) => row(human('intravenous', source, perKg, {}, renal), 'thrombosis: tissue-factor load').value;
    expect(load('BM')).toBeCloseTo(1, 12);
    expect(load('UC')).toBeGreaterThan(load('BM'));
    expect(load('AD')).toBeGreaterThan(load('BM'));
    expect(load('BM', 5e6)).toBeCloseTo(2.5 * load('BM'), 12);
    expect(load('BM', 2e6, true)).toBeGreaterThan(load('BM'));
    expect(row(human('intraBoneMarrow', 'UC'), 'thrombosis: tissue-factor load').value).toBe(0);
    expect(row(human('intravenous'), 'thrombosis/embolism (pooled trials)').value).toBe(1.14);
  });
  it('tumorigenicity: near zero for human cells at low passage, rising with passage, higher for rodent cells, none without cells', () => {
    const t = (passage: number, donorSpecies?: 'rat') =>
      row(mscSafety({ ...regimen('intravenous', 2e6, { doseUnit: 'cells/kg' }), product: { kind: 'cells', source: 'BM', donor: 'allogeneic', passage, ...(donorSpecies && { donorSpecies }) } }, { species: 'woman' }), 'malignant transformation of the product').value;
    expect(t(3)).toBeLessThanOrEqual(1e-6);
    expect(t(15)).toBeGreaterThan(t(5));
    expect(t(25)).toBeGreaterThan(t(15));
    expect(t(3, 'rat')).toBeGreaterThan(1000 * t(3));
    expect(row(human('intravenous'), 'malignancy (trials)').value).toBe(0.93);
  });
  it('every row has a basis and a citation; probabilities are in 0-1', () => {
    for (const route of ['intravenous', 'intraArterial', 'intraBoneMarrow', 'localScaffold'] as const) {
      for (const r of human(route, 'UC')) {
        expect(r.basis.length, `${route} ${r.event}`).toBeGreaterThan(10);
        expect(r.citation.length, `${route} ${r.event}`).toBeGreaterThan(5);
        if (r.measure === 'probability') expect(r.value >= 0 && r.value <= 1).toBe(true);
      }
    }
  });
  it('bad input is a ModelError naming the field', () => {
    expect(() => mscSafety(regimen('intravenous', 2e6, { infusion: { volumeMl: 1, durationMin: 0 } }), { species: 'mouse' })).toThrow(/regimen\.infusion\.durationMin: must be > 0/);
    expect(() => mscSafety(regimen('nasal' as MscRoute, 2e6), { species: 'mouse' })).toThrow(ModelError);
  });
});
