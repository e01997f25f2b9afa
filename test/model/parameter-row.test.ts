import { describe, expect, it } from 'vitest';
import { row } from '../../src/model/parameter-row.js';
import { jorg, osteosimCalibration, prototypeCalibration } from '../../src/model/osteosim/params.js';

describe('row (one named-field parameter row)', () => {
  it('gives the ParameterDef with exactly the fields the row states (absent bounds and notes stay absent)', () => {
    const def = row({ value: 0.5, unit: '1', meaning: 'a knob', evidence: 'assumed', source: 'assumed: a guess' });
    expect(def).toStrictEqual({ value: 0.5, unit: '1', meaning: 'a knob', source: 'assumed: a guess', evidence: 'assumed' });
  });

  it('keeps fitted targets, bounds and notes, including bounds of 0', () => {
    const def = row({ value: 2, unit: '1/day', meaning: 'a rate', evidence: 'fitted', fittedTo: ['A2'], source: 's', min: 0, max: 10, note: 'n' });
    expect(def).toStrictEqual({ value: 2, unit: '1/day', meaning: 'a rate', source: 's', evidence: 'fitted', fittedTo: ['A2'], min: 0, max: 10, note: 'n' });
  });

  it('accepts a constant taken from another model as its own evidence kind', () => {
    expect(row({ value: 1, unit: '1', meaning: 'm', evidence: 'literature-model', source: 'Other 2020, Table 1' }).evidence).toBe('literature-model');
  });

  it('names fitted targets only for fitted values (a type error otherwise)', () => {
    // @ts-expect-error fittedTo belongs to fitted rows only
    const def = row({ value: 1, unit: '1', meaning: 'm', evidence: 'measured', fittedTo: ['A2'], source: 's' });
    expect(def.fittedTo).toEqual(['A2']); // at run time the row is passed through; the type system is the guard
  });
});

describe('osteosim provenance of a row', () => {
  it('maps each Jörg 2022 origin code to its evidence kind', () => {
    expect(jorg('Cal.').evidence).toBe('fitted');
    expect(jorg('Fit', 'estradiol data').evidence).toBe('fitted');
    expect(jorg('Lit.').evidence).toBe('measured');
    expect(jorg('Est.').evidence).toBe('assumed');
    expect(jorg('=').evidence).toBe('defined');
  });

  it('cites the origin code and detail, and fits Cal. to the calibration data and Fit to the named data', () => {
    expect(jorg('Cal.')).toStrictEqual({
      evidence: 'fitted',
      source: 'Jörg et al. 2022, eLife 11:e76228, Appendix 3—table 4 (code precision), origin Cal.',
      fittedTo: ['Jörg 2022 calibration data sets (Appendix 3—table 2)'],
    });
    expect(jorg('Fit', 'Sowers 2008').fittedTo).toEqual(['Sowers 2008']);
    expect(jorg('Est.', 'a guess')).toStrictEqual({ evidence: 'assumed', source: 'Jörg et al. 2022, eLife 11:e76228, Appendix 3—table 4 (code precision), origin Est. (a guess)' });
  });

  it('prefixes calibration sources with the calibration that produced them', () => {
    expect(prototypeCalibration('stage 3')).toBe('osteosim prototype v2 calibration (calibrate.py): stage 3');
    expect(osteosimCalibration('fit to B3')).toBe('osteosim calibration: fit to B3');
  });
});
