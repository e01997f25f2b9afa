import { DAYS_PER_CALENDAR_YEAR } from '../../model/time.js';
import type { TrialResult } from './result.js';
import { FRACTURE_ENDPOINTS, TRIAL_SITES } from './spec.js';

const f = (v: number, d = 1): string => (Number.isFinite(v) ? v.toFixed(d) : '—');
const signed = (v: number, d = 1): string => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(d)}` : '—');

const ENDPOINT_TEXT: Readonly<Record<string, string>> = {
  morphometricVertebral: 'new morphometric vertebral',
  clinicalVertebral: 'clinical vertebral',
  hip: 'hip',
  nonVertebral: 'non-vertebral',
  anyClinical: 'any clinical',
};

/** A trial result as a readable text report: baseline, BMD by visit, fractures with relative risks, harms. */
export function formatTrial(r: TrialResult): string {
  const lines: string[] = [];
  const w = Math.max(22, ...r.arms.map((a) => a.name.length + 1));
  lines.push(`${r.name}: ${r.arms.map((a) => `${a.name} n=${a.n}`).join(', ')}; ${f(r.durationDays / DAYS_PER_CALENDAR_YEAR, 1)} years; seed ${r.seed}`);
  lines.push('');
  lines.push('Baseline (mean ± SD): age, total-hip T, spine T, prevalent vertebral fracture');
  for (const a of r.arms) {
    const b = a.baseline;
    lines.push(`  ${a.name.padEnd(w)} ${f(b.ageYears.mean)} ± ${f(b.ageYears.sd)} y   T hip ${f(b.hipTScore.mean, 2)} ± ${f(b.hipTScore.sd, 2)}   T spine ${f(b.spineTScore.mean, 2)} ± ${f(b.spineTScore.sd, 2)}   VF ${f(b.prevalentVertebralFracturePct, 0)} %`);
  }
  for (const site of TRIAL_SITES) {
    lines.push('');
    lines.push(`${site === 'totalHip' ? 'Total hip' : 'Lumbar spine'} BMD, % change from baseline: mean [95 % CI]`);
    const days = r.arms[0]!.bmd[site].map((v) => v.day);
    lines.push(`  ${'arm'.padEnd(w)} ${days.map((d) => `day ${d}`.padStart(22)).join('')}`);
    for (const a of r.arms) lines.push(`  ${a.name.padEnd(w)} ${a.bmd[site].map((v) => `${signed(v.mean, 2)} [${signed(v.ci[0], 2)}, ${signed(v.ci[1], 2)}]`.padStart(22)).join('')}`);
  }
  lines.push('');
  lines.push(`Fractures by the end: patients with an event (drawn), % [95 % CI]; expected % (hazard); RR vs ${r.control} [95 % CI]`);
  for (const e of FRACTURE_ENDPOINTS) {
    lines.push(`  ${ENDPOINT_TEXT[e] ?? e}`);
    for (const a of r.arms) {
      const x = a.fractures[e];
      const rr = x.riskRatio
        ? `   RR ${f(x.riskRatio.rr, 2)} [${f(x.riskRatio.ci[0], 2)}, ${f(x.riskRatio.ci[1], 2)}]   expected ratio ${f(x.expectedRatio ?? NaN, 2)} (strength from BMD alone ${f(x.expectedRatioStrengthOnly ?? NaN, 2)}, the rest turnover)`
        : '';
      lines.push(`    ${a.name.padEnd(w)} ${String(x.incidence.events).padStart(6)} / ${a.n}  ${f(x.incidence.pct, 2)} % [${f(x.incidence.ci[0], 2)}, ${f(x.incidence.ci[1], 2)}]   expected ${f(x.expectedPct, 2)} %${rr}`);
    }
  }
  lines.push('');
  lines.push('New morphometric vertebral fractures drawn with recurrence and imminent risk: patients with 2 or more, % [95 % CI]; per 100 patients');
  for (const a of r.arms) {
    const m = a.multipleVertebral;
    lines.push(`  ${a.name.padEnd(w)} ${f(m.twoOrMore.pct, 2)} % [${f(m.twoOrMore.ci[0], 2)}, ${f(m.twoOrMore.ci[1], 2)}]   ${f(m.per100Patients, 2)} per 100`);
  }
  const harms = r.arms.filter((a) => a.safety.length > 0);
  if (harms.length > 0) {
    lines.push('');
    lines.push('Harms and label rules (from the regimens; not simulated per patient)');
    for (const a of harms) for (const s of a.safety) lines.push(`  ${a.name}: ${s.kind === 'warning' ? 'WARNING ' : ''}${s.event}${s.citation ? ` (${s.citation})` : ''}`);
  }
  lines.push('');
  lines.push(`Fracture risk acts only through the simulated BMD and bone turnover (src/outcomes/fracture); ${r.patients} patients, ${f(r.timing.seconds, 1)} s.`);
  return lines.join('\n');
}
