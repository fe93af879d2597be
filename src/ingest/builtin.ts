/**
 * Built-in knowledge that lets a single values file load without any metadata: English and
 * Japanese names of the countries the product targets (with the spellings analysts use), and
 * the KCS 2024 comparison axes of DATA-FORMAT with their suggested ids.
 */

/** A country the app knows without countries.csv. */
export interface BuiltinCountry {
  /** ISO alpha-3 code. */
  code: string;
  /** English name. */
  nameEn: string;
  /** Japanese name. */
  nameJa: string;
  /** Other spellings accepted as labels (EN and JA). */
  aliases: readonly string[];
}

/** The ~20 countries of interest. */
export const BUILTIN_COUNTRIES: readonly BuiltinCountry[] = [
  { code: 'JPN', nameEn: 'Japan', nameJa: '日本', aliases: ['日本国'] },
  { code: 'USA', nameEn: 'United States', nameJa: '米国', aliases: ['アメリカ', 'アメリカ合衆国', 'United States of America', 'US', 'U.S.', 'America'] },
  { code: 'CHN', nameEn: 'China', nameJa: '中国', aliases: ['中華人民共和国', "People's Republic of China", 'PRC'] },
  { code: 'RUS', nameEn: 'Russia', nameJa: 'ロシア', aliases: ['ロシア連邦', 'Russian Federation'] },
  { code: 'PRK', nameEn: 'North Korea', nameJa: '北朝鮮', aliases: ['朝鮮民主主義人民共和国', 'DPRK'] },
  { code: 'KOR', nameEn: 'South Korea', nameJa: '韓国', aliases: ['大韓民国', 'Republic of Korea', 'Korea', 'ROK'] },
  { code: 'AUS', nameEn: 'Australia', nameJa: '豪州', aliases: ['オーストラリア'] },
  { code: 'GBR', nameEn: 'United Kingdom', nameJa: '英国', aliases: ['イギリス', 'UK', 'Britain', 'Great Britain'] },
  { code: 'IND', nameEn: 'India', nameJa: 'インド', aliases: [] },
  { code: 'TWN', nameEn: 'Taiwan', nameJa: '台湾', aliases: [] },
  { code: 'DEU', nameEn: 'Germany', nameJa: 'ドイツ', aliases: ['独'] },
  { code: 'FRA', nameEn: 'France', nameJa: 'フランス', aliases: ['仏'] },
  { code: 'ITA', nameEn: 'Italy', nameJa: 'イタリア', aliases: [] },
  { code: 'CAN', nameEn: 'Canada', nameJa: 'カナダ', aliases: [] },
  { code: 'NLD', nameEn: 'Netherlands', nameJa: 'オランダ', aliases: [] },
  { code: 'ISR', nameEn: 'Israel', nameJa: 'イスラエル', aliases: [] },
  { code: 'IRN', nameEn: 'Iran', nameJa: 'イラン', aliases: [] },
  { code: 'UKR', nameEn: 'Ukraine', nameJa: 'ウクライナ', aliases: [] },
  { code: 'SGP', nameEn: 'Singapore', nameJa: 'シンガポール', aliases: [] },
  { code: 'PHL', nameEn: 'Philippines', nameJa: 'フィリピン', aliases: [] },
  { code: 'VNM', nameEn: 'Vietnam', nameJa: 'ベトナム', aliases: ['Viet Nam'] },
  { code: 'IDN', nameEn: 'Indonesia', nameJa: 'インドネシア', aliases: [] },
  { code: 'NZL', nameEn: 'New Zealand', nameJa: 'ニュージーランド', aliases: [] },
];

/** Countries on the default side without countries.csv (DATA-FORMAT: JPN and USA). */
export const DEFAULT_ALLIES: readonly string[] = ['JPN', 'USA'];

/** A seed comparison axis of the KCS 2024 table. */
export interface SeedIndicator {
  /** Suggested id. */
  id: string;
  /** English name. */
  nameEn: string;
  /** Japanese name (比較軸) as in the report. */
  nameJa: string;
}

/** The comparison axes of DATA-FORMAT "The seed comparison axes". */
export const SEED_INDICATORS: readonly SeedIndicator[] = [
  { id: 'weapon_system_integration', nameEn: 'Weapon-system integration', nameJa: '兵器システム化の形態' },
  { id: 'battle_network_integration', nameEn: 'Battle-network integration', nameJa: 'バトルネットワークへの導入形態' },
  { id: 'defense_use_principles', nameEn: 'Principles for defence use', nameJa: '防衛利用に関する原則' },
  { id: 'commercial_regulation', nameEn: 'Regulation of commercial use', nameJa: '商業利用における規制' },
  { id: 'gov_budget', nameEn: 'Government budget', nameJa: '国家予算投資額' },
  { id: 'private_investment', nameEn: 'Private investment', nameJa: '民間投資額' },
  { id: 'research_hubs', nameEn: 'Research hubs', nameJa: '研究拠点数' },
  { id: 'researchers_domestic', nameEn: 'Researchers (home-grown)', nameJa: '研究者数（当該国出身）' },
  { id: 'researchers_foreign', nameEn: 'Researchers (foreign-born)', nameJa: '研究者数（外国出身）' },
  { id: 'citations', nameEn: 'Citations in international journals', nameJa: '国際的な学術誌における論文引用数' },
  { id: 'active_presenters', nameEn: 'Researchers presenting often at international conferences', nameJa: '国際学会における発表件数がX回以上の研究者数' },
];

/** Comparable form of a label: NFKC (full-width → ASCII), trimmed, spaces collapsed, lower case. */
export function labelKey(label: string): string {
  return label.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Seed axes that DATA-FORMAT lists as quantities: never inferred as text. */
export const SEED_QUANTITIES: ReadonlySet<string> = new Set([
  'gov_budget',
  'private_investment',
  'research_hubs',
  'researchers_domestic',
  'researchers_foreign',
  'citations',
  'active_presenters',
]);
