import type { SbmlTimeCourse } from './simulate.js';

/** The SBML Test Suite's pass rule: |sim - expected| <= absolute + relative * |expected| at every point. */
export interface CaseComparison {
  readonly pass: boolean;
  readonly failingPoints: number;
  readonly worst: { variable: string; time: number; sim: number; expected: number; ratio: number } | undefined;
}

export function parseResultsCsv(text: string): { header: string[]; rows: number[][] } {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]!.split(',').map((h) => h.trim());
  const value = (s: string): number => {
    const v = s.trim().toLowerCase();
    if (v === 'nan') return NaN;
    if (v === 'inf' || v === '+inf' || v === 'infinity') return Infinity;
    if (v === '-inf' || v === '-infinity') return -Infinity;
    return Number(v);
  };
  return { header, rows: lines.slice(1).map((l) => l.split(',').map(value)) };
}

export function compareToExpected(sim: SbmlTimeCourse, expectedCsv: string, absolute: number, relative: number): CaseComparison {
  const { header, rows } = parseResultsCsv(expectedCsv);
  let failing = 0;
  let worst: CaseComparison['worst'];
  const ratioOf = (u: number, c: number): number => {
    if (Number.isNaN(c)) return Number.isNaN(u) ? 0 : Infinity;
    if (!Number.isFinite(c)) return u === c ? 0 : Infinity;
    if (!Number.isFinite(u)) return Infinity;
    const allowed = absolute + relative * Math.abs(c);
    const diff = Math.abs(u - c);
    return allowed === 0 ? (diff === 0 ? 0 : Infinity) : diff / allowed;
  };
  for (let j = 1; j < header.length; j++) {
    const col = sim.labels.indexOf(header[j]!);
    for (const row of rows) {
      const time = row[0]!;
      const k = sim.times.findIndex((t) => Math.abs(t - time) <= 1e-9 * Math.max(1, Math.abs(time)));
      const u = col < 0 || k < 0 ? NaN : sim.rows[k]![col]!;
      const c = row[j]!;
      const ratio = col < 0 || k < 0 ? Infinity : ratioOf(u, c);
      if (ratio > 1) failing++;
      if (!worst || ratio > worst.ratio) worst = { variable: header[j]!, time, sim: u, expected: c, ratio };
    }
  }
  return { pass: failing === 0, failingPoints: failing, worst };
}

export function formatCsv(course: SbmlTimeCourse): string {
  const lines = [['time', ...course.labels].join(',')];
  course.times.forEach((t, k) => lines.push([t, ...course.rows[k]!].map((v) => String(v)).join(',')));
  return `${lines.join('\n')}\n`;
}
