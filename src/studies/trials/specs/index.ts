import type { TrialSpec } from '../spec.js';
import { ACTIVE } from './active.js';
import { FIT } from './fit.js';
import { FIT2 } from './fit2.js';
import { FPT } from './fpt.js';
import { FRAME } from './frame.js';
import { FREEDOM } from './freedom.js';
import { FREEDOM_EXTENSION } from './freedom-extension.js';
import { HORIZON } from './horizon.js';
import { LOFT } from './loft.js';
import { MORE_4Y } from './more-4y.js';
import { MORE } from './more.js';
import { WHI_CAD, WHI_EP } from './whi.js';

/** Ready-made trial specs reproducing the pivotal trials' designs (sizes as published, about per arm). */
export const TRIAL_SPECS: Readonly<Record<string, TrialSpec>> = {
  freedom: FREEDOM,
  'freedom-extension': FREEDOM_EXTENSION,
  fit: FIT,
  fit2: FIT2,
  horizon: HORIZON,
  frame: FRAME,
  more: MORE,
  'more-4y': MORE_4Y,
  fpt: FPT,
  active: ACTIVE,
  loft: LOFT,
  'whi-ep': WHI_EP,
  'whi-cad': WHI_CAD,
};
export { ACTIVE, FIT, FIT2, FPT, FRAME, FREEDOM, FREEDOM_EXTENSION, HORIZON, LOFT, MORE, MORE_4Y, WHI_CAD, WHI_EP };
