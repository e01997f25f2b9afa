import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plotlySource, renderTrialReport } from '../../src/io/report.js';
import { runTrial } from '../../src/studies/trials/run.js';
import type { TrialResult } from '../../src/studies/trials/result.js';
import { FREEDOM } from '../../src/studies/trials/specs/index.js';

const CHROMIUM = '/usr/bin/chromium';

describe('virtual-trial HTML report', () => {
  let result: TrialResult;
  const dirs: string[] = [];
  beforeAll(async () => {
    result = await runTrial({ ...FREEDOM, name: 'FREEDOM <mini>', patientsPerArm: 20 }, { workers: 0 });
  }, 60_000);
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('holds the arms, escaped, the disclaimer and the plot data', () => {
    const html = renderTrialReport(result, '/* plotly stub */', 'a <b>mini</b> FREEDOM');
    expect(html).toContain('FREEDOM &lt;mini&gt;');
    expect(html).toContain('a &lt;b&gt;mini&lt;/b&gt; FREEDOM');
    expect(html).toContain('Not for clinical use.');
    const data = JSON.parse(/<script type="application\/json" id="trial-data">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(data.bmd).toHaveLength(2);
    expect(data.bmd[0].traces.map((t: { name: string }) => t.name)).toEqual(['placebo', 'denosumab']);
    expect(data.forest).toHaveLength(1);
  });

  it('draws its three plots in headless Chromium with no errors and no network requests', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
    const dir = mkdtempSync(join(tmpdir(), 'osteosim-trial-report-'));
    dirs.push(dir);
    const file = join(dir, 'trial.html');
    writeFileSync(file, renderTrialReport(result, plotlySource()));
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const problems: string[] = [];
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-plots-ready="true"]', { timeout: 30_000 });
      const drawn = await page.$$eval('#bmd, #incidence, #forest', (els) => els.map((el) => el.querySelectorAll('.trace').length));
      expect(drawn.every((n) => n > 0)).toBe(true);
      expect(problems).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
