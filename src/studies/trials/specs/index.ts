import type { TrialSpec } from '../spec.js';
import { FIT } from './fit.js';
import { FRAME } from './frame.js';
import { FREEDOM } from './freedom.js';
import { HORIZON } from './horizon.js';
import { MORE } from './more.js';

/** Ready-made trial specs reproducing the pivotal trials' designs (sizes as published, about per arm). */
export const TRIAL_SPECS: Readonly<Record<string, TrialSpec>> = { freedom: FREEDOM, fit: FIT, horizon: HORIZON, frame: FRAME, more: MORE };
export { FIT, FRAME, FREEDOM, HORIZON, MORE };
