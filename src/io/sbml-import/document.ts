import type { Expr } from '../../engine/expr/ast.js';
import { invalid, unsupported } from './errors.js';
import { lambdaOf, mathToExpr, type Lambda, type MathContext } from './mathml.js';
import { child, children, listOf, parseXml, type XmlNode } from './xml.js';

/** An SBML model as data (ids as in the file, math as expression trees, function definitions inlined). */
export interface SbmlDescription {
  readonly id: string;
  readonly level: number;
  readonly version: number;
  readonly compartments: readonly { id: string; size: number | undefined; constant: boolean; dimensions: number }[];
  readonly species: readonly SpeciesDesc[];
  readonly parameters: readonly { id: string; value: number | undefined; constant: boolean; units?: string }[];
  readonly reactions: readonly ReactionDesc[];
  readonly initialAssignments: readonly { symbol: string; math: Expr }[];
  readonly assignmentRules: readonly { variable: string; math: Expr }[];
  readonly rateRules: readonly { variable: string; math: Expr }[];
  readonly events: readonly EventDesc[];
}

export interface SpeciesDesc {
  readonly id: string;
  readonly compartment: string;
  readonly initialAmount: number | undefined;
  readonly initialConcentration: number | undefined;
  readonly hasOnlySubstanceUnits: boolean;
  readonly boundaryCondition: boolean;
  readonly constant: boolean;
}

export interface SpeciesRef {
  readonly species: string;
  readonly id: string | undefined;
  readonly stoichiometry: number;
}

export interface ReactionDesc {
  readonly id: string;
  readonly reactants: readonly SpeciesRef[];
  readonly products: readonly SpeciesRef[];
  readonly rate: Expr;
  readonly localParameters: readonly { id: string; value: number }[];
}

export interface EventDesc {
  readonly id: string;
  readonly trigger: Expr;
  readonly initialValue: boolean;
  readonly persistent: boolean;
  readonly delay: Expr | undefined;
  readonly priority: Expr | undefined;
  readonly useValuesFromTriggerTime: boolean;
  readonly assignments: readonly { variable: string; math: Expr }[];
}

const bool = (v: string | undefined, dflt: boolean): boolean => (v === undefined ? dflt : v === 'true' || v === '1');
const optNum = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));

/** Reads an SBML Level 2 Version 4 or Level 3 document; an element or feature it cannot run is an error. */
export function readSbmlDocument(xml: string): SbmlDescription {
  const root = parseXml(xml);
  if (root.name !== 'sbml') throw invalid('sbml', `not an SBML document (root element <${root.name}>)`);
  const level = Number(root.attrs.level);
  const version = Number(root.attrs.version);
  if (!(level === 3 || (level === 2 && version >= 1))) throw unsupported('sbml', `SBML Level ${level} Version ${version}`, 'Level 2 and Level 3 are');
  // A Level 3 package declares `pkg:required` on <sbml>; a required one changes the math (layout, render do not).
  const sbmlTag = /<(?:\w+:)?sbml\b[^>]*>/.exec(xml)?.[0] ?? '';
  const requiredPackage = /(\w+):required\s*=\s*["']true["']/.exec(sbmlTag);
  if (requiredPackage) throw unsupported('sbml', `SBML Level 3 package ${requiredPackage[1]}`);
  const model = child(root, 'model');
  if (!model) throw invalid('sbml', 'no <model> element');
  if (model.attrs.conversionFactor) throw unsupported('model', 'conversionFactor');

  const lambdas = new Map<string, Lambda>();
  for (const fd of listOf(model, 'listOfFunctionDefinitions', 'functionDefinition')) {
    const math = child(fd, 'math');
    if (!math) continue; // L3V2: a definition without math; a call of it is then an error

    lambdas.set(fd.attrs.id!, lambdaOf(math, { element: `functionDefinition ${fd.attrs.id}`, lambdas }));
  }
  const mathOf = (node: XmlNode | undefined, element: string): Expr => {
    const math = child(node, 'math');
    if (!math) throw invalid(element, 'no <math>');
    const ctx: MathContext = { element, lambdas };
    return mathToExpr(math, ctx);
  };

  const compartments = listOf(model, 'listOfCompartments', 'compartment').map((c) => ({
    id: c.attrs.id!,
    size: optNum(c.attrs.size ?? c.attrs.volume),
    constant: bool(c.attrs.constant, true),
    dimensions: Number(c.attrs.spatialDimensions ?? 3),
  }));
  const species = listOf(model, 'listOfSpecies', 'species').map((s): SpeciesDesc => {
    if (s.attrs.conversionFactor) throw unsupported(`species ${s.attrs.id}`, 'conversionFactor');
    return {
      id: s.attrs.id!,
      compartment: s.attrs.compartment!,
      initialAmount: optNum(s.attrs.initialAmount),
      initialConcentration: optNum(s.attrs.initialConcentration),
      hasOnlySubstanceUnits: bool(s.attrs.hasOnlySubstanceUnits, false),
      boundaryCondition: bool(s.attrs.boundaryCondition, false),
      constant: bool(s.attrs.constant, false),
    };
  });
  const parameters = listOf(model, 'listOfParameters', 'parameter').map((p) => ({
    id: p.attrs.id!,
    value: optNum(p.attrs.value),
    constant: bool(p.attrs.constant, true),
    ...(p.attrs.units ? { units: p.attrs.units } : {}),
  }));
  const reactions = listOf(model, 'listOfReactions', 'reaction').map((r): ReactionDesc => {
    const where = `reaction ${r.attrs.id}`;
    if (bool(r.attrs.fast, false)) throw unsupported(where, 'fast reaction');
    const refs = (list: string): SpeciesRef[] =>
      listOf(r, list, 'speciesReference').map((sr) => {
        if (child(sr, 'stoichiometryMath')) throw unsupported(`${where} speciesReference ${sr.attrs.species}`, 'stoichiometryMath');
        return { species: sr.attrs.species!, id: sr.attrs.id, stoichiometry: Number(sr.attrs.stoichiometry ?? 1) };
      });
    const law = child(r, 'kineticLaw');
    if (!law) throw unsupported(where, 'reaction without kineticLaw');
    const local = [...listOf(law, 'listOfLocalParameters', 'localParameter'), ...listOf(law, 'listOfParameters', 'parameter')].map((p) => ({
      id: p.attrs.id!,
      value: Number(p.attrs.value),
    }));
    return { id: r.attrs.id!, reactants: refs('listOfReactants'), products: refs('listOfProducts'), rate: mathOf(law, `kineticLaw of ${where}`), localParameters: local };
  });
  const initialAssignments = listOf(model, 'listOfInitialAssignments', 'initialAssignment').map((ia) => ({
    symbol: ia.attrs.symbol!,
    math: mathOf(ia, `initialAssignment ${ia.attrs.symbol}`),
  }));
  const rules = child(model, 'listOfRules');
  if (children(rules, 'algebraicRule').length > 0) throw unsupported('algebraicRule', 'algebraic rule');
  const assignmentRules = children(rules, 'assignmentRule').map((r) => ({ variable: r.attrs.variable!, math: mathOf(r, `assignmentRule ${r.attrs.variable}`) }));
  const rateRules = children(rules, 'rateRule').map((r) => ({ variable: r.attrs.variable!, math: mathOf(r, `rateRule ${r.attrs.variable}`) }));
  if (listOf(model, 'listOfConstraints', 'constraint').length > 0) throw unsupported('constraint', 'constraint');
  const events = listOf(model, 'listOfEvents', 'event').map((e, i): EventDesc => {
    const id = e.attrs.id ?? `event${i + 1}`;
    const where = `event ${id}`;
    const trigger = child(e, 'trigger');
    // L3V2 allows a delay or priority element without math: as if absent.
    const delay = child(child(e, 'delay'), 'math') ? child(e, 'delay') : undefined;
    const priority = child(child(e, 'priority'), 'math') ? child(e, 'priority') : undefined;
    return {
      id,
      trigger: mathOf(trigger, `trigger of ${where}`),
      // L2 triggers cannot fire at t0 (as if true before the start); L3 says it in initialValue.
      initialValue: level === 2 ? true : bool(trigger?.attrs.initialValue, true),
      persistent: level === 2 ? true : bool(trigger?.attrs.persistent, true),
      delay: delay ? mathOf(delay, `delay of ${where}`) : undefined,
      priority: priority ? mathOf(priority, `priority of ${where}`) : undefined,
      useValuesFromTriggerTime: bool(e.attrs.useValuesFromTriggerTime, true),
      // L3V2: an eventAssignment without math assigns nothing.
      assignments: listOf(e, 'listOfEventAssignments', 'eventAssignment').filter((a) => child(a, 'math')).map((a) => ({
        variable: a.attrs.variable!,
        math: mathOf(a, `eventAssignment ${a.attrs.variable} of ${where}`),
      })),
    };
  });
  return { id: model.attrs.id ?? 'sbml_model', level, version, compartments, species, parameters, reactions, initialAssignments, assignmentRules, rateRules, events };
}
