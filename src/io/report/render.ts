import { models } from '../../model/index.js';
import { CLIENT_SCRIPT } from './client.js';
import { checkInlineScript, esc, formatNumber, formatSigned, jsonForScript, roundForPlot } from './html.js';
import { MODEL_NOTES, REPORT_DISCLAIMER } from './methods.js';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../engine/model.js';
import { EVIDENCE_TALLY, evidenceCounts, parameterTable, PARAMETER_MODELS } from './parameters.js';
import { DAYS_PER_YEAR, END_POINT_GROUPS, END_POINTS, endPoints, PANEL_GROUPS, PANELS, panelSeries, type PanelScale, type PanelSpec } from './series.js';
import { REPORT_CSS } from './style.js';
import type { ParameterTable, PassCounts, ReportArm, ReportInput, ReportStudy, SafetyRow, ValidationSummary } from './types.js';

/** Line colors (Tableau 10, distinguishable in colour-vision deficiency together with the dash by model). */
const COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#bab0ac'];
const DASHES = ['solid', 'dash', 'dot', 'dashdot'];

/** What the browser script receives per study (names already HTML-escaped for Plotly). */
interface ClientStudy {
  readonly arms: readonly { readonly label: string; readonly color: string; readonly dash: string }[];
  readonly panels: readonly {
    readonly id: string;
    readonly scale: PanelScale;
    readonly axis: string;
    readonly traces: readonly { readonly arm: number; readonly day: readonly number[]; readonly y: readonly (number | null)[] }[];
  }[];
}

interface ArmStyle {
  readonly label: string;
  readonly color: string;
  readonly dash: string;
}

/** Colour by arm name (the therapy), dash by model, so one therapy on two models reads as one colour. */
function armStyles(study: ReportStudy): ArmStyle[] {
  const names = [...new Set(study.arms.map((a) => a.name))];
  const modelNames = [...new Set(study.arms.map((a) => a.model))];
  return study.arms.map((a) => ({
    label: modelNames.length > 1 ? `${a.name} · ${a.model}` : a.name,
    color: COLORS[names.indexOf(a.name) % COLORS.length]!,
    dash: DASHES[modelNames.indexOf(a.model) % DASHES.length]!,
  }));
}

function paragraphs(text: string | undefined, cls = ''): string {
  if (!text) return '';
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p${cls ? ` class="${cls}"` : ''}>${esc(p)}</p>`)
    .join('\n');
}

function formatTime(at: Date | string | undefined): string {
  if (typeof at === 'string') return at;
  const d = at ?? new Date();
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function formatValue(scale: PanelScale, v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '—';
  switch (scale) {
    case 'percentChange':
      return formatSigned(v, 2);
    case 'percent':
      return v.toFixed(1);
    case 'value':
      return formatNumber(v);
    default: {
      const never: never = scale;
      throw new Error(`unknown panel scale ${String(never)}`);
    }
  }
}

/** Data tables list at most this many output days (evenly spaced, first and last included); plots get every day. */
const MAX_TABLE_ROWS = 61;

function thin(days: readonly number[], max: number): readonly number[] {
  if (days.length <= max) return days;
  const picked = new Set<number>();
  for (let k = 0; k < max; k++) picked.add(days[Math.round((k * (days.length - 1)) / (max - 1))]!);
  return [...picked];
}

const unitSuffix = (scale: PanelScale): string => (scale === 'value' ? '' : ' %');
const years = (day: number): number => day / DAYS_PER_YEAR;

// ---------------------------------------------------------------------------------------------------------------
// Studies: legend, panels, data tables

interface PanelRender {
  readonly html: string;
  readonly client: ClientStudy['panels'][number];
}

function renderPanel(studyIndex: number, study: ReportStudy, styles: readonly ArmStyle[], spec: PanelSpec): PanelRender | undefined {
  const present: { arm: number; series: Float64Array; days: Float64Array }[] = [];
  study.arms.forEach((arm, k) => {
    const series = panelSeries(arm.result, spec);
    if (series) present.push({ arm: k, series, days: arm.result.days });
  });
  if (present.length === 0) return undefined;
  if (spec.hideWhenZero && present.every((p) => p.series.every((v) => !Number.isFinite(v) || Math.abs(v) < 1e-12))) return undefined;
  const id = `plot-s${studyIndex}-${spec.output}`;
  const lastDay = Math.max(...present.map((p) => p.days[p.days.length - 1]!));
  const ends = present.map((p) => `${styles[p.arm]!.label} ${formatValue(spec.scale, p.series[p.series.length - 1])}${unitSuffix(spec.scale)}`);
  const label =
    `Line chart: ${spec.title}, ${spec.axis}, against years from start (0 to ${years(lastDay).toFixed(1)}), ` +
    `${present.length} arm${present.length > 1 ? 's' : ''}. Values at the last output: ${ends.join('; ')}.`;

  const allDays = [...new Set(present.flatMap((p) => [...p.days]))].sort((a, b) => a - b);
  const tableDays = thin(allDays, MAX_TABLE_ROWS);
  const head = present.map((p) => `<th scope="col" class="num">${esc(styles[p.arm]!.label)}</th>`).join('');
  const body = tableDays
    .map((day) => {
      const cells = present.map((p) => {
        const k = p.days.indexOf(day);
        return `<td class="num">${formatValue(spec.scale, k >= 0 ? p.series[k] : undefined)}</td>`;
      });
      return `<tr><th scope="row" class="num">${day}</th><td class="num">${years(day).toFixed(2)}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  const html = `<figure>
<h4 id="${id}-title">${esc(spec.title)}</h4>
<div class="plot" id="${id}" role="img" aria-label="${esc(label)}" data-traces="${present.length}"></div>
<figcaption>${esc(spec.axis)} against years from start; hover for values.</figcaption>
<details class="data"><summary>Data table: ${esc(spec.title)}</summary><div class="table-scroll"><table>
<caption class="note">${esc(spec.title)}, ${esc(spec.axis)}${tableDays.length < allDays.length ? ` (${tableDays.length} of ${allDays.length} output days, evenly spaced)` : ''}</caption>
<thead><tr><th scope="col" class="num">Day</th><th scope="col" class="num">Years</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div></details>
</figure>`;
  const client = {
    id,
    scale: spec.scale,
    axis: spec.axis,
    traces: present.map((p) => ({ arm: p.arm, day: [...p.days], y: [...p.series].map((v) => roundForPlot(v)) })),
  };
  return { html, client };
}

function renderArmsTable(study: ReportStudy, styles: readonly ArmStyle[]): string {
  const rows = study.arms
    .map((arm: ReportArm, k) => {
      const d = arm.result.days;
      const span = d.length ? `day ${d[0]} to ${d[d.length - 1]} (${d.length} outputs)` : 'no outputs';
      return `<tr><th scope="row">${esc(styles[k]!.label)}</th><td>${esc(arm.model)}</td><td>${esc(arm.description ?? '')}</td><td>${span}</td></tr>`;
    })
    .join('\n');
  return `<div class="table-scroll"><table>
<caption class="note">Arms of this study</caption>
<thead><tr><th scope="col">Arm</th><th scope="col">Model</th><th scope="col">Treatment</th><th scope="col">Outputs</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function renderStudy(study: ReportStudy, index: number): { html: string; client: ClientStudy } {
  const styles = armStyles(study);
  const legend = styles
    .map(
      (s, k) =>
        `<button type="button" data-study="${index}" data-arm="${k}" aria-pressed="true" title="Show or hide this arm in every plot of the study">` +
        `<svg width="28" height="10" aria-hidden="true" focusable="false"><line x1="1" y1="5" x2="27" y2="5" stroke="${s.color}" stroke-width="3"` +
        `${s.dash === 'solid' ? '' : ` stroke-dasharray="${s.dash === 'dash' ? '7 4' : s.dash === 'dot' ? '2 3' : '7 3 2 3'}"`}/></svg>${esc(s.label)}</button>`,
    )
    .join('\n');
  const panels: PanelRender[] = [];
  const groups = (Object.keys(PANEL_GROUPS) as (keyof typeof PANEL_GROUPS)[])
    .map((group) => {
      const rendered = PANELS.filter((p) => p.group === group)
        .map((spec) => renderPanel(index, study, styles, spec))
        .filter((p): p is PanelRender => p !== undefined);
      panels.push(...rendered);
      if (rendered.length === 0) return '';
      return `<h3>${esc(PANEL_GROUPS[group])}</h3>\n<div class="grid">\n${rendered.map((p) => p.html).join('\n')}\n</div>`;
    })
    .join('\n');
  const html = `<section class="card study" id="study-${index}" aria-labelledby="study-${index}-title">
<h2 id="study-${index}-title">${esc(study.name)}</h2>
${paragraphs(study.description)}
${renderArmsTable(study, styles)}
<div class="legend" role="group" aria-label="Arms shown in the plots (press to hide or show)">
${legend}
</div>
${groups || '<p class="note">No plottable outputs.</p>'}
</section>`;
  return {
    html,
    client: {
      arms: styles.map((s) => ({ label: esc(s.label), color: s.color, dash: s.dash })),
      panels: panels.map((p) => p.client),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Summary of end points

function renderSummary(studies: readonly ReportStudy[]): string {
  const rows = studies.flatMap((study, s) => {
    return study.arms.map((arm, a) => ({ study, s, arm, a, values: endPoints(arm.result) }));
  });
  const columns = END_POINTS.filter((ep) => rows.some((r) => r.values[ep.id] !== undefined));
  if (columns.length === 0) {
    return '<p class="note">No end points: the outputs include no BMD or marker values at 1, 2, 3 or 5 years.</p>';
  }
  const groups = END_POINT_GROUPS.map((g) => ({ ...g, columns: columns.filter((c) => c.output === g.output) })).filter((g) => g.columns.length > 0);
  const head1 = groups.map((g) => `<th scope="colgroup" colspan="${g.columns.length}">${esc(g.title)}</th>`).join('');
  const head2 = groups.flatMap((g) => g.columns.map((c, k) => `<th scope="col" class="num${k === 0 ? ' first' : ''}">${c.years} y</th>`)).join('');
  const body = rows
    .map((r, k) => {
      const studyCell =
        k === 0 || rows[k - 1]!.s !== r.s
          ? `<td rowspan="${r.study.arms.length}">${esc(r.study.name)}</td>`
          : '';
      const cells = groups
        .flatMap((g) =>
          g.columns.map((c, j) => {
            const v = r.values[c.id];
            const cls = `num${j === 0 ? ' first' : ''}`;
            return v
              ? `<td class="${cls}" data-endpoint="${c.id}" data-value="${v.percentChange}" title="day ${v.day}">${formatSigned(v.percentChange)}</td>`
              : `<td class="${cls}" data-endpoint="${c.id}">—</td>`;
          }),
        )
        .join('');
      return `<tr data-study="${r.s}" data-arm="${r.a}">${studyCell}<th scope="row">${esc(r.arm.name)}</th><td>${esc(r.arm.model)}</td>${cells}</tr>`;
    })
    .join('\n');
  return `<div class="table-scroll"><table class="summary grouped" id="summary-table">
<caption class="note">Percent change from each arm's first output day, at the output day nearest to each time (within 2 %; hover a value for its day). — : not simulated or not an output of the model.</caption>
<thead><tr><th scope="col" rowspan="2">Study</th><th scope="col" rowspan="2">Arm</th><th scope="col" rowspan="2">Model</th>${head1}</tr>
<tr>${head2}</tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Safety, methods, validation, parameters

function renderSafety(rows: readonly SafetyRow[] | undefined): string {
  if (!rows || rows.length === 0) {
    return `<p class="note" id="no-safety-rows">No safety rows for these arms: untreated arms, and rodent studies (drug harms are from patients), have none. Fracture risk is not simulated yet.</p>`;
  }
  const grouped = rows.some((r) => r.group !== undefined);
  const warnings = rows.some((r) => r.kind === 'warning');
  const body = rows
    .map((r) => {
      const warning = r.kind === 'warning';
      const label = `${warning ? '<span class="badge warn">warning</span> ' : ''}${esc(r.label)}`;
      return `<tr${warning ? ' class="warning"' : ''}>${grouped ? `<td>${esc(r.group ?? '')}</td>` : ''}<th scope="row">${label}</th><td>${esc(r.value)}</td><td class="src">${esc(r.citation)}</td></tr>`;
    })
    .join('\n');
  const caption = warnings
    ? '\n<caption class="note">Rows marked <span class="badge warn">warning</span> are label rules an arm breaks or conditions under which a drug is unsafe; the other rows are published risks for the arm\'s exposure.</caption>'
    : '';
  return `<div class="table-scroll"><table id="safety-table">${caption}
<thead><tr>${grouped ? '<th scope="col">Group</th>' : ''}<th scope="col">Item</th><th scope="col">Value</th><th scope="col">Source</th></tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}

const counts = (c: PassCounts | undefined): string =>
  c ? `<td class="num first">${c.pass}</td><td class="num">${c.fail}</td><td class="num">${c.pending}</td>` : '<td class="num first">—</td><td class="num">—</td><td class="num">—</td>';

function renderValidation(rows: readonly ValidationSummary[]): string {
  const body = rows.map((r) => `<tr><th scope="row">${esc(r.model)}</th>${counts(r.targets)}${counts(r.outOfSample)}${counts(r.rows)}</tr>`).join('\n');
  const sub = '<th scope="col" class="num first">pass</th><th scope="col" class="num">fail</th><th scope="col" class="num">pending</th>';
  return `<h3 id="validation">Validation against published targets</h3>
<p class="note">Targets a model was fitted to test calibration, not validation; the middle columns count only the targets it was not fitted to. Pending: no published number or no model output for the comparison.</p>
<div class="table-scroll"><table id="validation-table" class="grouped">
<thead><tr><th scope="col" rowspan="2">Model</th><th scope="colgroup" colspan="3">All targets</th><th scope="colgroup" colspan="3">Not used in fitting</th><th scope="colgroup" colspan="3">Single comparisons</th></tr>
<tr>${sub}${sub}${sub}</tr></thead>
<tbody>
${body}
</tbody></table></div>${directionNote(rows)}`;
}

/** How many of the passes compare only the direction of an effect (counted in the table above, named apart here). */
function directionNote(rows: readonly ValidationSummary[]): string {
  const lines = rows
    .filter((r) => r.directionOnly && r.directionOnly.rows > 0)
    .map((r) => `${esc(r.model)}: ${r.directionOnly!.targets} passing targets (${r.directionOnly!.outOfSample} not used in fitting) and ${r.directionOnly!.rows} passing comparisons rest on the direction of an effect alone.`);
  return lines.length > 0 ? `\n<p class="note">Direction-only passes: ${lines.join(' ')}</p>` : '';
}

function renderMethods(input: ReportInput, modelNames: readonly string[], tables: readonly ParameterTable[]): string {
  const perModel = modelNames
    .map((name) => {
      const model = models[name];
      const table = tables.find((t) => t.model === name);
      const c = table ? evidenceCounts(table) : undefined;
      const tally = c
        ? `<p>${table!.rows.length} parameters: ${(Object.keys(EVIDENCE_TALLY) as EvidenceKind[]).map((k) => `${c[k]} ${EVIDENCE_TALLY[k]}`).join(', ')}.</p>`
        : '';
      const n = model?.fittedTargets?.length ?? 0;
      const fitted =
        n > 0 ? `<p>Fitted to, or taking a parameter from the study of, ${n} published validation target${n > 1 ? 's' : ''} (passing those is calibration, not validation).</p>` : '';
      return `<h3>${esc(name)}</h3>
${model ? `<p class="note">${esc(model.description)}</p>` : ''}
${(MODEL_NOTES[name] ?? []).map((p) => `<p>${esc(p)}</p>`).join('\n')}
${tally}${fitted}`;
    })
    .join('\n');
  const extra = (input.methods ?? []).map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `${perModel}
<h3>How to read the plots</h3>
<p>Time runs in years from the scenario start (${DAYS_PER_YEAR} days a year). BMD, markers, cells and sclerostin are shown as percent change from each arm's first output day, because their model units differ between models; marrow fat is the fraction of marrow volume; RANKL/OPG, PTH, TGF-β and the MSC pool are relative to their reference state. A panel shows only the arms whose model has that output; where arms do not differ their lines lie on top of each other (the data table under each plot lists every arm). Press an arm's name above the plots to hide or show it in every plot of the study.</p>
${extra}
${input.validation && input.validation.length > 0 ? renderValidation(input.validation) : ''}`;
}

function renderParameters(tables: readonly ParameterTable[]): string {
  const details = tables
    .map((t) => {
      const rows = t.rows
        .map((r) => {
          const extra = [r.fittedTo.length ? `Fitted to: ${r.fittedTo.join(', ')}.` : '', r.note ? `Note: ${r.note}` : ''].filter(Boolean);
          return (
            `<tr data-evidence="${esc(r.evidence)}"><td>${esc(r.module)}</td><th scope="row"><code>${esc(r.name)}</code></th>` +
            `<td class="num">${esc(String(r.value))}</td><td>${esc(r.unit)}</td><td><span class="badge ${esc(r.evidence)}">${esc(r.evidence)}</span></td>` +
            `<td>${esc(r.meaning)}</td><td class="src">${esc(r.source)}${extra.map((e) => `<br>${esc(e)}`).join('')}</td></tr>`
          );
        })
        .join('\n');
      return `<details class="params" data-model="${esc(t.model)}">
<summary>${esc(t.model)} <span class="count">${t.rows.length} of ${t.rows.length}</span></summary>
<div class="table-scroll"><table>
<caption class="note">Parameters of ${esc(t.model)}, in module order</caption>
<thead><tr><th scope="col">Module</th><th scope="col">Parameter</th><th scope="col" class="num">Value</th><th scope="col">Unit</th><th scope="col">Evidence</th><th scope="col">Meaning</th><th scope="col">Source</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
</details>`;
    })
    .join('\n');
  return `<p class="note">Every parameter with its value, unit, meaning, source and how it is known: <em>measured</em> (from an experiment), <em>fitted</em> (to the published targets listed), <em>assumed</em> (chosen, with the reason in the source), <em>defined</em> (a convention), <em>literature-model</em> (a constant taken from another published model: its calibration, not a measurement). Open a model to see its table.</p>
<div class="filters">
<label for="param-filter">Filter parameters<input type="search" id="param-filter" placeholder="name, module, source, target…" autocomplete="off"></label>
<label for="param-evidence">Evidence<select id="param-evidence"><option value="">any</option>${EVIDENCE_KINDS.map((k) => `<option value="${k}">${k}</option>`).join('')}</select></label>
<span class="note" id="param-status" aria-live="polite"></span>
</div>
${details}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The page

export function renderPage(input: ReportInput, plotly: string): string {
  const modelNames = [...new Set(input.studies.flatMap((s) => s.arms.map((a) => a.model)))];
  const tables = input.parameters ?? modelNames.filter((m) => PARAMETER_MODELS.includes(m)).map((m) => parameterTable(m));
  const studies = input.studies.map((s, k) => renderStudy(s, k));
  const methodModels = [...new Set([...modelNames, ...tables.map((t) => t.model)])];
  const sections: { id: string; title: string; html: string }[] = [
    { id: 'summary', title: 'Summary of end points', html: renderSummary(input.studies) },
    ...input.studies.map((s, k) => ({ id: `study-${k}`, title: s.name, html: '' })),
    { id: 'safety', title: 'Fracture risk and safety', html: renderSafety(input.safety) },
    { id: 'methods', title: 'Methods', html: renderMethods(input, methodModels, tables) },
    ...(tables.length > 0 ? [{ id: 'parameters', title: 'Parameters and their sources', html: renderParameters(tables) }] : []),
  ];
  const card = (s: { id: string; title: string; html: string }) =>
    `<section class="card" id="${s.id}" aria-labelledby="${s.id}-title">\n<h2 id="${s.id}-title">${esc(s.title)}</h2>\n${s.html}\n</section>`;
  const toc = sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('');
  const body = sections
    .map((s) => (s.id.startsWith('study-') ? studies[Number(s.id.slice(6))]!.html : card(s)))
    .join('\n');
  const client = { daysPerYear: DAYS_PER_YEAR, studies: studies.map((s) => s.client) };
  const meta = `Generated ${esc(formatTime(input.generatedAt))}${input.generator ? ` by ${esc(input.generator)}` : ''}`;
  const csp = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(input.generator ?? 'osteosim')}">
<title>${esc(input.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top"><div class="wrap">
<h1>${esc(input.title)}</h1>
${input.subtitle ? `<p class="subtitle">${esc(input.subtitle)}</p>` : ''}
<p class="meta">${meta}</p>
</div></header>
<main id="main" class="wrap">
<div class="disclaimer" role="note" id="disclaimer"><strong>Not for clinical use.</strong> ${esc(REPORT_DISCLAIMER)}</div>
${paragraphs(input.description)}
<noscript><p class="note">The plots need JavaScript; the data table under each plot holds the same numbers.</p></noscript>
<nav class="toc" aria-label="Contents"><h2>Contents</h2><ol>${toc}</ol></nav>
${body}
</main>
<footer><div class="wrap">
<p><strong>Research and teaching tool, not a medical device.</strong> ${esc(REPORT_DISCLAIMER)}</p>
<p>${meta}. Plots drawn with Plotly.js (MIT license), included in this file: it works offline and makes no network requests.</p>
</div></footer>
<script type="application/json" id="report-data">${jsonForScript(client)}</script>
<script>${checkInlineScript(plotly, 'the Plotly bundle')}</script>
<script>${checkInlineScript(CLIENT_SCRIPT, 'the report script')}</script>
</body>
</html>
`;
}
