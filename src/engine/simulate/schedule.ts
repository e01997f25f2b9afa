import type { CompiledModel } from '../compile.js';
import type { TimedAction } from '../events.js';

/**
 * The scheduled actions of one run, applied in time order to y and p (a parameter change refills the cache), and
 * the zero-order inputs of the infusions running now, which the right-hand side adds.
 */
export class ActionSchedule {
  /** Input rate per state while `infusing`. */
  readonly inputRate: Float64Array;
  infusing = false;
  private readonly activeInfusions: Int32Array;
  private next = 0;

  constructor(
    private readonly model: CompiledModel,
    private readonly actions: readonly TimedAction[],
    private readonly y: Float64Array,
    private readonly p: Float64Array,
    private readonly cache: Float64Array,
  ) {
    this.inputRate = new Float64Array(model.n);
    this.activeInfusions = new Int32Array(model.n);
  }

  /** Time of the next action not yet applied (Infinity when none is left). */
  nextTime(): number {
    return this.next < this.actions.length ? this.actions[this.next]!.time : Infinity;
  }

  /** Applies every scheduled action at or before t; returns whether anything changed. */
  applyUpTo(t: number): boolean {
    let changed = false;
    while (this.next < this.actions.length && this.actions[this.next]!.time <= t) {
      this.apply(this.actions[this.next++]!);
      changed = true;
    }
    return changed;
  }

  private apply(a: TimedAction): void {
    switch (a.type) {
      case 'rate':
        this.activeInfusions[a.state]! += a.start ? 1 : -1;
        // Reset to exactly zero when the last infusion into a state ends, so no round-off input remains.
        this.inputRate[a.state] = this.activeInfusions[a.state] === 0 ? 0 : this.inputRate[a.state]! + a.delta;
        this.infusing = this.activeInfusions.some((c) => c > 0);
        break;
      case 'parameter':
        this.p[a.parameter] = a.value;
        this.model.precompute(this.p, this.cache);
        break;
      case 'bolus':
        this.y[a.state]! += a.amount;
        break;
    }
  }
}
