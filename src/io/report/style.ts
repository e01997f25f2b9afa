/** The report's stylesheet: readable on screen and in print, no web fonts (the page makes no requests). */
export const REPORT_CSS = `
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --bg: #f5f7fa; --card: #ffffff; --accent: #2f6690; --warn: #b45309; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.45; }
body { margin: 0; }
a { color: var(--accent); }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
header.top { background: #243b53; color: #f0f4f8; padding: 1.5rem 0 1.25rem; }
header.top h1 { margin: 0 0 .25rem; font-size: 1.7rem; }
header.top .subtitle { margin: 0 0 .5rem; font-size: 1.1rem; color: #d9e2ec; }
header.top .meta { margin: 0; font-size: .85rem; color: #bcccdc; }
.wrap { max-width: 1240px; margin: 0 auto; padding: 0 1.25rem; }
main { padding: 1rem 0 2rem; }
section.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem 1.25rem; margin: 1rem 0; }
h2 { font-size: 1.35rem; margin: .25rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; color: #334e68; }
h4 { font-size: .95rem; margin: 0 0 .25rem; }
p { margin: .4rem 0; }
.note { color: var(--muted); font-size: .9rem; }
.disclaimer { border-left: 5px solid var(--warn); background: #fffbeb; padding: .75rem 1rem; margin: 1rem 0; border-radius: 4px; }
.disclaimer strong { color: #92400e; }
nav.toc ol { margin: .25rem 0; padding-left: 1.25rem; columns: 2; font-size: .95rem; }
table { border-collapse: collapse; font-size: .88rem; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f0f4f8; font-weight: 600; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-scroll { overflow-x: auto; }
.grouped th[scope=colgroup] { text-align: center; border-left: 2px solid var(--line); }
.grouped .first { border-left: 2px solid var(--line); }
#validation-table { width: auto; }
#validation-table td.num, #validation-table th.num { min-width: 4.5rem; }
caption { text-align: left; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 .75rem; }
.legend button { font: inherit; font-size: .88rem; display: inline-flex; align-items: center; gap: .4rem; border: 1px solid var(--line); background: #fff; border-radius: 999px; padding: .2rem .7rem .2rem .5rem; cursor: pointer; color: var(--ink); }
.legend button[aria-pressed=false] { opacity: .45; text-decoration: line-through; }
.legend button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 1rem; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .6rem .4rem; background: #fff; min-width: 0; }
figure .plot { width: 100%; min-height: 300px; }
figcaption { font-size: .82rem; color: var(--muted); margin-top: .2rem; }
details > summary { cursor: pointer; color: var(--accent); font-size: .88rem; }
details.data table { margin-top: .4rem; font-size: .8rem; }
details.params { margin: .5rem 0; border: 1px solid var(--line); border-radius: 6px; padding: .4rem .75rem; }
details.params > summary { font-size: 1rem; font-weight: 600; }
details.params .count { font-weight: 400; color: var(--muted); font-size: .85rem; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: .5rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .2rem; }
.filters input, .filters select { font: inherit; padding: .3rem .5rem; border: 1px solid #9aa5b1; border-radius: 4px; min-width: 16rem; }
.filters select { min-width: 10rem; }
.params td.src { font-size: .8rem; color: var(--muted); max-width: 32rem; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .35rem; font-size: .78rem; border: 1px solid; white-space: nowrap; }
.badge.measured { color: #065f46; border-color: #6ee7b7; background: #ecfdf5; }
.badge.fitted { color: #1e40af; border-color: #93c5fd; background: #eff6ff; }
.badge.assumed { color: #92400e; border-color: #fcd34d; background: #fffbeb; }
.badge.defined { color: #374151; border-color: #d1d5db; background: #f9fafb; }
.badge.literature-model { color: #5b21b6; border-color: #c4b5fd; background: #f5f3ff; }
.badge.warn { color: #fff; border-color: var(--warn); background: var(--warn); font-weight: 600; }
#safety-table tr.warning { background: #fffbeb; }
#safety-table tr.warning th { border-left: 4px solid var(--warn); color: #92400e; }
footer { color: var(--muted); font-size: .85rem; padding: 1rem 0 2rem; }
@media (max-width: 560px) { .grid { grid-template-columns: 1fr; } nav.toc ol { columns: 1; } }
@media print { body { background: #fff; } section.card { break-inside: avoid-page; border: none; } .legend, .filters, .modebar { display: none !important; } }
`;
