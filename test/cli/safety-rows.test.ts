import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSafetyValue, safetyRows } from '../../src/cli/safety-rows.js';
import { renderReport } from '../../src/io/report.js';
import { loadStudyFile } from '../../src/io/study-file.js';

/** The report's safety table: drug rows of each arm beside the MSC rows, warnings marked. */

const example = (name: string) => loadStudyFile(join(import.meta.dirname, '..', '..', 'examples', name));

describe('safety rows of study arms (src/cli/safety-rows.ts)', () => {
  it('gives the stopped denosumab arm the rebound warning, and neither the continued nor the placebo arm', () => {
    const study = example('denosumab-stop.yaml');
    const rows = safetyRows([study]);
    const rebound = rows.filter((r) => /stopped without a follow-on/.test(r.label));
    expect(rebound).toHaveLength(1);
    expect(rebound[0]!.group).toBe(`${study.name}: denosumab 3 years, then stopped`);
    expect(rebound[0]!.kind).toBe('warning');
    expect(rebound[0]!.citation).toMatch(/Cummings/);
    expect(rows.some((r) => r.group === `${study.name}: denosumab 6 years` && /denosumab: osteonecrosis of the jaw/.test(r.label))).toBe(true);
    expect(rows.filter((r) => r.group === `${study.name}: placebo`).map((r) => r.label)).toEqual(['calcium + vitamin D: kidney stones']);
    for (const r of rows) expect(r.citation.length).toBeGreaterThan(0);
  });

  it('keeps the MSC rows of a rat study and adds no human drug rows to its zoledronate arm', () => {
    const rows = safetyRows([example('ovx-rat-msc-vs-zoledronate.yaml')]);
    expect(rows.some((r) => /acute death after injection/.test(r.label))).toBe(true);
    expect(rows.some((r) => /zoledronate|bisphosphonates/.test(r.label))).toBe(false);
  });

  it('writes values with units, intervals, limits and the risk over the study', () => {
    expect(formatSafetyValue({ event: 'x', measure: 'relative risk', value: 3.1, ci: [1.5, 6.2], basis: 'b', citation: 'c', evidence: 'measured' })).toBe('relative risk 3.1 (95 % CI 1.5–6.2)');
    expect(formatSafetyValue({ event: 'x', measure: 'months', value: 30, limit: 24, basis: 'b', citation: 'c', evidence: 'defined' })).toBe('30.0 months, label limit 24');
    expect(formatSafetyValue({ event: 'x', measure: 'rate per 10,000 patient-years', value: 5.2, riskOverStudy: 0.0031, basis: 'b', citation: 'c', evidence: 'measured' })).toBe(
      '5.2 per 10,000 patient-years; ≈ 0.31 % over the study',
    );
  });

  it('renders warnings distinctly in the HTML report, with the risks beside them', () => {
    const study = example('denosumab-stop.yaml');
    const html = renderReport({ title: 'safety', studies: [], parameters: [], safety: safetyRows([study]) }, { plotlySource: '/* plotly stub */' });
    expect(html).toContain('id="safety-table"');
    const warningRows = [...html.matchAll(/<tr class="warning">([^]*?)<\/tr>/g)].map((m) => m[1]!);
    expect(warningRows).toHaveLength(1);
    expect(warningRows[0]).toContain('<span class="badge warn">warning</span>');
    expect(warningRows[0]).toContain('stopped without a follow-on antiresorptive');
    expect(html).toContain('denosumab: osteonecrosis of the jaw');
    expect(html).toMatch(/#safety-table tr\.warning/);
  });
});
