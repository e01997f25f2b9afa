import { formatExpr, type Expr } from '../../engine/expr/ast.js';
import { RESERVED_NAMES, type ModuleDef, type ParameterDef } from '../../engine/model.js';
import type { SbmlDescription, SpeciesDesc } from './document.js';
import { invalid, unsupported } from './errors.js';
import { evaluate } from './evaluate.js';
import { substitute, TIME } from './mathml.js';

/**
 * SBML description to one engine module. Each SBML symbol becomes a state (rate rule, or a species that reactions
 * change), a derived quantity (assignment rule, reaction rate, concentration of a stored amount) or a parameter
 * (everything else, which only events change). Species that reactions change are stored as amounts and read as
 * amount / compartment where the file means concentrations, so a compartment change keeps amounts. Initial values
 * (attributes, initial assignments, assignment rules at t0) are evaluated here, once.
 */

export type Storage = 'state' | 'parameter' | 'derived';

export interface SymbolInfo {
  readonly id: string;
  readonly kind: 'compartment' | 'species' | 'parameter' | 'reaction' | 'speciesReference';
  readonly storage: Storage;
  /** Engine name of the stored quantity (a state or a parameter; the derived quantity itself when derived). */
  readonly store: string;
  /** Engine name whose value is the SBML symbol's value. */
  readonly name: string;
  /** Set when the store holds amount and the symbol is concentration: store = value * compartment. */
  readonly compartment?: string;
  /** Species only: engine expressions of amount and concentration. */
  readonly amount?: string;
  readonly concentration?: string;
}

export interface EventSpec {
  readonly id: string;
  readonly trigger: string;
  readonly initialValue: boolean;
  readonly persistent: boolean;
  readonly delay: string | undefined;
  readonly priority: string | undefined;
  readonly useValuesFromTriggerTime: boolean;
  readonly assignments: readonly { readonly target: SymbolInfo; readonly expr: string }[];
}

export interface ImportedModel {
  readonly description: SbmlDescription;
  readonly module: ModuleDef;
  readonly symbols: ReadonlyMap<string, SymbolInfo>;
  readonly events: readonly EventSpec[];
}

export function buildModule(d: SbmlDescription, source: string): ImportedModel {
  const used = new Set<string>(['t']);
  const fresh = (base: string): string => {
    let n = base;
    while (used.has(n) || RESERVED_NAMES.has(n)) n = `${n}_`;
    used.add(n);
    return n;
  };
  const engineName = new Map<string, string>();
  const allIds = [
    ...d.compartments.map((c) => c.id),
    ...d.species.map((s) => s.id),
    ...d.parameters.map((p) => p.id),
    ...d.reactions.map((r) => r.id),
    ...d.reactions.flatMap((r) => [...r.reactants, ...r.products].flatMap((sr) => (sr.id ? [sr.id] : []))),
  ];
  for (const id of allIds) if (!RESERVED_NAMES.has(id)) used.add(id);
  for (const id of allIds) engineName.set(id, RESERVED_NAMES.has(id) ? fresh(id) : id);
  const rename = (e: Expr, local?: ReadonlyMap<string, string>): Expr =>
    substitute(
      e,
      new Map<string, Expr>([
        [TIME, { kind: 'var', name: 't' }],
        ...[...engineName].map(([id, n]): [string, Expr] => [id, { kind: 'var', name: local?.get(id) ?? n }]),
        ...[...(local ?? [])].map(([id, n]): [string, Expr] => [id, { kind: 'var', name: n }]),
      ]),
    );
  const js = (e: Expr, local?: ReadonlyMap<string, string>): string => formatExpr(rename(e, local));

  const assignment = new Map(d.assignmentRules.map((r) => [r.variable, r.math]));
  const rate = new Map(d.rateRules.map((r) => [r.variable, r.math]));
  const initial = new Map(d.initialAssignments.map((r) => [r.symbol, r.math]));
  const compartmentOf = new Map(d.compartments.map((c) => [c.id, c]));
  const speciesOf = new Map(d.species.map((s) => [s.id, s]));
  const reacting = new Set<string>();
  for (const r of d.reactions) {
    for (const sr of [...r.reactants, ...r.products]) {
      const s = speciesOf.get(sr.species);
      if (!s) throw invalid(`reaction ${r.id}`, `species '${sr.species}' is not declared`);
      if (!s.boundaryCondition && !s.constant && !assignment.has(s.id) && !rate.has(s.id)) reacting.add(s.id);
    }
  }
  const eventTargets = new Set(d.events.flatMap((e) => e.assignments.map((a) => a.variable)));

  // Initial values of every symbol, in SBML terms.
  const values = new Map<string, number>();
  const visiting = new Set<string>();
  const localValues = new Map<string, ReadonlyMap<string, number>>(d.reactions.map((r) => [r.id, new Map(r.localParameters.map((p) => [p.id, p.value]))]));
  const lookup = (local?: ReadonlyMap<string, number>) => (name: string): number => (name === TIME ? 0 : local?.has(name) ? local.get(name)! : initialValue(name));
  const initialValue = (id: string): number => {
    const known = values.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) throw invalid(`initialAssignment ${id}`, 'initial values form a cycle');
    visiting.add(id);
    const v = computeInitial(id);
    visiting.delete(id);
    values.set(id, v);
    return v;
  };
  const computeInitial = (id: string): number => {
    const math = initial.get(id) ?? assignment.get(id);
    if (math) return evaluate(math, lookup());
    const c = compartmentOf.get(id);
    if (c) {
      if (c.size !== undefined) return c.size;
      if (c.dimensions === 0) return 1;
      throw invalid(`compartment ${id}`, 'no size and no initial assignment');
    }
    const s = speciesOf.get(id);
    if (s) {
      const size = initialValue(s.compartment);
      if (s.initialConcentration !== undefined) return s.hasOnlySubstanceUnits ? s.initialConcentration * size : s.initialConcentration;
      if (s.initialAmount !== undefined) return s.hasOnlySubstanceUnits ? s.initialAmount : s.initialAmount / size;
      throw invalid(`species ${id}`, 'no initial amount, concentration or assignment');
    }
    const p = d.parameters.find((x) => x.id === id);
    if (p) {
      if (p.value !== undefined) return p.value;
      throw invalid(`parameter ${id}`, 'no value and no initial assignment');
    }
    const r = d.reactions.find((x) => x.id === id);
    if (r) return evaluate(r.rate, lookup(localValues.get(r.id)));
    for (const rx of d.reactions) for (const sr of [...rx.reactants, ...rx.products]) if (sr.id === id) return sr.stoichiometry;
    throw invalid(id, `'${id}' is used but not declared`);
  };

  const symbols = new Map<string, SymbolInfo>();
  const states: Record<string, { unit: string; initial: number }> = {};
  const parameters: Record<string, ParameterDef> = {};
  const derived: Record<string, string> = {};
  const rates: Record<string, string> = {};
  const param = (value: number, meaning: string): ParameterDef => ({
    value,
    unit: '1',
    source: source,
    evidence: 'literature-model',
    meaning,
    min: -Infinity,
    max: Infinity,
  });

  const place = (id: string, kind: SymbolInfo['kind'], species?: SpeciesDesc): void => {
    const name = engineName.get(id)!;
    const a = assignment.get(id);
    const rr = rate.get(id);
    if (a && eventTargets.has(id)) throw invalid(`event assignment to ${id}`, 'the variable has an assignment rule');
    const compartment = species && !species.hasOnlySubstanceUnits ? engineName.get(species.compartment)! : undefined;
    const speciesExprs = (symbolName: string): Pick<SymbolInfo, 'amount' | 'concentration'> =>
      species
        ? species.hasOnlySubstanceUnits
          ? { amount: symbolName, concentration: `(${symbolName} / ${engineName.get(species.compartment)!})` }
          : { amount: `(${symbolName} * ${compartment})`, concentration: symbolName }
        : {};
    if (a) {
      derived[name] = js(a);
      symbols.set(id, { id, kind, storage: 'derived', store: name, name, ...speciesExprs(name) });
      return;
    }
    if (rr) {
      states[name] = { unit: '1', initial: initialValue(id) };
      rates[name] = js(rr);
      symbols.set(id, { id, kind, storage: 'state', store: name, name, ...speciesExprs(name) });
      return;
    }
    const storage: Storage = species && reacting.has(id) ? 'state' : 'parameter';
    const value = initialValue(id);
    if (compartment) {
      const store = fresh(`${name}_amount`);
      const amount = value * initialValue(species!.compartment);
      if (storage === 'state') states[store] = { unit: '1', initial: amount };
      else parameters[store] = param(amount, `amount of species ${id}`);
      derived[name] = `${store} / ${compartment}`;
      symbols.set(id, { id, kind, storage, store, name, compartment, amount: store, concentration: name });
      return;
    }
    if (storage === 'state') states[name] = { unit: '1', initial: value };
    else parameters[name] = param(value, `${kind} ${id}`);
    symbols.set(id, { id, kind, storage, store: name, name, ...speciesExprs(name) });
  };
  for (const c of d.compartments) place(c.id, 'compartment');
  for (const p of d.parameters) place(p.id, 'parameter');
  for (const s of d.species) place(s.id, 'species', s);
  for (const r of d.reactions) {
    const local = new Map(r.localParameters.map((p) => [p.id, fresh(`${engineName.get(r.id)!}_${p.id}`)]));
    for (const p of r.localParameters) parameters[local.get(p.id)!] = param(p.value, `local parameter ${p.id} of reaction ${r.id}`);
    const name = engineName.get(r.id)!;
    derived[name] = js(r.rate, local);
    symbols.set(r.id, { id: r.id, kind: 'reaction', storage: 'derived', store: name, name });
    for (const [sign, refs] of [['-', r.reactants], ['+', r.products]] as const) {
      for (const sr of refs) {
        let factor = String(sr.stoichiometry);
        if (sr.id) {
          if (assignment.has(sr.id) || rate.has(sr.id) || eventTargets.has(sr.id)) throw unsupported(`speciesReference ${sr.id}`, 'variable stoichiometry');
          const sname = engineName.get(sr.id)!;
          if (!(sname in parameters)) parameters[sname] = param(initialValue(sr.id), `stoichiometry ${sr.id} in reaction ${r.id}`);
          symbols.set(sr.id, { id: sr.id, kind: 'speciesReference', storage: 'parameter', store: sname, name: sname });
          factor = sname;
        }
        if (!reacting.has(sr.species)) continue;
        const store = symbols.get(sr.species)!.store;
        const term = `${sign} ${factor} * ${name}`;
        rates[store] = rates[store] ? `${rates[store]} ${term}` : term;
      }
    }
  }
  for (const v of [...assignment.keys(), ...rate.keys()]) if (!symbols.has(v)) throw invalid(`rule for ${v}`, `'${v}' is not a compartment, species or parameter`);
  if (Object.keys(states).length === 0) states[fresh('_no_state')] = { unit: '1', initial: 0 };

  const events: EventSpec[] = d.events.map((e) => ({
    id: e.id,
    trigger: js(e.trigger),
    initialValue: e.initialValue,
    persistent: e.persistent,
    delay: e.delay ? js(e.delay) : undefined,
    priority: e.priority ? js(e.priority) : undefined,
    useValuesFromTriggerTime: e.useValuesFromTriggerTime,
    assignments: e.assignments.map((a) => {
      const target = symbols.get(a.variable);
      if (!target) throw invalid(`event ${e.id}`, `assigns '${a.variable}', which is not declared`);
      if (target.kind === 'speciesReference') throw unsupported(`event ${e.id}`, 'variable stoichiometry');
      return { target, expr: js(a.math) };
    }),
  }));
  const module: ModuleDef = { name: d.id, description: `imported from SBML (${source})`, states, parameters, derived, rates };
  return { description: d, module, symbols, events };
}
