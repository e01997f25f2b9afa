/**
 * Validation targets as data: every row of the research file `validation-targets.md` (sections A–E), plus the
 * marrow-fat-fraction targets of `msc.md` §1a (section M, ids MFF-1 and MFF-2), each with the "needs" labels of its
 * protocol in `validation-protocols.md`. One module per section (B split by drug class), one record per target.
 *
 * Sources (project copies, verbatim, in ../data/):
 * - validation-targets.md: "Validation targets for the bone-remodeling / osteoporosis / MSC simulator", compiled from
 *   public abstracts, full texts and trial registries; the citation of each published value is in its row.
 * - validation-protocols.md: "Simulation protocols for the validation targets": population, arms, compared quantity
 *   and what the model must have (the "needs" column, labels of its §0.9).
 * - msc.md: "MSC parameters for the osteoporosis bone-remodeling simulator", §1a (Yeung 2005, Tang 2010).
 *
 * Each record keeps the text of the research file verbatim (quantity, value, time, population, intervention,
 * citation, status) and adds the published values as typed numbers. Nothing here is a new number: every number of
 * `values` appears in the row's value text (the tests check this), except values marked `derived`, which say how they
 * follow from the text. Qualitative rows are encoded as a direction (and, where given, an order of magnitude).
 */

import { didYouMean } from '../../../engine/index.js';
import { NATURAL_HISTORY } from './a-natural-history.js';
import { DENOSUMAB } from './b1-denosumab.js';
import { BISPHOSPHONATES } from './b2-bisphosphonates.js';
import { ANABOLICS } from './b3-anabolics.js';
import { OTHER_AGENTS } from './b4-other-agents.js';
import { FRACTURE } from './c-fracture.js';
import { MSC_THERAPY } from './d-msc-therapy.js';
import { MSC_BIOLOGY } from './e-msc-biology.js';
import { MARROW_FAT } from './m-marrow-fat.js';
import type { PublishedValue, Section, Target, TargetGroup, TargetRecord, TargetRow, TargetStatus } from './types.js';

export type {
  BmdGroup,
  BmdSite,
  Measure,
  NeedLabel,
  NumericValue,
  PublishedValue,
  QualitativeValue,
  RangeValue,
  Section,
  Target,
  TargetGroup,
  TargetRecord,
  TargetRow,
  TargetStatus,
  TimePoint,
  Unit,
} from './types.js';

export const SECTION_TITLES: Readonly<Record<Section, string>> = {
  A: 'Untreated course (natural history)',
  B: 'Drug interventions',
  C: 'Fracture risk vs BMD, definitions, risk tools',
  D: 'MSC therapy for osteoporosis: preclinical and clinical',
  E: 'MSC pharmacokinetics, safety, cell biology',
  M: 'Marrow fat fraction by BMD group (msc.md §1a)',
};

/** The groups in the order of the research file (A, B-1 … B-4, C, D, E), then the marrow-fat targets (M). */
const GROUPS: readonly TargetGroup[] = [NATURAL_HISTORY, DENOSUMAB, BISPHOSPHONATES, ANABOLICS, OTHER_AGENTS, FRACTURE, MSC_THERAPY, MSC_BIOLOGY, MARROW_FAT];

// ---------------------------------------------------------------------------------------------------------------
// Assembly

/** The values with the protocols file's confirmations applied (confirmed values count as verified). */
function applyConfirmations(record: TargetRecord): PublishedValue[] {
  const { id, values } = record;
  const confirmed = record.confirmed ?? {};
  for (const key of Object.keys(confirmed)) {
    if (!values.some((v) => v.key === key)) throw new Error(`validation targets: ${id} has no value '${key}' to confirm`);
  }
  return values.map((v) => {
    const number = confirmed[v.key];
    if (number === undefined) return v;
    const stored = (v as { value?: unknown }).value;
    if (stored !== number) throw new Error(`validation targets: ${id}/${v.key} is ${String(stored)}, the protocols file confirms ${number}`);
    return { ...v, status: 'V' };
  });
}

function assemble(): readonly Target[] {
  const seen = new Set<string>();
  return GROUPS.flatMap(({ section, subsection, targets }) =>
    targets.map((record) => {
      if (seen.has(record.id)) throw new Error(`validation targets: ${record.id} appears twice`);
      seen.add(record.id);
      if (record.values.length === 0) throw new Error(`validation targets: no published values for ${record.id}`);
      const { id, confirmed: _confirmed, ...row } = record;
      return { id, section, ...(subsection === undefined ? {} : { subsection }), ...row, values: applyConfirmations(record) };
    }),
  );
}

/** Every target, in the order of the research file (A, B, C, D, E), then the marrow-fat targets (M). */
export const TARGETS: readonly Target[] = assemble();

export const TARGETS_BY_ID: ReadonlyMap<string, Target> = new Map(TARGETS.map((t) => [t.id, t]));

/** Per target id, the values the protocols file confirms (value key → number), as the records state them. */
export const CONFIRMED_BY_PROTOCOLS: Readonly<Record<string, Readonly<Record<string, number>>>> = Object.fromEntries(
  GROUPS.flatMap((g) => g.targets.flatMap((t) => (t.confirmed ? [[t.id, t.confirmed] as const] : []))),
);

/** The target with this id; throws naming the closest ids when there is none. */
export function getTarget(id: string): Target {
  const target = TARGETS_BY_ID.get(id);
  if (!target) throw new Error(`unknown validation target '${id}'${didYouMean(id, TARGETS_BY_ID.keys())}`);
  return target;
}

/** A published value of a target by key; throws when absent (a scenario referring to a value that is not there). */
export function getValue(id: string, key: string): PublishedValue {
  const value = getTarget(id).values.find((v) => v.key === key);
  if (!value) throw new Error(`validation target ${id} has no value '${key}' (has: ${getTarget(id).values.map((v) => v.key).join(', ')})`);
  return value;
}

/** The value's status: its own where the row says it differs, else the row's. */
export function valueStatus(target: TargetRow, value: PublishedValue): TargetStatus {
  return value.status ?? target.status;
}
