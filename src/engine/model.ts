import { ModelError } from './errors.js';
import { FUNCTIONS } from './expr/ast.js';

/**
 * A model is data: modules declare states, parameters with provenance, derived quantities and rate terms.
 * `composeModel` merges modules into one definition and checks that every name is declared once.
 */

/**
 * How a parameter value is known. `defined` is for conventions and definitions (unit factors, test problems);
 * `literature-model` is a constant taken from another published model (its calibration, not a measurement).
 */
export const EVIDENCE_KINDS = ['measured', 'fitted', 'assumed', 'defined', 'literature-model'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface ParameterDef {
  readonly value: number;
  readonly unit: string;
  /** Citation of where the value comes from. */
  readonly source: string;
  readonly evidence: EvidenceKind;
  readonly meaning?: string;
  /** Lower bound (inclusive); 0 unless stated, since most physical parameters are non-negative. */
  readonly min?: number;
  /** Upper bound (inclusive); +Infinity unless stated. */
  readonly max?: number;
  /** Published target ids a fitted value was fitted to. */
  readonly fittedTo?: readonly string[];
  /**
   * Validation target ids whose own study this value was taken from (any evidence kind): such a target is in-sample
   * for the model, as a fitted one is.
   */
  readonly sourceTargets?: readonly string[];
  readonly note?: string;
}

export interface StateDef {
  readonly unit: string;
  /** A number, or an expression of parameters. */
  readonly initial: number | string;
  readonly meaning?: string;
}

export interface DerivedDef {
  readonly expr: string;
  readonly unit?: string;
  readonly meaning?: string;
}

export interface ModuleDef {
  readonly name: string;
  readonly description?: string;
  readonly states?: Readonly<Record<string, StateDef>>;
  readonly parameters?: Readonly<Record<string, ParameterDef>>;
  readonly derived?: Readonly<Record<string, DerivedDef | string>>;
  /** Terms added to d(state)/dt. Several modules may add terms to the same state; they are summed. */
  readonly rates?: Readonly<Record<string, string>>;
  /** Replacements for derived quantities declared by other modules (exclusive: one override per quantity). */
  readonly overrides?: Readonly<Record<string, string>>;
  /**
   * Factors that multiply derived quantities declared by other modules (e.g. each drug scaling osteoclast
   * differentiation); factors from several modules compose, in module order, after all overrides.
   */
  readonly scales?: Readonly<Record<string, string>>;
}

export interface Declared<T> {
  readonly def: T;
  readonly module: string;
}

export interface RateTerm {
  readonly expr: string;
  readonly module: string;
}

/** The merged model: every name once, with the module that declared it. */
export interface ComposedModel {
  readonly name: string;
  readonly modules: readonly string[];
  readonly states: ReadonlyMap<string, Declared<StateDef>>;
  readonly parameters: ReadonlyMap<string, Declared<ParameterDef>>;
  readonly derived: ReadonlyMap<string, Declared<DerivedDef>>;
  readonly rates: ReadonlyMap<string, readonly RateTerm[]>;
}

export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  't',
  ...Object.keys(FUNCTIONS),
  'hill',
  'hillr',
  'piecewise',
]);

const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function composeModel(name: string, modules: readonly ModuleDef[]): ComposedModel {
  const declaredBy = new Map<string, { module: string; kind: string }>();
  const states = new Map<string, Declared<StateDef>>();
  const parameters = new Map<string, Declared<ParameterDef>>();
  const derived = new Map<string, Declared<DerivedDef>>();
  const rates = new Map<string, RateTerm[]>();
  const moduleNames = new Set<string>();

  const declare = (id: string, kind: string, module: string): void => {
    if (!NAME_PATTERN.test(id)) {
      throw new ModelError(`${kind} name '${id}' in module '${module}' is not a valid name (letters, digits and _; not starting with a digit)`, { field: id });
    }
    if (RESERVED_NAMES.has(id)) {
      throw new ModelError(`${kind} name '${id}' in module '${module}' is reserved (time or a function name)`, { field: id });
    }
    const previous = declaredBy.get(id);
    if (previous) {
      throw new ModelError(
        `duplicate name '${id}': declared as ${previous.kind} in module '${previous.module}' and as ${kind} in module '${module}'`,
        { field: id },
      );
    }
    declaredBy.set(id, { module, kind });
  };

  for (const m of modules) {
    if (moduleNames.has(m.name)) throw new ModelError(`duplicate module name '${m.name}'`, { field: m.name });
    moduleNames.add(m.name);
    for (const [id, def] of Object.entries(m.states ?? {})) {
      declare(id, 'state', m.name);
      states.set(id, { def, module: m.name });
    }
    for (const [id, def] of Object.entries(m.parameters ?? {})) {
      declare(id, 'parameter', m.name);
      parameters.set(id, { def, module: m.name });
    }
    for (const [id, def] of Object.entries(m.derived ?? {})) {
      declare(id, 'derived quantity', m.name);
      derived.set(id, { def: typeof def === 'string' ? { expr: def } : def, module: m.name });
    }
  }
  for (const m of modules) {
    for (const [state, expr] of Object.entries(m.rates ?? {})) {
      if (!states.has(state)) {
        throw new ModelError(`module '${m.name}' adds a rate to '${state}', which is not a declared state${didYouMean(state, states.keys())}`, {
          field: state,
        });
      }
      const terms = rates.get(state) ?? [];
      terms.push({ expr, module: m.name });
      rates.set(state, terms);
    }
  }
  const overridden = new Map<string, string>();
  for (const m of modules) {
    for (const [id, expr] of Object.entries(m.overrides ?? {})) {
      const target = derived.get(id);
      if (!target) {
        throw new ModelError(`module '${m.name}' overrides '${id}', which is not a declared derived quantity${didYouMean(id, derived.keys())}`, {
          field: id,
        });
      }
      const earlier = overridden.get(id);
      if (earlier) {
        throw new ModelError(`derived quantity '${id}' is overridden by both module '${earlier}' and module '${m.name}'`, { field: id });
      }
      overridden.set(id, m.name);
      derived.set(id, { def: { ...target.def, expr }, module: m.name });
    }
  }
  for (const m of modules) {
    for (const [id, factor] of Object.entries(m.scales ?? {})) {
      const target = derived.get(id);
      if (!target) {
        throw new ModelError(`module '${m.name}' scales '${id}', which is not a declared derived quantity${didYouMean(id, derived.keys())}`, {
          field: id,
        });
      }
      derived.set(id, { def: { ...target.def, expr: `(${target.def.expr}) * (${factor})` }, module: `${target.module}, scaled by ${m.name}` });
    }
  }
  return { name, modules: [...moduleNames], states, parameters, derived, rates };
}

/** " (did you mean 'x'?)" for the closest known name within edit distance 2, else "". */
export function didYouMean(name: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean '${best}'?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
