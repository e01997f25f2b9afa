import type { EngineEvent } from '../events.js';
import type { LinearSolver, Method, SolverStats } from '../solvers/types.js';

export interface SimulateOptions {
  /** 'rodas5p' (stiff, default) or 'dopri5' (explicit, non-stiff). */
  readonly method?: Method;
  readonly rtol?: number;
  /** Scalar, per state (array in state order), or by state name (others get the default 1e-10). */
  readonly atol?: number | readonly number[] | Readonly<Record<string, number>>;
  readonly maxSteps?: number;
  readonly hMax?: number;
  readonly hInit?: number;
  readonly fixedStep?: number;
  /** Absolute time tolerance for locating state-triggered events (default 1e-10 * max(1, |t|)). */
  readonly eventTolerance?: number;
  /**
   * How 'rodas5p' factors its iteration matrix: 'auto' (default: sparse LU over the model's Jacobian pattern when
   * that is clearly cheaper), 'dense' or 'sparse'. Results agree to round-off; this only changes speed.
   */
  readonly linearSolver?: LinearSolver;
}

export interface SimulateInput {
  /** Parameter vector (from model.parameters()) or overrides by name. */
  readonly parameters?: Float64Array | Readonly<Record<string, number>>;
  /** Initial state vector or overrides by state name (others from the model's initial values). */
  readonly initialState?: Float64Array | Readonly<Record<string, number>>;
  /** Start time (default: the first output time). */
  readonly t0?: number;
  /** Output times, non-decreasing. The last one is the end of the simulation. */
  readonly times: ArrayLike<number>;
  readonly events?: readonly EngineEvent[];
  /** Derived quantities to record at the output times. */
  readonly derived?: readonly string[];
  readonly options?: SimulateOptions;
}

export interface FiredTrigger {
  readonly label: string;
  readonly time: number;
}

export interface SimulationResult {
  readonly times: Float64Array;
  readonly stateNames: readonly string[];
  /** Row-major: values[k * n + i] is state i at times[k]. Outputs at an event time show the state after the event. */
  readonly values: Float64Array;
  readonly derivedNames: readonly string[];
  /** Row-major like `values`, over `derivedNames`. */
  readonly derivedValues: Float64Array;
  readonly finalState: Float64Array;
  readonly finalParameters: Float64Array;
  readonly stats: SolverStats;
  readonly triggers: readonly FiredTrigger[];
  /** One state over time. */
  state(name: string): Float64Array;
  /** One recorded derived quantity over time. */
  derived(name: string): Float64Array;
}
