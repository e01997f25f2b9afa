/** A model definition, scenario or parameter is invalid: the user must change their input. */
export class ModelError extends Error {
  /** The field, name or path that is at fault (e.g. "parameter kB", "rate of OCa"). */
  readonly field: string | undefined;
  constructor(message: string, details: { field?: string } = {}) {
    super(message);
    this.name = 'ModelError';
    this.field = details.field;
  }
}

export interface SolverFailure {
  /** Simulation time at which the solver gave up. */
  readonly time: number;
  /** Name of the state that misbehaved (largest error, non-finite derivative), when one can be named. */
  readonly state: string | undefined;
  /** What the user can change. */
  readonly suggestion: string;
}

/** Integration failed: step size underflow, a non-finite right-hand side, too many steps, no steady state. */
export class SolverError extends Error implements SolverFailure {
  readonly time: number;
  readonly state: string | undefined;
  readonly suggestion: string;
  constructor(what: string, failure: SolverFailure) {
    const where = failure.state === undefined ? '' : `, state '${failure.state}'`;
    super(`${what} at t = ${formatTime(failure.time)}${where}. ${failure.suggestion}`);
    this.name = 'SolverError';
    this.time = failure.time;
    this.state = failure.state;
    this.suggestion = failure.suggestion;
  }
}

function formatTime(t: number): string {
  return Number.isFinite(t) ? String(Number(t.toPrecision(10))) : String(t);
}
