/**
 * What the report says about each model: what is calibrated and what is assumed (from src/model/osteosim/README.md
 * and the reference port's header), and the disclaimer.
 */

export const REPORT_DISCLAIMER =
  'osteosim is a research and teaching tool. It is not a medical device and must not be used for clinical decisions, ' +
  'diagnosis or treatment of any person. Its numbers come from mathematical models with fitted and assumed ' +
  'parameters; they describe simulated patients, not predictions for an individual.';

/** Calibrated-versus-assumed notes per model name; a model without a note gets its description only. */
export const MODEL_NOTES: Readonly<Record<string, readonly string[]>> = {
  osteosim: [
    'Integrated model: one module per subsystem (hormones, MSC pool and marrow fat, osteoblast and osteoclast ' +
      'lineages, RANKL/OPG, Wnt/sclerostin, bone matrix and turnover markers, TGF-β coupling, mechanical loading, ' +
      'PTH with calcium and vitamin D status, glucocorticoids, drugs), each with a parameter table that cites its source.',
    'Calibrated: women, total hip — natural history through menopause (SWAN), the FREEDOM placebo arm, marrow fat, ' +
      'denosumab, alendronate, romosozumab, and calcium plus vitamin D.',
    'Partly calibrated: lumbar spine (structure assumed; one turnover factor fitted to the spine-to-hip loss ratio).',
    'Assumed, not calibrated: men (estrogen decline chosen by hand), rat and mouse (human rates time-scaled; drug ' +
      'pharmacokinetics are human), zoledronate potency (placeholder), teriparatide under the coupling delay, MSC ' +
      'therapy (directions of effect only), and the patient conditions (loading, calcium and vitamin D status, ' +
      'glucocorticoids: effect sizes assumed, neutral at their defaults).',
  ],
  jorg2022: [
    'Reference model: Jörg et al. 2022 (eLife 11:e76228), ported unchanged with its published parameters, which ' +
      'the authors fitted to clinical trial data of postmenopausal women. One total-hip remodeling unit: it has no ' +
      'lumbar spine, marrow fat, MSC, RANKL/OPG, PTH or TGF-β outputs.',
  ],
};
