import { InputError, type InputErrorCode } from '../../model/index.js';

/**
 * Measurements to fit a model to: a long table, one value per row (PEtab's measurement table, cut to what a study
 * file needs): `arm,day,output,value,sd`. `arm` names a study arm, `day` is days from the study's start, `output` an
 * analysis output (outputs.ts: `totalHipPct`, `ctxPct`, a contract output such as `bmdTotalHip`, a model quantity),
 * `value` the measurement in that output's unit and `sd` (optional, > 0) its standard deviation; rows without sd
 * weigh 1 and the noise variance is then estimated from the residuals.
 *
 * The reader is strict RFC 4180 (quoted fields, "" inside quotes, CRLF or LF), with a header row naming the columns
 * in any order; empty lines and lines starting with `#` (comments) are skipped. Every error names its row (the
 * file's line number, header = row 1) and column.
 */
export interface Measurement {
  readonly arm: string;
  readonly day: number;
  readonly output: string;
  readonly value: number;
  readonly sd?: number;
  /** The row of the table it came from (the file's line), for messages. */
  readonly row?: number;
}

export const MEASUREMENT_COLUMNS = ['arm', 'day', 'output', 'value', 'sd'] as const;
type Column = (typeof MEASUREMENT_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['arm', 'day', 'output', 'value'];

/** A measurement table error: the row (file line) and column at fault, as data and in the message. */
export class MeasurementError extends InputError {
  readonly row: number;
  readonly column: string | undefined;
  constructor(row: number, column: string | undefined, code: InputErrorCode, detail: string, given?: unknown) {
    super({ field: column === undefined ? `row ${row}` : `row ${row}, column '${column}'`, code, detail, ...(given !== undefined && { given }) });
    this.name = 'MeasurementError';
    this.row = row;
    this.column = column;
  }
}

interface Record {
  readonly line: number;
  readonly fields: string[];
}

/** RFC 4180 records with the line each starts on; comment and empty lines dropped. */
function records(text: string): Record[] {
  const out: Record[] = [];
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const start = line;
    // A comment or empty line (outside quotes, at a record's start).
    if (src[i] === '#' || src[i] === '\n' || (src[i] === '\r' && src[i + 1] === '\n')) {
      while (i < src.length && src[i] !== '\n') i++;
      i++;
      line++;
      continue;
    }
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let wasQuoted = false;
    for (;;) {
      if (i >= src.length) {
        if (quoted) throw new MeasurementError(start, undefined, 'range', `a quoted field opened here is never closed`);
        fields.push(field);
        break;
      }
      const c = src[i]!;
      if (quoted) {
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          const after = src[i];
          if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
            throw new MeasurementError(line, undefined, 'range', `field ${fields.length + 1}: text after a closing quote (write "" for a quote inside a quoted field)`);
          }
          continue;
        }
        if (c === '\n') line++;
        field += c;
        i++;
        continue;
      }
      if (c === '"') {
        if (field !== '' || wasQuoted) throw new MeasurementError(line, undefined, 'range', `field ${fields.length + 1}: a quote inside an unquoted field (quote the whole field and write "" for a quote)`);
        quoted = true;
        wasQuoted = true;
        i++;
        continue;
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        wasQuoted = false;
        i++;
        continue;
      }
      if (c === '\r' && src[i + 1] === '\n') i++;
      if (src[i] === '\n') {
        fields.push(field);
        i++;
        line++;
        break;
      }
      if (c === '\r') throw new MeasurementError(line, undefined, 'range', 'a carriage return outside quotes not followed by a line feed');
      field += c;
      i++;
    }
    out.push({ line: start, fields });
  }
  return out;
}

/** Parses a measurement table (CSV text). Throws a MeasurementError naming the row and column at fault. */
export function parseMeasurements(text: string): Measurement[] {
  const rows = records(text);
  const header = rows[0];
  if (!header) throw new MeasurementError(1, undefined, 'required', `the table is empty: it needs a header row (${MEASUREMENT_COLUMNS.join(',')}) and at least one row of data`);
  const index = new Map<Column, number>();
  header.fields.forEach((raw, k) => {
    const name = raw.trim();
    if (!(MEASUREMENT_COLUMNS as readonly string[]).includes(name)) {
      throw new MeasurementError(header.line, name, 'unknown', `unknown column '${name}' (column ${k + 1}); the columns are ${MEASUREMENT_COLUMNS.join(', ')} (sd optional)`, name);
    }
    if (index.has(name as Column)) throw new MeasurementError(header.line, name, 'conflict', `column '${name}' appears twice in the header`, name);
    index.set(name as Column, k);
  });
  for (const c of REQUIRED) if (!index.has(c)) throw new MeasurementError(header.line, c, 'required', `the header has no column '${c}' (needed: ${REQUIRED.join(', ')}; sd optional)`);
  const data = rows.slice(1);
  if (data.length === 0) throw new MeasurementError(header.line, undefined, 'required', 'the table has a header but no rows of data');
  return data.map(({ line, fields }) => {
    if (fields.length !== header.fields.length) {
      throw new MeasurementError(line, undefined, 'range', `${fields.length} field${fields.length === 1 ? '' : 's'}, but the header has ${header.fields.length}`, fields.join(','));
    }
    const cell = (c: Column): string => fields[index.get(c)!]!.trim();
    const text = (c: Column): string => {
      const v = cell(c);
      if (v === '') throw new MeasurementError(line, c, 'required', 'is empty');
      return v;
    };
    const number = (c: Column, ok: (v: number) => boolean, what: string): number => {
      const raw = text(c);
      const v = Number(raw);
      if (!Number.isFinite(v) || !ok(v)) throw new MeasurementError(line, c, 'range', `must be ${what}, got '${raw}'`, raw);
      return v;
    };
    const sdText = index.has('sd') ? cell('sd') : '';
    const m: Measurement = {
      arm: text('arm'),
      day: number('day', (v) => v >= 0, 'a number of days >= 0'),
      output: text('output'),
      value: number('value', () => true, 'a finite number'),
      ...(sdText !== '' && { sd: number('sd', (v) => v > 0, 'a finite number > 0 (or empty)') }),
      row: line,
    };
    return m;
  });
}

/** A measurement table as CSV text (header `arm,day,output,value[,sd]`), e.g. to write synthetic data. */
export function formatMeasurements(rows: readonly Measurement[], comment?: string): string {
  const withSd = rows.some((r) => r.sd !== undefined);
  const quote = (s: string): string => (/[",\n\r]/.test(s) || s.startsWith('#') ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    ...(comment ? comment.split('\n').map((l) => `# ${l}`) : []),
    (withSd ? MEASUREMENT_COLUMNS : MEASUREMENT_COLUMNS.slice(0, 4)).join(','),
    ...rows.map((r) => [quote(r.arm), String(r.day), quote(r.output), String(r.value), ...(withSd ? [r.sd === undefined ? '' : String(r.sd)] : [])].join(',')),
  ];
  return `${lines.join('\n')}\n`;
}
