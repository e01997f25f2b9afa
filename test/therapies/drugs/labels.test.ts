import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../src/engine/errors.js';
import { DRUGS as CONTRACT_DRUGS, type DrugName } from '../../../src/model/scenario.js';
import { DRUG_LABELS, labelRegimen } from '../../../src/therapies/drugs/index.js';

const DRUGS = Object.keys(DRUG_LABELS) as DrugName[];

describe('drug labels', () => {
  it('one label per drug of the contract, in contract order, each filed under its own drug', () => {
    expect(DRUGS).toEqual([...CONTRACT_DRUGS]);
    for (const drug of DRUGS) expect(DRUG_LABELS[drug].drug).toBe(drug);
  });

  it('give the label units of the issue: µg for the PTH analogs, a switch for calcium + vitamin D, mg for the rest', () => {
    const units: Partial<Record<DrugName, string>> = { teriparatide: 'µg', abaloparatide: 'µg', calciumVitaminD: 'switch', denosumab: 'mg', hormoneTherapy: 'mg', zoledronate: 'mg' };
    for (const [drug, unit] of Object.entries(units)) expect(DRUG_LABELS[drug as DrugName].unit, drug).toBe(unit);
  });

  it.each(DRUGS)('%s: label regimens inside the labelled dose range, a citation and a source for the range', (drug) => {
    const label = DRUG_LABELS[drug];
    const [min, max] = label.doseRange;
    expect(min).toBeLessThanOrEqual(max);
    for (const r of label.regimens) {
      expect(r.dose, r.name).toBeGreaterThanOrEqual(min);
      expect(r.dose, r.name).toBeLessThanOrEqual(max);
      expect(r.interval, r.name).toBeGreaterThan(0);
    }
    expect(label.citation.length).toBeGreaterThan(10);
    expect(label.doseRangeSource.length).toBeGreaterThan(5);
  });

  it('hold the label doses, ranges and limits of the issue', () => {
    const regimens = (drug: DrugName) => DRUG_LABELS[drug].regimens.map((r) => [r.dose, r.interval]);
    expect(regimens('alendronate')).toEqual(expect.arrayContaining([[10, 1], [70, 7]]));
    expect(regimens('risedronate')).toEqual(expect.arrayContaining([[5, 1], [35, 7], [150, 30]]));
    expect(regimens('zoledronate')[0]).toEqual([5, 365]);
    expect(regimens('teriparatide')).toEqual([[20, 1]]);
    expect(regimens('abaloparatide')).toEqual([[80, 1]]);
    expect(regimens('raloxifene')).toEqual([[60, 1]]);
    expect(regimens('hormoneTherapy')[0]).toEqual([0.625, 1]);
    expect(regimens('denosumab')).toEqual([[60, 182]]);
    expect(regimens('romosozumab')).toEqual([[210, 30]]);
    expect(regimens('odanacatib')).toEqual([[50, 7]]);
    expect(regimens('calciumVitaminD')).toEqual([[1, 1]]);
    const ranges: Partial<Record<DrugName, [number, number]>> = {
      teriparatide: [20, 40],
      alendronate: [5, 70],
      zoledronate: [4, 5],
      denosumab: [60, 120],
      raloxifene: [60, 150],
      hormoneTherapy: [0.3, 1.25],
      romosozumab: [70, 210],
      blosozumab: [180, 270],
      odanacatib: [3, 50],
      abaloparatide: [20, 80],
      risedronate: [5, 150],
    };
    for (const [drug, range] of Object.entries(ranges)) expect(DRUG_LABELS[drug as DrugName].doseRange, drug).toEqual(range);
    expect(DRUG_LABELS.teriparatide.durationLimit?.days).toBe(730);
    expect(DRUG_LABELS.abaloparatide.durationLimit?.days).toBe(730);
    expect(DRUG_LABELS.romosozumab.durationLimit?.doses).toBe(12);
    expect(DRUG_LABELS.blosozumab.status).toBe('investigational');
    expect(DRUG_LABELS.odanacatib.status).toBe('investigational');
  });
});

describe('labelRegimen', () => {
  it.each(DRUGS)('%s: the default label dose and interval, covering the days asked for', (drug) => {
    const label = DRUG_LABELS[drug].regimens[0];
    const r = labelRegimen(drug, 3652, 30);
    expect(r).toMatchObject({ kind: 'drug', drug, dose: label.dose, interval: label.interval, start: 30 });
    expect(r.count! * r.interval!).toBeGreaterThanOrEqual(3652);
    expect((r.count! - 1) * r.interval!).toBeLessThan(3652);
  });

  it('gives the label regimens of the issue', () => {
    expect(labelRegimen('alendronate', 364)).toEqual({ kind: 'drug', drug: 'alendronate', dose: 70, start: 0, interval: 7, count: 52 });
    expect(labelRegimen('zoledronate', 3 * 365)).toEqual({ kind: 'drug', drug: 'zoledronate', dose: 5, start: 0, interval: 365, count: 3 });
    expect(labelRegimen('denosumab', 365)).toMatchObject({ dose: 60, interval: 182, count: 3 });
    expect(labelRegimen('romosozumab', 360)).toMatchObject({ dose: 210, interval: 30, count: 12 });
  });

  it('gives PTH analogs as daily pulses and other daily drugs as a constant rate, unless told otherwise', () => {
    expect(labelRegimen('teriparatide', 730)).toEqual({ kind: 'drug', drug: 'teriparatide', dose: 20, start: 0, interval: 1, count: 730 });
    expect(labelRegimen('abaloparatide', 10).continuous).toBeUndefined();
    expect(labelRegimen('raloxifene', 365)).toEqual({ kind: 'drug', drug: 'raloxifene', dose: 60, start: 0, interval: 1, count: 365, continuous: true });
    expect(labelRegimen('teriparatide', 730, 0, { dailyDosing: 'continuous' }).continuous).toBe(true);
    expect(labelRegimen('raloxifene', 365, 0, { dailyDosing: 'discrete' }).continuous).toBeUndefined();
    // Not daily: the form does not apply.
    expect(labelRegimen('denosumab', 365, 0, { dailyDosing: 'continuous' }).continuous).toBeUndefined();
  });

  it('stops at the label duration limit when asked', () => {
    expect(labelRegimen('romosozumab', 3652).count).toBe(122);
    expect(labelRegimen('romosozumab', 3652, 0, { withinLabelLimit: true }).count).toBe(12);
    expect(labelRegimen('teriparatide', 3652, 0, { withinLabelLimit: true }).count).toBe(730);
    expect(labelRegimen('denosumab', 3652, 0, { withinLabelLimit: true }).count).toBe(21);
  });

  it('refuses days, start and drugs it cannot use, naming the field', () => {
    expect(() => labelRegimen('denosumab', 0)).toThrow(ModelError);
    expect(() => labelRegimen('denosumab', Number.NaN)).toThrow(/^days: must be a number of days > 0/);
    expect(() => labelRegimen('denosumab', 10, -1)).toThrow(/^start: must be a number of days >= 0/);
    expect(() => labelRegimen('aspirin' as DrugName, 10)).toThrow(/^drug: unknown drug 'aspirin'/);
  });
});
