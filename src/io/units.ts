/**
 * Unit strings of parameter tables ("1/day", "ng/mL", "mg", "cells", "nM") as SBML unit definitions: products of
 * base units with exponent, scale and multiplier. Strings outside this small grammar are left undeclared (the
 * export keeps the text in an annotation), never guessed.
 */

export interface SbmlUnit {
  readonly kind: 'second' | 'gram' | 'litre' | 'mole' | 'item' | 'dimensionless';
  readonly exponent: number;
  readonly scale: number;
  readonly multiplier: number;
}

interface Base {
  readonly units: readonly SbmlUnit[];
}

const u = (kind: SbmlUnit['kind'], scale = 0, multiplier = 1, exponent = 1): SbmlUnit => ({ kind, exponent, scale, multiplier });

const BASES: Readonly<Record<string, Base>> = {
  s: { units: [u('second')] },
  min: { units: [u('second', 0, 60)] },
  h: { units: [u('second', 0, 3600)] },
  hour: { units: [u('second', 0, 3600)] },
  d: { units: [u('second', 0, 86400)] },
  day: { units: [u('second', 0, 86400)] },
  days: { units: [u('second', 0, 86400)] },
  wk: { units: [u('second', 0, 604800)] },
  week: { units: [u('second', 0, 604800)] },
  y: { units: [u('second', 0, 31536000)] },
  year: { units: [u('second', 0, 31536000)] },
  g: { units: [u('gram')] },
  mg: { units: [u('gram', -3)] },
  ug: { units: [u('gram', -6)] },
  'µg': { units: [u('gram', -6)] },
  ng: { units: [u('gram', -9)] },
  kg: { units: [u('gram', 3)] },
  L: { units: [u('litre')] },
  mL: { units: [u('litre', -3)] },
  uL: { units: [u('litre', -6)] },
  mol: { units: [u('mole')] },
  mmol: { units: [u('mole', -3)] },
  umol: { units: [u('mole', -6)] },
  nmol: { units: [u('mole', -9)] },
  pmol: { units: [u('mole', -12)] },
  M: { units: [u('mole'), u('litre', 0, 1, -1)] },
  mM: { units: [u('mole', -3), u('litre', 0, 1, -1)] },
  uM: { units: [u('mole', -6), u('litre', 0, 1, -1)] },
  nM: { units: [u('mole', -9), u('litre', 0, 1, -1)] },
  pM: { units: [u('mole', -12), u('litre', 0, 1, -1)] },
  kDa: { units: [u('gram', 3), u('mole', 0, 1, -1)] },
  cell: { units: [u('item')] },
  cells: { units: [u('item')] },
  '1': { units: [] },
  'a.u.': { units: [] },
};

/** Parses a unit string such as "1/day", "ng/mL", "mg/(kg*d)" or "L/d"; undefined if it is outside the grammar. */
export function parseUnit(text: string): SbmlUnit[] | undefined {
  const src = text.trim();
  if (src === '') return undefined;
  const tokens = src.match(/[A-Za-zµ.]+|\d+(?:\.\d+)?|[*/^()·]/g);
  if (!tokens || tokens.join('') !== src.replace(/\s+/g, '')) return undefined;
  let k = 0;
  const factors = new Map<string, SbmlUnit>();
  const addAll = (units: readonly SbmlUnit[], sign: number): void => {
    for (const x of units) {
      const key = `${x.kind}:${x.scale}:${x.multiplier}`;
      const prev = factors.get(key);
      factors.set(key, { ...x, exponent: (prev?.exponent ?? 0) + sign * x.exponent });
    }
  };
  // Grammar: term (('*'|'·'|'/') term)*, term = atom ('^' integer)?, atom = name | '1' | '(' expr ')'
  const parseExpr = (): SbmlUnit[] | undefined => {
    const acc: SbmlUnit[] = [];
    let sign = 1;
    for (;;) {
      const term = parseTerm();
      if (!term) return undefined;
      for (const x of term) acc.push({ ...x, exponent: x.exponent * sign });
      const op = tokens[k];
      if (op === '*' || op === '·') sign = 1;
      else if (op === '/') sign = -1;
      else return acc;
      k++;
    }
  };
  const parseTerm = (): SbmlUnit[] | undefined => {
    const tok = tokens[k++];
    let atom: SbmlUnit[] | undefined;
    if (tok === '(') {
      atom = parseExpr();
      if (tokens[k++] !== ')') return undefined;
    } else if (tok !== undefined && tok in BASES) {
      atom = [...BASES[tok]!.units];
    } else return undefined;
    if (tokens[k] === '^') {
      k++;
      const e = Number(tokens[k++]);
      if (!Number.isInteger(e)) return undefined;
      atom = atom!.map((x) => ({ ...x, exponent: x.exponent * e }));
    }
    return atom;
  };
  const parsed = parseExpr();
  if (!parsed || k !== tokens.length) return undefined;
  addAll(parsed, 1);
  return [...factors.values()].filter((x) => x.exponent !== 0);
}

/** A valid SBML identifier for a unit string. */
export function unitId(text: string): string {
  const id = text
    .trim()
    .replace(/µ/g, 'u')
    .replace(/\//g, '_per_')
    .replace(/\*/g, '_')
    .replace(/\^/g, '_pow')
    .replace(/[^A-Za-z0-9_]/g, '_');
  return `u_${id === '1' ? 'dimensionless' : id}`;
}
