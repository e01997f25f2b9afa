import { describe, expect, it } from 'vitest';
import { osteosim, osteosimModel } from '../../../src/model/osteosim/index.js';
import {
  CV_LOG_SD,
  fitParacrine,
  leaveOneStudyOut,
  OVX_RAT_CV,
  percentOf,
  profile,
  randomEffects,
  seOf,
  smdOf,
  SYSTEMIC_BMD_EVIDENCE,
  systemicEffect,
  targetOf,
} from '../../../src/therapies/msc/index.js';

/** The MSC paracrine calibration (issue 16): SMD conversion, pooling, fit, profiles, leave-one-study-out. */

describe('standardized effects and the between-animal SD', () => {
  it('converts an SMD to % of control and back with the DXA BMD CV (5 %, range 3–8 %)', () => {
    const cv = OVX_RAT_CV.bmdDxa;
    expect([cv.low, cv.value, cv.high]).toEqual([0.03, 0.05, 0.08]);
    expect(percentOf(3.02)).toBeCloseTo(15.1, 10);
    expect(smdOf(percentOf(1.29, 0.08), 0.08)).toBeCloseTo(1.29, 12);
    expect(CV_LOG_SD).toBeCloseTo(Math.log(8 / 3) / 3.92, 12);
  });
  it('pools Fu 2021 and Li by DerSimonian–Laird: their CIs do not overlap, so tau² is large', () => {
    // By hand: SE 0.602 and 0.230, fixed-effect 1.51, Q 7.26 (1 df), tau² 1.29, random-effects mean 2.07 (SE 0.86).
    expect(seOf(SYSTEMIC_BMD_EVIDENCE[0]!)).toBeCloseTo(0.602, 3);
    const re = randomEffects(SYSTEMIC_BMD_EVIDENCE);
    expect(re.tau2).toBeCloseTo(1.289, 2);
    expect(re.mean).toBeCloseTo(2.065, 2);
    expect(re.se).toBeCloseTo(0.86, 2);
    const one = randomEffects([SYSTEMIC_BMD_EVIDENCE[1]!]);
    expect([one.mean, one.se, one.tau2].map((x) => Number(x.toFixed(10)))).toEqual([1.29, Number(seOf(SYSTEMIC_BMD_EVIDENCE[1]!).toFixed(10)), 0]);
  });
});

describe('the fit of k_P and beta_RP', () => {
  const target = targetOf(SYSTEMIC_BMD_EVIDENCE);
  const stored = { k_P: osteosimModel.defaultParameters()[osteosimModel.parameterIndex('k_P')]!, beta_RP: osteosimModel.defaultParameters()[osteosimModel.parameterIndex('beta_RP')]! };

  it('the stored values reproduce the pooled effect: about +10 % BMD over OVX at 8 weeks, SMD 2.03, inside the D4 CI', () => {
    const d = systemicEffect(osteosim);
    expect(d).toBeGreaterThan(9.5);
    expect(d).toBeLessThan(10.8);
    expect(Math.abs(smdOf(d) - target.smd)).toBeLessThan(0.1);
  });
  it('refitting from the priors lands on the stored values (within 10 %)', () => {
    const fit = fitParacrine(osteosim, target);
    expect(fit.dataChi2).toBeLessThan(0.01);
    expect(fit.parameters.k_P! / stored.k_P).toBeGreaterThan(0.9);
    expect(fit.parameters.k_P! / stored.k_P).toBeLessThan(1.1);
    expect(fit.parameters.beta_RP! / stored.beta_RP).toBeGreaterThan(0.9);
    expect(fit.parameters.beta_RP! / stored.beta_RP).toBeLessThan(1.1);
  });
  it('the parameter rows say fitted, to the two pooled effects', () => {
    for (const name of ['k_P', 'beta_RP']) {
      const def = osteosimModel.composed.parameters.get(name)!.def;
      expect(def.evidence, name).toBe('fitted');
      expect(def.fittedTo).toEqual(SYSTEMIC_BMD_EVIDENCE.map((s) => s.fittedTo));
    }
  });
  it('leave one study out: each meta-analysis is predicted badly from the other (errors of opposite sign, > 1 SMD)', () => {
    const rows = leaveOneStudyOut(osteosim);
    expect(rows.map((r) => r.left)).toEqual(['D4', 'Li']);
    expect(rows[0]!.errorSmd).toBeLessThan(-1);
    expect(rows[1]!.errorSmd).toBeGreaterThan(1);
  });
  it('the engraftment fraction is not constrained by the systemic effect (flat profile over its prior range)', () => {
    const pr = profile(osteosim, target, stored, { name: 'f_eng_im', low: 0.001, high: 0.03 }, 3);
    expect(pr.constrained).toBe(false);
    expect(Math.max(...pr.points.map((p) => p.dataChi2))).toBeLessThan(0.1);
  });
});
