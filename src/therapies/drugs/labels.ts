import type { DrugName } from '../../model/scenario.js';
import { abaloparatide } from './abaloparatide.js';
import { alendronate } from './alendronate.js';
import { blosozumab } from './blosozumab.js';
import { calciumVitaminD } from './calcium-vitamin-d.js';
import { denosumab } from './denosumab.js';
import { hormoneTherapy } from './hormone-therapy.js';
import type { DrugLabel } from './label.js';
import { odanacatib } from './odanacatib.js';
import { raloxifene } from './raloxifene.js';
import { risedronate } from './risedronate.js';
import { romosozumab } from './romosozumab.js';
import { teriparatide } from './teriparatide.js';
import { zoledronate } from './zoledronate.js';

/**
 * The label of every drug of the scenario contract (`DRUGS`), by contract name: the one source of dose units, label
 * regimens and dose ranges, from which study files, the JSON Schema, reports and the demo derive theirs.
 */
export const DRUG_LABELS: Readonly<Record<DrugName, DrugLabel>> = {
  calciumVitaminD,
  alendronate,
  risedronate,
  zoledronate,
  teriparatide,
  abaloparatide,
  raloxifene,
  hormoneTherapy,
  denosumab,
  romosozumab,
  blosozumab,
  odanacatib,
};
