/**
 * The engine's public API (METHODOLOGY §1–9). Pure: no React, store or DOM. Views, exports,
 * workers and the CLI import from here; the other files of this folder are its parts.
 */
export { analyse, LOW_COVERAGE, tryAnalyse } from './analyse';
export { parameterIssues, validateParameters, withDefaults, MAX_DRAWS, MAX_PROJECTION_YEARS } from './validate';
export { InvalidParametersError, SensitivityCancelledError, type EngineResult, type ParameterIssue } from './errors';
export { partnerContributions, type PartnerAnalysis } from './partners';
export { COALITION_PRESETS, resolvePreset, type CoalitionPreset, type ResolvedPreset } from './presets';
export { actorSeries, actorProjection, type ActorSeries, type ActorProjection, type SeriesPoint } from './series';
export { runSensitivity, VALUE_SIGMA, WEIGHT_SIGMA, type SensitivityOptions } from './sensitivity';
export { quantileSorted } from './percentile';
export { mulberry32, normalSource } from './prng';
export { quantityAsymmetry, ordinalAsymmetry, rawRatio } from './asymmetry';
export { yearsToParity, yearsToParityFromPath } from './projection';
export { classify } from './classify';
export { durableScore, compareRankables, rankOf, type Rankable } from './rank';
export { COMBINE_RULES, combineRule, combineNumbers } from './combine';
export { olsSlope, MIN_TREND_POINTS } from './trend';
export { ENGINE_WARNING_CODES } from './warnings';
export { countryValueAt, type CountryValueAt } from './country-values';
