import type { ModuleDef } from '../../engine/index.js';

/**
 * TGF-β coupling, made explicit. TGF-β is stored in the bone matrix and released in active form by resorption; it
 * recruits osteoprogenitors to the resorbed surface and promotes osteoclast apoptosis (Pivonka et al. 2008: TGF-β =
 * alpha k_res OCa / D_TGF, quasi-steady; research/models.md §2.2; Proctor & Gartland 2016, research/msc.md §1b).
 *
 * The model already carries both effects, and this module adds no dynamics and no parameters, only names:
 *   - Jörg's resorption signal r = rho_C is a quasi-steady TGF-β (its clearance, about a day, is fast against the
 *     osteoclasts): it raises osteoclast apoptosis through g+(C / r_C) (osteoclasts.ts, OC_apoptosis).
 *   - The coupling signal C_d (bone.ts, prototype change V1) is the same signal delayed by 1/k_cpl = 95 days, the
 *     time from resorption to the formation that TGF-β (and the other matrix-derived factors) recruits; it raises
 *     bone formation through 1 + nu_Omega g+(C_d / r_Omega) (b+). Duplicating a TGF-β state here would count it twice.
 *
 *   TGFb          = b− / b−_young        active TGF-β released by resorption, relative to young (= resorption rate)
 *   TGFb_coupling = C_d / C_young        the delayed TGF-β signal that drives formation, relative to young
 *
 * Both are 1 at the young steady state. TGFb follows resorption, not osteoclast numbers, so a drug that lowers
 * resorption per osteoclast would lower it; the apoptosis term of Jörg reads the osteoclast density C, as calibrated.
 */
export const tgfBeta: ModuleDef = {
  name: 'TGF-beta coupling',
  // The pathway-experiment factor fx_tgfb (TGF-β per unit resorption) is declared with the osteoclast lineage, whose
  // apoptosis term is the first to read it (the core must compile without this module).
  parameters: {},
  derived: {
    TGFb: { expr: 'fx_tgfb * b_minus / b_minus_young', unit: '1', meaning: 'active TGF-β released by resorption, relative to young (quasi-steady)' },
    TGFb_coupling: { expr: 'C_d / C_young', unit: '1', meaning: 'delayed TGF-β coupling signal that drives formation, relative to young' },
  },
};
