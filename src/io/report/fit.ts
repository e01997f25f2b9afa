import type { FitCurve, FitResult } from '../../studies/analysis/fit.js';
import { checkInlineScript, esc, formatNumber, jsonForScript, roundForPlot } from './html.js';
import { REPORT_DISCLAIMER } from './methods.js';
import { REPORT_CSS } from './style.js';

export interface FitReportInput {
  readonly study: string;
  readonly dataFile: string;
  readonly result: FitResult;
  readonly curves: readonly FitCurve[];
}

/**
 * A fit as one self-contained HTML page (Plotly inlined, no requests): the estimates with standard errors and
 * intervals, one panel per arm and output with the data (± sd) and the model at the start values and at the
 * estimates, and the weighted residuals against time.
 */
export function renderFitReport(input: FitReportInput, plotly: string): string {
  const r = input.result;
  const panels = input.curves.map((c) => {
    const points = r.residuals.filter((x) => x.arm === c.arm && x.output === c.output);
    return {
      title: `${c.arm}: ${c.output}`,
      days: c.days,
      initial: c.initial.map((v) => roundForPlot(v)),
      fitted: c.fitted.map((v) => roundForPlot(v)),
      dataDays: points.map((p) => p.day),
      values: points.map((p) => p.value),
      sd: points.map((p) => p.sd ?? null),
      residuals: points.map((p) => roundForPlot(p.residual)),
    };
  });
  const level = `${Math.round(r.level * 100)} %`;
  const rows = r.parameters
    .map(
      (p) =>
        `<tr><td>${esc(p.name)}</td><td>${esc(p.unit)}</td><td class="num">${formatNumber(p.initial)}</td><td class="num">${formatNumber(p.estimate)}</td><td class="num">${formatNumber(p.se)}</td><td class="num">${formatNumber(p.ci[0])}${p.ciAtBound[0] ? ' (bound)' : ''} … ${formatNumber(p.ci[1])}${p.ciAtBound[1] ? ' (bound)' : ''}</td><td class="num">${formatNumber(p.lower)} … ${formatNumber(p.upper)} (${p.scale})</td></tr>`,
    )
    .join('\n');
  const rms = Math.sqrt(r.residuals.reduce((s, x) => s + x.residual ** 2, 0) / Math.max(1, r.residuals.length));
  const plotDivs = panels.map((_, k) => `<div id="fit-${k}" style="height:320px"></div>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(input.study)}: fit to ${esc(input.dataFile)}</title>
<style>${REPORT_CSS}</style></head>
<body>
<header class="top"><div class="wrap"><h1>${esc(input.study)}: fit</h1><p class="subtitle">${esc(r.parameters.map((p) => p.name).join(', '))} fitted to ${r.points} measurements of ${esc(input.dataFile)}</p>
<p class="meta">model ${esc(r.model)}; ${r.converged ? 'converged' : '<strong>not converged</strong>'} in ${r.iterations} iterations, ${r.evaluations} model runs; objective Σr² = ${formatNumber(r.objective)} (${r.noise === 'given' ? 'sd from the data' : `noise variance estimated, σ² = ${formatNumber(r.sigma2)}`})</p></div></header>
<main class="wrap">
<div class="disclaimer" role="note"><strong>Not for clinical use.</strong> ${esc(REPORT_DISCLAIMER)}</div>
<section class="card"><h2>Estimates</h2><div class="table-scroll"><table><thead><tr><th>parameter</th><th>unit</th><th class="num">start</th><th class="num">estimate</th><th class="num">se</th><th class="num">${level} interval (${esc(r.parameters[0]?.ciMethod ?? 'profile')})</th><th class="num">search bounds</th></tr></thead><tbody>
${rows}
</tbody></table></div>
<p class="note">Standard errors from the Jacobian at the estimate; ${r.parameters[0]?.ciMethod === 'wald' ? 'Wald intervals' : 'profile-likelihood intervals (the objective rises by the χ²₁ quantile, the other parameters refitted)'}. Root-mean-square weighted residual ${formatNumber(rms)}.</p></section>
<section class="card"><h2>Fit</h2><p class="note">Points: the data (bars ± sd); solid: the model at the estimates; dotted: at the start values.</p>
${plotDivs}</section>
<section class="card"><h2>Residuals</h2><p class="note">(model − data) / sd${r.noise === 'given' ? '' : ' (sd 1: no sd in the data)'} against day; about 95 % should fall within ±2 if the model and the noise are right.</p>
<div id="residuals" style="height:360px"></div></section>
</main>
<script>${checkInlineScript(plotly, 'the Plotly bundle')}</script>
<script type="application/json" id="fit-data">${jsonForScript(panels)}</script>
<script>
(function () {
  var d = JSON.parse(document.getElementById('fit-data').textContent);
  if (typeof Plotly === 'undefined') return;
  var ready = [];
  var config = { responsive: true, displaylogo: false };
  d.forEach(function (p, k) {
    var hasSd = p.sd.some(function (s) { return s !== null; });
    ready.push(Plotly.newPlot('fit-' + k, [
      { type: 'scatter', mode: 'markers', name: 'data', x: p.dataDays, y: p.values, error_y: hasSd ? { type: 'data', array: p.sd } : undefined },
      { type: 'scatter', mode: 'lines', name: 'fit', x: p.days, y: p.fitted },
      { type: 'scatter', mode: 'lines', name: 'start', x: p.days, y: p.initial, line: { dash: 'dot' } }
    ], { title: { text: p.title }, xaxis: { title: { text: 'day' } }, margin: { t: 40 } }, config));
  });
  var res = d.map(function (p) { return { type: 'scatter', mode: 'markers', name: p.title, x: p.dataDays, y: p.residuals }; });
  ready.push(Plotly.newPlot('residuals', res, { xaxis: { title: { text: 'day' } }, yaxis: { title: { text: 'weighted residual' }, zeroline: true },
    shapes: [-2, 2].map(function (y) { return { type: 'line', xref: 'paper', x0: 0, x1: 1, y0: y, y1: y, line: { dash: 'dot' } }; }), margin: { t: 20 } }, config));
  Promise.all(ready).then(function () { document.body.setAttribute('data-plots-ready', 'true'); });
})();
</script>
</body></html>
`;
}
