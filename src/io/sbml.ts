import { assertNever, type Expr } from '../engine/expr/ast.js';
import { parseExpr } from '../engine/expr/parse.js';
import { compileModel } from '../engine/compile.js';
import type { ComposedModel } from '../engine/model.js';
import { parseUnit, unitId, type SbmlUnit } from './units.js';

/**
 * SBML Level 3 Version 2 export of a composed model. States become non-constant parameters with rate rules,
 * derived quantities become assignment rules, parameters keep their values, units and provenance (source, evidence,
 * meaning, module) as annotations, and initial values that are expressions become initial assignments. Reactions are
 * not used: the model is written as the ODE system it is.
 */

export interface SbmlExportOptions {
  /** Unit of the model's time axis, e.g. 'day' (default 'day'). */
  readonly timeUnit?: string;
  /** Parameter values to write instead of the declared ones (e.g. a calibrated or patient-specific set). */
  readonly parameterValues?: Readonly<Record<string, number>>;
  /** Initial state values to write instead of the declared initial values (e.g. a computed steady state). */
  readonly initialValues?: Readonly<Record<string, number>>;
}

export const SBML_NAMESPACE = 'http://www.sbml.org/sbml/level3/version2/core';
export const PROVENANCE_NAMESPACE = 'https://osteosim.dev/ns/provenance/1';
const MATHML = 'http://www.w3.org/1998/Math/MathML';
const TIME_SYMBOL = 'http://www.sbml.org/sbml/symbols/time';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const sid = (s: string): string => s.replace(/[^A-Za-z0-9_]/g, '_').replace(/^([0-9])/, '_$1');

function number(v: number): string {
  if (Number.isNaN(v)) return '<notanumber/>';
  if (v === Infinity) return '<infinity/>';
  if (v === -Infinity) return '<apply><minus/><infinity/></apply>';
  const s = String(v);
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  return m ? `<cn type="e-notation"> ${m[1]} <sep/> ${Number(m[2])} </cn>` : `<cn> ${s} </cn>`;
}

const isBoolean = (e: Expr): boolean => e.kind === 'cmp' || e.kind === 'logic' || e.kind === 'not';

const apply = (op: string, ...args: string[]): string => `<apply><${op}/>${args.join('')}</apply>`;

/** MathML for a numeric expression; comparisons in numeric position become piecewise(1, c, 0). */
function mathNumeric(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return number(e.value);
    case 'var':
      return e.name === 't' ? `<csymbol encoding="text" definitionURL="${TIME_SYMBOL}"> t </csymbol>` : `<ci> ${e.name} </ci>`;
    case 'neg':
      return apply('minus', mathNumeric(e.arg));
    case 'bin': {
      const op = { '+': 'plus', '-': 'minus', '*': 'times', '/': 'divide', '^': 'power' }[e.op];
      return apply(op, mathNumeric(e.left), mathNumeric(e.right));
    }
    case 'call': {
      const args = e.args.map(mathNumeric);
      switch (e.fn) {
        case 'log':
          return apply('ln', ...args);
        case 'log10':
          return `<apply><log/><logbase>${number(10)}</logbase>${args[0]}</apply>`;
        case 'sqrt':
          return apply('root', ...args);
        case 'pow':
          return apply('power', ...args);
        case 'exp':
        case 'abs':
        case 'sin':
        case 'cos':
        case 'tanh':
        case 'min':
        case 'max':
        case 'floor':
        case 'tan':
        case 'sinh':
        case 'cosh':
          return apply(e.fn, ...args);
        case 'ceil':
          return apply('ceiling', ...args);
        case 'trunc':
          return `<piecewise><piece>${apply('ceiling', ...args)}<apply><lt/>${args[0]}${number(0)}</apply></piece><otherwise>${apply('floor', ...args)}</otherwise></piecewise>`;
        case 'asin':
        case 'acos':
        case 'atan':
        case 'asinh':
        case 'acosh':
        case 'atanh':
          return apply(`arc${e.fn.slice(1)}`, ...args);
        default:
          return assertNever(e.fn);
      }
    }
    case 'cmp':
    case 'logic':
    case 'not':
      return `<piecewise><piece>${number(1)}${mathBoolean(e)}</piece><otherwise>${number(0)}</otherwise></piecewise>`;
    case 'piecewise':
      return `<piecewise>${e.pieces.map((p) => `<piece>${mathNumeric(p.value)}${mathBoolean(p.when)}</piece>`).join('')}<otherwise>${mathNumeric(e.otherwise)}</otherwise></piecewise>`;
    default:
      return assertNever(e);
  }
}

/** MathML for a condition; a numeric expression in boolean position means "is non-zero". */
function mathBoolean(e: Expr): string {
  switch (e.kind) {
    case 'cmp': {
      const op = { '<': 'lt', '<=': 'leq', '>': 'gt', '>=': 'geq', '==': 'eq', '!=': 'neq' }[e.op];
      return apply(op, mathNumeric(e.left), mathNumeric(e.right));
    }
    case 'logic':
      return apply(e.op === '&&' ? 'and' : 'or', mathBoolean(e.left), mathBoolean(e.right));
    case 'not':
      return apply('not', mathBoolean(e.arg));
    default:
      return isBoolean(e) ? mathBoolean(e) : apply('neq', mathNumeric(e), number(0));
  }
}

const math = (source: string, context: string): string => `<math xmlns="${MATHML}">${mathNumeric(parseExpr(source, context))}</math>`;

function unitDefinition(id: string, units: readonly SbmlUnit[]): string {
  const body = units.length
    ? units.map((x) => `<unit kind="${x.kind}" exponent="${x.exponent}" scale="${x.scale}" multiplier="${x.multiplier}"/>`).join('')
    : '<unit kind="dimensionless" exponent="1" scale="0" multiplier="1"/>';
  return `<unitDefinition id="${id}"><listOfUnits>${body}</listOfUnits></unitDefinition>`;
}

export function exportSbml(model: ComposedModel, options: SbmlExportOptions = {}): string {
  const unitDefs = new Map<string, string>();
  /** The units attribute for a unit string, declaring its definition; '' when the string is outside the grammar. */
  const unitsAttr = (text: string | undefined): string => {
    if (!text) return '';
    const parsed = parseUnit(text);
    if (!parsed) return '';
    const id = unitId(text);
    if (!unitDefs.has(id)) unitDefs.set(id, unitDefinition(id, parsed));
    return ` units="${id}"`;
  };
  let metaCounter = 0;
  const annotation = (attrs: Record<string, string | undefined>): string => {
    const body = Object.entries(attrs)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => ` osteosim:${k}="${escapeXml(v!)}"`)
      .join('');
    return `<annotation><osteosim:provenance xmlns:osteosim="${PROVENANCE_NAMESPACE}"${body}/></annotation>`;
  };
  const notes = (text: string | undefined): string =>
    text ? `<notes><body xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(text)}</p></body></notes>` : '';

  const parameters: string[] = [];
  const initialAssignments: string[] = [];
  // Initial values that are expressions are written both as an initial assignment (so they follow the parameters in
  // other tools) and as their value under the exported parameters (so readers that ignore assignments see it).
  const compiled = compileModel(model);
  const exportedParameters = compiled.parameters(options.parameterValues);
  const y0 = compiled.initialState(exportedParameters);
  const rules: string[] = [];

  for (const [name, { def, module }] of model.parameters) {
    const value = options.parameterValues?.[name] ?? def.value;
    const meta = `meta_${sid(name)}_${metaCounter++}`;
    parameters.push(
      `<parameter id="${sid(name)}" metaid="${meta}"${def.meaning ? ` name="${escapeXml(def.meaning)}"` : ''} value="${value}"${unitsAttr(def.unit)} constant="true">` +
        notes(def.note) +
        annotation({
          kind: 'parameter',
          module,
          unit: def.unit,
          source: def.source,
          evidence: def.evidence,
          min: def.min === undefined ? undefined : String(def.min),
          max: def.max === undefined ? undefined : String(def.max),
          fittedTo: def.fittedTo?.join(','),
        }) +
        `</parameter>`,
    );
  }
  for (const [name, { def, module }] of model.states) {
    const meta = `meta_${sid(name)}_${metaCounter++}`;
    const given = options.initialValues?.[name];
    const value = given ?? y0[compiled.stateIndex(name)]!;
    parameters.push(
      `<parameter id="${sid(name)}" metaid="${meta}"${def.meaning ? ` name="${escapeXml(def.meaning)}"` : ''} value="${value}"${unitsAttr(def.unit)} constant="false">` +
        annotation({ kind: 'state', module, unit: def.unit }) +
        `</parameter>`,
    );
    if (given === undefined && typeof def.initial === 'string') {
      initialAssignments.push(`<initialAssignment symbol="${sid(name)}">${math(def.initial as string, `initial value of '${name}'`)}</initialAssignment>`);
    }
    const terms = model.rates.get(name) ?? [];
    const rate = terms.length ? terms.map((t) => `(${t.expr})`).join(' + ') : '0';
    rules.push(`<rateRule variable="${sid(name)}">${math(rate, `rate of '${name}'`)}</rateRule>`);
  }
  for (const [name, { def, module }] of model.derived) {
    const meta = `meta_${sid(name)}_${metaCounter++}`;
    parameters.push(
      `<parameter id="${sid(name)}" metaid="${meta}"${def.meaning ? ` name="${escapeXml(def.meaning)}"` : ''}${unitsAttr(def.unit)} constant="false">` +
        annotation({ kind: 'derived', module, unit: def.unit }) +
        `</parameter>`,
    );
    rules.push(`<assignmentRule variable="${sid(name)}">${math(def.expr, `derived quantity '${name}'`)}</assignmentRule>`);
  }

  const timeUnit = options.timeUnit ?? 'day';
  const timeAttr = unitsAttr(timeUnit).replace(' units=', ' timeUnits=');
  const list = (tag: string, items: readonly string[]): string => (items.length ? `<${tag}>\n${items.join('\n')}\n</${tag}>` : '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sbml xmlns="${SBML_NAMESPACE}" level="3" version="2">`,
    `<model id="${sid(model.name)}" name="${escapeXml(model.name)}"${timeAttr}>`,
    notes(`Exported by osteosim. Modules: ${model.modules.join(', ')}. Parameter provenance is in each parameter's osteosim:provenance annotation.`),
    list('listOfUnitDefinitions', [...unitDefs.values()]),
    list('listOfParameters', parameters),
    list('listOfInitialAssignments', initialAssignments),
    list('listOfRules', rules),
    '</model>',
    '</sbml>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
