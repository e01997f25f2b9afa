import { describe, expect, it } from 'vitest';
import {
  affRatePer10k,
  drugExposure,
  drugSafety,
  SAFETY_DRUGS,
  type SafetyRow,
} from '../../../src/outcomes/safety/index.js';
import type { DrugName, DrugRegimen, MscRegimen, Regimen } from '../../../src/model/scenario.js';

/** Drug harms and label rules (src/outcomes/safety/drugs.ts): exposure, duration rules, stopping rules, citations. */

const YEAR = 365;
const MONTH = 365 / 12;

const drug = (name: DrugName, more: Partial<DrugRegimen> = {}): DrugRegimen => ({ kind: 'drug', drug: name, dose: 1, start: 0, ...more });
const alendronateYears = (years: number, start = 0): DrugRegimen => drug('alendronate', { dose: 70, start, interval: 7, count: Math.round((years * YEAR) / 7) });
const denosumab = (count: number, start = 0): DrugRegimen => drug('denosumab', { dose: 60, start, interval: 182, count });
const teriparatideMonths = (months: number, start = 0): DrugRegimen => drug('teriparatide', { dose: 20, start, interval: 1, count: Math.round(months * MONTH) });

const find = (rows: readonly SafetyRow[], drugName: string, event: RegExp): SafetyRow | undefined =>
  rows.find((r) => r.drug === drugName && event.test(r.event));
const warnings = (rows: readonly SafetyRow[]): SafetyRow[] => rows.filter((r) => r.kind === 'warning');
const aff = (regimens: readonly Regimen[], studyDays = 12 * YEAR): SafetyRow => find(drugSafety(regimens, { studyDays }), 'bisphosphonates', /atypical femoral/)!;
const rebound = (rows: readonly SafetyRow[]): SafetyRow | undefined => find(rows, 'denosumab', /stopped without a follow-on/);
const pthWarning = (rows: readonly SafetyRow[]): SafetyRow | undefined => find(rows, 'PTH analogs', /more than 24 months/);

describe('exposure: first to last dose plus an interval, merged per drug, capped at the study end', () => {
  it('counts one regimen from its first dose to its last dose plus the interval', () => {
    const e = drugExposure([denosumab(6)], 10 * YEAR);
    expect(e.denosumab!.days).toBe(6 * 182);
    expect(e.denosumab!.doses).toHaveLength(6);
  });
  it('caps at the study end and counts only doses before it', () => {
    const e = drugExposure([denosumab(20)], 3 * YEAR);
    expect(e.denosumab!.days).toBe(3 * YEAR);
    expect(e.denosumab!.doses).toHaveLength(Math.ceil((3 * YEAR) / 182));
  });
  it('sums sequential regimens of one drug and counts overlapping ones once; bisphosphonates also as a class', () => {
    expect(drugExposure([teriparatideMonths(12), teriparatideMonths(12, 12 * MONTH)], 5 * YEAR).teriparatide!.days).toBeCloseTo(24 * MONTH, 0);
    expect(drugExposure([teriparatideMonths(12), teriparatideMonths(12, 6 * MONTH)], 5 * YEAR).teriparatide!.days).toBeCloseTo(18 * MONTH, 0);
    const e = drugExposure([alendronateYears(3), drug('zoledronate', { dose: 5, start: 3 * YEAR, interval: YEAR, count: 2 })], 10 * YEAR);
    expect(e.alendronate!.days).toBeCloseTo(3 * YEAR, -1);
    expect(e.zoledronate!.days).toBe(2 * YEAR);
    expect(e.bisphosphonates!.days).toBeCloseTo(5 * YEAR, -1);
  });
  it('covers a single dose (no interval) for its label interval: zoledronate a year, denosumab 182 d, blosozumab its 4-week arm', () => {
    const e = drugExposure([drug('zoledronate', { dose: 5 }), drug('denosumab', { dose: 60 }), drug('blosozumab', { dose: 180 }), drug('teriparatide', { dose: 20 })], 10 * YEAR);
    expect(e.zoledronate!.days).toBe(365);
    expect(e.denosumab!.days).toBe(182);
    expect(e.blosozumab!.days).toBe(28);
    expect(e.teriparatide!.days).toBe(1);
  });
  it('gives calcium + vitamin D without an end the rest of the study, and ignores zero doses', () => {
    expect(drugExposure([drug('calciumVitaminD', { start: YEAR })], 4 * YEAR).calciumVitaminD!.days).toBe(3 * YEAR);
    expect(drugExposure([drug('raloxifene', { dose: 0, interval: 1, count: 100 })], YEAR).raloxifene).toBeUndefined();
  });
});

describe('bisphosphonates: atypical femoral fracture grows with cumulative duration', () => {
  it('the AFF rate rises with years of alendronate (Dell 2012 anchors: 0.178 at about 1 year, 11.31 at about 9)', () => {
    const rates = [1, 3, 5, 8].map((y) => aff([alendronateYears(y)]).value);
    for (let k = 1; k < rates.length; k++) expect(rates[k]!).toBeGreaterThan(rates[k - 1]!);
    expect(rates[0]!).toBeCloseTo(0.178, 3);
    expect(affRatePer10k(9)).toBeCloseTo(11.31, 6);
    expect(rates[3]! / rates[0]!).toBeGreaterThan(20);
  });
  it('counts the class: 3 years of alendronate then 3 of zoledronate has the rate of 6 years of alendronate', () => {
    const mixed = aff([alendronateYears(3), drug('zoledronate', { dose: 5, start: 3 * YEAR, interval: YEAR, count: 3 })]).value;
    expect(mixed).toBeCloseTo(aff([alendronateYears(6)]).value, 1);
    expect(mixed).toBeGreaterThan(aff([alendronateYears(3)]).value);
  });
  it('the risk over the study grows with duration and falls after stopping (a drug holiday adds little)', () => {
    const study = 10 * YEAR;
    const three = aff([alendronateYears(3)], study).riskOverStudy!;
    const ten = aff([alendronateYears(10)], study).riskOverStudy!;
    expect(ten).toBeGreaterThan(3 * three);
    const threeInThreeYears = aff([alendronateYears(3)], 3 * YEAR).riskOverStudy!;
    expect(three - threeInThreeYears).toBeLessThan(threeInThreeYears);
  });
  it('ONJ is a rate with its published range and a risk over the study that grows with exposure', () => {
    const short = find(drugSafety([alendronateYears(2)], { studyDays: 10 * YEAR }), 'bisphosphonates', /osteonecrosis/)!;
    const long = find(drugSafety([alendronateYears(8)], { studyDays: 10 * YEAR }), 'bisphosphonates', /osteonecrosis/)!;
    expect(short.range).toEqual([0.1, 1]);
    expect(long.riskOverStudy!).toBeGreaterThan(short.riskOverStudy!);
    expect(long.basis).toMatch(/which this arm passes/);
    expect(short.basis).not.toMatch(/which this arm passes/);
  });
});

describe('denosumab: stopping rebound, ONJ, hypocalcaemia', () => {
  it('stopped early without a follow-on: a rebound warning citing Cummings 2018; continued to the end: none', () => {
    const stopped = drugSafety([denosumab(6)], { studyDays: 6 * YEAR });
    const continued = drugSafety([denosumab(13)], { studyDays: 6 * YEAR });
    expect(rebound(stopped)?.kind).toBe('warning');
    expect(rebound(stopped)!.citation).toMatch(/Cummings.*2018.*33:190/);
    expect(rebound(stopped)!.basis).toMatch(/day 1092/);
    expect(rebound(continued)).toBeUndefined();
  });
  it('no warning with a bisphosphonate after it, or when the study ends while the last dose still covers', () => {
    const zol = drug('zoledronate', { dose: 5, start: 6 * 182 + 30, interval: YEAR, count: 1 });
    expect(rebound(drugSafety([denosumab(6), zol], { studyDays: 6 * YEAR }))).toBeUndefined();
    expect(rebound(drugSafety([denosumab(6), alendronateYears(2, 6 * 182)], { studyDays: 6 * YEAR }))).toBeUndefined();
    expect(rebound(drugSafety([denosumab(6)], { studyDays: 6 * 182 }))).toBeUndefined();
  });
  it('a bisphosphonate given before denosumab is not a follow-on; a missed dose (adherence) is a stop', () => {
    expect(rebound(drugSafety([alendronateYears(2), denosumab(4, 2 * YEAR)], { studyDays: 6 * YEAR }))).toBeDefined();
    expect(rebound(drugSafety([drug('denosumab', { dose: 60, interval: 182, count: 12, adherence: 0.75 })], { studyDays: 6 * YEAR }))).toBeDefined();
  });
  it('ONJ at 5.2 per 10,000 patient-years (FREEDOM Extension); hypocalcaemia is a warning only in advanced kidney disease', () => {
    const rows = drugSafety([denosumab(6)], { studyDays: 3 * YEAR });
    expect(find(rows, 'denosumab', /osteonecrosis/)!.value).toBe(5.2);
    expect(find(rows, 'denosumab', /osteonecrosis/)!.citation).toMatch(/5:513/);
    expect(find(rows, 'denosumab', /hypocalcaemia/)!.kind).toBe('risk');
    const ckd = drugSafety([denosumab(6)], { studyDays: 3 * YEAR, advancedKidneyDisease: true });
    expect(find(ckd, 'denosumab', /hypocalcaemia/)!.kind).toBe('warning');
    expect(find(ckd, 'denosumab', /hypocalcaemia/)!.value).toBeCloseTo(0.411, 6);
  });
});

describe('PTH analogs: a warning past 24 months (rat osteosarcoma)', () => {
  const study = 5 * YEAR;
  it('18 months: no warning; 24 months (the label course): none; 30 months: a warning with the months and the limit', () => {
    expect(pthWarning(drugSafety([teriparatideMonths(18)], { studyDays: study }))).toBeUndefined();
    expect(pthWarning(drugSafety([teriparatideMonths(24)], { studyDays: study }))).toBeUndefined();
    const w = pthWarning(drugSafety([teriparatideMonths(30)], { studyDays: study }))!;
    expect(w.kind).toBe('warning');
    expect(w.measure).toBe('months');
    expect(w.value).toBeCloseTo(30, 1);
    expect(w.limit).toBe(24);
    expect(w.citation).toMatch(/Vahle.*2002.*30:312/);
  });
  it('two regimens of 15 months each sum past 24 months, also across teriparatide and abaloparatide', () => {
    expect(pthWarning(drugSafety([teriparatideMonths(15), teriparatideMonths(15, 3 * YEAR)], { studyDays: study }))).toBeDefined();
    const abalo = drug('abaloparatide', { dose: 80, start: 2 * YEAR, interval: 1, count: Math.round(15 * MONTH) });
    expect(pthWarning(drugSafety([teriparatideMonths(15), abalo], { studyDays: study }))).toBeDefined();
    expect(pthWarning(drugSafety([teriparatideMonths(15), teriparatideMonths(15, 3 * YEAR)], { studyDays: 3 * YEAR }))).toBeUndefined();
  });
  it('continuous dosing counts the same; hypercalcaemia per drug from ACTIVE (3.4 % abaloparatide vs 6.4 % teriparatide)', () => {
    const continuous = drug('teriparatide', { dose: 20, interval: 1, count: Math.round(30 * MONTH), continuous: true });
    expect(pthWarning(drugSafety([continuous], { studyDays: study }))).toBeDefined();
    const rows = drugSafety([teriparatideMonths(18), drug('abaloparatide', { dose: 80, interval: 1, count: 100, start: 2 * YEAR })], { studyDays: study });
    expect(find(rows, 'teriparatide', /hypercalcaemia/)!.value).toBe(0.064);
    expect(find(rows, 'abaloparatide', /hypercalcaemia/)!.value).toBe(0.034);
  });
});

describe('other drugs: published relative risks with their citations', () => {
  it('raloxifene: venous thromboembolism RR 3.1 (1.5–6.2) from MORE, and fatal stroke from RUTH', () => {
    const rows = drugSafety([drug('raloxifene', { dose: 60, interval: 1, count: 3 * YEAR })], { studyDays: 3 * YEAR });
    const vte = find(rows, 'raloxifene', /venous thromboembolism/)!;
    expect(vte.measure).toBe('relative risk');
    expect(vte.value).toBe(3.1);
    expect(vte.ci).toEqual([1.5, 6.2]);
    expect(vte.citation).toMatch(/Ettinger.*1999.*JAMA 282:637/);
    expect(find(rows, 'raloxifene', /fatal stroke/)!.citation).toMatch(/355:125/);
  });
  it('hormone therapy: VTE HR 2.06 and stroke, breast cancer and coronary rows (WHI)', () => {
    const rows = drugSafety([drug('hormoneTherapy', { dose: 0.625, interval: 1, count: YEAR })], { studyDays: YEAR });
    expect(find(rows, 'hormone therapy', /venous thrombosis/)!.value).toBe(2.06);
    for (const e of [/stroke/, /breast cancer/, /coronary/]) expect(find(rows, 'hormone therapy', e)).toBeDefined();
  });
  it('odanacatib: stroke HR 1.37 (LOFT) and a not-approved warning', () => {
    const rows = drugSafety([drug('odanacatib', { dose: 50, interval: 7, count: 52 })], { studyDays: YEAR });
    expect(find(rows, 'odanacatib', /^stroke/)!.value).toBe(1.37);
    expect(find(rows, 'odanacatib', /not approved/)!.kind).toBe('warning');
  });
  it('romosozumab: cardiovascular OR 1.31 (ARCH); 12 monthly doses no warning, 13 a warning', () => {
    const twelve = drugSafety([drug('romosozumab', { dose: 210, interval: 30, count: 12 })], { studyDays: 2 * YEAR });
    const thirteen = drugSafety([drug('romosozumab', { dose: 210, interval: 30, count: 12 }), drug('romosozumab', { dose: 210, start: YEAR, interval: 30, count: 1 })], { studyDays: 2 * YEAR });
    expect(find(twelve, 'romosozumab', /cardiovascular/)!.value).toBe(1.31);
    expect(warnings(twelve)).toHaveLength(0);
    const w = find(thirteen, 'romosozumab', /more than 12/)!;
    expect(w.kind).toBe('warning');
    expect(w.value).toBe(13);
  });
  it('calcium + vitamin D: kidney stones HR 1.17 (1.02–1.34), WHI', () => {
    const row = find(drugSafety([drug('calciumVitaminD')], { studyDays: YEAR }), 'calcium + vitamin D', /kidney stones/)!;
    expect(row.value).toBe(1.17);
    expect(row.ci).toEqual([1.02, 1.34]);
    expect(row.citation).toMatch(/354:669/);
  });
  it('zoledronate: acute-phase reaction after the first infusion only when an infusion falls within the study', () => {
    expect(find(drugSafety([drug('zoledronate', { dose: 5 })], { studyDays: YEAR }), 'zoledronate', /acute-phase/)).toBeDefined();
    expect(drugSafety([drug('zoledronate', { dose: 5, start: 2 * YEAR })], { studyDays: YEAR })).toEqual([]);
  });
});

describe('what is ignored, and every row cited', () => {
  const msc: MscRegimen = { kind: 'msc', product: { kind: 'cells', source: 'BM', donor: 'allogeneic' }, route: 'intravenous', dose: 2e6, doseUnit: 'cells/kg', start: 0 };
  it('MSC regimens, unknown drugs and untreated arms give no drug rows; so do rats and mice', () => {
    const unknown = { kind: 'drug', drug: 'strontiumRanelate', dose: 2, start: 0 } as unknown as DrugRegimen;
    expect(drugSafety([msc, unknown], { studyDays: YEAR })).toEqual([]);
    expect(drugSafety([], { studyDays: YEAR })).toEqual([]);
    expect(drugSafety([drug('zoledronate', { dose: 5 })], { studyDays: YEAR, species: 'rat' })).toEqual([]);
    expect(drugSafety([msc, denosumab(2)], { studyDays: YEAR }).every((r) => r.drug === 'denosumab')).toBe(true);
  });
  it('rejects a study length that is not a positive number of days', () => {
    expect(() => drugSafety([denosumab(2)], { studyDays: 0 })).toThrow(/studyDays/);
    expect(() => drugSafety([denosumab(2)], { studyDays: Number.NaN })).toThrow(/studyDays/);
  });
  it('every row of every drug, with stops and limits broken, has a citation, a basis, a kind and a finite value', () => {
    const everything: Regimen[] = SAFETY_DRUGS.map((d) => drug(d, { interval: d === 'denosumab' ? 182 : 30, count: 40 }));
    const rows = drugSafety([...everything, msc], { studyDays: 5 * YEAR });
    const drugsWithRows = new Set(rows.map((r) => r.drug));
    for (const d of ['calcium + vitamin D', 'bisphosphonates', 'zoledronate', 'teriparatide', 'abaloparatide', 'PTH analogs', 'raloxifene', 'hormone therapy', 'denosumab', 'romosozumab', 'blosozumab', 'odanacatib']) {
      expect(drugsWithRows, d).toContain(d);
    }
    expect(warnings(rows).length).toBeGreaterThanOrEqual(4);
    for (const r of rows) {
      expect(r.citation.trim().length, r.event).toBeGreaterThan(10);
      expect(r.basis.trim().length, r.event).toBeGreaterThan(10);
      expect(['risk', 'warning']).toContain(r.kind);
      expect(Number.isFinite(r.value), r.event).toBe(true);
      if (r.riskOverStudy !== undefined) expect(r.riskOverStudy).toBeGreaterThanOrEqual(0);
    }
  });
});
