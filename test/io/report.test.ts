import { simulateScenario } from '../../src/model/index.js';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dayIndexAt,
  describeRegimens,
  endPoints,
  formatSigned,
  parameterTable,
  plotlySource,
  renderReport,
  REPORT_DISCLAIMER,
  type ReportInput,
  type ReportStudy,
} from '../../src/io/report.js';
import { integrated, models, percentChange, reference, type DrugRegimen, type ScenarioResult } from '../../src/model/index.js';

const CHROMIUM = '/usr/bin/chromium';
const DAYS = [0, 91, 182, 365, 547, 730, 1095];
const INJECTED = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">';
const DENOSUMAB: DrugRegimen = { kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182, count: 6 };

const simulate = (model: string, regimens: readonly DrugRegimen[]): ScenarioResult =>
  simulateScenario(models[model]!, { patient: { species: 'woman', ageYears: 67 }, regimens, days: DAYS });

/** Untreated vs denosumab for a 67-year-old woman on both models; the denosumab arm's name carries an injection. */
const ARMS = ['osteosim', 'jorg2022'].flatMap((model) => [
  { name: 'untreated', model, description: describeRegimens([]), result: simulate(model, []) },
  { name: `denosumab ${INJECTED}`, model, description: describeRegimens([DENOSUMAB]), result: simulate(model, [DENOSUMAB]) },
]);

const STUDIES: readonly ReportStudy[] = [
  { name: `A 67-year-old woman ${INJECTED}`, description: 'T-score -2.8, three years.', arms: ARMS },
  { name: 'Reference model only', arms: ARMS.filter((a) => a.model === 'jorg2022') },
];

const INPUT: ReportInput = {
  title: `osteosim report ${INJECTED}`,
  subtitle: 'untreated vs denosumab',
  generatedAt: '2025-01-01 12:00 UTC',
  generator: 'osteosim test',
  studies: STUDIES,
  validation: [{ model: 'osteosim', targets: { pass: 31, fail: 4, pending: 2 }, outOfSample: { pass: 17, fail: 3, pending: 2 } }],
};

/** A Plotly stand-in for tests of the HTML alone: keeps pages small and defines nothing. */
const STUB = { plotlySource: '/* no plotly */' };

/** The end points the summary table must show, straight from the simulated series. */
function expectedEndPoints(result: ScenarioResult): Record<string, number> {
  const at = (series: Float64Array | undefined, day: number) => (series ? percentChange(series)[DAYS.indexOf(day)]! : NaN);
  const all: Record<string, number> = {
    hip1y: at(result.outputs.bmdTotalHip, 365),
    hip2y: at(result.outputs.bmdTotalHip, 730),
    hip3y: at(result.outputs.bmdTotalHip, 1095),
    spine1y: at(result.outputs.bmdLumbarSpine, 365),
    spine2y: at(result.outputs.bmdLumbarSpine, 730),
    spine3y: at(result.outputs.bmdLumbarSpine, 1095),
    ctx1y: at(result.outputs.ctx, 365),
    p1np1y: at(result.outputs.p1np, 365),
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => Number.isFinite(v)));
}

describe('report HTML (no browser)', () => {
  const html = renderReport(INPUT, STUB);

  it('escapes every piece of user text: no injected tag survives, the text shows literally', () => {
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src="x"');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    // Exactly three script elements: the data, Plotly and the report's own script.
    expect(html.match(/<script/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
  });

  it('embeds the plot data as JSON that cannot close its element', () => {
    const json = /<script type="application\/json" id="report-data">([^]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toMatch(/[<>&]/);
    const data = JSON.parse(json) as { studies: { arms: { label: string }[]; panels: { id: string; traces: unknown[] }[] }[] };
    expect(data.studies).toHaveLength(2);
    expect(data.studies[0]!.arms[1]!.label).toContain('&lt;script&gt;');
  });

  it('states the disclaimer, and that there are no safety rows when there are none', () => {
    expect(html).toContain(REPORT_DISCLAIMER);
    expect(REPORT_DISCLAIMER).toMatch(/research and teaching tool/);
    expect(REPORT_DISCLAIMER).toMatch(/not a medical device/);
    expect(REPORT_DISCLAIMER).toMatch(/clinical decisions/);
    expect(html).toContain('No safety rows for these arms');
  });

  it('renders safety rows with their citations, escaped', () => {
    const withSafety = renderReport(
      { ...INPUT, safety: [{ label: 'Osteonecrosis of the jaw <b>', value: '< 1 per 10 000 patient-years', citation: 'Label <i>', group: 'denosumab' }] },
      STUB,
    );
    expect(withSafety).not.toContain('No safety rows for these arms');
    expect(withSafety).toContain('Osteonecrosis of the jaw &lt;b&gt;');
    expect(withSafety).toContain('&lt; 1 per 10 000 patient-years');
    expect(withSafety).toContain('Label &lt;i&gt;');
  });

  it('puts the simulated end points into the summary table, to the digit', () => {
    const rows = [...html.matchAll(/<tr data-study="(\d+)" data-arm="(\d+)">([^]*?)<\/tr>/g)];
    expect(rows).toHaveLength(STUDIES.reduce((n, s) => n + s.arms.length, 0));
    for (const [, s, a, row] of rows) {
      const arm = STUDIES[Number(s)]!.arms[Number(a)]!;
      const cells = Object.fromEntries(
        [...row!.matchAll(/data-endpoint="(\w+)" data-value="([^"]+)"[^>]*>([^<]*)</g)].map(([, id, value, text]) => [id!, { value: Number(value), text: text! }]),
      );
      const expected = expectedEndPoints(arm.result);
      expect(Object.keys(cells).sort()).toEqual(Object.keys(expected).sort());
      for (const [id, v] of Object.entries(expected)) {
        expect(cells[id]!.value).toBe(v);
        expect(cells[id]!.text).toBe(formatSigned(v));
      }
    }
    // Denosumab raises hip BMD and suppresses CTX in both models; the lumbar spine is an osteosim output only.
    const osteosimDmab = endPoints(ARMS[1]!.result);
    expect(osteosimDmab.hip1y!.percentChange).toBeGreaterThan(0);
    expect(osteosimDmab.ctx1y!.percentChange).toBeLessThan(-50);
    expect(endPoints(ARMS[3]!.result).spine1y).toBeUndefined();
  });

  it('draws a panel only for outputs the arms have, and labels every plot for screen readers', () => {
    const plots = [...html.matchAll(/<div class="plot" id="([^"]+)" role="img" aria-label="([^"]+)" data-traces="(\d+)">/g)];
    const ids = plots.map((m) => m[1]!);
    for (const output of ['bmdTotalHip', 'bmdLumbarSpine', 'ctx', 'p1np', 'osteoclasts', 'osteoblasts', 'marrowFatFraction', 'ranklOpgRatio', 'sclerostin', 'pth', 'tgfBeta']) {
      expect(ids).toContain(`plot-s0-${output}`);
    }
    const traces = Object.fromEntries(plots.map((m) => [m[1]!, Number(m[3])]));
    expect(traces['plot-s0-bmdTotalHip']).toBe(4);
    expect(traces['plot-s0-bmdLumbarSpine']).toBe(2);
    expect(ids).toContain('plot-s1-bmdTotalHip');
    expect(ids).not.toContain('plot-s1-bmdLumbarSpine');
    expect(ids).not.toContain('plot-s1-marrowFatFraction');
    for (const m of plots) expect(m[2]).toMatch(/^Line chart: .+ Values at the last output: /);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toMatch(/<th scope="col"/);
  });

  it('lists every parameter of each model used, with its source and evidence kind', () => {
    for (const [name, composed] of [
      ['osteosim', integrated.osteosimModel.composed],
      ['jorg2022', reference.jorg2022.composed],
    ] as const) {
      const table = parameterTable(name);
      expect(table.rows).toHaveLength(composed.parameters.size);
      for (const row of table.rows) {
        const { def, module } = composed.parameters.get(row.name)!;
        expect(row).toMatchObject({ module, value: def.value, unit: def.unit, source: def.source, evidence: def.evidence });
        expect(row.source.length).toBeGreaterThan(0);
      }
      const section = new RegExp(`<details class="params" data-model="${name}">[^]*?</details>`).exec(html)![0];
      expect(section.match(/<tr data-evidence=/g)).toHaveLength(composed.parameters.size);
    }
    expect(() => parameterTable('osteosym')).toThrow(/unknown model 'osteosym'.*osteosim/);
    expect(renderReport({ ...INPUT, parameters: [] }, STUB)).not.toContain('id="parameters"');
  });

  it('tallies, filters and badges all five evidence kinds, literature-model included', () => {
    const counts = parameterTable('osteosim').rows.filter((r) => r.evidence === 'literature-model').length;
    expect(counts).toBeGreaterThan(0);
    expect(html).toContain(`${counts} taken from another published model (literature-model)`);
    const select = /<select id="param-evidence">[^]*?<\/select>/.exec(html)![0];
    expect(select.match(/<option value="[a-z-]+">/g)).toEqual(['measured', 'fitted', 'assumed', 'defined', 'literature-model'].map((k) => `<option value="${k}">`));
    expect(html).toContain('<span class="badge literature-model">literature-model</span>');
    expect(html).toMatch(/\.badge\.literature-model \{/);
  });

  it('names the direction-only passes under the validation table', () => {
    const withDirection = renderReport({ ...INPUT, validation: [{ ...INPUT.validation![0]!, directionOnly: { rows: 9, targets: 5, outOfSample: 4 } }] }, STUB);
    expect(withDirection).toContain('osteosim: 5 passing targets (4 not used in fitting) and 9 passing comparisons rest on the direction of an effect alone.');
    expect(html).not.toContain('Direction-only passes');
  });

  it('reports validation pass counts in the methods note', () => {
    const table = /<table id="validation-table"[^]*?<\/table>/.exec(html)![0];
    expect(table).toMatch(/<th scope="row">osteosim<\/th><td class="num first">31<\/td><td class="num">4<\/td><td class="num">2<\/td><td class="num first">17<\/td>/);
    expect(renderReport({ ...INPUT, validation: undefined }, STUB)).not.toContain('id="validation-table"');
  });

  it('plots every output day but keeps data tables short, and skips outputs a model reports as NaN', () => {
    const days = Float64Array.from({ length: 1096 }, (_, k) => k);
    const result: ScenarioResult = {
      model: 'synthetic',
      days,
      ageYears: days.map((d) => 60 + d / 365.25),
      outputs: { bmdTotalHip: days.map((d) => 1 - d / 1e5), bmdLumbarSpine: days.map(() => NaN) },
    };
    const page = renderReport({ title: 'daily', studies: [{ name: 'daily', arms: [{ name: 'a', model: 'synthetic', result }] }], parameters: [] }, STUB);
    const json = JSON.parse(/id="report-data">([^]*?)<\/script>/.exec(page)![1]!) as { studies: { panels: { id: string; traces: { day: number[] }[] }[] }[] };
    expect(json.studies[0]!.panels.map((p) => p.id)).toEqual(['plot-s0-bmdTotalHip']);
    expect(json.studies[0]!.panels[0]!.traces[0]!.day).toHaveLength(1096);
    const table = /<details class="data">[^]*?<\/details>/.exec(page)![0];
    expect(table.match(/<tr><th scope="row"/g)).toHaveLength(61);
    expect(table).toContain('(61 of 1096 output days, evenly spaced)');
    expect(table).toContain('<th scope="row" class="num">1095</th>');
    expect(page).toMatch(/data-endpoint="hip3y" data-value="[^"]+" title="day 1095"/);
  });

  it('takes the output day nearest to a whole number of years (360 or 365 for one year, not 300)', () => {
    expect(dayIndexAt([0, 300, 365, 730], 1)).toBe(2);
    expect(dayIndexAt([0, 360, 720], 2)).toBe(2);
    expect(dayIndexAt([0, 300], 1)).toBe(-1);
    expect(dayIndexAt([0, 1826], 5)).toBe(1);
  });

  it('describes regimens in words', () => {
    expect(describeRegimens([])).toBe('no treatment');
    expect(describeRegimens([DENOSUMAB])).toBe('denosumab 60 mg every 182 d × 6 from day 0');
    expect(describeRegimens([{ kind: 'drug', drug: 'teriparatide', dose: 20, start: 0, interval: 1, count: 730, continuous: true } as DrugRegimen])).toBe(
      'teriparatide 20 µg per 1 d, continuous for 730 d from day 0',
    );
    const cells = { kind: 'msc', product: { kind: 'cells', source: 'BM', donor: 'autologous' }, route: 'intravenous', dose: 1e6, doseUnit: 'cells/kg', start: 0 };
    expect(describeRegimens([cells])).toBe('BM MSCs (autologous) 1.0e6 cells/kg, intravenous, on day 0');
    const future = { kind: 'future', x: 1 };
    expect(describeRegimens([future])).toBe('future (x 1)');
  });

  it('inlines Plotly and refers to nothing outside the file', () => {
    const full = renderReport(INPUT);
    expect(full).toContain(plotlySource());
    const own = full.replace(plotlySource(), '');
    expect(own).not.toMatch(/\s(src|href)="(?!#)/);
    expect(own).toContain("default-src 'none'");
  });
});

describe('report in headless Chromium', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('renders every plot, makes no network requests, logs no errors and shows the simulated numbers', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: the report's browser test needs Debian's Chromium (apt-get install chromium)`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'osteosim-report-'));
    dirs.push(dir);
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(INPUT));
    const url = pathToFileURL(file).href;

    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    try {
      const problems: string[] = [];
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      context.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));

      await page.goto(url);
      await page.waitForSelector('body[data-plots-ready="true"]', { timeout: 30_000 });

      // Every plot container has as many drawn SVG traces as arms with that output (all arms for total hip).
      const plots = await page.$$eval('.plot', (els) =>
        els.map((el) => ({ id: el.id, expected: Number(el.getAttribute('data-traces')), drawn: el.querySelectorAll('.js-plotly-plot .scatterlayer .trace').length })),
      );
      expect(plots.length).toBeGreaterThanOrEqual(15);
      for (const p of plots) {
        expect(p.drawn, p.id).toBe(p.expected);
        expect(p.drawn, p.id).toBeGreaterThanOrEqual(1);
      }
      expect(plots.find((p) => p.id === 'plot-s0-bmdTotalHip')!.drawn).toBe(ARMS.length);

      // The summary table shows the simulated numbers.
      const cells = await page.$$eval('#summary-table td[data-value]', (tds) =>
        tds.map((td) => ({ row: td.parentElement!.getAttribute('data-study') + '/' + td.parentElement!.getAttribute('data-arm'), id: td.getAttribute('data-endpoint')!, value: Number(td.getAttribute('data-value')), text: td.textContent })),
      );
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) {
        const [s, a] = c.row.split('/').map(Number);
        const expected = expectedEndPoints(STUDIES[s!]!.arms[a!]!.result)[c.id]!;
        expect(c.value).toBe(expected);
        expect(c.text).toBe(formatSigned(expected));
      }

      // Disclaimer, escaping, accessibility.
      expect(await page.textContent('#disclaimer')).toContain('not a medical device');
      expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.textContent('#study-0-title')).toContain('<script>window.__pwned = 1</script>');
      expect(await page.title()).toContain('<script>');
      const unlabeled = await page.$$eval('.plot', (els) => els.filter((el) => !el.getAttribute('aria-label')).length);
      expect(unlabeled).toBe(0);

      // Arm toggles hide an arm in every plot of its study; the parameter filter narrows the tables.
      await page.click('button[data-study="0"][data-arm="1"]');
      expect(await page.$$eval('#plot-s0-bmdTotalHip .scatterlayer .trace', (t) => t.length)).toBe(ARMS.length - 1);
      await page.fill('#param-filter', 'denosumab');
      const status = (await page.textContent('#param-status'))!;
      const [shown, total] = /(\d+) of (\d+)/.exec(status)!.slice(1).map(Number);
      expect(shown).toBeGreaterThan(0);
      expect(shown).toBeLessThan(total!);

      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await context.close();
    }
  });
});
