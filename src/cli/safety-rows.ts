import type { SafetyRow as ReportSafetyRow } from '../io/report.js';
import type { Study } from '../io/study-file.js';
import type { MscRegimen, Regimen } from '../model/scenario.js';
import { drugSafety, mscSafety, type SafetyRow } from '../outcomes/safety/index.js';

const isMsc = (r: Regimen): r is MscRegimen => r.kind === 'msc';

const sig = (v: number, digits: number): string => String(Number(v.toPrecision(digits)));
const percent = (v: number): string => `${sig(100 * v, 2)} %`;

/** A row's number in words with its unit, interval or range, label limit and risk over the study. */
export function formatSafetyValue(row: SafetyRow): string {
  const { measure, value, ci, range, limit, riskOverStudy } = row;
  let v: string;
  switch (measure) {
    case 'probability':
      v = percent(value);
      break;
    case 'rate per 10,000 patient-years':
      v = `${sig(value, 2)} per 10,000 patient-years`;
      break;
    case 'rate per 100 patient-years':
      v = `${sig(value, 2)} per 100 patient-years`;
      break;
    case 'months':
      v = `${value.toFixed(1)} months`;
      break;
    case 'doses':
      v = `${value} doses`;
      break;
    case 'relative risk':
    case 'odds ratio':
    case 'relative load':
    case 'hazard ratio':
      v = `${measure} ${sig(value, 3)}`;
      break;
  }
  if (ci) v += ` (95 % CI ${ci[0]}–${ci[1]})`;
  if (range) v += ` (published range ${range[0]}–${range[1]})`;
  if (limit !== undefined) v += `, label limit ${limit}`;
  if (riskOverStudy !== undefined) v += `; ≈ ${percent(riskOverStudy)} over the study`;
  return v;
}

function reportRow(group: string, row: SafetyRow): ReportSafetyRow {
  return {
    group,
    label: row.drug ? `${row.drug}: ${row.event}` : row.event,
    value: `${formatSafetyValue(row)}${row.evidence === 'assumed' ? ' (assumed)' : ''}; ${row.basis}`,
    citation: row.citation,
    kind: row.kind ?? 'risk',
  };
}

/**
 * Safety rows of every arm, for the report's safety table beside the efficacy plots: the MSC regimens' rows
 * (embolism, infusion fever, thrombosis, tumorigenicity) and the drug regimens' harms and label rules over the study
 * (jaw osteonecrosis, atypical femoral fracture, denosumab stopping rebound, thromboembolism, cardiovascular events,
 * PTH analogs past 24 months, romosozumab past 12 doses, ...; people only: the numbers are from patients).
 */
export function safetyRows(studies: readonly Study[]): ReportSafetyRow[] {
  return studies.flatMap((study) =>
    study.arms.flatMap((arm) => {
      const group = `${study.name}: ${arm.name}`;
      const msc = arm.regimens.filter(isMsc).flatMap((regimen) => mscSafety(regimen, { species: study.patient.species }));
      const drugs = drugSafety(arm.regimens, { studyDays: study.durationDays, species: study.patient.species });
      return [...msc, ...drugs].map((row) => reportRow(group, row));
    }),
  );
}
