import { readFileSync } from 'node:fs';
import { composeModel, type ComposedModel, type ModuleDef, type ParameterDef } from '../../src/engine/index.js';

/**
 * The five stiff reference problems of stiff-problems.md (Hairer and Wanner, Solving ODEs II; the IVP Test Set of
 * Mazzia and Magherini), written in osteosim's model language so that the benchmark exercises the compiler and its
 * analytic Jacobian as well as the solver.
 */
export interface StiffProblem {
  readonly name: string;
  readonly model: ComposedModel;
  readonly tEnd: number;
  readonly y0: readonly number[];
  readonly reference: readonly number[];
}

const SOURCE = 'IVP Test Set (Mazzia and Magherini); Hairer and Wanner, Solving ODEs II';

const constants = (values: Record<string, number>): Record<string, ParameterDef> =>
  Object.fromEntries(
    Object.entries(values).map(([k, value]) => [k, { value, unit: '1', source: SOURCE, evidence: 'defined' as const, min: -Infinity }]),
  );

function problem(name: string, states: string[], rates: Record<string, string>, parameters: Record<string, number>, derived: Record<string, string> = {}): ComposedModel {
  const mod: ModuleDef = {
    name,
    states: Object.fromEntries(states.map((s) => [s, { unit: '1', initial: 0 }])),
    parameters: constants(parameters),
    derived,
    rates,
  };
  return composeModel(name, [mod]);
}

const rober = problem(
  'rober',
  ['y1', 'y2', 'y3'],
  {
    y1: '-k1 * y1 + k3 * y2 * y3',
    y2: 'k1 * y1 - k3 * y2 * y3 - k2 * y2^2',
    y3: 'k2 * y2^2',
  },
  { k1: 0.04, k2: 3e7, k3: 1e4 },
);

const hires = problem(
  'hires',
  ['y1', 'y2', 'y3', 'y4', 'y5', 'y6', 'y7', 'y8'],
  {
    y1: '-1.71 * y1 + 0.43 * y2 + 8.32 * y3 + 0.0007',
    y2: '1.71 * y1 - 8.75 * y2',
    y3: '-10.03 * y3 + 0.43 * y4 + 0.035 * y5',
    y4: '8.32 * y2 + 1.71 * y3 - 1.12 * y4',
    y5: '-1.745 * y5 + 0.43 * y6 + 0.43 * y7',
    y6: '-280 * y6 * y8 + 0.69 * y4 + 1.71 * y5 - 0.43 * y6 + 0.69 * y7',
    y7: '280 * y6 * y8 - 1.81 * y7',
    y8: '-280 * y6 * y8 + 1.81 * y7',
  },
  {},
);

const orego = problem(
  'orego',
  ['y1', 'y2', 'y3'],
  {
    y1: 's * (y2 + y1 * (1 - q * y1 - y2))',
    y2: '(y3 - (1 + y1) * y2) / s',
    y3: 'w * (y1 - y3)',
  },
  { s: 77.27, q: 8.375e-6, w: 0.161 },
);

const vdpol = problem(
  'vdpol',
  ['y1', 'y2'],
  {
    y1: 'y2',
    y2: '((1 - y1^2) * y2 - y1) / eps',
  },
  { eps: 1e-6 },
);

const polluK = [
  0.35, 0.266e2, 0.123e5, 0.86e-3, 0.82e-3, 0.15e5, 0.13e-3, 0.24e5, 0.165e5, 0.9e4, 0.22e-1, 0.12e5, 0.188e1, 0.163e5,
  0.48e7, 0.35e-3, 0.175e-1, 0.1e9, 0.444e12, 0.124e4, 0.21e1, 0.578e1, 0.474e-1, 0.178e4, 0.312e1,
];
const pollu = problem(
  'pollu',
  Array.from({ length: 20 }, (_, i) => `y${i + 1}`),
  {
    y1: '-r1 - r10 - r14 - r23 - r24 + r2 + r3 + r9 + r11 + r12 + r22 + r25',
    y2: '-r2 - r3 - r9 - r12 + r1 + r21',
    y3: '-r15 + r1 + r17 + r19 + r22',
    y4: '-r2 - r16 - r17 - r23 + r15',
    y5: '-r3 + 2 * r4 + r6 + r7 + r13 + r20',
    y6: '-r6 - r8 - r14 - r20 + r3 + 2 * r18',
    y7: '-r4 - r5 - r6 + r13',
    y8: 'r4 + r5 + r6 + r7',
    y9: '-r7 - r8',
    y10: '-r12 + r7 + r9',
    y11: '-r9 - r10 + r8 + r11',
    y12: 'r9',
    y13: '-r11 + r10',
    y14: '-r13 + r12',
    y15: 'r14',
    y16: '-r18 - r19 + r16',
    y17: '-r20',
    y18: 'r20',
    y19: '-r21 - r22 - r24 + r23 + r25',
    y20: '-r25 + r24',
  },
  Object.fromEntries(polluK.map((k, i) => [`k${i + 1}`, k])),
  {
    r1: 'k1 * y1',
    r2: 'k2 * y2 * y4',
    r3: 'k3 * y5 * y2',
    r4: 'k4 * y7',
    r5: 'k5 * y7',
    r6: 'k6 * y7 * y6',
    r7: 'k7 * y9',
    r8: 'k8 * y9 * y6',
    r9: 'k9 * y11 * y2',
    r10: 'k10 * y11 * y1',
    r11: 'k11 * y13',
    r12: 'k12 * y10 * y2',
    r13: 'k13 * y14',
    r14: 'k14 * y1 * y6',
    r15: 'k15 * y3',
    r16: 'k16 * y4',
    r17: 'k17 * y4',
    r18: 'k18 * y16',
    r19: 'k19 * y16',
    r20: 'k20 * y17 * y6',
    r21: 'k21 * y19',
    r22: 'k22 * y19',
    r23: 'k23 * y1 * y4',
    r24: 'k24 * y19 * y1',
    r25: 'k25 * y20',
  },
);

interface ReferenceEntry {
  problem: string;
  t_end: number;
  y0: number[];
  y_end_reference: number[];
}

const references: ReferenceEntry[] = JSON.parse(readFileSync(new URL('./stiff-reference.json', import.meta.url), 'utf8'));

export const STIFF_PROBLEMS: readonly StiffProblem[] = [rober, hires, orego, vdpol, pollu].map((model) => {
  const ref = references.find((r) => r.problem === model.name);
  if (!ref) throw new Error(`no reference for ${model.name}`);
  return { name: model.name, model, tEnd: ref.t_end, y0: ref.y0, reference: ref.y_end_reference };
});

/** Significant correct digits: -log10 of the largest relative error over components with |ref| > 1e-10. */
export function significantDigits(y: ArrayLike<number>, reference: readonly number[]): number {
  let worst = 0;
  reference.forEach((r, i) => {
    if (Math.abs(r) > 1e-10) worst = Math.max(worst, Math.abs((y[i]! - r) / r));
  });
  return worst === 0 ? 16 : -Math.log10(worst);
}
