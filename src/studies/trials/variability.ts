/**
 * Sampling helpers of virtual populations. Each model carries its own between-subject variability
 * (`BoneModel.variability`, a lognormal per parameter); this module turns a standard normal draw into a factor, and
 * holds the measurement error of the trial endpoints.
 */

/** Lognormal multiplier with mean 1 for CV `cv` at standard normal `z`. */
export function lognormalFactor(cv: number, z: number): number {
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  return Math.exp(sigma * z - (sigma * sigma) / 2);
}

/**
 * DXA precision error of a BMD measurement (coefficient of variation of repeated scans), applied independently at
 * baseline and at each visit to the endpoint BMD: trial endpoints are measured values. About 1 % at the spine and the
 * total hip in practice (ISCD Official Positions: precision assessment and least significant change; the minimum
 * acceptable precision of one technologist is 1.9 % at the spine and 1.8 % at the total hip; typical values near
 * 1 %, UNVERIFIED).
 */
export const DXA_PRECISION_CV: Readonly<Record<'totalHip' | 'lumbarSpine', number>> = { totalHip: 0.01, lumbarSpine: 0.01 };
