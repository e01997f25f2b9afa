import { checkScenario, type BoneModel, type DrugName, type OutputName, type Scenario, type ScenarioResult, type Species } from '../../../src/model/scenario.js';

/** Linear interpolation through (x, y) knots, flat outside. */
export function interp(knots: readonly (readonly [number, number])[], x: number): number {
  if (x <= knots[0]![0]) return knots[0]![1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i]!;
    const [x0, y0] = knots[i - 1]!;
    if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
  }
  return knots[knots.length - 1]![1];
}

export interface FakeSpec {
  readonly name?: string;
  readonly species?: readonly Species[];
  readonly drugs?: readonly DrugName[];
  /** Outputs at one output day: `day` from the scenario start, `age` in years. */
  readonly outputs: (scenario: Scenario, day: number, age: number) => Partial<Record<OutputName, number>>;
  readonly calls?: Scenario[];
}

/** A BoneModel made of closed-form curves: checks the scenario like a real model, then samples `outputs`. */
/** Menopause age of every fake woman unless the scenario gives one. */
export const FAKE_MENOPAUSE_AGE = 51.5;

export function fakeModel(spec: FakeSpec): BoneModel {
  const model: BoneModel = {
    name: spec.name ?? 'fake',
    description: 'closed-form test model',
    species: spec.species ?? ['woman', 'man'],
    defaultMenopauseAgeYears: FAKE_MENOPAUSE_AGE,
    drugs: spec.drugs ?? ['denosumab', 'alendronate', 'zoledronate', 'risedronate', 'teriparatide', 'abaloparatide', 'romosozumab', 'raloxifene', 'hormoneTherapy', 'calciumVitaminD'],
    simulate(scenario: Scenario): ScenarioResult {
      checkScenario(scenario, model);
      spec.calls?.push(scenario);
      const days = Float64Array.from(scenario.days);
      const ages = days.map((d) => scenario.patient.ageYears + d / 365);
      const samples = scenario.days.map((d, i) => spec.outputs(scenario, d, ages[i]!));
      const outputs: Partial<Record<OutputName, Float64Array>> = {};
      for (const name of Object.keys(samples[0] ?? {}) as OutputName[]) outputs[name] = Float64Array.from(samples, (s) => s[name] ?? NaN);
      return { model: model.name, days, ageYears: ages, outputs };
    },
  };
  return model;
}

export const hasDrug = (scenario: Scenario, drug: DrugName): boolean => (scenario.regimens ?? []).some((r) => r.drug === drug);
