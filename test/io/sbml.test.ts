import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { compileModel, composeModel } from '../../src/engine/index.js';
import { exportSbml, PROVENANCE_NAMESPACE } from '../../src/io/sbml.js';
import { readSbmlValues } from '../../src/io/sbml-read.js';
import { parseUnit, unitId } from '../../src/io/units.js';
import { reference } from '../../src/model/index.js';

describe('SBML export', () => {
  const composed = reference.jorg2022.composed;
  const xml = exportSbml(composed);

  it('re-imports every parameter value and initial value exactly', () => {
    const back = readSbmlValues(xml);
    expect(back.modelId).toBe('jorg2022');
    const model = compileModel(composed);
    expect(Object.keys(back.parameters).sort()).toEqual([...model.parameterNames].sort());
    for (const [name, { def }] of composed.parameters) expect(back.parameters[name]).toBe(def.value);
    const y0 = model.initialState();
    expect(Object.keys(back.initialValues).sort()).toEqual([...model.stateNames].sort());
    model.stateNames.forEach((name, i) => expect(back.initialValues[name]).toBe(y0[i]));
  });

  it('writes given parameter values and initial values (e.g. a steady state) instead of the declared ones', () => {
    const y = reference.jorgInitialState();
    const initialValues = Object.fromEntries(reference.jorg2022.stateNames.map((s, i) => [s, y[i]!]));
    const back = readSbmlValues(exportSbml(composed, { parameterValues: { eta_C: 0.03 }, initialValues }));
    expect(back.parameters.eta_C).toBe(0.03);
    expect(back.initialValues.OC).toBe(y[reference.jorg2022.stateIndex('OC')]);
  });

  it('annotates each parameter with its source, evidence kind, unit and module', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml);
    const params = doc.sbml.model.listOfParameters.parameter as Record<string, unknown>[];
    const etaC = params.find((p) => p['@_id'] === 'eta_C')! as { annotation: Record<string, Record<string, string>> };
    const prov = etaC.annotation['osteosim:provenance']!;
    expect(prov['@_xmlns:osteosim']).toBe(PROVENANCE_NAMESPACE);
    expect(prov['@_osteosim:source']).toMatch(/Jörg et al\. 2022/);
    expect(prov['@_osteosim:evidence']).toBe('fitted');
    expect(prov['@_osteosim:unit']).toBe('1/day');
    expect(doc.sbml['@_level']).toBe('3');
    expect(doc.sbml['@_version']).toBe('2');
  });

  it('writes rate rules for states, assignment rules for derived quantities, and time as the SBML csymbol', () => {
    const m = composeModel('tiny', [
      {
        name: 'tiny',
        states: { X: { unit: 'mg', initial: 'X0 * 2' } },
        parameters: { X0: { value: 1.5, unit: 'mg', source: 'test', evidence: 'assumed' }, k: { value: 2e-7, unit: '1/day', source: 'test', evidence: 'assumed' } },
        derived: { pulse: 'piecewise(1, t > 5 && X < 3, 0)' },
        rates: { X: '-k * X + 1e-7 * pulse * (X > 1)' },
      },
    ]);
    const out = exportSbml(m);
    expect(out).toContain('<rateRule variable="X">');
    expect(out).toContain('<assignmentRule variable="pulse">');
    expect(out).toContain('definitionURL="http://www.sbml.org/sbml/symbols/time"');
    expect(out).toContain('<initialAssignment symbol="X">');
    expect(out).toContain('<cn type="e-notation"> 1 <sep/> -7 </cn>');
    expect(readSbmlValues(out).initialValues.X).toBe(3);
    // A comparison used as a number is written as piecewise(1, condition, 0): SBML has no boolean arithmetic.
    expect(out).toMatch(/<piecewise><piece><cn> 1 <\/cn><apply><gt\/>/);
  });
});

describe('unit strings', () => {
  it('parses the unit grammar of parameter tables', () => {
    expect(parseUnit('1/day')).toEqual([{ kind: 'second', exponent: -1, scale: 0, multiplier: 86400 }]);
    expect(parseUnit('ng/mL')).toEqual([
      { kind: 'gram', exponent: 1, scale: -9, multiplier: 1 },
      { kind: 'litre', exponent: -1, scale: -3, multiplier: 1 },
    ]);
    expect(parseUnit('nM')).toHaveLength(2);
    expect(parseUnit('1')).toEqual([]);
    expect(parseUnit('mg/(kg*d)')).toHaveLength(3);
    expect(parseUnit('cells^2/L')).toEqual([
      { kind: 'item', exponent: 2, scale: 0, multiplier: 1 },
      { kind: 'litre', exponent: -1, scale: 0, multiplier: 1 },
    ]);
  });

  it('leaves strings outside the grammar undeclared rather than guessing', () => {
    expect(parseUnit('1/(d per 1e8 cells)')).toBeUndefined();
    expect(parseUnit('furlongs')).toBeUndefined();
    expect(parseUnit('')).toBeUndefined();
  });

  it('makes valid SBML identifiers', () => {
    expect(unitId('1/day')).toBe('u_1_per_day');
    expect(unitId('µg/mL')).toBe('u_ug_per_mL');
    expect(unitId('1')).toBe('u_dimensionless');
  });
});
