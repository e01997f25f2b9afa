import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/engine/index.js';
import { checkScenario, type BoneModel, type Scenario } from '../../../src/model/index.js';
import { sensitivity } from '../../../src/studies/analysis/sensitivity.js';
import { localPlan, logCoefficient } from '../../../src/studies/analysis/local.js';

/**
 * A one-state engine model with a known elasticity: dy/dt = c · p^k from y(0) = 0, so y(t) = c t p^k and
 * d ln y / d ln p = k, d ln y / d ln k = k ln p, d ln y / d ln c = 1 at every t > 0.
 */
const POWER = compileModel('power law', [
  {
    name: 'power',
    states: { y: { unit: '1', initial: 0 } },
    parameters: {
      p: { value: 2, unit: '1', source: 'test', evidence: 'defined' },
      k: { value: 3, unit: '1', source: 'test', evidence: 'defined' },
      c: { value: 0.5, unit: '1/day', source: 'test', evidence: 'defined', max: 0.502 },
    },
    rates: { y: 'c * p^k' },
  },
]);

const powerModel: BoneModel = {
  name: 'power law',
  description: 'y = c t p^k',
  species: ['woman'],
  drugs: [],
  cellTherapy: false,
  sites: ['totalHip'],
  outputs: { bmdTotalHip: 'y' },
  compiled: POWER,
  solverDefaults: { rtol: 1e-10 },
  populationSolverDefaults: { rtol: 1e-6 },
  variability: [],
  prepare(scenario: Scenario) {
    checkScenario(scenario, { name: 'power law', species: ['woman'], drugs: [] });
    const parameters = POWER.parameters(scenario.parameters ?? {});
    const days = Float64Array.from(scenario.days);
    return { parameters, initialState: POWER.initialState(parameters), t0: 0, times: days, events: [], days, ageYears: days.map((d) => 60 + d / 365) };
  },
};

const scenario: Scenario = { patient: { species: 'woman', ageYears: 60 }, days: [0, 10, 100, 1000] };

describe('local sensitivity coefficients (d ln y / d ln p by central differences)', () => {
  it('recovers the elasticities of a power law at every time', async () => {
    const r = await sensitivity({ model: powerModel, scenario, parameters: ['p', 'k', 'c'], output: 'y', atDay: 100 }, { method: 'local', workers: 0 });
    if (r.method !== 'local') throw new Error('expected a local result');
    expect(r.times).toEqual([0, 10, 100, 1000]);
    const [p, k, c] = r.indices;
    expect(p!.coefficient).toBeCloseTo(3, 7);
    // ln y is linear in ln p (exact difference) but not in ln k: there the central difference carries its truncation
    // error, k ln p · (sinh h / h − 1) ≈ k ln p · h²/6 = 3.5e-5, as local.ts states.
    expect(k!.coefficient! / (3 * Math.log(2) * (Math.sinh(0.01) / 0.01))).toBeCloseTo(1, 8);
    expect(Math.abs(k!.coefficient! - 3 * Math.log(2))).toBeGreaterThan(3e-5);
    // c sits 0.4 % below its bound: the + step would leave it, so the difference is one-sided (backward), still exact here.
    expect(c!.difference).toBe('backward');
    expect(c!.coefficient).toBeCloseTo(1, 7);
    // y(0) = 0: no logarithmic coefficient at day 0, the same one after it.
    expect(p!.series[0]).toBeNull();
    for (const v of p!.series.slice(1)) expect(v).toBeCloseTo(3, 7);
    // dy/d ln p = k y = 3 · 400 at day 100; the plain difference (y₊ − y₋)/2h = y sinh(kh)/h carries (kh)²/6 = 1.5e-4.
    expect(p!.derivative! / ((400 * Math.sinh(0.03)) / 0.01)).toBeCloseTo(1, 8);
    expect(r.evaluations).toBe(1 + 2 + 2 + 1);
  });

  it('reads percent outputs and raw contract outputs by name', async () => {
    const r = await sensitivity({ model: powerModel, scenario: { ...scenario, days: [0, 100] }, parameters: ['p'], output: 'bmdTotalHip' }, { method: 'local', workers: 0 });
    expect(r.at).toBe(100);
    expect((r.indices[0] as { coefficient: number }).coefficient).toBeCloseTo(3, 7);
  });

  it('falls back to the linear form where y changes sign, and has no coefficient where y = 0', () => {
    expect(logCoefficient(Math.exp(-0.03), 1, Math.exp(0.03), 0.01, 0.01)).toBeCloseTo(3, 12);
    expect(logCoefficient(-1, 0.5, 1, 0.01, 0.01)).toBeCloseTo(200, 12);
    expect(logCoefficient(1, 0, 1, 0.01, 0.01)).toBeNull();
  });

  it('refuses a parameter at 0 and steps that leave the bounds on both sides', () => {
    expect(() => localPlan(['a'], [0], [{ min: -1, max: 1 }])).toThrow(/non-zero/);
    expect(() => localPlan(['a'], [1], [{ min: 1, max: 1 }])).toThrow(/cannot move/);
  });
});
