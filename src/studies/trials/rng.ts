import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * Seeded random streams for virtual trials. Every patient draws from its own stream, derived from the trial seed and
 * the patient's index (and a purpose label), so a patient's draws do not depend on which worker simulates it or in
 * what order: results are identical for a given seed whatever the number of workers.
 */
export interface RandomStream {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
}

/** 32-bit mix (murmur3 finalizer) of the seed, a stream label and an index: the stream's generator seed. */
export function streamSeed(seed: number, label: string, index: number): number {
  let h = (seed | 0) ^ 0x9e3779b9;
  const mix = (v: number): void => {
    h = Math.imul(h ^ v, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  };
  for (let i = 0; i < label.length; i++) mix(label.charCodeAt(i));
  mix(index | 0);
  mix(Math.floor(index / 2 ** 32));
  return h | 0;
}

export function randomStream(seed: number, label: string, index: number): RandomStream {
  const rng = xoroshiro128plus(streamSeed(seed, label, index));
  let spare: number | undefined;
  const uniform = (): number => uniformFloat64(rng);
  return {
    uniform,
    normal() {
      if (spare !== undefined) {
        const s = spare;
        spare = undefined;
        return s;
      }
      let u = 0;
      while (u === 0) u = uniform();
      const v = uniform();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}

/** Checks a trial seed: a whole number that fits in 32 bits (the generators' seed space). */
export function checkSeed(seed: unknown, field = 'seed'): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || Math.abs(seed) > 2 ** 31 - 1) {
    throw new RangeError(`${field}: must be a whole number between -2147483647 and 2147483647, got ${String(seed)}`);
  }
  return seed;
}
