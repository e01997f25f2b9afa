import { describe, expect, it } from 'vitest';
import { sobolPoints, SOBOL_MAX_DIMENSION } from '../../../src/studies/analysis/sobol-sequence.js';

describe("Sobol' sequence on Joe–Kuo direction numbers", () => {
  it('gives the published first points of dimensions 1-3', () => {
    // The sequence's first points: dimension 1 is van der Corput's sequence in Gray-code order, dimensions 2 and 3 come
    // from Joe & Kuo's m = (1) and m = (1, 3); scipy.stats.qmc.Sobol(d=3, scramble=False) prints the same eight points.
    const published = [
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
    ];
    expect(sobolPoints(8, 3).map((p) => Array.from(p))).toEqual(published);
  });

  it('matches a reference implementation of the same table in high dimensions', () => {
    // scipy.stats.qmc.Sobol(d=1000, scramble=False, bits=32) (SciPy 1.17, which ships new-joe-kuo-6.21201): point
    // index → coordinates of dimensions 10, 40, 100 and 1000, times 2^32.
    const reference: Record<number, number[]> = {
      5: [536870912, 1610612736, 1610612736, 2684354560],
      100: [2986344448, 570425344, 3791650816, 3925868544],
      1023: [3653238784, 2998927360, 2277507072, 3678404608],
    };
    const points = sobolPoints(1024, SOBOL_MAX_DIMENSION);
    for (const [i, coords] of Object.entries(reference)) {
      expect([9, 39, 99, 999].map((d) => points[Number(i)]![d]! * 2 ** 32)).toEqual(coords);
    }
  });

  it('is a (0, m, 1)-net in every single dimension: 2^m points fill the 2^m intervals once', () => {
    const points = sobolPoints(256, 50);
    for (let d = 0; d < 50; d++) {
      const cells = new Set(points.map((p) => Math.floor(p[d]! * 256)));
      expect(cells.size).toBe(256);
    }
  });

  it('skips points and applies a digital shift that keeps the net', () => {
    const all = sobolPoints(16, 4);
    expect(sobolPoints(8, 4, { skip: 8 })).toEqual(all.slice(8));
    const shift = Uint32Array.from([0x12345678, 0x9abcdef0, 0x0f0f0f0f, 0xdeadbeef]);
    const shifted = sobolPoints(16, 4, { shift });
    expect(shifted[0]![0]).toBe(0x12345678 / 2 ** 32);
    for (let d = 0; d < 4; d++) expect(new Set(shifted.map((p) => Math.floor(p[d]! * 16))).size).toBe(16);
  });

  it('rejects dimensions it has no direction numbers for', () => {
    expect(() => sobolPoints(4, SOBOL_MAX_DIMENSION + 1)).toThrow(/dimension/);
    expect(() => sobolPoints(4, 0)).toThrow(/dimension/);
  });
});
