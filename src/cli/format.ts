/** Plain-text tables and CSV for command output. */

export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const cell = (s: string, c: number) => ((align?.[c] ?? 'l') === 'r' ? s.padStart(widths[c]!) : s.padEnd(widths[c]!));
  const line = (cells: readonly string[]) => cells.map((s, c) => cell(s, c)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** RFC 4180 CSV: fields with commas, quotes or newlines are quoted. */
export function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const field = (v: string | number) => {
    const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header.map(field).join(','), ...rows.map((r) => r.map(field).join(','))].join('\n');
}

export function signed(v: number | undefined, digits = 1): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  const text = v.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${v > 0 ? '+' : ''}${text}`;
}
