import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';
import type { TrialResult } from '../../studies/trials/result.js';
import { FRACTURE_ENDPOINTS, TRIAL_SITES } from '../../studies/trials/spec.js';
import { checkInlineScript, esc, jsonForScript } from './html.js';
import { REPORT_DISCLAIMER } from './methods.js';
import { REPORT_CSS } from './style.js';

const ENDPOINT_LABEL: Readonly<Record<string, string>> = {
  morphometricVertebral: 'New morphometric vertebral',
  clinicalVertebral: 'Clinical vertebral',
  hip: 'Hip',
  nonVertebral: 'Non-vertebral',
  anyClinical: 'Any clinical',
};
const SITE_LABEL: Readonly<Record<string, string>> = { totalHip: 'Total hip', lumbarSpine: 'Lumbar spine' };
const f = (v: number, d = 1): string => (Number.isFinite(v) ? v.toFixed(d) : '—');

/**
 * A virtual trial as one self-contained HTML page (Plotly inlined, no requests): design and baseline, BMD % change
 * by visit with 95 % CIs, fracture incidence by arm, relative risks against the control arm (forest plot), harms.
 */
export function renderTrialReport(r: TrialResult, plotly: string, description?: string): string {
  const figures = {
    bmd: TRIAL_SITES.map((site) => ({
      site: SITE_LABEL[site],
      traces: r.arms.map((a) => ({
        name: a.name,
        x: [0, ...a.bmd[site].map((v) => v.day / DAYS_PER_CALENDAR_YEAR)],
        y: [0, ...a.bmd[site].map((v) => v.mean)],
        lo: [0, ...a.bmd[site].map((v) => v.mean - v.ci[0])],
        hi: [0, ...a.bmd[site].map((v) => v.ci[1] - v.mean)],
      })),
    })),
    incidence: r.arms.map((a) => ({
      name: a.name,
      x: FRACTURE_ENDPOINTS.map((e) => ENDPOINT_LABEL[e]),
      expected: FRACTURE_ENDPOINTS.map((e) => a.fractures[e].expectedPct),
      drawn: FRACTURE_ENDPOINTS.map((e) => a.fractures[e].incidence.pct),
      lo: FRACTURE_ENDPOINTS.map((e) => a.fractures[e].incidence.pct - a.fractures[e].incidence.ci[0]),
      hi: FRACTURE_ENDPOINTS.map((e) => a.fractures[e].incidence.ci[1] - a.fractures[e].incidence.pct),
    })),
    forest: r.arms
      .filter((a) => a.name !== r.control)
      .map((a) => ({
        name: a.name,
        y: FRACTURE_ENDPOINTS.map((e) => ENDPOINT_LABEL[e]),
        rr: FRACTURE_ENDPOINTS.map((e) => a.fractures[e].riskRatio?.rr ?? null),
        lo: FRACTURE_ENDPOINTS.map((e) => (a.fractures[e].riskRatio ? a.fractures[e].riskRatio!.rr - a.fractures[e].riskRatio!.ci[0] : null)),
        hi: FRACTURE_ENDPOINTS.map((e) => (a.fractures[e].riskRatio ? a.fractures[e].riskRatio!.ci[1] - a.fractures[e].riskRatio!.rr : null)),
        expected: FRACTURE_ENDPOINTS.map((e) => a.fractures[e].expectedRatio ?? null),
      })),
  };
  const baseline = r.arms
    .map(
      (a) =>
        `<tr><td>${esc(a.name)}</td><td class="num">${a.n}</td><td class="num">${f(a.baseline.ageYears.mean)} ± ${f(a.baseline.ageYears.sd)}</td><td class="num">${f(a.baseline.hipTScore.mean, 2)} ± ${f(a.baseline.hipTScore.sd, 2)}</td><td class="num">${f(a.baseline.spineTScore.mean, 2)} ± ${f(a.baseline.spineTScore.sd, 2)}</td><td class="num">${f(a.baseline.prevalentVertebralFracturePct, 0)} %</td><td class="num">${a.deaths}</td></tr>`,
    )
    .join('\n');
  const fractureRows = FRACTURE_ENDPOINTS.flatMap((e) =>
    r.arms.map((a) => {
      const x = a.fractures[e];
      const rr = x.riskRatio ? `${f(x.riskRatio.rr, 2)} (${f(x.riskRatio.ci[0], 2)}–${f(x.riskRatio.ci[1], 2)})` : '—';
      return `<tr><td>${esc(ENDPOINT_LABEL[e])}</td><td>${esc(a.name)}</td><td class="num">${x.incidence.events} / ${x.incidence.n}</td><td class="num">${f(x.incidence.pct, 2)} % (${f(x.incidence.ci[0], 2)}–${f(x.incidence.ci[1], 2)})</td><td class="num">${f(x.expectedPct, 2)} %</td><td class="num">${rr}</td><td class="num">${x.expectedRatio === undefined ? '—' : f(x.expectedRatio, 2)}</td></tr>`;
    }),
  ).join('\n');
  const harms = r.arms
    .flatMap((a) => a.safety.map((s) => `<tr${s.kind === 'warning' ? ' class="warning"' : ''}><td>${esc(a.name)}</td><td>${s.kind === 'warning' ? '<strong>warning</strong> ' : ''}${esc(s.event)}</td><td>${esc(s.basis)}</td><td>${esc(s.citation)}</td></tr>`))
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.name)}: virtual trial</title>
<style>${REPORT_CSS}</style></head>
<body>
<header class="top"><div class="wrap"><h1>${esc(r.name)}</h1><p class="subtitle">Virtual trial: ${r.arms.map((a) => `${esc(a.name)} (n = ${a.n})`).join(', ')}; ${f(r.durationDays / DAYS_PER_CALENDAR_YEAR)} years</p>
<p class="meta">seed ${r.seed}; ${r.patients} patients simulated on osteosim in ${f(r.timing.seconds)} s (${r.timing.workers} worker threads)</p></div></header>
<main class="wrap">
<div class="disclaimer" role="note"><strong>Not for clinical use.</strong> ${esc(REPORT_DISCLAIMER)}</div>
${description ? `<section class="card"><h2>Design</h2><p>${esc(description)}</p></section>` : ''}
<section class="card"><h2>Baseline</h2><div class="table-scroll"><table><thead><tr><th>arm</th><th class="num">n</th><th class="num">age, y (mean ± SD)</th><th class="num">total-hip T</th><th class="num">spine T</th><th class="num">prevalent VF</th><th class="num">deaths</th></tr></thead><tbody>
${baseline}
</tbody></table></div></section>
<section class="card"><h2>BMD</h2><p class="note">% change from baseline, mean with its 95 % confidence interval; measured values include DXA precision error.</p>
<div id="bmd" style="height:420px"></div></section>
<section class="card"><h2>Fractures</h2><p class="note">Bars: expected incidence by the end of the trial (mean probability of the hazard model); points: patients with an event drawn, with Wilson 95 % intervals. Fracture risk acts only through the simulated BMD and bone turnover.</p>
<div id="incidence" style="height:420px"></div>
<h3>Relative risk against ${esc(r.control)}</h3><div id="forest" style="height:${120 + 40 * FRACTURE_ENDPOINTS.length}px"></div>
<div class="table-scroll"><table><thead><tr><th>fracture</th><th>arm</th><th class="num">events</th><th class="num">incidence (95 % CI)</th><th class="num">expected</th><th class="num">RR (95 % CI)</th><th class="num">expected ratio</th></tr></thead><tbody>
${fractureRows}
</tbody></table></div></section>
<section class="card"><h2>Harms and label rules</h2>${harms ? `<div class="table-scroll"><table><thead><tr><th>arm</th><th>event</th><th>basis</th><th>source</th></tr></thead><tbody>${harms}</tbody></table></div>` : '<p class="note">None for these regimens.</p>'}</section>
</main>
<script>${checkInlineScript(plotly, 'the Plotly bundle')}</script>
<script type="application/json" id="trial-data">${jsonForScript(figures)}</script>
<script>
(function () {
  var d = JSON.parse(document.getElementById('trial-data').textContent);
  if (typeof Plotly === 'undefined') return;
  var bmd = [];
  d.bmd.forEach(function (panel, k) {
    panel.traces.forEach(function (t) {
      bmd.push({ type: 'scatter', mode: 'lines+markers', name: t.name + ' (' + panel.site + ')', x: t.x, y: t.y, xaxis: k ? 'x2' : 'x', yaxis: k ? 'y2' : 'y',
        error_y: { type: 'data', symmetric: false, array: t.hi, arrayminus: t.lo } });
    });
  });
  var ready = [];
  ready.push(Plotly.newPlot('bmd', bmd, { grid: { rows: 1, columns: 2, pattern: 'independent' },
    xaxis: { title: { text: d.bmd[0].site + ': years' } }, xaxis2: { title: { text: d.bmd[1].site + ': years' } },
    yaxis: { title: { text: '% change' } }, margin: { t: 20 } }, { responsive: true, displaylogo: false }));
  var inc = [];
  d.incidence.forEach(function (a) {
    inc.push({ type: 'bar', name: a.name + ' expected', x: a.x, y: a.expected, offsetgroup: a.name });
    inc.push({ type: 'scatter', mode: 'markers', name: a.name + ' drawn', x: a.x, y: a.drawn, showlegend: true,
      error_y: { type: 'data', symmetric: false, array: a.hi, arrayminus: a.lo } });
  });
  ready.push(Plotly.newPlot('incidence', inc, { barmode: 'group', yaxis: { title: { text: '% of patients' } }, margin: { t: 20 } }, { responsive: true, displaylogo: false }));
  var forest = [];
  d.forest.forEach(function (a) {
    forest.push({ type: 'scatter', mode: 'markers', name: a.name + ' RR (drawn)', y: a.y, x: a.rr,
      error_x: { type: 'data', symmetric: false, array: a.hi, arrayminus: a.lo } });
    forest.push({ type: 'scatter', mode: 'markers', marker: { symbol: 'diamond' }, name: a.name + ' expected ratio', y: a.y, x: a.expected });
  });
  ready.push(Plotly.newPlot('forest', forest, { xaxis: { type: 'log', title: { text: 'relative risk (log scale)' } },
    shapes: [{ type: 'line', x0: 1, x1: 1, yref: 'paper', y0: 0, y1: 1, line: { dash: 'dot' } }], margin: { t: 10, l: 200 } }, { responsive: true, displaylogo: false }));
  Promise.all(ready).then(function () { document.body.setAttribute('data-plots-ready', 'true'); });
})();
</script>
</body></html>
`;
}
