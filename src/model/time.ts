/**
 * Year lengths. Model time is in days everywhere (the engine knows only days); where days meet years or months, the
 * length of a year is a convention, and osteosim has two. Which one a use takes changes its numbers, so every
 * day ↔ year conversion in src/ names its convention from this module instead of writing 365 or 365.25.
 *
 * | constant                 | days   | convention and where it is used                                                   |
 * |--------------------------|--------|-----------------------------------------------------------------------------------|
 * | DAYS_PER_CALENDAR_YEAR   | 365.25 | mean calendar (Julian) year, for ages of people and calendar time: the osteosim   |
 * |                          |        | model clock (hormones.ts `days_per_year`, the prototype's model.py YEAR), patient |
 * |                          |        | scenarios, the fracture model, virtual trials, risk, report time axes, MSC studies |
 * | DAYS_PER_PROTOCOL_YEAR   | 365    | year of study files and validation protocols (validation-protocols.md §0.5:       |
 * |                          |        | 12 months = 365 d, 36 months = 1095 d, yearly = every 365 d), drug safety         |
 * | DAYS_PER_JORG2022_YEAR   | 365    | the jorg2022 model clock: age = t / 365, as the authors' code                     |
 *
 * A model's clock year is a property of the model (a simulation's ages follow it); the protocol year is how a study
 * file or a published protocol counts readout months and dosing intervals.
 */

/** Mean calendar (Julian) year: ages of people, the osteosim model clock. */
export const DAYS_PER_CALENDAR_YEAR = 365.25;

/** The 365-day year of study files and validation protocols (§0.5: 12 months = 365 d). */
export const DAYS_PER_PROTOCOL_YEAR = 365;

/** A protocol month: a twelfth of the protocol year (365/12 d ≈ 30.42 d; 36 months = 1095 d). */
export const DAYS_PER_PROTOCOL_MONTH = DAYS_PER_PROTOCOL_YEAR / 12;

/** The year of the jorg2022 model clock (age = t / 365: 365-day years, as the authors' code). */
export const DAYS_PER_JORG2022_YEAR = 365;
