import { describe, expect, it } from 'vitest';
import { DEMO_THERAPIES } from '../../../src/cli/commands/demo.js';
import { ModelError } from '../../../src/engine/errors.js';
import type { DrugName, DrugRegimen, MscRegimen, Regimen } from '../../../src/model/scenario.js';
import { checkDrugRegimens, DRUG_LABELS, labelRegimen, NOT_COMBINED, STUDIED_COMBINATIONS } from '../../../src/therapies/drugs/index.js';

const DRUGS = Object.keys(DRUG_LABELS) as DrugName[];

const dosed = (drug: DrugName, dose: number, interval: number, count: number, start = 0): DrugRegimen => ({ kind: 'drug', drug, dose, start, interval, count });
const perDay = (drug: DrugName, dose: number, days: number, start = 0): DrugRegimen => ({ kind: 'drug', drug, dose, start, interval: 1, count: days, continuous: true });

/** The ModelError a check throws (fails the test when none is thrown). */
function thrown(run: () => unknown): ModelError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error('expected a ModelError');
}

describe('checkDrugRegimens: a dose more than 10× outside the labelled range is an error naming the field', () => {
  it.each([
    ['teriparatide in mg instead of µg', [dosed('teriparatide', 0.02, 1, 365)], 'regimens[0].dose', /0\.02 µg of teriparatide is more than 10× below its labelled single doses, 20–40 µg.*0\.02 mg would be 20 µg/],
    ['denosumab in µg instead of mg', [dosed('denosumab', 60_000, 182, 2)], 'regimens[0].dose', /more than 10× above its labelled single doses, 60–120 mg.*60000 µg would be 60 mg/],
    ['zoledronate 60 mg', [dosed('zoledronate', 60, 365, 1)], 'regimens[0].dose', /60 mg of zoledronate is more than 10× above its labelled single doses, 4–5 mg/],
    ['odanacatib 0.2 mg weekly', [dosed('odanacatib', 0.2, 7, 10)], 'regimens[0].dose', /more than 10× below its labelled single doses, 3–50 mg/],
    ['a constant rate against the label dose per day', [perDay('alendronate', 120, 365)], 'regimens[0].dose', /120 mg\/day of alendronate as a constant rate is more than 10× above the 5–10 mg\/day its label regimens give/],
    ['the regimen after an MSC regimen', [{ kind: 'msc' } as MscRegimen, dosed('alendronate', 70, 7, 2), dosed('raloxifene', 6000, 1, 2)], 'regimens[2].dose', /^regimens\[2\]\.dose: 6000 mg of raloxifene/],
  ] as [string, Regimen[], string, RegExp][])('%s', (_name, regimens, field, message) => {
    const err = thrown(() => checkDrugRegimens(regimens));
    expect(err.field).toBe(field);
    expect(err.message.startsWith(`${field}: `)).toBe(true);
    expect(err.message).toMatch(message);
  });

  it('does not apply within 10× (a warning) nor to calcium + vitamin D, a switch', () => {
    expect(() => checkDrugRegimens([dosed('teriparatide', 400, 1, 10), dosed('teriparatide', 2, 1, 10, 20)])).not.toThrow();
    expect(checkDrugRegimens([perDay('calciumVitaminD', 1, 365), perDay('calciumVitaminD', 0, 365, 365)])).toEqual([]);
  });

  it('leaves what checkScenario reports to it: unknown drugs, negative or non-finite doses', () => {
    expect(checkDrugRegimens([dosed('aspirin' as DrugName, 1e9, 1, 1), dosed('denosumab', -60, 182, 1), dosed('denosumab', Number.NaN, 182, 1)])).toEqual([]);
  });
});

describe('checkDrugRegimens: label regimens and trial doses give no warning', () => {
  it.each(DRUGS)('%s: every label regimen, in both daily forms, and the ends of the labelled dose range', (drug) => {
    const label = DRUG_LABELS[drug];
    for (const r of label.regimens) {
      const count = r.count ?? (label.durationLimit?.days !== undefined ? Math.floor(label.durationLimit.days / r.interval) : Math.ceil(730 / r.interval));
      expect(checkDrugRegimens([dosed(drug, r.dose, r.interval, count)]), r.name).toEqual([]);
      expect(checkDrugRegimens([dosed(drug, r.dose, r.interval, 1)]), `${r.name}, one dose`).toEqual([]);
      expect(checkDrugRegimens([{ kind: 'drug', drug, dose: r.dose, start: 0 }]), `${r.name}, one dose without interval`).toEqual([]);
      if (r.interval === 1) expect(checkDrugRegimens([perDay(drug, r.dose, count)]), `${r.name}, constant rate`).toEqual([]);
    }
    for (const dose of label.doseRange) {
      if (label.unit === 'switch') continue;
      expect(checkDrugRegimens([dosed(drug, dose, label.regimens[0].interval, 1)]), `${dose} ${label.unit}`).toEqual([]);
    }
    expect(checkDrugRegimens([labelRegimen(drug, 365, 0, { withinLabelLimit: true })])).toEqual([]);
  });

  it('trial doses at the label interval: teriparatide 40 µg/day (FPT), raloxifene 120 mg/day (MORE), romosozumab 70 mg monthly (phase 2), odanacatib 3 mg weekly', () => {
    for (const regimens of [
      [dosed('teriparatide', 40, 1, 570)],
      [perDay('teriparatide', 40, 570)],
      [perDay('raloxifene', 120, 1095)],
      [dosed('romosozumab', 70, 30, 12)],
      [dosed('odanacatib', 3, 7, 52)],
      [dosed('zoledronate', 4, 365, 1)],
      [dosed('blosozumab', 180, 28, 13)],
    ]) {
      expect(checkDrugRegimens(regimens), JSON.stringify(regimens)).toEqual([]);
    }
  });

  it('an interval near a label interval counts as it: romosozumab every 4 weeks, denosumab every 180 days', () => {
    expect(checkDrugRegimens([dosed('romosozumab', 210, 28, 12), dosed('denosumab', 60, 180, 4, 400)])).toEqual([]);
  });

  it('the demo therapies and the regimens labelRegimen builds for 10 years (limits kept)', () => {
    for (const t of DEMO_THERAPIES) expect(checkDrugRegimens(t.regimens), t.name).toEqual([]);
    for (const drug of DRUGS) expect(checkDrugRegimens([labelRegimen(drug, 3652, 0, { withinLabelLimit: true })]), drug).toEqual([]);
  });

  it('ignores MSC regimens', () => {
    const msc = { kind: 'msc', product: { kind: 'cells', source: 'BM', donor: 'allogeneic' }, route: 'intravenous', dose: 1e6, doseUnit: 'cells/kg', start: 0 } as MscRegimen;
    expect(checkDrugRegimens([msc, msc, dosed('denosumab', 60, 182, 2)])).toEqual([]);
  });
});

describe('checkDrugRegimens: warnings', () => {
  const one = (regimens: Regimen[]) => {
    const warnings = checkDrugRegimens(regimens);
    expect(warnings).toHaveLength(1);
    const w = warnings[0]!;
    expect(w.message.startsWith(`${w.field}: `)).toBe(true);
    return w;
  };

  it('a single dose outside the labelled range, within 10×', () => {
    const w = one([dosed('teriparatide', 80, 1, 365)]);
    expect(w.field).toBe('regimens[0].dose');
    expect(w.message).toMatch(/80 µg of teriparatide is 2× above its labelled single doses, 20–40 µg/);
    expect(one([dosed('denosumab', 30, 182, 2)]).message).toMatch(/30 mg of denosumab is 2× below/);
  });

  it('a dose per day unlike the label regimens: alendronate 70 mg every day; a constant rate', () => {
    const w = one([dosed('alendronate', 70, 1, 365)]);
    expect(w.field).toBe('regimens[0].dose');
    expect(w.message).toMatch(/70 mg every 1 d of alendronate is 70 mg\/day, 7× above the 5–10 mg\/day of the label regimens/);
    expect(one([perDay('teriparatide', 80, 365)]).message).toMatch(/80 µg\/day of teriparatide as a constant rate is 2× above the 20–40 µg\/day/);
  });

  it('an interval unlike any label regimen: denosumab every 30 days', () => {
    const w = one([dosed('denosumab', 60, 30, 12)]);
    expect(w.field).toBe('regimens[0].interval');
    expect(w.message).toMatch(/denosumab every 30 d is unlike its label regimens \(60 mg every 6 months\); 60 mg every 30 d is 2 mg\/day, 3\.03× above the 0\.33–0\.659 mg\/day/);
    expect(one([dosed('alendronate', 70, 14, 26)]).field).toBe('regimens[0].interval');
  });

  it('a constant rate of a drug whose label gives separate doses', () => {
    const w = one([perDay('odanacatib', 50 / 7, 365)]);
    expect(w.field).toBe('regimens[0].continuous');
    expect(w.message).toMatch(/odanacatib as a constant rate stands for none of its label regimens \(50 mg weekly\)/);
  });

  it('a dose of 0', () => {
    expect(one([dosed('raloxifene', 0, 1, 30)]).message).toMatch(/is 0 mg: the regimen gives no raloxifene/);
  });

  it('two regimens of one drug at once: double dosing', () => {
    const w = one([dosed('denosumab', 60, 182, 4), dosed('denosumab', 60, 182, 2, 91)]);
    expect(w.field).toBe('regimens[1]');
    expect(w.message).toMatch(/overlaps regimens\[0\] \(denosumab from day 0 to day 728\): two denosumab regimens at once double the dose/);
    expect(one([labelRegimen('raloxifene', 365), labelRegimen('raloxifene', 30, 100)]).field).toBe('regimens[1]');
    expect(one([{ kind: 'drug', drug: 'zoledronate', dose: 5, start: 0 }, { kind: 'drug', drug: 'zoledronate', dose: 5, start: 90 }]).field).toBe('regimens[1]');
  });

  it('one drug after another is no overlap; an early switch by less than half an interval neither', () => {
    expect(checkDrugRegimens([perDay('alendronate', 5, 730), perDay('alendronate', 10, 365, 730)])).toEqual([]);
    expect(checkDrugRegimens([dosed('denosumab', 60, 182, 4), dosed('denosumab', 60, 182, 4, 700)])).toEqual([]);
    expect(checkDrugRegimens([dosed('alendronate', 70, 7, 52), dosed('alendronate', 70, 7, 52, 362)])).toEqual([]);
    // A week's dose a day after the last: double dosing.
    expect(checkDrugRegimens([dosed('alendronate', 70, 7, 53), dosed('alendronate', 70, 7, 52, 365)])).toHaveLength(1);
  });

  it.each([
    ['two bisphosphonates', labelRegimen('alendronate', 730), labelRegimen('zoledronate', 365, 180), /zoledronate from day 180 to day 545 while regimens\[0\] gives alendronate .*two bisphosphonates/],
    ['raloxifene with hormone therapy', labelRegimen('hormoneTherapy', 365), labelRegimen('raloxifene', 365), /raloxifene from day 0 to day 365 while regimens\[0\] gives hormoneTherapy .*systemic estrogens/],
    ['teriparatide with abaloparatide', labelRegimen('teriparatide', 365), labelRegimen('abaloparatide', 365, 100), /both PTH1R agonists/],
    ['two sclerostin antibodies', labelRegimen('romosozumab', 360), labelRegimen('blosozumab', 360), /two sclerostin antibodies/],
  ] as [string, DrugRegimen, DrugRegimen, RegExp][])('contradictory at once: %s', (_name, a, b, message) => {
    const w = one([a, b]);
    expect(w.field).toBe('regimens[1]');
    expect(w.message).toMatch(message);
  });

  it('every contradictory class pair has a drug on each side', () => {
    const classes = new Set(Object.values(DRUG_LABELS).map((l) => l.class));
    for (const c of NOT_COMBINED) for (const k of c.classes) expect(classes.has(k), k).toBe(true);
  });

  it.each(STUDIED_COMBINATIONS.map((c) => [`${c.drugs.join(c.sequence ? ' then ' : ' with ')} (${c.trial})`, c] as const))('studied: %s', (_name, c) => {
    const [a, b] = c.drugs;
    const first = labelRegimen(a, 730, 0, { withinLabelLimit: true });
    const end = first.count! * first.interval!;
    const second = labelRegimen(b, 730, c.sequence ? end : 0, { withinLabelLimit: true });
    expect(checkDrugRegimens([first, second])).toEqual([]);
  });

  it('use beyond the label duration: PTH analogs 24 months together, romosozumab 12 doses', () => {
    const w = one([labelRegimen('teriparatide', 3 * 365)]);
    expect(w.field).toBe('regimens[0].count');
    expect(w.message).toMatch(/brings teriparatide to 1095 treatment days, beyond the label's 24 months over a lifetime/);
    const both = one([labelRegimen('teriparatide', 365), labelRegimen('abaloparatide', 547, 365)]);
    expect(both.field).toBe('regimens[1].count');
    expect(both.message).toMatch(/brings teriparatide and abaloparatide to 912 treatment days/);
    expect(one([dosed('romosozumab', 210, 30, 12), dosed('romosozumab', 210, 30, 6, 720)]).message).toMatch(/brings romosozumab to 18 doses, beyond the label's 12 monthly doses/);
  });

  it('lists warnings in the order of the regimens', () => {
    const warnings = checkDrugRegimens([dosed('denosumab', 60, 30, 3), dosed('teriparatide', 80, 1, 10), dosed('denosumab', 60, 182, 2, 10)]);
    expect(warnings.map((w) => w.field)).toEqual(['regimens[0].interval', 'regimens[1].dose', 'regimens[2]']);
  });
});
