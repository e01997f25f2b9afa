/**
 * HTML building blocks for the report: escaping of every piece of text that reaches the page, safe embedding of
 * JSON and scripts, and number formats. Nothing here knows about bones.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value made safe for HTML (element content and quoted attributes). */
export function esc(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` become unicode escapes, so no value can
 * close the element or open a comment, and the line separators U+2028/U+2029 cannot break older parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A script body that cannot end its `<script>` element early; throws instead of producing a broken page. */
export function checkInlineScript(source: string, what: string): string {
  if (/<\/script/i.test(source) || /<script/i.test(source)) {
    throw new Error(`${what} contains '<script' or '</script' and cannot be inlined into the report`);
  }
  return source;
}

const MINUS = '\u2212';

/** A signed percentage for tables: `+1.2`, `−0.8`, `—` when not a finite number. */
export function formatSigned(value: number | undefined, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value < 0 ? MINUS : '+'}${text}`;
}

/** A plain number for tables (up to 4 significant digits), `—` when not a finite number. */
export function formatNumber(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const text = abs >= 1e5 || abs < 1e-3 ? value.toExponential(3) : String(Number(value.toPrecision(4)));
  return text.replace('-', MINUS);
}

/** A value rounded to `digits` significant digits for plot data (keeps the page small); null for NaN. */
export function roundForPlot(value: number, digits = 6): number | null {
  return Number.isFinite(value) ? Number(value.toPrecision(digits)) : null;
}
