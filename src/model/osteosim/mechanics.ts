import type { ModuleDef } from '../../engine/index.js';
import { row } from '../parameter-row.js';

/**
 * Mechanical loading (Frost's mechanostat; bone-cell form of Scheiner et al. 2013 and Lerebours et al. 2016,
 * research/models.md §4a, §4e). `loading` is the habitual-relative mechanical stimulus, in the sense of Pivonka's
 * group a strain-energy density relative to its habitual value: 1 = habitual loading (the calibrated natural
 * history), > 1 exercise, < 1 disuse (0 = complete unloading: microgravity, strict bed rest, a paralysed limb).
 *
 *   Pi         = loading − 1                                       relative deviation of the stimulus
 *   disuse     = max(0, −Pi)                                       0 habitual … 1 complete unloading
 *   overload   = min(max(0, Pi), Pi_max)                           saturates (Lerebours: f_mech capped at 2)
 *   RANKL     ← RANKL · (1 + beta_L_mech · disuse)                 unloaded osteocytes make more RANKL
 *   b+        ← b+ · (1 − beta_B_mech · disuse)                    unloaded osteoblasts form less bone (uncoupling)
 *   J_ob      ← J_ob · (1 + lambda_mech · overload)                loading drives osteoprogenitor supply
 *
 * Every factor is exactly 1 at loading = 1, so the calibrated model is unchanged. Nothing here is fitted: the
 * disuse magnitudes are assumed, chosen by hand so that complete unloading loses total-hip BMD at about 0.9 %/month
 * over the first 6 months (−0.6 % in the first month while osteoclasts form, then about 1 %/month; bed rest and
 * spaceflight: 0.9–1.5 %/month), and the exercise gain (Lerebours' lambda) is about
 * +0.7 % in a year at loading 1.5 against habitual loading (exercise meta-analyses: about +1 %). The spine loses
 * 1.15× the hip here (kappa_LS), whereas in spaceflight it loses less than the hip (0.9 vs 1.4–1.5 %/month).
 * There is no density feedback on the stimulus (the mechanostat's return to a new equilibrium as bone adapts is not
 * modelled): disuse keeps losing and exercise keeps gaining at a slowly changing rate, so use it for months to a few
 * years. In a scenario, `loading` takes effect at the scenario start (EXPOSURE_PARAMETERS in bone-model.ts).
 */
export const mechanicalLoading: ModuleDef = {
  name: 'mechanical loading',
  parameters: {
    loading: row({
      value: 1,
      unit: '1',
      meaning: 'mechanical loading stimulus relative to habitual (1 habitual; > 1 exercise; < 1 disuse; 0 complete unloading)',
      evidence: 'defined',
      source: 'scenario input; 1 = the habitual loading of the calibrated natural history',
      max: 4,
      note: 'a relative strain-energy density (Scheiner 2013, Lerebours 2016). Examples (assumed, not data): 0 microgravity or strict bed rest (Lerebours 2016 model spaceflight as 80 % less force, i.e. about 96 % less strain energy); 0.5 partial unloading (crutches, partial immobilisation); 1.5 a vigorous progressive resistance/impact programme. Human-scaled; in the rat and mouse profiles it is a relative knob only',
    }),
    beta_L_mech: row({
      value: 3,
      unit: '1',
      meaning: 'RANKL production increase at complete unloading (disuse = 1)',
      evidence: 'assumed',
      source: 'assumed: chosen by hand (not fitted), with beta_B_mech: complete unloading from 40 y loses total-hip BMD by 2.7 % at 3 months, 3.7 % at 4 months and 5.7 % at 6 months (about 0.9 %/month)',
      note: 'plausible range 1–6. Form from Lerebours 2016 (mechanical RANKL production P_RANKL_mech = −18·Pi in disuse, research/models.md §4e) and Scheiner 2013 (§4a). BMD targets: 17 weeks of bed rest lost 3.6 % at the femoral neck and 4.6 % at the trochanter (LeBlanc et al. 1990, J Bone Miner Res 5:843, abstract seen; volume and page UNVERIFIED); 12 weeks lost 3.8 % at the trochanter (Zerwekh et al. 1998, J Bone Miner Res 13:1594, abstract seen; volume and page UNVERIFIED); ISS spaceflight 1.4–1.5 %/month at the hip and 0.9 %/month at the spine (Lang et al. 2004, J Bone Miner Res 19:1006, seen only as a citing summary); Mir flights of 4–14 months (LeBlanc et al. 2000, J Musculoskelet Neuronal Interact 1:157; per-month rates UNVERIFIED). Markers overshoot: CTX rises by about 160–260 % in the first 6 months where bed rest about doubles resorption (eroded surfaces ×2.1–2.2, Zerwekh 1998), because the calibrated hip unit turns over only 5.9 %/y; beta_L_mech = 1.5–2 fits the markers better but loses only 0.6–0.75 %/month',
    }),
    beta_B_mech: row({
      value: 0.5,
      unit: '1',
      meaning: 'largest fractional decrease of bone formation per osteoblast at complete unloading',
      evidence: 'assumed',
      source: 'assumed: chosen by hand (not fitted): disuse uncouples formation from resorption; 12 weeks of bed rest cut the osteoblast surface of cancellous bone from 3.1 % to 1.9 % while serum formation markers did not change (Zerwekh et al. 1998, abstract seen)',
      max: 0.9,
      note: 'plausible range 0.3–0.7. With it, P1NP falls by about 60 % at once and returns to within ±20 % of habitual after 3–6 months as the resorption-driven coupling raises formation (formation markers unchanged in bed rest: Zerwekh 1998; Buehlmeier et al., J Musculoskelet Neuronal Interact, 14 days of bed rest, introduction seen). Lerebours 2016 keeps formation at its habitual drive in disuse (f_mech = 1); without this term the coupling delay (95 d) lets formation catch up with resorption and complete unloading loses about half as much',
    }),
    lambda_mech: row({
      value: 0.5,
      unit: '1',
      meaning: 'increase of osteoprogenitor supply per unit overload (f_mech = 1 + lambda_mech · Pi)',
      evidence: 'literature-model',
      source: 'Lerebours et al. 2016, Biomech Model Mechanobiol 15:43 (lambda = 0.5; cmodiz/Bone-Models lerebours_parameters.py, research/models.md §4e)',
      note: 'Lerebours applies it to pre-osteoblast proliferation; here to the MSC commitment flux J_ob that feeds the pre-osteoblasts. The BMD gain it gives against habitual loading (about +0.7 % at 1 year and +2 % at 2 years at loading 1.5, an assumed programme intensity; slow because new osteoblasts take months to mature) is of the order of exercise meta-analyses: SMD 0.33–0.40 at spine, femoral neck and total hip over 6–30 months (Shojaa et al. 2020, Front Physiol 11:652, abstract seen), i.e. about 1 % if the SD of change is 2–3 % (assumed)',
    }),
    Pi_max: row({
      value: 2,
      unit: '1',
      meaning: 'overload at which the anabolic response saturates (f_mech = 1 + lambda_mech · Pi_max = 2)',
      evidence: 'literature-model',
      source: 'Lerebours et al. 2016 (f_mech = 2 for Pi ≥ 1/lambda; research/models.md §4e)',
    }),
  },
  derived: {
    mech_disuse: { expr: 'max(0, 1 - loading)', unit: '1', meaning: 'disuse: 0 at habitual loading or more, 1 at complete unloading' },
    mech_overload: { expr: 'min(max(0, loading - 1), Pi_max)', unit: '1', meaning: 'overload above habitual loading (saturating)' },
    f_mech: { expr: '1 + lambda_mech * mech_overload', unit: '1', meaning: 'mechanical factor on osteoprogenitor supply' },
  },
  scales: {
    RANKL: '1 + beta_L_mech * mech_disuse',
    b_plus: '1 - beta_B_mech * mech_disuse',
    J_ob: 'f_mech',
  },
};
