/**
 * Validation: the published targets as data (targets.ts, with the research files copied under data/), the comparison
 * rules (rules.ts), the mean-patient scenarios that address them (scenarios/), and the runner with its table and
 * JSON forms (run.ts).
 */
export { getTarget, getValue, SECTION_TITLES, TARGETS, TARGETS_BY_ID, valueStatus } from './targets.js';
export type {
  BmdGroup,
  BmdSite,
  Measure,
  NeedLabel,
  NumericValue,
  PublishedValue,
  QualitativeValue,
  RangeValue,
  Section,
  Target,
  TargetRow,
  TargetStatus,
  TimePoint,
  Unit,
} from './targets.js';
export { bmdRule, compare, describeTolerance, levelRule, markerRule, qualitativeRule, riskRule, ruleFor, RULE_LEGEND, timingRule } from './rules.js';
export type { RuleName, RuleResult, RuleStatus } from './rules.js';
export { SCENARIOS, SCENARIOS_BY_ID } from './scenarios/index.js';
export type { DailyDosing, Extractor, Runs, ScenarioContext, Simulated, TargetScenario } from './scenarios/index.js';
export { DEFAULT_FMP_AGE, formatTable, pendingReason, rowEvidence, summarize, toJson, validate } from './run.js';
export type { Counts, ModelSummary, ProgressEvent, ProgressReporter, RowEvidence, RowStatus, ValidateOptions, ValidationRow } from './run.js';
export { inSampleBasis, inSampleNote, isInSample, OUTCOME_PARAMETER_TABLES } from './in-sample.js';
export type { InSample, SampleBasis } from './in-sample.js';
