import { compileModel, type EngineEvent } from '../../../src/engine/index.js';
import { checkScenario, type BoneModel, type DrugName, type OutputName, type PreparedScenario, type Scenario, type Species } from '../../../src/model/index.js';

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

/** Every contract output, for the fake's compiled model. */
const ALL_OUTPUTS: readonly OutputName[] = [
  'bmdTotalHip', 'bmdLumbarSpine', 'ctx', 'p1np', 'bsap', 'marrowFatFraction', 'rankOccupancy', 'ranklOpgRatio', 'sclerostin', 'estrogen',
  'mscPool', 'osteoblasts', 'osteoclasts', 'pth', 'tgfBeta', 'denosumabLevel', 'romosozumabLevel', 'bisphosphonateLevel', 'teriparatideLevel',
];

/**
 * The fake's engine model: one parameter per output and a derived quantity reading it, plus one constant state. A
 * scenario's closed-form values arrive as parameter changes at the output days (outputs at an event time show the
 * value after it), so the fake runs through the contract's `simulateScenario` like a real model.
 */
const FAKE_COMPILED = compileModel('fake', [
  {
    name: 'table',
    states: { z: { unit: '1', initial: 0 } },
    parameters: Object.fromEntries(ALL_OUTPUTS.map((o) => [`v_${o}`, { value: 0, unit: '1', source: 'test double', evidence: 'defined' as const, min: -Infinity }])),
    derived: Object.fromEntries(ALL_OUTPUTS.map((o) => [`y_${o}`, `v_${o}`])),
    rates: { z: '0' },
  },
]);

/** Menopause age of every fake woman unless the scenario gives one. */
export const FAKE_MENOPAUSE_AGE = 51.5;

/**
 * A BoneModel made of closed-form curves: checks the scenario like a real model, then samples `outputs` at the output
 * days. Its outputs are the ones `outputs` returns for a 60-year-old untreated patient (all of them if that throws).
 */
export function fakeModel(spec: FakeSpec): BoneModel {
  const species = spec.species ?? ['woman', 'man'];
  let sampled: readonly OutputName[];
  try {
    sampled = Object.keys(spec.outputs({ patient: { species: species[0]!, ageYears: 60 }, days: [0] }, 0, 60)) as OutputName[];
  } catch {
    sampled = ALL_OUTPUTS;
  }
  const model: BoneModel = {
    name: spec.name ?? 'fake',
    description: 'closed-form test model',
    species,
    defaultMenopauseAgeYears: FAKE_MENOPAUSE_AGE,
    drugs: spec.drugs ?? ['denosumab', 'alendronate', 'zoledronate', 'risedronate', 'teriparatide', 'abaloparatide', 'romosozumab', 'raloxifene', 'hormoneTherapy', 'calciumVitaminD'],
    cellTherapy: false,
    sites: ['totalHip', 'lumbarSpine'],
    outputs: Object.fromEntries(sampled.map((o) => [o, `y_${o}`])),
    compiled: FAKE_COMPILED,
    solverDefaults: {},
    populationSolverDefaults: {},
    variability: [],
    prepare(scenario: Scenario): PreparedScenario {
      checkScenario(scenario, { ...model, name: model.name });
      spec.calls?.push(scenario);
      const days = Float64Array.from(scenario.days);
      const ages = days.map((d) => scenario.patient.ageYears + d / 365);
      const samples = scenario.days.map((d, i) => spec.outputs(scenario, d, ages[i]!));
      const events: EngineEvent[] = samples.flatMap((sample, i) =>
        sampled.map((o) => ({ kind: 'set-parameter' as const, time: days[i]!, parameter: `v_${o}`, value: sample[o] ?? Number.MAX_VALUE })),
      );
      return { parameters: FAKE_COMPILED.defaultParameters(), initialState: new Float64Array(1), t0: 0, times: days, events, days, ageYears: ages };
    },
  };
  return model;
}

export const hasDrug = (scenario: Scenario, drug: DrugName): boolean => (scenario.regimens ?? []).some((r) => r.drug === drug);
