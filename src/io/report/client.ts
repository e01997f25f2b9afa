/**
 * The report's own script, run in the browser after Plotly: draws every panel from the embedded JSON, wires the
 * arm toggles and the parameter filter, and marks `<body data-plots-ready>` when all plots are drawn (for tests).
 * Plain ES2017 with no imports; names reach Plotly already HTML-escaped (Plotly shows entities as text).
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var font = { family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', size: 12, color: '#1f2933' };
  var config = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d'] };
  var pending = [];

  function hover(scale) {
    return (scale === 'percentChange' ? '%{y:+.2f} %' : scale === 'percent' ? '%{y:.1f} %' : '%{y:.3g}') + '  (day %{customdata})';
  }

  function draw(study) {
    study.panels.forEach(function (panel) {
      var el = document.getElementById(panel.id);
      var traces = panel.traces.map(function (t) {
        var arm = study.arms[t.arm];
        return {
          type: 'scatter',
          mode: t.day.length > 40 ? 'lines' : 'lines+markers',
          name: arm.label,
          x: t.day.map(function (d) { return d / data.daysPerYear; }),
          y: t.y,
          customdata: t.day,
          line: { color: arm.color, dash: arm.dash, width: 2 },
          marker: { size: 5 },
          hovertemplate: hover(panel.scale),
        };
      });
      var layout = {
        font: font,
        height: 300,
        margin: { l: 64, r: 16, t: 16, b: 48 },
        showlegend: false,
        hovermode: 'x unified',
        hoverlabel: { font: { size: 12 } },
        plot_bgcolor: '#ffffff',
        paper_bgcolor: '#ffffff',
        xaxis: { title: { text: 'years from start' }, unifiedhovertitle: { text: 'year %{x:.2f}' }, rangemode: 'tozero', gridcolor: '#e4e7eb', zeroline: false, linecolor: '#9aa5b1' },
        yaxis: {
          title: { text: panel.axis },
          gridcolor: '#e4e7eb',
          zeroline: panel.scale === 'percentChange',
          rangemode: panel.scale === 'percentChange' ? 'normal' : 'tozero',
          zerolinecolor: '#9aa5b1',
          linecolor: '#9aa5b1',
          tickformat: panel.scale === 'percentChange' ? '+' : '',
        },
      };
      pending.push(Plotly.newPlot(el, traces, layout, config));
    });
  }

  function armToggles() {
    Array.prototype.forEach.call(document.querySelectorAll('button[data-arm]'), function (button) {
      button.addEventListener('click', function () {
        var on = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
        var study = data.studies[Number(button.getAttribute('data-study'))];
        var arm = Number(button.getAttribute('data-arm'));
        study.panels.forEach(function (panel) {
          var index = [];
          panel.traces.forEach(function (t, i) { if (t.arm === arm) index.push(i); });
          if (index.length) Plotly.restyle(document.getElementById(panel.id), { visible: on }, index);
        });
      });
    });
  }

  function parameterFilter() {
    var input = document.getElementById('param-filter');
    var kind = document.getElementById('param-evidence');
    var status = document.getElementById('param-status');
    if (!input || !kind || !status) return;
    var tables = Array.prototype.slice.call(document.querySelectorAll('details.params'));
    var rows = tables.map(function (d) {
      return Array.prototype.map.call(d.querySelectorAll('tbody tr'), function (tr) {
        return { tr: tr, text: tr.textContent.toLowerCase(), evidence: tr.getAttribute('data-evidence') };
      });
    });
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var wanted = kind.value;
      var shown = 0;
      var total = 0;
      tables.forEach(function (d, k) {
        var mine = 0;
        rows[k].forEach(function (r) {
          var ok = (!wanted || r.evidence === wanted) && words.every(function (w) { return r.text.indexOf(w) >= 0; });
          r.tr.hidden = !ok;
          if (ok) mine++;
        });
        d.querySelector('.count').textContent = mine + ' of ' + rows[k].length;
        if ((words.length || wanted) && mine > 0) d.open = true;
        shown += mine;
        total += rows[k].length;
      });
      status.textContent = words.length || wanted ? shown + ' of ' + total + ' parameters match' : total + ' parameters';
    }
    input.addEventListener('input', apply);
    kind.addEventListener('change', apply);
    apply();
  }

  if (typeof Plotly === 'undefined') {
    Array.prototype.forEach.call(document.querySelectorAll('.plot'), function (el) {
      el.textContent = 'The plotting library did not load; the data tables below each plot hold the same numbers.';
    });
  } else {
    data.studies.forEach(draw);
    armToggles();
  }
  parameterFilter();
  Promise.all(pending).then(function () {
    document.body.setAttribute('data-plots-ready', 'true');
  });
})();
`;
