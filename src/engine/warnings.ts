/**
 * Codes of the engine's non-fatal notes (AnalysisResult.warnings, PartnerAnalysis.warnings).
 * Each is a LoadIssue with severity `warning`; `found` and `detail` carry the names the i18n
 * layer needs to render it.
 */
export const ENGINE_WARNING_CODES = Object.freeze({
  /** `found` = a rival or partner code the dataset does not hold; detail.rival or detail.partner = the entry. */
  unknownCountry: 'engine-unknown-country',
  /** `found` = a rival dropped because it shares a country with the side; detail.side. */
  rivalOverlapsSide: 'engine-rival-overlaps-side',
  /** `found` = a rival listed twice (same members in any order); the repeat is dropped. */
  duplicateRival: 'engine-duplicate-rival',
  /** No rival to assess (none given, none with role `rival`, or all dropped). */
  noRivals: 'engine-no-rivals',
  /** `found` = indicator id; detail.count negative quantities skipped (should have been refused at load). */
  negativeValues: 'engine-negative-values',
  /** `found` = ordinal indicator without declared levels; detail.min/max = range taken from the data. */
  ordinalWithoutLevels: 'engine-ordinal-without-levels',
  /** `found` = a partner candidate whose countries are all on the side already; detail.side. */
  partnerOnSide: 'engine-partner-on-side',
  /** `found` = a partner candidate sharing a country with a rival; detail.rival; that pair is skipped. */
  partnerIsRival: 'engine-partner-is-rival',
} as const);
