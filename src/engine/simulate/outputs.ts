import type { CompiledModel } from '../compile.js';
import { ModelError } from '../errors.js';
import type { SolverStats, Stepper } from '../solvers/types.js';
import type { FiredTrigger, SimulationResult } from './types.js';

/** The states and selected derived quantities at the output times, recorded in order as the run passes them. */
export class OutputRecorder {
  readonly values: Float64Array;
  readonly derivedValues: Float64Array;
  private readonly allDerived: Float64Array;
  private readonly scratch: Float64Array;
  private next = 0;

  constructor(
    private readonly model: CompiledModel,
    readonly times: Float64Array,
    /** Indices into the model's derivedNames of the derived quantities to record. */
    private readonly derivedIdx: readonly number[],
    private readonly p: Float64Array,
    private readonly cache: Float64Array,
  ) {
    this.values = new Float64Array(times.length * model.n);
    this.derivedValues = new Float64Array(times.length * derivedIdx.length);
    this.allDerived = new Float64Array(model.derivedNames.length);
    this.scratch = new Float64Array(model.n);
  }

  /** Whether every output time has been recorded. */
  get done(): boolean {
    return this.next >= this.times.length;
  }

  /** Records outputs strictly before `tBound` from the stepper's dense output. */
  denseBefore(tBound: number, stepper: Stepper): void {
    while (this.next < this.times.length && this.times[this.next]! < tBound) {
      const tq = this.times[this.next]!;
      stepper.interpolate(tq, this.scratch);
      this.record(this.next++, tq, this.scratch);
    }
  }

  /** Records outputs at or before `t` from an exact state. */
  exactUpTo(t: number, state: Float64Array): void {
    while (this.next < this.times.length && this.times[this.next]! <= t) this.record(this.next++, this.times[this.next - 1]!, state);
  }

  private record(k: number, t: number, state: Float64Array): void {
    const m = this.derivedIdx.length;
    this.values.set(state, k * this.model.n);
    if (m > 0) {
      this.model.kernels.derivedValues(t, state, this.p, this.cache, this.allDerived);
      for (let j = 0; j < m; j++) this.derivedValues[k * m + j] = this.allDerived[this.derivedIdx[j]!]!;
    }
  }
}

/** What a finished run hands back: the recorded outputs, the final state and parameters, the stepper's counts, the triggers fired. */
export interface RunEnd {
  readonly finalState: Float64Array;
  readonly finalParameters: Float64Array;
  readonly stats: SolverStats;
  readonly triggers: readonly FiredTrigger[];
}

/** The simulation result over the recorded outputs, with lookups by state and derived-quantity name. */
export function simulationResult(model: CompiledModel, outputs: OutputRecorder, derivedIdx: readonly number[], end: RunEnd): SimulationResult {
  const { times, values, derivedValues } = outputs;
  const n = model.n;
  const nOut = times.length;
  const derivedNames = derivedIdx.map((i) => model.derivedNames[i]!);
  return {
    times,
    stateNames: model.stateNames,
    values,
    derivedNames,
    derivedValues,
    ...end,
    state(name) {
      const i = model.stateIndex(name);
      return Float64Array.from({ length: nOut }, (_, k) => values[k * n + i]!);
    },
    derived(name) {
      const j = derivedNames.indexOf(name);
      if (j < 0) throw new ModelError(`derived quantity '${name}' was not recorded (recorded: ${derivedNames.join(', ') || 'none'})`, { field: name });
      const m = derivedNames.length;
      return Float64Array.from({ length: nOut }, (_, k) => derivedValues[k * m + j]!);
    },
  };
}
