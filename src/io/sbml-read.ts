import { XMLParser } from 'fast-xml-parser';

/**
 * Reads parameter values and initial state values back from an SBML Level 3 file written by `exportSbml` (or any
 * SBML file that writes its ODE states as rate-ruled parameters): to bring values calibrated in another tool back.
 */
export interface SbmlValues {
  readonly modelId: string;
  /** Constant parameters by id. */
  readonly parameters: Readonly<Record<string, number>>;
  /** Initial values of the variables that have rate rules (the states), by id. */
  readonly initialValues: Readonly<Record<string, number>>;
  /** Units attribute of every parameter and state that declares one. */
  readonly units: Readonly<Record<string, string>>;
}

interface XmlParameter {
  '@_id': string;
  '@_value'?: string;
  '@_constant': string;
  '@_units'?: string;
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

export function readSbmlValues(xml: string): SbmlValues {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml) as {
    sbml?: { model?: { '@_id': string; listOfParameters?: { parameter: XmlParameter | XmlParameter[] }; listOfRules?: { rateRule?: { '@_variable': string } | { '@_variable': string }[] } } };
  };
  const model = doc.sbml?.model;
  if (!model) throw new Error('not an SBML document: no <sbml><model> element');
  const rateRuled = new Set(asArray(model.listOfRules?.rateRule).map((r) => r['@_variable']));
  const parameters: Record<string, number> = {};
  const initialValues: Record<string, number> = {};
  const units: Record<string, string> = {};
  for (const p of asArray(model.listOfParameters?.parameter)) {
    const id = p['@_id'];
    if (p['@_units']) units[id] = p['@_units'];
    if (p['@_value'] === undefined) continue;
    const value = Number(p['@_value']);
    if (p['@_constant'] === 'true') parameters[id] = value;
    else if (rateRuled.has(id)) initialValues[id] = value;
  }
  return { modelId: model['@_id'], parameters, initialValues, units };
}
