import { describe, expect, it } from 'vitest';
import { getModel, InputError, SIGNALS, simulateScenario, type Scenario } from '../../src/model/index.js';

/** Pathway experiments and exposures with an end (issue 15), through the model contract. */

const osteosim = getModel('osteosim');
const jorg2022 = getModel('jorg2022');
const YEAR = 365;
const days = [0, 91, 182, 273, 365, 547, 730, 1095];
const at = (day: number): number => days.indexOf(day);

/** Percent difference of an output between two runs at each day. */
function gap(a: Float64Array, b: Float64Array): number[] {
  return Array.from(a, (v, i) => 100 * (v / b[i]! - 1));
}

function thrown(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('pathway experiments: a signal changed from a time for a time', () => {
  const patient = { species: 'woman', ageYears: 71 } as const;
  const control = simulateScenario(osteosim, { patient, days });
  const blocked = simulateScenario(osteosim, { patient, days, perturbations: [{ signal: 'sclerostin', factor: 0.5, fromDay: 0, forDays: YEAR }] });

  it('sclerostin −50 % for one year halves sclerostin during the year and restores it after', () => {
    const s = gap(blocked.outputs.sclerostin!, control.outputs.sclerostin!);
    expect(s[at(182)]).toBeCloseTo(-50, 0);
    expect(s[at(273)]).toBeCloseTo(-50, 0);
    expect(Math.abs(s[at(730)]!)).toBeLessThan(1);
  });

  it('sclerostin −50 % for one year raises hip and spine BMD during the year, and the gain decays after it', () => {
    for (const site of ['bmdTotalHip', 'bmdLumbarSpine'] as const) {
      const g = gap(blocked.outputs[site]!, control.outputs[site]!);
      expect(Math.abs(g[at(0)]!), site).toBeLessThan(1e-6);
      // Rising through the year: +1 % by 3 months, more by 6, most at the end of the year (about +4.5 % at the hip).
      expect(g[at(91)], site).toBeGreaterThan(0.5);
      expect(g[at(182)]!, site).toBeGreaterThan(g[at(91)]!);
      expect(g[at(365)]!, site).toBeGreaterThan(g[at(273)]!);
      expect(g[at(365)]!, site).toBeGreaterThan(3);
      // After the year the gain falls back, steadily, but stays above 0 within two years of the end.
      expect(g[at(547)]!, site).toBeLessThan(g[at(365)]! - 0.5);
      expect(g[at(1095)]!, site).toBeLessThan(g[at(730)]!);
      expect(g[at(1095)]!, site).toBeGreaterThan(0);
    }
  });

  it('a window that starts later leaves the course before it unchanged (to the solver tolerance: its events restart the solver)', () => {
    const later = simulateScenario(osteosim, { patient, days, perturbations: [{ signal: 'rankl', factor: 1.5, fromDay: 273, forDays: 182 }] });
    for (const d of [0, 91, 182, 273]) expect(Math.abs(gap(later.outputs.bmdTotalHip!, control.outputs.bmdTotalHip!)[at(d)]!)).toBeLessThan(1e-6);
    // More RANKL: more resorption, less bone afterwards.
    expect(later.outputs.bmdTotalHip![at(547)]!).toBeLessThan(control.outputs.bmdTotalHip![at(547)]!);
    expect(later.outputs.ctx![at(365)]!).toBeGreaterThan(control.outputs.ctx![at(365)]!);
  });

  it('every signal of osteosim moves the model, each through its own factor parameter that is 1 by default', () => {
    expect(Object.keys(osteosim.signals!).sort()).toEqual([...SIGNALS].sort());
    const defaults = osteosim.compiled.defaultParameters();
    const factors = new Set<string>();
    for (const signal of SIGNALS) {
      const term = osteosim.signals![signal]!;
      expect(defaults[osteosim.compiled.parameterIndex(term.parameter)], signal).toBe(1);
      const def = osteosim.compiled.composed.parameters.get(term.parameter)!.def;
      expect(def.evidence, signal).toBe('defined');
      expect(def.source, signal).toMatch(/^defined: experiment knob/);
      factors.add(term.parameter);
      // Estrogen at 71 is far below premenopausal: lower it at 55, where it still matters.
      const who = signal === 'estrogen' ? { species: 'woman', ageYears: 52 } as const : patient;
      const ctl = signal === 'estrogen' ? simulateScenario(osteosim, { patient: who, days }) : control;
      const run = simulateScenario(osteosim, { patient: who, days, perturbations: [{ signal, factor: 0.5, fromDay: 0, forDays: YEAR }] });
      const moved = Math.max(...gap(run.outputs.bmdTotalHip!, ctl.outputs.bmdTotalHip!).map(Math.abs));
      expect(moved, signal).toBeGreaterThan(0.05);
    }
    expect(factors.size).toBe(SIGNALS.length);
  });

  it('a perturbation multiplies a factor the scenario sets itself, and its end restores it', () => {
    const set = simulateScenario(osteosim, { patient, days, parameters: { fx_sclerostin: 0.5 } });
    const both = simulateScenario(osteosim, { patient, days, parameters: { fx_sclerostin: 0.5 }, perturbations: [{ signal: 'sclerostin', factor: 2, fromDay: 0, forDays: YEAR }] });
    // During the window the two cancel: sclerostin about as in the control (the lifelong factor has changed the
    // osteocytes a little); afterwards it is back near the lifelong halved level.
    expect(gap(set.outputs.sclerostin!, control.outputs.sclerostin!)[at(273)]!).toBeLessThan(-40);
    expect(Math.abs(gap(both.outputs.sclerostin!, control.outputs.sclerostin!)[at(273)]!)).toBeLessThan(1);
    expect(Math.abs(gap(both.outputs.sclerostin!, set.outputs.sclerostin!)[at(1095)]!)).toBeLessThan(2);
  });
});

describe('exposures with an end: bed rest then recovery', () => {
  const patient = { species: 'woman', ageYears: 40 } as const;
  const habitual = simulateScenario(osteosim, { patient, days });
  const bedRest = simulateScenario(osteosim, { patient, days, exposures: [{ exposure: 'loading', value: 0, fromDay: 0, forDays: 182 }] });

  it('loses bone during 6 months of bed rest and regains part of it after reloading', () => {
    for (const site of ['bmdTotalHip', 'bmdLumbarSpine'] as const) {
      const g = gap(bedRest.outputs[site]!, habitual.outputs[site]!);
      expect(g[at(91)]!, site).toBeLessThan(-1.5);
      expect(g[at(182)]!, site).toBeLessThan(-4);
      expect(g[at(182)]!, site).toBeLessThan(g[at(91)]!);
      // Reloading: the deficit shrinks, by more than a percentage point within 2.5 years, without overshooting.
      expect(g[at(365)]!, site).toBeGreaterThan(g[at(182)]!);
      expect(g[at(1095)]!, site).toBeGreaterThan(g[at(182)]! + 1);
      expect(g[at(1095)]!, site).toBeLessThan(0);
    }
  });

  it('an exposure without an end is the same scenario as the condition given as a parameter, bit for bit', () => {
    const throughout = simulateScenario(osteosim, { patient, days, exposures: [{ exposure: 'loading', value: 0, fromDay: 0 }] });
    const asParameter = simulateScenario(osteosim, { patient, days, parameters: { loading: 0 } });
    expect(Array.from(throughout.outputs.bmdTotalHip!)).toEqual(Array.from(asParameter.outputs.bmdTotalHip!));
    // And bed rest that ends loses less than bed rest that does not.
    expect(bedRest.outputs.bmdTotalHip![at(1095)]!).toBeGreaterThan(throughout.outputs.bmdTotalHip![at(1095)]! + 0.05 * habitual.outputs.bmdTotalHip![at(1095)]!);
  });

  it('the end of an exposure restores the scenario’s own value of the condition', () => {
    // Deficient throughout (parameters), repleted for one year (an exposure): PTH 1 during the year, raised after it.
    const deficient = { patient, days, parameters: { vitamin_D: 10 } } satisfies Scenario;
    const repleted = simulateScenario(osteosim, { ...deficient, exposures: [{ exposure: 'vitaminD', value: 30, fromDay: 0, forDays: YEAR }] });
    const pth = repleted.outputs.pth!;
    expect(pth[at(182)]).toBe(1);
    expect(pth[at(730)]!).toBeGreaterThan(1.4);
    expect(pth[at(730)]).toBe(simulateScenario(osteosim, deficient).outputs.pth![at(730)]);
  });
});

describe('bad perturbations and exposures are InputErrors naming the field', () => {
  const patient = { species: 'woman', ageYears: 65 } as const;
  const days = [0, 365];

  it('a signal jorg2022 lacks names the model, the signal and the signals it has', () => {
    const e = thrown(() => jorg2022.prepare({ patient, days, perturbations: [{ signal: 'rankl', factor: 0.5, fromDay: 0 }] }));
    expect(e.field).toBe('perturbations[0].signal');
    expect(e.code).toBe('unsupported');
    expect(e.message).toContain("model 'jorg2022' has no signal 'rankl' (RANKL)");
    expect(e.message).toContain('sclerostin');
    expect(e.message).toContain('estrogen');
    expect(e.allowed).toBe('sclerostin, estrogen');
    // What it has works, and moves its BMD.
    const base = simulateScenario(jorg2022, { patient, days });
    const run = simulateScenario(jorg2022, { patient, days, perturbations: [{ signal: 'sclerostin', factor: 0.5, fromDay: 0 }] });
    expect(run.outputs.bmdTotalHip![1]!).toBeGreaterThan(base.outputs.bmdTotalHip![1]! * 1.02);
    // jorg2022 has no patient conditions.
    expect(thrown(() => jorg2022.prepare({ patient, days, exposures: [{ exposure: 'loading', value: 0, fromDay: 0 }] })).field).toBe('exposures[0].exposure');
  });

  it('unknown names, bad times, overlaps, values outside the bounds and unknown keys', () => {
    const bad = (s: Partial<Scenario>): InputError => thrown(() => osteosim.prepare({ patient, days, ...s } as Scenario));
    const unknown = bad({ perturbations: [{ signal: 'sclerostine' as never, factor: 0.5, fromDay: 0 }] });
    expect([unknown.field, unknown.code]).toEqual(['perturbations[0].signal', 'unknown']);
    expect(unknown.message).toContain("did you mean 'sclerostin'");
    expect(bad({ perturbations: [{ signal: 'opg', factor: 0.5, fromDay: -1 }] }).field).toBe('perturbations[0].fromDay');
    expect(bad({ exposures: [{ exposure: 'loading', value: 0, fromDay: 0, forDays: 0 }] }).field).toBe('exposures[0].forDays');
    const overlap = bad({
      perturbations: [
        { signal: 'opg', factor: 0.5, fromDay: 0, forDays: 100 },
        { signal: 'opg', factor: 2, fromDay: 50 },
      ],
    });
    expect([overlap.field, overlap.code]).toEqual(['perturbations[1].fromDay', 'conflict']);
    expect(overlap.message).toContain('overlaps perturbations[0]');
    // Windows that touch do not overlap.
    expect(() => osteosim.prepare({ patient, days, perturbations: [{ signal: 'opg', factor: 0.5, fromDay: 0, forDays: 100 }, { signal: 'opg', factor: 2, fromDay: 100 }] })).not.toThrow();
    const tooMuch = bad({ perturbations: [{ signal: 'rankl', factor: 20, fromDay: 0 }] });
    expect([tooMuch.field, tooMuch.code]).toEqual(['perturbations[0].factor', 'range']);
    expect(tooMuch.message).toContain('RANKL +1900 %');
    expect(bad({ perturbations: [{ signal: 'wnt', factor: 0, fromDay: 0 }] }).field).toBe('perturbations[0].factor');
    const gc = bad({ exposures: [{ exposure: 'glucocorticoid', value: -5, fromDay: 0 }] });
    expect([gc.field, gc.code]).toEqual(['exposures[0].value', 'range']);
    const key = bad({ perturbations: [{ signal: 'opg', factor: 0.5, fromDay: 0, for: 3 } as never] });
    expect([key.field, key.code]).toEqual(['perturbations[0].for', 'unknown']);
  });
});
