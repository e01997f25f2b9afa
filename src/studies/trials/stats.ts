/**
 * Streaming statistics for trial arms: memory does not grow with the number of patients. Accumulators merge, and
 * the trial runner merges them in chunk order, so the floating-point result is the same whatever the number of
 * workers.
 */

/** Running mean and variance (Welford), mergeable (Chan et al.). */
export interface Moments {
  n: number;
  mean: number;
  m2: number;
}

export const emptyMoments = (): Moments => ({ n: 0, mean: 0, m2: 0 });

export function addValue(m: Moments, x: number): void {
  m.n++;
  const d = x - m.mean;
  m.mean += d / m.n;
  m.m2 += d * (x - m.mean);
}

export function mergeMoments(a: Moments, b: Moments): Moments {
  if (b.n === 0) return { ...a };
  if (a.n === 0) return { ...b };
  const n = a.n + b.n;
  const d = b.mean - a.mean;
  return { n, mean: a.mean + (d * b.n) / n, m2: a.m2 + b.m2 + (d * d * a.n * b.n) / n };
}

export interface MeanCi {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  /** 95 % confidence interval of the mean (normal approximation). */
  readonly ci: readonly [number, number];
}

export function meanCi(m: Moments): MeanCi {
  const sd = m.n > 1 ? Math.sqrt(m.m2 / (m.n - 1)) : 0;
  const se = m.n > 0 ? sd / Math.sqrt(m.n) : 0;
  return { n: m.n, mean: m.mean, sd, ci: [m.mean - 1.96 * se, m.mean + 1.96 * se] };
}

export interface Proportion {
  readonly events: number;
  readonly n: number;
  /** events / n, in %. */
  readonly pct: number;
  /** Wilson 95 % interval, in %. */
  readonly ci: readonly [number, number];
}

export function proportion(events: number, n: number): Proportion {
  if (n === 0) return { events, n, pct: NaN, ci: [NaN, NaN] };
  const z = 1.96;
  const p = events / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { events, n, pct: 100 * p, ci: [100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)] };
}

export interface RiskRatio {
  readonly rr: number;
  /** 95 % interval (Katz log method; 0.5 added to every cell when a cell is 0). */
  readonly ci: readonly [number, number];
}

export function riskRatio(eventsT: number, nT: number, eventsC: number, nC: number): RiskRatio {
  const zeroCell = eventsT === 0 || eventsC === 0 || eventsT === nT || eventsC === nC;
  const a = zeroCell ? eventsT + 0.5 : eventsT;
  const c = zeroCell ? eventsC + 0.5 : eventsC;
  const n1 = zeroCell ? nT + 1 : nT;
  const n0 = zeroCell ? nC + 1 : nC;
  const rr = a / n1 / (c / n0);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
  return { rr, ci: [rr * Math.exp(-1.96 * se), rr * Math.exp(1.96 * se)] };
}
