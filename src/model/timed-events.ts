import { ModelError, type EngineEvent } from '../engine/index.js';
import type { BoneModel } from './bone-model.js';
import { inputError } from './input-error.js';
import { SIGNAL_LABELS, type Exposure, type Perturbation, type Scenario, type SignalName } from './scenario.js';

/**
 * Pathway experiments and timed exposures as parameter-change events (issue 15). A window sets its parameter at
 * `fromDay` and sets it back at `fromDay + forDays` (none: it lasts to the end): a perturbation multiplies its
 * signal's factor parameter (1 unless the scenario's parameters set it) by its factor; an exposure sets the
 * exposure's parameter to its value, and its end restores the value the scenario would otherwise have. With no
 * windows there are no events, so every scenario without them runs exactly as before.
 */

/** The model fields the events are built from. */
type WindowModel = Pick<BoneModel, 'name' | 'signals' | 'exposures' | 'compiled'>;

/** What a signal's factor means as a change: factor 0.5 → '−50 %'. */
const changeText = (factor: number): string => `${factor >= 1 ? '+' : '−'}${Number(Math.abs(100 * (factor - 1)).toPrecision(6))} %`;

/**
 * The parameter-change events of a scenario's perturbations and exposures, on the model clock (the scenario starts
 * at `tStart`). `base(parameter)` is the parameter's value over the scenario outside any window. Throws an
 * InputError naming the field for a signal or exposure the model lacks and for a value outside the parameter's
 * bounds. `checkScenario` has checked names, times and overlaps.
 */
export function windowEvents(model: WindowModel, scenario: Scenario, tStart: number, base: (parameter: string) => number): EngineEvent[] {
  const events: EngineEvent[] = [];
  const window = (parameter: string, value: number, w: Perturbation | Exposure): void => {
    const from = tStart + w.fromDay;
    events.push({ kind: 'set-parameter', time: from, parameter, value });
    if (w.forDays !== undefined) events.push({ kind: 'set-parameter', time: from + w.forDays, parameter, value: base(parameter) });
  };
  const inBounds = (parameter: string, value: number, field: string, what: () => string): void => {
    try {
      model.compiled.checkParameter(parameter, value);
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      inputError(field, 'range', `${what()} is outside what model '${model.name}' allows: ${e.message}`, { given: value });
    }
  };
  const byStart = <W extends Perturbation | Exposure>(list: readonly W[] | undefined): [W, number][] =>
    (list ?? []).map((w, k): [W, number] => [w, k]).sort(([a], [b]) => a.fromDay - b.fromDay);

  const signals = Object.keys(model.signals ?? {}) as SignalName[];
  for (const [p, k] of byStart(scenario.perturbations)) {
    const term = model.signals?.[p.signal];
    if (!term) {
      const has = signals.length > 0 ? signals.map((s) => `${s} (${SIGNAL_LABELS[s]})`).join(', ') : 'none';
      inputError(`perturbations[${k}].signal`, 'unsupported', `model '${model.name}' has no signal '${p.signal}' (${SIGNAL_LABELS[p.signal]}); the signals it has: ${has}`, {
        given: p.signal,
        allowed: signals.join(', '),
      });
    }
    const value = base(term.parameter) * p.factor;
    inBounds(term.parameter, value, `perturbations[${k}].factor`, () => `${SIGNAL_LABELS[p.signal]} ${changeText(p.factor)} (factor ${p.factor})`);
    window(term.parameter, value, p);
  }
  const exposures = Object.keys(model.exposures ?? {});
  for (const [x, k] of byStart(scenario.exposures)) {
    const term = model.exposures?.[x.exposure];
    if (!term) {
      inputError(`exposures[${k}].exposure`, 'unsupported', `model '${model.name}' has no exposure '${x.exposure}' (the exposures it has: ${exposures.length > 0 ? exposures.join(', ') : 'none'})`, {
        given: x.exposure,
        allowed: exposures.join(', '),
      });
    }
    inBounds(term.parameter, x.value, `exposures[${k}].value`, () => `${x.exposure} ${x.value} ${term.unit}`);
    window(term.parameter, x.value, x);
  }
  return events;
}
