import { simulateScenario } from '../../../src/model/index.js';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../src/engine/index.js';
import { osteosim } from '../../../src/model/osteosim/index.js';
import { jorg2022Model } from '../../../src/model/reference/index.js';
import type { MscRegimen, Scenario } from '../../../src/model/scenario.js';
import { cellDose, mscRegimen } from '../../../src/therapies/msc/index.js';

/** Bad MSC input is a ModelError naming the field and the allowed values or range. */

const rat = (regimens: readonly MscRegimen[]): Scenario => ({ patient: { species: 'rat', ageYears: 0.7 }, regimens, days: [0, 7] });
const base = cellDose('BM', 'intravenous', 1e6);

describe('MSC bad input', () => {
  it.each([
    ['an unknown source', { ...base, product: { ...base.product, source: 'liver' } }, /regimens\[0\]\.product\.source: unknown source 'liver' \(known: BM, AD, UC\)/],
    ['an unknown route', { ...base, route: 'oral' }, /regimens\[0\]\.route: unknown route 'oral' \(known: intravenous, intraArterial, intraBoneMarrow, localScaffold\)/],
    ['an unknown donor', { ...base, product: { ...base.product, donor: 'cousin' } }, /regimens\[0\]\.product\.donor: unknown donor 'cousin'/],
    ['an unknown product kind', { ...base, product: { kind: 'tissue', source: 'BM' } }, /regimens\[0\]\.product\.kind: unknown product kind 'tissue'/],
    ['a dose below 1 cell', { ...base, dose: 0.5 }, /regimens\[0\]\.dose: must be at least 1 cell, got 0\.5/],
    ['a negative dose', { ...base, dose: -1e6 }, /regimens\[0\]\.dose: must be at least 1 cell/],
    ['a dose above 1e10 cells/kg', { ...base, dose: 2e10, doseUnit: 'cells/kg' }, /regimens\[0\]\.dose: must be at most 1e\+10 cells\/kg, got 2\.000e\+10 cells\/kg/],
    ['a per-animal dose above 1e10 cells/kg (rat 0.25 kg)', { ...base, dose: 3e9 }, /regimens\[0\]\.dose: must be at most 1e\+10 cells\/kg, got 1\.200e\+10 cells\/kg/],
    ['an infusion of zero minutes', { ...base, infusion: { volumeMl: 1, durationMin: 0 } }, /regimens\[0\]\.infusion\.durationMin: must be > 0 minutes, got 0/],
    ['an infusion of negative minutes', { ...base, infusion: { volumeMl: 1, durationMin: -3 } }, /regimens\[0\]\.infusion\.durationMin: must be > 0 minutes/],
    ['an infusion volume of 0', { ...base, infusion: { volumeMl: 0, durationMin: 3 } }, /regimens\[0\]\.infusion\.volumeMl: must be > 0 mL/],
    ['an infusion into the marrow', { ...base, route: 'intraBoneMarrow', infusion: { volumeMl: 1, durationMin: 3 } }, /regimens\[0\]\.infusion: applies to intravenous and intra-arterial routes only/],
    ['viability above 100 %', { ...base, product: { ...base.product, viabilityPct: 120 } }, /regimens\[0\]\.product\.viabilityPct: must be a percentage > 0 and <= 100, got 120/],
    ['a fractional passage', { ...base, product: { ...base.product, passage: 2.5 } }, /regimens\[0\]\.product\.passage: must be a whole number between 0 and 50/],
    ['an unknown dose unit', { ...base, doseUnit: 'cells/m2' }, /regimens\[0\]\.doseUnit: unknown dose unit 'cells\/m2' \(known: cells\/kg, cells\)/],
    ['repeats without an interval', { ...base, count: 3 }, /regimens\[0\]\.interval: must be a number of days > 0 when count > 1/],
  ])('%s', (_name, regimen, message) => {
    expect(() => simulateScenario(osteosim, rat([regimen as MscRegimen]))).toThrow(ModelError);
    expect(() => simulateScenario(osteosim, rat([regimen as MscRegimen]))).toThrow(message);
  });

  it('the regimen builder checks the same fields at the edge', () => {
    expect(() => mscRegimen({ product: { kind: 'cells', source: 'XX' as never, donor: 'allogeneic' }, route: 'intravenous', dose: 1e6, doseUnit: 'cells' })).toThrow(/regimen\.product\.source: unknown source 'XX'/);
    expect(() => mscRegimen({ product: { kind: 'cells', source: 'BM', donor: 'allogeneic' }, route: 'intravenous', dose: 2e10, doseUnit: 'cells/kg' })).toThrow(/regimen\.dose: must be at most 1e\+10 cells\/kg/);
  });

  it('two different cell products in one scenario are refused (one set of cell-fate states)', () => {
    expect(() => simulateScenario(osteosim, rat([cellDose('BM', 'intravenous', 1e6), cellDose('UC', 'intravenous', 1e6)]))).toThrow(/regimens\[1\]\.product: osteosim follows one cell product per scenario/);
    // the same product twice, and a cell-free product beside cells, are fine
    expect(() => simulateScenario(osteosim, rat([cellDose('BM', 'intravenous', 1e6), cellDose('BM', 'intraBoneMarrow', 1e6, { start: 3 })]))).not.toThrow();
  });

  it('a model without MSC therapy says so', () => {
    const woman: Scenario = { patient: { species: 'woman', ageYears: 67 }, regimens: [cellDose('BM', 'intravenous', 2e6, { doseUnit: 'cells/kg' })], days: [0] };
    expect(() => simulateScenario(jorg2022Model, woman)).toThrow(/regimens\[0\]\.kind: model 'jorg2022' has no MSC therapy \(regimen kind 'msc'\)/);
  });
});
