import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

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

/** One 32-bit hash chain (murmur3-style mixing and finalizer) of the seed, a stream label and an index, salted. */
function chain(salt: number, seed: number, label: string, index: number): number {
  let h = (seed | 0) ^ salt;
  const mix = (v: number): void => {
    h = Math.imul(h ^ v, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  };
  for (let i = 0; i < label.length; i++) mix(label.charCodeAt(i));
  mix(index | 0);
  mix(Math.floor(index / 2 ** 32));
  mix(salt);
  return h | 0;
}

/** Salts of the four chains: fractional bits of sqrt(2), sqrt(3), sqrt(5), sqrt(7) (any distinct odd constants do). */
const SALTS = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a] as const;

/**
 * The stream's generator state: 128 bits (four 32-bit words from four salted hash chains of the seed, the label and
 * the index), the whole state of xoroshiro128+. A 32-bit stream seed made duplicate streams likely within a trial
 * (by the birthday bound, about one pair among 100,000 patients); with 128 bits the chance is about 10^-29.
 */
export function streamState(seed: number, label: string, index: number): [number, number, number, number] {
  const state = SALTS.map((salt) => chain(salt, seed, label, index)) as [number, number, number, number];
  if (state.every((w) => w === 0)) state[0] = 1; // xoroshiro's one forbidden state
  return state;
}

/** The first 64 bits of the stream state as a hex string, a stream's identity (two streams differ if these do). */
export function streamSeed(seed: number, label: string, index: number): string {
  const [a, b] = streamState(seed, label, index);
  return [a, b].map((w) => (w >>> 0).toString(16).padStart(8, '0')).join('');
}

export function randomStream(seed: number, label: string, index: number): RandomStream {
  const rng = xoroshiro128plusFromState(streamState(seed, label, index));
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
