import type { TrialSpec } from '../spec.js';
import { calciumVitaminD, doses, MONTH, visits, YEAR } from './common.js';
import { FREEDOM } from './freedom.js';

const DAYS = Math.round(7 * YEAR);

/**
 * FREEDOM and its extension, the long-term denosumab group through year 7 (Papapoulos 2012, J Bone Miner Res 27:694,
 * PMC3415620; Ferrari 2015, Osteoporos Int, PMC4656715): women randomised to denosumab in FREEDOM (the FREEDOM
 * population, FREEDOM's criteria) who continued denosumab 60 mg every 6 months in the open-label extension, with
 * calcium and vitamin D. One arm: B12 compares the non-vertebral fracture rate per 100 person-years of years 1–3 with
 * year 4 and with years 4–7 of the same women. Size: the 4074 women of Ferrari 2015's analysis (B12). Those who
 * entered the extension had not discontinued, which the virtual trial does not select for (everyone continues).
 */
export const FREEDOM_EXTENSION: TrialSpec = {
  name: 'FREEDOM extension',
  description: 'denosumab 60 mg every 6 months for 7 years (FREEDOM years 1–3, extension years 4–7), women 60–90 with T-score −2.5 to −4.0',
  seed: 2015,
  population: FREEDOM.population,
  arms: [{ name: 'denosumab', regimens: [doses('denosumab', 60, 6 * MONTH, 14), calciumVitaminD(DAYS)] }],
  patientsPerArm: 4074,
  durationDays: DAYS,
  visitDays: visits(12, 84),
  windows: [
    { name: 'years 1-3', fromDay: 0, toDay: Math.round(3 * YEAR) },
    { name: 'year 4', fromDay: Math.round(3 * YEAR), toDay: Math.round(4 * YEAR) },
    { name: 'years 4-7', fromDay: Math.round(3 * YEAR), toDay: DAYS },
  ],
};
