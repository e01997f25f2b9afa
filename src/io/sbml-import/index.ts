/**
 * SBML import: document (document.ts) → model description → one engine module with SBML events (build.ts) → a time
 * course with SBML event semantics (simulate.ts). Unsupported features throw an InputError naming element and feature.
 */
import type { ImportedModel, SymbolInfo } from './build.js';
import { buildModule } from './build.js';
import { readSbmlDocument } from './document.js';
import { invalid } from './errors.js';
import type { SbmlColumn } from './simulate.js';

export { buildModule } from './build.js';
export type { EventSpec, ImportedModel, SymbolInfo } from './build.js';
export { readSbmlDocument } from './document.js';
export type { SbmlDescription } from './document.js';
export { readSettings, outputTimes } from './settings.js';
export type { SuiteSettings } from './settings.js';
export { compileImported, simulateSbml } from './simulate.js';
export type { SbmlColumn, SbmlSimOptions, SbmlTimeCourse } from './simulate.js';
export { compareToExpected, parseResultsCsv, formatCsv } from './compare.js';
export type { CaseComparison } from './compare.js';

/** Reads and builds an SBML model. */
export function importSbml(xml: string, source = 'SBML file'): ImportedModel {
  return buildModule(readSbmlDocument(xml), source);
}

/**
 * Output columns for SBML ids: a species as amount when listed in `amount`, as concentration when in
 * `concentration`, else as its symbol's value; every other id by value.
 */
export function columnsFor(imported: ImportedModel, variables: readonly string[], amount: readonly string[] = [], concentration: readonly string[] = []): SbmlColumn[] {
  return variables.map((id) => {
    const s: SymbolInfo | undefined = imported.symbols.get(id);
    if (!s) throw invalid(`variables.${id}`, `'${id}' is not a compartment, species, parameter or reaction of the model`);
    if (s.kind === 'species' && amount.includes(id)) return { label: id, expr: s.amount! };
    if (s.kind === 'species' && concentration.includes(id)) return { label: id, expr: s.concentration! };
    return { label: id, expr: s.name };
  });
}
