/**
 * The mapping table from the source CSVs in datasets/sources/ to the dataset's indicators, and
 * the bibliographic entries of those statistical sources.
 *
 * Every indicator of every source file must appear here, mapped or explicitly excluded, so a
 * new series in next year's files cannot be dropped silently (the build fails instead).
 */

/** A source file in datasets/sources/. */
export type SourceFile = 'sipri_milex.csv' | 'ncses_sei.csv' | 'owid_wb_rd_share_gdp.csv';

/** Source files, in the order they are read. */
export const SOURCE_FILES: readonly SourceFile[] = ['sipri_milex.csv', 'ncses_sei.csv', 'owid_wb_rd_share_gdp.csv'];

/** Confidence grade and optional note for one source row. */
export interface Grade {
  confidence: 'A' | 'B' | 'C';
  note?: string;
}

/** One row of a source file, as the grading rules see it. */
export interface SourceRow {
  country: string;
  year: number;
}

/** How one source series becomes indicator values. */
export interface SeriesMapping {
  file: SourceFile;
  /** `indicator` column in the source file. */
  sourceIndicator: string;
  /** Unit the source must state (a different unit fails the build). */
  unit: string;
  /** Target indicator id (indicators.csv). */
  indicator: string;
  /** Target technology id for technology-scope indicators. */
  technology?: string;
  /** sources.csv id. */
  source: string;
  /** Confidence grade (and note) of a row. */
  grade: (row: SourceRow) => Grade;
}

/** Source indicators deliberately not used, with the reason (documented in the README). */
export const EXCLUDED_SERIES: Readonly<Record<string, string>> = {};

// ---------------------------------------------------------------------------------------------
// Grading rules

/** SIPRI marks its own estimates in blue; SOURCES.md lists the blue cells of our countries. */
export function sipriIsEstimate(row: SourceRow): boolean {
  switch (row.country) {
    case 'CHN':
    case 'PRK':
      return true;
    case 'RUS':
      return (row.year >= 2000 && row.year <= 2012) || (row.year >= 2022 && row.year <= 2024);
    case 'KOR':
      return row.year >= 2000 && row.year <= 2004;
    default:
      return false;
  }
}

const sipriGrade = (row: SourceRow): Grade => {
  if (!sipriIsEstimate(row)) return { confidence: 'A' };
  if (row.country === 'PRK') {
    return { confidence: 'B', note: 'SIPRI estimate (blue cell); SIPRI publishes no constant-USD or %GDP series for North Korea and only 2015–2018 in current USD.' };
  }
  return { confidence: 'B', note: 'SIPRI estimate (blue cell in the SIPRI workbook).' };
};

const RECONSTRUCTED_NOTE = 'Year assigned from row order in a machine re-export of the NCSES table (datasets/sources/SOURCES.md).';

const reconstructed = (): Grade => ({ confidence: 'B', note: RECONSTRUCTED_NOTE });

const officialStatistic = (): Grade => ({ confidence: 'A' });

const spGlobalEstimate = (): Grade => ({ confidence: 'B', note: 'NCSES estimate based on S&P Global (IHS Markit) data.' });

/** SRD-1 gives 1990, 2000, 2010 and "2021 or most recent"; flag the rows whose latest year is not 2021. */
const srd1Grade = (row: SourceRow): Grade =>
  [1990, 2000, 2010, 2021].includes(row.year)
    ? { confidence: 'A' }
    : { confidence: 'A', note: "Latest year available for this country in SRD-1 (column '2021 or most recent')." };

/** Japan's S&E first-degree series has a definitional break in 2014 (NCSES SHED-11 footnote). */
export const JAPAN_DEGREE_BREAK_YEAR = 2014;

const degreesGrade = (row: SourceRow): Grade => {
  if (row.country !== 'JPN') return { confidence: 'A' };
  return row.year < JAPAN_DEGREE_BREAK_YEAR
    ? { confidence: 'A', note: 'Definitional break in 2014 (NCSES SHED-11 footnote): values before 2014 (~317k) are not comparable with 2014 onward (~173k).' }
    : { confidence: 'A', note: 'Definitional break in 2014 (NCSES SHED-11 footnote): from 2014 a narrower definition (~173k vs ~317k in 2013); not comparable with earlier years.' };
};

const topOriginsGrade = (): Grade => ({ confidence: 'A', note: 'Table lists top origin countries only; a missing country is not listed, not zero.' });

// ---------------------------------------------------------------------------------------------
// The mapping table

const sipri = (sourceIndicator: string, unit: string, indicator: string): SeriesMapping => ({
  file: 'sipri_milex.csv', sourceIndicator, unit, indicator, source: 'sipri_milex_2025', grade: sipriGrade,
});

const ncses = (
  sourceIndicator: string, unit: string, indicator: string, source: string, grade: (row: SourceRow) => Grade, technology?: string,
): SeriesMapping => ({ file: 'ncses_sei.csv', sourceIndicator, unit, indicator, technology, source, grade });

/** Every mapped series. Order does not matter: output rows are sorted. */
export const SERIES: readonly SeriesMapping[] = [
  // SIPRI Military Expenditure Database
  sipri('milex_constant_2023_usd', 'USD_million_constant_2023', 'milex_constant_2023_usd'),
  sipri('milex_current_usd', 'USD_million_current', 'milex_current_usd'),
  sipri('milex_share_gdp', 'percent_of_GDP', 'milex_share_gdp'),
  sipri('milex_per_capita_current_usd', 'USD_current_per_capita', 'milex_per_capita'),
  sipri('milex_share_govt_spending', 'percent_of_general_government_expenditure', 'milex_share_govt'),
  // NCSES — technology scope
  ncses('ai_articles_whole_count', 'count_whole', 'ai_articles', 'ncses_sei2024_apbs1', reconstructed, 'ai'),
  ncses('intl_patent_families_granted_semiconductors', 'count', 'patent_families_granted', 'ncses_sei2022_sinv13', reconstructed, 'semiconductors'),
  ncses('intl_patent_families_granted_computer_technology', 'count', 'patent_families_granted', 'ncses_sei2022_sinv11', reconstructed, 'computing'),
  ncses('uspto_utility_patents_semiconductors', 'count', 'uspto_patents_granted', 'ncses_sei2024_sinv10', reconstructed, 'semiconductors'),
  ncses('value_added_computer_electronic_optical_industry', 'USD_million_current', 'industry_value_added', 'ncses_sei2022_skti10', spGlobalEstimate, 'electronics'),
  ncses('value_added_aircraft_spacecraft_industry', 'USD_million_current', 'industry_value_added', 'ncses_sei2022_skti14', spGlobalEstimate, 'aerospace'),
  ncses('value_added_weapons_ammunition_industry', 'USD_million_current', 'industry_value_added', 'ncses_sei2020_s6_10', spGlobalEstimate, 'munitions'),
  // NCSES — country scope
  ncses('gerd_constant_2015_ppp', 'USD_PPP_billion_constant_2015', 'gerd_constant_2015_ppp', 'ncses_sei2024_srd1', srd1Grade),
  ncses('gerd_current_ppp', 'USD_PPP_billion_current', 'gerd_current_ppp', 'ncses_sei2024_srd1', srd1Grade),
  ncses('gerd_share_gdp', 'percent_of_GDP', 'gerd_share_gdp_msti', 'ncses_sei2024_srd1', srd1Grade),
  ncses('se_articles_fractional', 'count_fractional', 'se_articles', 'ncses_sei2024_spbs2', reconstructed),
  ncses('top1pct_cited_share_fractional', 'percent_of_country_articles', 'top1pct_cited_share', 'ncses_sei2024_spbs54', reconstructed),
  ncses('intl_patent_families_granted', 'count', 'patent_families_granted_total', 'ncses_sei2022_sinv5', reconstructed),
  ncses('se_first_university_degrees', 'count', 'se_first_degrees', 'ncses_sei2022_shed11', degreesGrade),
  ncses('us_intl_masters_students_all_fields', 'count_students_on_visas_fall_2022', 'us_masters_students_all', 'ncses_sei2024_shed16', topOriginsGrade),
  ncses('us_intl_masters_students_se_fields', 'count_students_on_visas_fall_2022', 'us_masters_students_se', 'ncses_sei2024_shed16', topOriginsGrade),
  ncses('us_intl_masters_students_computer_info_sci', 'count_students_on_visas_fall_2022', 'us_masters_students_cs', 'ncses_sei2024_shed16', topOriginsGrade),
  ncses('us_intl_masters_students_engineering', 'count_students_on_visas_fall_2022', 'us_masters_students_eng', 'ncses_sei2024_shed16', topOriginsGrade),
  ncses('us_intl_doctoral_students_all_fields', 'count_students_on_visas_fall_2022', 'us_doctoral_students_all', 'ncses_sei2024_shed17', topOriginsGrade),
  ncses('us_intl_doctoral_students_se_fields', 'count_students_on_visas_fall_2022', 'us_doctoral_students_se', 'ncses_sei2024_shed17', topOriginsGrade),
  ncses('us_intl_doctoral_students_computer_info_sci', 'count_students_on_visas_fall_2022', 'us_doctoral_students_cs', 'ncses_sei2024_shed17', topOriginsGrade),
  ncses('us_intl_doctoral_students_engineering', 'count_students_on_visas_fall_2022', 'us_doctoral_students_eng', 'ncses_sei2024_shed17', topOriginsGrade),
  ncses('us_research_doctorates_to_visa_holders_all_fields', 'count', 'us_doctorates_visa_all', 'ncses_sed2023_t7_7', topOriginsGrade),
  ncses('us_research_doctorates_to_visa_holders_se', 'count', 'us_doctorates_visa_se', 'ncses_sed2023_t7_7', topOriginsGrade),
  ncses('value_added_kti_manufacturing', 'USD_million_current', 'value_added_kti_manufacturing', 'ncses_sei2022_skti6', spGlobalEstimate),
  // UNESCO UIS / World Bank via Our World in Data
  {
    file: 'owid_wb_rd_share_gdp.csv', sourceIndicator: 'gerd_share_gdp', unit: 'percent_of_GDP', indicator: 'gerd_share_gdp_uis',
    source: 'owid_wb_rd_share_gdp', grade: officialStatistic,
  },
];

/** A row of sources.csv. */
export interface SourceMeta {
  id: string;
  title: string;
  publisher: string;
  /** Edition or publication year. */
  year: number;
  url: string;
  license: string;
}

const NCSES_PUBLISHER = 'U.S. National Science Foundation, National Center for Science and Engineering Statistics (NCSES)';
const NCSES_LICENSE = 'U.S. federal government work, public domain in the U.S.; cite NCSES. Extracted from the re-export in GitHub bq-org/ncses_stats_explorer_placeholder (see datasets/sources/SOURCES.md).';
const SEI_URL = 'https://ncses.nsf.gov/indicators';

const sei = (id: string, edition: number, table: string, modal: number, what: string): SourceMeta => ({
  id,
  title: `Science and Engineering Indicators ${edition}, table ${table} (NCSES modal id ${modal}): ${what}`,
  publisher: NCSES_PUBLISHER,
  year: edition,
  url: SEI_URL,
  license: NCSES_LICENSE,
});

/** Statistical sources (documents cited by the qualitative coding live in datasets/coding/documents.csv). */
export const STATISTICAL_SOURCES: readonly SourceMeta[] = [
  {
    id: 'sipri_milex_2025',
    title: 'SIPRI Military Expenditure Database, 2025 release (data for 1949–2024)',
    publisher: 'Stockholm International Peace Research Institute (SIPRI)',
    year: 2025,
    url: 'https://www.sipri.org/databases/milex',
    license: 'Free to use with attribution: "Source: SIPRI Military Expenditure Database". Read from a third-party copy of the SIPRI workbook (GitHub Jakob-al28/defense-sector-dashboard; see datasets/sources/SOURCES.md).',
  },
  sei('ncses_sei2024_apbs1', 2024, 'APBS-1', 9968, 'artificial intelligence S&E articles, by country, whole counting, 2003–2022'),
  sei('ncses_sei2024_spbs2', 2024, 'SPBS-2', 9970, 'S&E articles, by country, fractional counting, 2003–2022'),
  sei('ncses_sei2024_spbs54', 2024, 'SPBS-54', 10022, "share of the country's S&E articles in the world top 1% most cited, 2003–2020"),
  sei('ncses_sei2024_sinv10', 2024, 'SINV-10', 10557, 'USPTO utility patents granted in semiconductors, by country, 1998–2022'),
  sei('ncses_sei2022_sinv5', 2022, 'SINV-5', 5820, 'international patent families granted, by country, 1998–2020'),
  sei('ncses_sei2022_sinv11', 2022, 'SINV-11', 5819, 'international patent families granted in computer technology, by country, 1998–2020'),
  sei('ncses_sei2022_sinv13', 2022, 'SINV-13', 5828, 'international patent families granted in semiconductors, by country, 1998–2020'),
  sei('ncses_sei2024_srd1', 2024, 'SRD-1', 10978, 'gross domestic expenditure on R&D and R&D intensity, selected years (based on OECD MSTI, Sept 2023)'),
  sei('ncses_sei2022_skti6', 2022, 'SKTI-6', 6242, 'value added of knowledge- and technology-intensive manufacturing industries, 2002–2019'),
  sei('ncses_sei2022_skti10', 2022, 'SKTI-10', 6245, 'value added of the computer, electronic and optical products industry, 2002–2019'),
  sei('ncses_sei2022_skti14', 2022, 'SKTI-14', 6238, 'value added of the aircraft and spacecraft industry, 2002–2019'),
  sei('ncses_sei2020_s6_10', 2020, 'S6-10', 1984, 'value added of the weapons and ammunition industry, 2002–2018'),
  sei('ncses_sei2022_shed11', 2022, 'SHED-11', 5785, 'S&E first university degrees, by country, 2010–2018'),
  sei('ncses_sei2024_shed16', 2024, 'SHED-16', 9909, "international students enrolled in U.S. master's programmes, by origin, fall 2022"),
  sei('ncses_sei2024_shed17', 2024, 'SHED-17', 9910, 'international students enrolled in U.S. doctoral programmes, by origin, fall 2022'),
  {
    id: 'ncses_sed2023_t7_7',
    title: 'Survey of Earned Doctorates 2023, table 7-7 (NCSES modal id 11695): U.S. research doctorates awarded to temporary visa holders, top 10 countries of citizenship, 2013–2023',
    publisher: NCSES_PUBLISHER,
    year: 2024,
    url: 'https://ncses.nsf.gov/surveys/earned-doctorates',
    license: NCSES_LICENSE,
  },
  {
    id: 'owid_wb_rd_share_gdp',
    title: 'Research and development expenditure (% of GDP): UNESCO Institute for Statistics via World Bank WDI (GB.XPD.RSDV.GD.ZS), Our World in Data chart "research-spending-gdp"',
    publisher: 'Our World in Data; World Bank; UNESCO Institute for Statistics',
    year: 2025,
    url: 'https://ourworldindata.org/grapher/research-spending-gdp',
    license: 'CC BY 4.0 (Our World in Data; World Bank WDI). Read from a third-party download (GitHub yukifuruse1217/pub_fee; see datasets/sources/SOURCES.md).',
  },
];
