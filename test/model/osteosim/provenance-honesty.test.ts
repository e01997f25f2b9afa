import { describe, expect, it } from 'vitest';
import { osteosim, PRODUCT_PARAMETERS } from '../../../src/model/osteosim/index.js';

const parameters = [...osteosim.compiled.composed.parameters.entries()];

describe('osteosim provenance honesty', () => {
  it("counts every target a parameter was taken from as in-sample (BoneModel.fittedTargets)", () => {
    const sourced = new Set(parameters.flatMap(([, { def }]) => def.sourceTargets ?? []));
    for (const id of ['E4', 'E13']) expect(sourced).toContain(id);
    for (const id of sourced) expect(osteosim.fittedTargets, id).toContain(id);
    // The MSC product table (OVX donors' homing and osteogenic propensity) is set per regimen, outside the composed model.
    expect(PRODUCT_PARAMETERS.ovxHoming.sourceTargets).toEqual(['D17', 'D16']);
    for (const id of ['D16', 'D17']) expect(osteosim.fittedTargets).toContain(id);
    expect(osteosim.compiled.composed.parameters.get('k_X_iv')!.def.sourceTargets).toContain('E4');
  });

  it("calls no other model's constant 'measured' (outside the denosumab and osteoclast modules under rebuild)", () => {
    const otherModel = /Pivonka|Lerebours|OpenBoneMin|Martínez-Reina|Scheiner|Komarova|Lemaire/;
    const offenders = parameters
      .filter(([, { def, module }]) => def.evidence === 'measured' && otherModel.test(def.source) && module !== 'denosumab' && module !== 'osteoclast lineage')
      .map(([name]) => name);
    expect(offenders).toEqual([]);
    expect(osteosim.compiled.composed.parameters.get('theta_R')!.def.evidence).toBe('literature-model');
  });
});
