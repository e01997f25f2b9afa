import { ModelError, simulate } from '../../engine/index.js';
import { checkScenario, type BoneModel, type DrugName, type DrugRegimen, type OutputName, type Scenario, type ScenarioResult } from '../scenario.js';
import { checkDrugRegimens } from '../../therapies/drugs/checks.js';
import { jorg2022, jorgInitialState } from './jorg2022.js';
import { DAYS_PER_JORG2022_YEAR } from '../time.js';
import { regimenEvents, type JorgDrug, type JorgRegimen } from './jorg2022-regimens.js';

const DRUGS: readonly JorgDrug[] = ['denosumab', 'romosozumab', 'blosozumab', 'alendronate', 'teriparatide'];

/** Contract outputs and the model quantity behind each (derived quantity or state). */
const OUTPUTS: readonly (readonly [OutputName, string])[] = [
  ['bmdTotalHip', 'BMD'],
  ['ctx', 'CTX'],
  ['p1np', 'P1NP'],
  ['bsap', 'BSAP'],
  ['estrogen', 'estrogen'],
  ['sclerostin', 'sclerostin'],
  ['osteoblasts', 'OB'],
  ['osteoclasts', 'OC'],
  ['denosumabLevel', 'psi_denosumab'],
  ['romosozumabLevel', 'psi_romosozumab'],
  ['bisphosphonateLevel', 'psi_alendronate'],
  ['teriparatideLevel', 'psi_teriparatide'],
];

function toJorgRegimen(scenario: Scenario, index: number): JorgRegimen {
  const r = scenario.regimens![index]! as DrugRegimen;
  const startAge = scenario.patient.ageYears + r.start / DAYS_PER_JORG2022_YEAR;
  const drug = r.drug as JorgDrug;
  if (r.adherence !== undefined && r.adherence < 1) {
    throw new ModelError(`regimens[${index}].adherence: model 'jorg2022' takes every scheduled dose; use the 'osteosim' model for missed doses`, {
      field: `regimens[${index}].adherence`,
    });
  }
  if (r.continuous) return { kind: 'quasi-continuous', drug, dailyDose: r.dose, startAge, days: (r.count ?? 1) * r.interval! };
  return { kind: 'discrete', drug, dose: r.dose, startAge, every: r.interval ?? 1, count: r.count ?? 1 };
}

/**
 * The Jörg 2022 reference model behind the common scenario contract: women only, total hip only, five drugs; the
 * patient ages from birth in the young steady state, so the scenario start is simply an age on the model's clock.
 */
export const jorg2022Model: BoneModel = {
  name: 'jorg2022',
  description: 'Jörg et al. 2022 (eLife 11:e76228), ported unchanged: one total-hip remodeling unit, estrogen decline, five drugs',
  species: ['woman'],
  drugs: DRUGS as readonly DrugName[],
  // Jörg's estrogen law starts its decline at a_e = 50 y; the paper ties it to no final menstrual period, so the
  // port reads the onset as the menopause (and a scenario's menopause age sets a_e).
  defaultMenopauseAgeYears: 50,
  // Jörg et al. calibrated to FRAME (Cosman 2016) total-hip BMD and markers among their data sets (Appendix 3—table 2).
  fittedTargets: ['B47'],
  simulate(scenario: Scenario): ScenarioResult {
    checkScenario(scenario, this);
    const warnings = checkDrugRegimens(scenario.regimens ?? []).map((w) => w.message);
    const { patient } = scenario;
    if (patient.ovariectomyDay !== undefined) {
      throw new ModelError("patient.ovariectomyDay: model 'jorg2022' has no surgical menopause; use the 'osteosim' model", { field: 'patient.ovariectomyDay' });
    }
    if (patient.phenotype !== undefined) {
      throw new ModelError(`patient.phenotype: model 'jorg2022' has no phenotypes (got '${patient.phenotype}')`, { field: 'patient.phenotype' });
    }
    const overrides: Record<string, number> = { ...scenario.parameters };
    if (patient.menopauseAgeYears !== undefined) overrides.a_e = patient.menopauseAgeYears;
    const p = jorg2022.parameters(overrides);
    const t0 = patient.ageYears * DAYS_PER_JORG2022_YEAR;
    const regimens = (scenario.regimens ?? []).map((_, i) => toJorgRegimen(scenario, i));
    const derived = OUTPUTS.map(([, q]) => q).filter((q) => jorg2022.derivedNames.includes(q));
    const run = simulate(jorg2022, {
      parameters: p,
      initialState: jorgInitialState(p),
      t0: 0,
      times: [t0, ...scenario.days.map((d) => t0 + d)],
      events: regimenEvents(regimens, p),
      derived,
      options: { rtol: 1e-8, atol: 1e-12 },
    });
    const drop = (series: Float64Array) => series.subarray(1);
    const outputs: Partial<Record<OutputName, Float64Array>> = {};
    for (const [name, q] of OUTPUTS) outputs[name] = drop(derived.includes(q) ? run.derived(q) : run.state(q));
    const days = Float64Array.from(scenario.days);
    return { model: 'jorg2022', days, ageYears: days.map((d) => patient.ageYears + d / DAYS_PER_JORG2022_YEAR), outputs, ...(warnings.length ? { warnings } : {}) };
  },
};
