import { ModelError } from '../../engine/index.js';

/**
 * Release check of an MSC product against the ISCT minimal criteria (Dominici M et al. 2006, Cytotherapy 8:315,
 * doi:10.1080/14653240600855905; research/msc.md §5): plastic adherence; CD73, CD90 and CD105 on >= 95 % of cells;
 * CD45, CD34, CD14 or CD11b, CD79α or CD19 and HLA-DR on <= 2 %; osteogenic, adipogenic and chondrogenic
 * differentiation in vitro. Thresholds V (msc.md §5).
 *
 * HLA-DR: Grau-Vorster et al. 2019 (Stem Cell Res Ther 10:164) found HLA-DR varying unpredictably across 130 GMP
 * lots that kept their phenotype and function, and argue it should be informative, not pass/fail; so an HLA-DR
 * above 2 % fails or only warns, as the caller chooses (default: fail, as ISCT 2006 states it).
 *
 * Optional adjunct, not an ISCT 2006 criterion: tissue factor (CD142) for intravascular products (Moll et al. 2022,
 * Stem Cells Transl Med, doi:10.1093/stcltm/szab005) is reported, never failed.
 */

/** Flow cytometry, % of cells positive (0–100). CD14/CD11b and CD79a/CD19: either marker of each pair suffices. */
export interface MarkerPanel {
  readonly CD73: number;
  readonly CD90: number;
  readonly CD105: number;
  readonly CD45: number;
  readonly CD34: number;
  readonly CD14?: number;
  readonly CD11b?: number;
  readonly CD79a?: number;
  readonly CD19?: number;
  readonly HLA_DR: number;
  /** Tissue factor, % positive (adjunct, reported only). */
  readonly CD142?: number;
}

export interface ReleasePanel {
  readonly plasticAdherent: boolean;
  readonly markers: MarkerPanel;
  readonly trilineage: { readonly osteogenic: boolean; readonly adipogenic: boolean; readonly chondrogenic: boolean };
}

export interface ReleaseOptions {
  /** What an HLA-DR above 2 % does: 'fail' (ISCT 2006, default) or 'warn' (Grau-Vorster 2019). */
  readonly hlaDr?: 'fail' | 'warn';
}

export type CriterionStatus = 'pass' | 'fail' | 'warn' | 'info';

export interface CriterionResult {
  readonly criterion: string;
  /** What the product showed, e.g. 'CD73 97.1 %'. */
  readonly observed: string;
  /** The rule, e.g. '>= 95 %'. */
  readonly rule: string;
  readonly status: CriterionStatus;
}

export interface ReleaseReport {
  /** True when no criterion fails (warnings allowed). */
  readonly released: boolean;
  readonly criteria: readonly CriterionResult[];
  readonly citation: string;
}

export const ISCT_2006 = 'Dominici M et al. 2006, Cytotherapy 8:315 (ISCT minimal criteria; research/msc.md §5)';
export const POSITIVE_MIN_PCT = 95;
export const NEGATIVE_MAX_PCT = 2;

const MARKERS: readonly (keyof MarkerPanel)[] = ['CD73', 'CD90', 'CD105', 'CD45', 'CD34', 'CD14', 'CD11b', 'CD79a', 'CD19', 'HLA_DR', 'CD142'];

/** Checks that every given marker is a percentage in 0–100; a ModelError names the field otherwise. */
export function checkPanel(panel: ReleasePanel, where = 'releasePanel'): void {
  const fail = (field: string, message: string): never => {
    throw new ModelError(`${where}.${field}: ${message}`, { field: `${where}.${field}` });
  };
  if (!panel || typeof panel !== 'object') fail('', 'is required');
  if (typeof panel.plasticAdherent !== 'boolean') fail('plasticAdherent', `must be true or false, got ${String(panel.plasticAdherent)}`);
  if (!panel.markers || typeof panel.markers !== 'object') fail('markers', 'is required (CD73, CD90, CD105, CD45, CD34, CD14 or CD11b, CD79a or CD19, HLA_DR)');
  for (const name of MARKERS) {
    const v = panel.markers[name];
    const required = ['CD73', 'CD90', 'CD105', 'CD45', 'CD34', 'HLA_DR'].includes(name);
    if (v === undefined) {
      if (required) fail(`markers.${name}`, 'is required (% of cells positive, 0–100)');
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) fail(`markers.${name}`, `must be a percentage between 0 and 100, got ${String(v)}`);
  }
  if (panel.markers.CD14 === undefined && panel.markers.CD11b === undefined) fail('markers.CD14', 'CD14 or CD11b is required (% of cells positive, 0–100)');
  if (panel.markers.CD79a === undefined && panel.markers.CD19 === undefined) fail('markers.CD79a', 'CD79a or CD19 is required (% of cells positive, 0–100)');
  const t = panel.trilineage;
  if (!t || typeof t !== 'object') fail('trilineage', 'is required (osteogenic, adipogenic, chondrogenic: true or false)');
  for (const k of ['osteogenic', 'adipogenic', 'chondrogenic'] as const) {
    if (typeof t[k] !== 'boolean') fail(`trilineage.${k}`, `must be true or false, got ${String(t[k])}`);
  }
}

const pct = (v: number): string => `${Number(v.toFixed(2))} %`;

/** The per-criterion report. Checks the panel first (bad percentages are a ModelError, not a failed criterion). */
export function releaseCheck(panel: ReleasePanel, options: ReleaseOptions = {}): ReleaseReport {
  checkPanel(panel);
  const m = panel.markers;
  const criteria: CriterionResult[] = [];
  const add = (criterion: string, observed: string, rule: string, ok: boolean, soft: 'fail' | 'warn' = 'fail'): void => {
    criteria.push({ criterion, observed, rule, status: ok ? 'pass' : soft });
  };
  add('plastic adherence', panel.plasticAdherent ? 'adherent' : 'not adherent', 'adherent in standard culture', panel.plasticAdherent);
  for (const name of ['CD73', 'CD90', 'CD105'] as const) add(`${name} positive`, `${name} ${pct(m[name])}`, `>= ${POSITIVE_MIN_PCT} %`, m[name] >= POSITIVE_MIN_PCT);
  for (const name of ['CD45', 'CD34'] as const) add(`${name} negative`, `${name} ${pct(m[name])}`, `<= ${NEGATIVE_MAX_PCT} %`, m[name] <= NEGATIVE_MAX_PCT);
  const either = (a: 'CD14' | 'CD79a', b: 'CD11b' | 'CD19', label: string): void => {
    const given = [a, b].filter((k) => m[k] !== undefined) as ('CD14' | 'CD11b' | 'CD79a' | 'CD19')[];
    const low = Math.min(...given.map((k) => m[k]!));
    add(label, given.map((k) => `${k} ${pct(m[k]!)}`).join(', '), `${a} or ${b} <= ${NEGATIVE_MAX_PCT} %`, low <= NEGATIVE_MAX_PCT);
  };
  either('CD14', 'CD11b', 'monocyte/macrophage marker negative');
  either('CD79a', 'CD19', 'B-cell marker negative');
  add('HLA-DR negative', `HLA-DR ${pct(m.HLA_DR)}`, `<= ${NEGATIVE_MAX_PCT} %${options.hlaDr === 'warn' ? ' (warning only: Grau-Vorster 2019)' : ''}`, m.HLA_DR <= NEGATIVE_MAX_PCT, options.hlaDr ?? 'fail');
  const t = panel.trilineage;
  for (const k of ['osteogenic', 'adipogenic', 'chondrogenic'] as const) add(`${k} differentiation`, t[k] ? 'shown' : 'not shown', 'shown in vitro', t[k]);
  if (m.CD142 !== undefined) {
    criteria.push({ criterion: 'tissue factor (CD142), adjunct', observed: `CD142 ${pct(m.CD142)}`, rule: 'reported for intravascular products (Moll 2022); not an ISCT 2006 criterion', status: 'info' });
  }
  return { released: criteria.every((c) => c.status !== 'fail'), criteria, citation: ISCT_2006 };
}

/** A product refused at release: the message lists every failed criterion. */
export class ReleaseError extends ModelError {
  constructor(readonly report: ReleaseReport) {
    const failed = report.criteria.filter((c) => c.status === 'fail');
    super(
      `product refused at release (${ISCT_2006}): ${failed.length} ${failed.length === 1 ? 'criterion' : 'criteria'} failed: ` +
        failed.map((c) => `${c.criterion}: ${c.observed} (required ${c.rule})`).join('; '),
      { field: 'releasePanel' },
    );
    this.name = 'ReleaseError';
  }
}

/** The report when the product passes; a ReleaseError listing each failed criterion when it does not. */
export function requireRelease(panel: ReleasePanel, options: ReleaseOptions = {}): ReleaseReport {
  const report = releaseCheck(panel, options);
  if (!report.released) throw new ReleaseError(report);
  return report;
}

/** A panel that meets every criterion (for examples and tests): typical values of a released BM-MSC lot. */
export const TYPICAL_RELEASE_PANEL: ReleasePanel = {
  plasticAdherent: true,
  markers: { CD73: 99, CD90: 98, CD105: 97, CD45: 0.5, CD34: 0.8, CD14: 0.4, CD79a: 0.3, HLA_DR: 0.6 },
  trilineage: { osteogenic: true, adipogenic: true, chondrogenic: true },
};
