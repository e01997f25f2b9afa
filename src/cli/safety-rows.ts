import type { SafetyRow as ReportSafetyRow } from '../io/report.js';
import type { Study } from '../io/study-file.js';
import type { MscRegimen, Regimen } from '../model/scenario.js';
import { mscSafety } from '../outcomes/safety/index.js';

const isMsc = (r: Regimen): r is MscRegimen => r.kind === 'msc';

function formatValue(measure: string, value: number, ci?: readonly [number, number]): string {
  const v = measure === 'probability' ? `${(100 * value).toPrecision(2)} %` : `${measure} ${value.toPrecision(3)}`;
  return ci ? `${v} (${ci[0]}–${ci[1]})` : v;
}

/**
 * Safety rows of every arm's MSC regimens (embolism, infusion fever, thrombosis, tumorigenicity), for the report's
 * safety table beside the efficacy plots. Drug harms join when the drugs issue adds them.
 */
export function safetyRows(studies: readonly Study[]): ReportSafetyRow[] {
  return studies.flatMap((study) =>
    study.arms.flatMap((arm) =>
      arm.regimens.filter(isMsc).flatMap((regimen) =>
        mscSafety(regimen, { species: study.patient.species }).map((row) => ({
          group: `${study.name}: ${arm.name}`,
          label: row.event,
          value: `${formatValue(row.measure, row.value, row.ci)}${row.evidence === 'assumed' ? ' (assumed)' : ''}; ${row.basis}`,
          citation: row.citation,
        })),
      ),
    ),
  );
}
