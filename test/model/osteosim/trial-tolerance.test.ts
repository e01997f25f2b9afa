import { describe, expect, it } from 'vitest';
import { simulateScenario } from '../../../src/model/index.js';
import { osteosim, OSTEOSIM_TRIAL_SOLVER_OPTIONS } from '../../../src/model/osteosim/index.js';
import type { DrugRegimen, Scenario } from '../../../src/model/scenario.js';

/** Virtual trials run at rtol 1e-5: their BMD and CTX changes must agree with the default tolerances. */
const YEAR = 365.25;
const days = [0, 0.5 * YEAR, YEAR, 2 * YEAR, 3 * YEAR];
const arms: Record<string, DrugRegimen[]> = {
  placebo: [],
  denosumab: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, interval: 182.625, count: 6 }],
  zoledronate: [{ kind: 'drug', drug: 'zoledronate', dose: 5, start: 0, interval: 365, count: 3 }],
  alendronate: [{ kind: 'drug', drug: 'alendronate', dose: 70, start: 0, interval: 7, count: 156 }],
  romosozumabThenDenosumab: [
    { kind: 'drug', drug: 'romosozumab', dose: 210, start: 0, interval: 30, count: 12 },
    { kind: 'drug', drug: 'denosumab', dose: 60, start: 365, interval: 182.625, count: 4 },
  ],
};

describe('trial tolerance (rtol 1e-5) against the default (rtol 1e-8)', () => {
  for (const [arm, regimens] of Object.entries(arms)) {
    it(`${arm}: hip and spine BMD % change within 0.02 points, CTX within 0.5 points, from 72 y over 3 years`, () => {
      const scenario: Scenario = { patient: { species: 'woman', ageYears: 72 }, regimens, days };
      const tight = simulateScenario(osteosim, scenario);
      const loose = simulateScenario(osteosim, scenario, { solver: OSTEOSIM_TRIAL_SOLVER_OPTIONS });
      for (const out of ['bmdTotalHip', 'bmdLumbarSpine', 'ctx'] as const) {
        const a = tight.outputs[out]!;
        const b = loose.outputs[out]!;
        for (let k = 1; k < days.length; k++) {
          const pa = 100 * (a[k]! / a[0]! - 1);
          const pb = 100 * (b[k]! / b[0]! - 1);
          expect(Math.abs(pa - pb), `${out} day ${days[k]}`).toBeLessThan(out === 'ctx' ? 0.5 : 0.02);
        }
      }
    });
  }
});
