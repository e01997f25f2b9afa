import type { SimulateOptions } from '../../engine/index.js';
import type { BoneModel, PreparedScenario, SignalTerm } from '../bone-model.js';
import { windowEvents } from '../timed-events.js';
import type { SignalName } from '../scenario.js';
import { ModelError } from '../../engine/index.js';
import { InputError, inputError } from '../input-error.js';
import { checkScenario, type DrugName, type DrugRegimen, type OutputName, type Scenario } from '../scenario.js';
import { jorg2022, jorgInitialState } from './jorg2022.js';
import { DAYS_PER_JORG2022_YEAR } from '../time.js';
import { regimenEvents, type JorgDrug, type JorgRegimen } from './jorg2022-regimens.js';

const DRUGS: readonly JorgDrug[] = ['denosumab', 'romosozumab', 'blosozumab', 'alendronate', 'teriparatide'];

/** Contract outputs and the model quantity behind each (derived quantity or state). */
const JORG2022_OUTPUTS: Readonly<Partial<Record<OutputName, string>>> = {
  bmdTotalHip: 'BMD',
  ctx: 'CTX',
  p1np: 'P1NP',
  bsap: 'BSAP',
  estrogen: 'estrogen',
  sclerostin: 'sclerostin',
  osteoblasts: 'OB',
  osteoclasts: 'OC',
  denosumabLevel: 'psi_denosumab',
  romosozumabLevel: 'psi_romosozumab',
  bisphosphonateLevel: 'psi_alendronate',
  teriparatideLevel: 'psi_teriparatide',
};

/**
 * The review's signals the port has (issue 15), each a factor parameter that is 1 by default: sclerostin secretion
 * (Eq. 15) and the estrogen level (Eq. 18). Its other regulators are fixed in the paper's equations (no RANKL, OPG,
 * PTH, TGF-β, BMP-2 or PPAR-γ terms; Wnt only through sclerostin), and it has no patient conditions (no exposures).
 */
const JORG2022_SIGNALS: Readonly<Partial<Record<SignalName, SignalTerm>>> = {
  sclerostin: { parameter: 'fx_sclerostin', acts: 'sclerostin secretion per osteocyte (Eq. 15)' },
  estrogen: { parameter: 'fx_estrogen', acts: 'estrogen level e(t) (Eq. 18)', note: 'a rise above 1 is read by every estrogen-dependent term as given (the port has no cap)' },
};

/** Tight enough that BMD changes over 85 years are accurate to well below 0.01 percentage points. */
const JORG2022_SOLVER_OPTIONS: SimulateOptions = { rtol: 1e-8, atol: 1e-12 };

function toJorgRegimen(scenario: Scenario, index: number): JorgRegimen {
  const r = scenario.regimens![index]! as DrugRegimen;
  const startAge = scenario.patient.ageYears + r.start / DAYS_PER_JORG2022_YEAR;
  const drug = r.drug as JorgDrug;
  if (r.adherence !== undefined && r.adherence < 1) {
    inputError(`regimens[${index}].adherence`, 'unsupported', "model 'jorg2022' takes every scheduled dose; use the 'osteosim' model for missed doses", { given: r.adherence });
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
  cellTherapy: false,
  sites: ['totalHip'],
  outputs: JORG2022_OUTPUTS,
  compiled: jorg2022,
  solverDefaults: JORG2022_SOLVER_OPTIONS,
  // Not shown to hold BMD within 0.02 pp at a looser tolerance: populations use the single-run tolerance.
  populationSolverDefaults: JORG2022_SOLVER_OPTIONS,
  // Jörg et al. fitted mean curves and report no between-subject variability of their parameters.
  variability: [],
  // Jörg's estrogen law starts its decline at a_e = 50 y; the paper ties it to no final menstrual period, so the
  // port reads the onset as the menopause (and a scenario's menopause age sets a_e).
  defaultMenopauseAgeYears: 50,
  // Jörg et al. calibrated to FRAME (Cosman 2016) total-hip BMD and markers among their data sets (Appendix 3—table 2).
  fittedTargets: ['B47'],
  signals: JORG2022_SIGNALS,
  exposures: {},
  prepare: prepareJorgScenario,
};

/** Checks a scenario on the reference model and builds its engine problem: from birth, output times as ages. */
export function prepareJorgScenario(scenario: Scenario): PreparedScenario {
  checkScenario(scenario, { name: 'jorg2022', species: ['woman'], drugs: DRUGS as readonly DrugName[] });
  const { patient } = scenario;
  if (patient.ovariectomyDay !== undefined) {
    inputError('patient.ovariectomyDay', 'unsupported', "model 'jorg2022' has no surgical menopause; use the 'osteosim' model", { given: patient.ovariectomyDay });
  }
  if (patient.phenotype !== undefined) {
    inputError('patient.phenotype', 'unsupported', `model 'jorg2022' has no phenotypes (got '${patient.phenotype}')`, { given: patient.phenotype });
  }
  const overrides: Record<string, number> = { ...scenario.parameters };
  if (patient.menopauseAgeYears !== undefined) overrides.a_e = patient.menopauseAgeYears;
  const p = jorgParameters(overrides);
  const tStart = patient.ageYears * DAYS_PER_JORG2022_YEAR;
  const regimens = (scenario.regimens ?? []).map((_, i) => toJorgRegimen(scenario, i));
  const days = Float64Array.from(scenario.days);
  return {
    parameters: p,
    initialState: jorgInitialState(p),
    t0: 0,
    times: Float64Array.from(scenario.days, (d) => tStart + d),
    events: [...regimenEvents(regimens, p), ...windowEvents(jorg2022Model, scenario, tStart, (name) => p[jorg2022.parameterIndex(name)]!)],
    days,
    ageYears: days.map((d) => patient.ageYears + d / DAYS_PER_JORG2022_YEAR),
  };
}

/** Parameter vector from overrides, with bound errors naming `parameters.<name>` (a menopause age sets a_e). */
function jorgParameters(overrides: Readonly<Record<string, number>>): Float64Array {
  try {
    return jorg2022.parameters(overrides);
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    const field = e.field === undefined ? 'parameters' : `parameters.${e.field}`;
    throw new InputError({ field, code: e.message.startsWith('unknown') ? 'unknown' : 'range', detail: e.message, given: e.field === undefined ? undefined : overrides[e.field] });
  }
}
