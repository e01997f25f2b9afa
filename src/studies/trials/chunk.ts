import type { SimulateOptions } from '../../engine/index.js';
import { getModel, simulateScenario, type BoneModel } from '../../model/index.js';
import { cumulativeIncidence, drawFractureEvents, drawFractures, expectedInWindow } from '../../outcomes/fracture/index.js';
import { bmdTrajectory, patientScenario } from '../../patients/index.js';
import { addPatient, emptyArm, type ArmAccumulator, type PatientOutcome } from './accumulate.js';
import { samplePatient } from './population.js';
import { randomStream } from './rng.js';
import { DXA_PRECISION_CV } from './variability.js';
import { FRACTURE_ENDPOINTS, visitDaysOf, type FractureEndpoint, type TrialSite, type TrialSpec } from './spec.js';

/** A chunk of consecutive patient indices [from, to) of a trial. */
export interface ChunkTask {
  readonly spec: TrialSpec;
  /** Registered model the patients are simulated on (model/registry.ts). */
  readonly model: string;
  /** Solver options over the model's population defaults (`BoneModel.populationSolverDefaults`). */
  readonly solver?: SimulateOptions;
  readonly chunk: number;
  readonly from: number;
  readonly to: number;
  /** Return every patient's outcome as well as the arm summaries. */
  readonly perPatient: boolean;
}

export interface ChunkResult {
  readonly chunk: number;
  readonly arms: ArmAccumulator[];
  readonly patients?: PatientOutcome[];
}

/** Days between the points where the fracture hazard reads the trajectory. */
export const HAZARD_GRID_DAYS = 30;

/**
 * Arm of patient `index`: permuted blocks holding one patient per arm, each block shuffled by its own random stream,
 * so arms stay balanced and allocation does not depend on the chunking.
 */
export function armOf(spec: TrialSpec, index: number): number {
  const k = spec.arms.length;
  const block = Math.floor(index / k);
  const rng = randomStream(spec.seed, 'allocation', block);
  const order = Array.from({ length: k }, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order[index % k]!;
}

export function simulateChunk(task: ChunkTask): ChunkResult {
  const { spec } = task;
  const visits = visitDaysOf(spec);
  const grid = outputGrid(spec.durationDays, visits);
  const arms = spec.arms.map(() => emptyArm(visits.length, spec.windows?.length ?? 0));
  const patients: PatientOutcome[] = [];
  const model = getModel(task.model);
  for (let i = task.from; i < task.to; i++) {
    const outcome = simulatePatient(model, spec, i, { visits, grid, ...(task.solver && { solver: task.solver }) });
    addPatient(arms[outcome.arm]!, outcome);
    if (task.perPatient) patients.push(outcome);
  }
  return { chunk: task.chunk, arms, ...(task.perPatient ? { patients } : {}) };
}

export interface PatientRunOptions {
  /** Visit days and the output grid (computed from the spec when absent). */
  readonly visits?: readonly number[];
  readonly grid?: readonly number[];
  /** Solver options over the model's population defaults. */
  readonly solver?: SimulateOptions;
}

/**
 * One virtual patient: sampled (with the model's variability), simulated at the model's population tolerance, BMD read
 * at the visits, fractures drawn.
 */
export function simulatePatient(model: BoneModel, spec: TrialSpec, index: number, options: PatientRunOptions = {}): PatientOutcome {
  const visits = options.visits ?? visitDaysOf(spec);
  const grid = options.grid ?? outputGrid(spec.durationDays, visits);
  const arm = armOf(spec, index);
  const { profile, parameters } = samplePatient(spec.population, spec.seed, index, model);
  const base = patientScenario(profile, spec.arms[arm]!.regimens, grid);
  const result = simulateScenario(model, { ...base, parameters: { ...base.parameters, ...parameters } }, { solver: { ...model.populationSolverDefaults, ...options.solver } });
  const trajectory = bmdTrajectory(profile, result);
  const at = visits.map((d) => grid.indexOf(d));
  // Measured BMD: the simulated value with DXA precision error at baseline and at each visit.
  const noise = randomStream(spec.seed, 'dxa', index);
  const pct = (series: Float64Array, site: TrialSite): number[] => {
    const cv = DXA_PRECISION_CV[site];
    const base = series[0]! * (1 + cv * noise.normal());
    return at.map((k) => 100 * ((series[k]! * (1 + cv * noise.normal())) / base - 1));
  };
  const bmdPct: Record<TrialSite, number[]> = { totalHip: pct(trajectory.hipBmd, 'totalHip'), lumbarSpine: pct(trajectory.spineBmd, 'lumbarSpine') };
  const draws = drawFractures(profile, trajectory, randomStream(spec.seed, 'events', index).uniform);
  const incidence = cumulativeIncidence(profile, trajectory);
  const strengthOnly = cumulativeIncidence(profile, trajectory, undefined, { turnover: false });
  const firstEventDay = Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, draws[e] ?? null])) as Record<FractureEndpoint, number | null>;
  const probability = Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, incidence[e].at(-1)!])) as Record<FractureEndpoint, number>;
  return {
    index,
    arm,
    ageYears: profile.ageYears,
    hipTScore: profile.baseline!.hipTScore!,
    spineTScore: profile.baseline!.spineTScore!,
    prevalentVertebralFracture: (profile.priorFractures?.vertebral ?? 0) > 0,
    prevalentVertebralCount: profile.priorFractures?.vertebral ?? 0,
    bmdPct,
    firstEventDay,
    probability,
    probabilityStrengthOnly: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, strengthOnly[e].at(-1)!])) as Record<FractureEndpoint, number>,
    died: draws.death !== undefined,
    newVertebralFractures: drawFractureEvents(profile, trajectory, randomStream(spec.seed, 'recurrent events', index).uniform).events.filter((e) => e.site === 'morphometricVertebral').length,
    windows: (spec.windows ?? []).map((w) => {
      const x = expectedInWindow(profile, trajectory, w.fromDay, w.toDay);
      return { events: Object.fromEntries(FRACTURE_ENDPOINTS.map((e) => [e, x.events[e]])) as Record<FractureEndpoint, number>, personYears: x.personYears };
    }),
  };
}

/** Days the model reports: every HAZARD_GRID_DAYS days, the visits and the end. */
export function outputGrid(durationDays: number, visits: readonly number[]): number[] {
  const days = new Set<number>([0, durationDays, ...visits]);
  for (let d = HAZARD_GRID_DAYS; d < durationDays; d += HAZARD_GRID_DAYS) days.add(d);
  return [...days].sort((a, b) => a - b);
}
