/**
 * Metadata of the default dataset: countries, technologies, indicators and the ordinal level
 * definitions. This file is the single place where these are declared; the build writes
 * countries.csv, technologies.csv and indicators.csv from it, and the generated parts of
 * datasets/README.md too.
 */

/** A row of countries.csv. */
export interface CountryMeta {
  code: string;
  nameEn: string;
  nameJa: string;
  role: 'ally' | 'partner' | 'rival' | 'other';
  /** Colour. Principal countries use the Okabe–Ito palette, partners Paul Tol's "muted" one. */
  color: string;
}

/**
 * Countries. Colours: allies are blues and rivals warm hues from the Okabe–Ito colour-blind-safe
 * palette; partners take distinct hues from Paul Tol's colour-blind-safe "muted" palette.
 * ITA carries no values: it is declared so that a GCAP preset (JPN, GBR, ITA) shows the gap.
 */
export const COUNTRIES: readonly CountryMeta[] = [
  { code: 'JPN', nameEn: 'Japan', nameJa: '日本', role: 'ally', color: '#0072B2' },
  { code: 'USA', nameEn: 'United States', nameJa: '米国', role: 'ally', color: '#56B4E9' },
  { code: 'CHN', nameEn: 'China', nameJa: '中国', role: 'rival', color: '#D55E00' },
  { code: 'RUS', nameEn: 'Russia', nameJa: 'ロシア', role: 'rival', color: '#CC79A7' },
  { code: 'PRK', nameEn: 'North Korea', nameJa: '北朝鮮', role: 'rival', color: '#E69F00' },
  { code: 'KOR', nameEn: 'South Korea', nameJa: '韓国', role: 'partner', color: '#117733' },
  { code: 'AUS', nameEn: 'Australia', nameJa: 'オーストラリア', role: 'partner', color: '#DDCC77' },
  { code: 'GBR', nameEn: 'United Kingdom', nameJa: '英国', role: 'partner', color: '#332288' },
  { code: 'IND', nameEn: 'India', nameJa: 'インド', role: 'partner', color: '#999933' },
  { code: 'TWN', nameEn: 'Taiwan', nameJa: '台湾', role: 'partner', color: '#44AA99' },
  { code: 'DEU', nameEn: 'Germany', nameJa: 'ドイツ', role: 'partner', color: '#882255' },
  { code: 'FRA', nameEn: 'France', nameJa: 'フランス', role: 'partner', color: '#AA4499' },
  { code: 'ITA', nameEn: 'Italy', nameJa: 'イタリア', role: 'partner', color: '#BBBBBB' },
];

/** A row of technologies.csv. */
export interface TechnologyMeta {
  id: string;
  nameEn: string;
  nameJa: string;
  /** Centre-of-gravity weight r_t; 1 for all (no technology is privileged by default). */
  relevance: number;
  group: 'emerging' | 'foundational' | 'industrial';
}

/** Technologies, in display order. */
export const TECHNOLOGIES: readonly TechnologyMeta[] = [
  { id: 'ai', nameEn: 'Artificial intelligence', nameJa: '人工知能（AI）', relevance: 1, group: 'emerging' },
  { id: 'quantum', nameEn: 'Quantum technology', nameJa: '量子技術', relevance: 1, group: 'emerging' },
  { id: 'hypersonics', nameEn: 'Hypersonics', nameJa: '極超音速技術', relevance: 1, group: 'emerging' },
  { id: 'unmanned', nameEn: 'Unmanned systems', nameJa: '無人システム', relevance: 1, group: 'emerging' },
  { id: 'space', nameEn: 'Space', nameJa: '宇宙', relevance: 1, group: 'emerging' },
  { id: 'semiconductors', nameEn: 'Semiconductors', nameJa: '半導体', relevance: 1, group: 'foundational' },
  { id: 'computing', nameEn: 'Computing', nameJa: 'コンピューティング', relevance: 1, group: 'foundational' },
  { id: 'electronics', nameEn: 'Electronics and optics', nameJa: '電子・光学機器', relevance: 1, group: 'foundational' },
  { id: 'aerospace', nameEn: 'Aircraft and spacecraft', nameJa: '航空機・宇宙機', relevance: 1, group: 'industrial' },
  { id: 'munitions', nameEn: 'Weapons and ammunition', nameJa: '武器・弾薬', relevance: 1, group: 'industrial' },
];

/** One level of an ordinal axis, with a short label (for indicators.csv) and a definition. */
export interface LevelDefinition {
  value: number;
  labelEn: string;
  labelJa: string;
  definitionEn: string;
  definitionJa: string;
}

/** A row of indicators.csv. */
export interface IndicatorMeta {
  id: string;
  nameEn: string;
  nameJa: string;
  kind: 'quantity' | 'ordinal' | 'text';
  direction: 'higher' | 'lower';
  combine: 'sum' | 'max' | 'mean';
  unit: string;
  weight: number;
  pillar: 'investment' | 'talent' | 'output' | 'industry' | 'military' | 'governance';
  levels?: readonly LevelDefinition[];
  scope: 'technology' | 'country';
  description: string;
  descriptionJa: string;
}

const CODING_NOTE_EN = 'Analyst coding from cited public documents (confidence C); level definitions in datasets/README.md.';
const CODING_NOTE_JA = '公開文書に基づくアナリストによるコーディング（信頼度C）。段階の定義はdatasets/README.mdを参照。';

/** 兵器システム化の形態 */
export const WEAPON_LEVELS: readonly LevelDefinition[] = [
  { value: 0, labelEn: 'none', labelJa: 'なし', definitionEn: 'A public source states that the country has no military programme for the technology.', definitionJa: '当該技術の軍事プログラムが存在しないことを公開資料が示している。' },
  { value: 1, labelEn: 'research', labelJa: '研究段階', definitionEn: 'Government-funded military or dual-use research, or a military programme announced in strategy, budget or policy documents; no prototype publicly tested.', definitionJa: '政府資金による軍事・軍民両用の研究、または戦略・予算・政策文書で表明された軍事プログラムがあるが、試作品の公開試験は確認されない。' },
  { value: 2, labelEn: 'prototype or test', labelJa: '試作・試験', definitionEn: 'A military prototype has been built and flight- or field-tested (tests claimed by the state itself count, flagged as claims).', definitionJa: '軍事用の試作品が製作され、飛翔試験・実地試験が行われた（当該国自身の主張による試験も含むが、主張である旨を明記）。' },
  { value: 3, labelEn: 'fielded', labelJa: '実戦配備', definitionEn: 'At least one system is declared operational, in service with units, or used in combat.', definitionJa: '少なくとも1つのシステムが運用開始・部隊配備を宣言されている、または実戦で使用された。' },
  { value: 4, labelEn: 'integrated at scale', labelJa: '大規模統合', definitionEn: 'Several system types are in service across services or the technology is used at scale in operations.', definitionJa: '複数種類のシステムが複数の軍種で運用されている、または作戦で大規模に使用されている。' },
];

/** バトルネットワークへの導入形態 */
export const NETWORK_LEVELS: readonly LevelDefinition[] = [
  { value: 0, labelEn: 'none', labelJa: 'なし', definitionEn: 'A public source states that the technology is not part of military command, control, communications or ISR networks.', definitionJa: '当該技術が指揮統制・通信・ISRネットワークに導入されていないことを公開資料が示している。' },
  { value: 1, labelEn: 'concept', labelJa: '構想段階', definitionEn: 'Integration into command-and-control, communications or ISR networks is a stated goal of strategy or doctrine.', definitionJa: '指揮統制・通信・ISRネットワークへの導入が戦略・ドクトリン上の目標として示されている。' },
  { value: 2, labelEn: 'experimentation', labelJa: '実験・演習', definitionEn: 'Integration is being tested in experiments or exercises.', definitionJa: '実験や演習で導入が試されている。' },
  { value: 3, labelEn: 'partly operational', labelJa: '一部運用', definitionEn: 'The technology is operational within some networks, services or commands.', definitionJa: '一部のネットワーク・軍種・司令部で運用されている。' },
  { value: 4, labelEn: 'joint-force integration', labelJa: '統合運用', definitionEn: 'The technology is a routine part of joint-force command, control, communications and ISR.', definitionJa: '統合部隊の指揮統制・通信・ISRにおいて日常的に運用されている。' },
];

/** 防衛利用に関する原則 */
export const PRINCIPLES_LEVELS: readonly LevelDefinition[] = [
  { value: 0, labelEn: 'none published', labelJa: '公表なし', definitionEn: 'A public source states that no principles for defence use exist.', definitionJa: '防衛利用に関する原則が存在しないことを公開資料が示している。' },
  { value: 1, labelEn: 'general statements', labelJa: '一般的表明', definitionEn: 'Only general political statements or positions in international fora.', definitionJa: '一般的な政治的表明や国際会議での立場表明にとどまる。' },
  { value: 2, labelEn: 'published policy', labelJa: '方針・原則の公表', definitionEn: 'Published national principles, strategy or policy for defence use of the technology.', definitionJa: '当該技術の防衛利用に関する国家の原則・戦略・方針が公表されている。' },
  { value: 3, labelEn: 'binding rules with review', labelJa: '審査手続を伴う規則', definitionEn: 'Binding rules for the armed forces with a formal review or approval procedure.', definitionJa: '正式な審査・承認手続を伴う、軍に対する拘束的な規則がある。' },
];

/** 商業利用における規制 */
export const REGULATION_LEVELS: readonly LevelDefinition[] = [
  { value: 0, labelEn: 'no specific rules', labelJa: '特段の規制なし', definitionEn: 'A public source states that no rules specific to the technology apply.', definitionJa: '当該技術に固有の規制がないことを公開資料が示している。' },
  { value: 1, labelEn: 'voluntary guidance', labelJa: '自主的指針', definitionEn: 'Non-binding guidelines, codes of conduct or voluntary commitments.', definitionJa: '拘束力のない指針・行動規範・自主的コミットメント。' },
  { value: 2, labelEn: 'targeted binding rules', labelJa: '個別の拘束的規制', definitionEn: 'Binding rules on specific uses, products or trade (including export or investment controls on the technology).', definitionJa: '特定の用途・製品・取引に対する拘束的な規則（当該技術の輸出管理・投資規制を含む）。' },
  { value: 3, labelEn: 'comprehensive statute', labelJa: '包括的法規制', definitionEn: 'A comprehensive statutory framework for the technology.', definitionJa: '当該技術に関する包括的な法的枠組み。' },
];

/** The qualitative KCS axes: ordinal id → its levels. Each has a paired `<id>_text` indicator. */
export const QUALITATIVE_AXES: Readonly<Record<string, readonly LevelDefinition[]>> = {
  weapon_system_integration: WEAPON_LEVELS,
  battle_network_integration: NETWORK_LEVELS,
  defense_use_principles: PRINCIPLES_LEVELS,
  commercial_regulation: REGULATION_LEVELS,
};

/** Suffix of the text indicator paired with each qualitative ordinal. */
export const TEXT_SUFFIX = '_text';

function qualitativePair(
  id: string,
  nameEn: string,
  nameJa: string,
  pillar: IndicatorMeta['pillar'],
  weight: number,
  levels: readonly LevelDefinition[],
  what: string,
  whatJa: string,
  weightNote: string,
  weightNoteJa: string,
): IndicatorMeta[] {
  return [
    {
      id, nameEn: `${nameEn} (level)`, nameJa: `${nameJa}（段階）`, kind: 'ordinal', direction: 'higher', combine: 'max', unit: '',
      weight, pillar, levels, scope: 'technology',
      description: `KCS comparison axis ${nameJa}: ${what} ${CODING_NOTE_EN} ${weightNote}`.trim(),
      descriptionJa: `KCSの比較軸「${nameJa}」。${whatJa}${CODING_NOTE_JA}${weightNoteJa}`,
    },
    {
      id: `${id}${TEXT_SUFFIX}`, nameEn: `${nameEn} (evidence)`, nameJa: `${nameJa}（根拠）`, kind: 'text', direction: 'higher', combine: 'max', unit: '',
      weight: 0, pillar, scope: 'technology',
      description: `One-sentence summary of the public evidence behind the coded level of '${id}', with the document in the source column.`,
      descriptionJa: `「${id}」の段階の根拠となる公開情報の一文要約。文書は出典欄に記載。`,
    },
  ];
}

const RECONSTRUCTED_EN = 'Years assigned from row order in a machine re-export of the NCSES table (see datasets/sources/SOURCES.md), hence confidence B.';
const RECONSTRUCTED_JA = 'NCSES表の機械的な再出力データの行順から年を割り当てたため（datasets/sources/SOURCES.md参照）、信頼度はB。';

function studentIndicators(level: 'masters' | 'doctoral'): IndicatorMeta[] {
  const table = level === 'masters' ? 'SHED-16' : 'SHED-17';
  const en = level === 'masters' ? "master's" : 'doctoral';
  const ja = level === 'masters' ? '修士課程' : '博士課程';
  const fields: [string, string, string][] = [
    ['all', 'all fields', '全分野'],
    ['se', 'S&E fields', '科学技術分野'],
    ['cs', 'computer and information sciences', '計算機・情報科学'],
    ['eng', 'engineering', '工学'],
  ];
  return fields.map(([suffix, fieldEn, fieldJa]) => ({
    id: `us_${level}_students_${suffix}`,
    nameEn: `International ${en} students in the US from the country (${fieldEn})`,
    nameJa: `米国の大学に在籍する当該国出身の${ja}留学生（${fieldJa}）`,
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count_students_on_visas_fall_2022', weight: 1, pillar: 'talent', scope: 'country',
    description:
      `Students on visas enrolled in ${en} programmes at US universities in fall 2022, by country of origin (${fieldEn}); NCSES SEI 2024 table ${table}. ` +
      "Proxy for the KCS axes 'researchers by origin' (研究者数（当該国出身）/（外国出身）): it measures the country's talent trained in the US research system, not researchers at home, and is ambiguous as a capability signal (a rival's students in the US are also a US talent inflow). " +
      'The table lists only the top origin countries: a missing country means not listed, not zero. Single year only.',
    descriptionJa:
      `2022年秋に米国の大学の${ja}に在籍する当該国出身のビザ保有留学生数（${fieldJa}）。NCSES SEI 2024 表${table}。` +
      'KCSの比較軸「研究者数（当該国出身）／（外国出身）」の代理指標。国内の研究者数ではなく、米国の研究体制で育成される当該国の人材を示すもので、能力指標としての向きは一義的でない（相手国の留学生は米国への人材流入でもある）。' +
      '表には上位の出身国のみが掲載されるため、欠落は「掲載なし」であってゼロではない。単年のみ。',
  }));
}

/** Indicators, in display order. Scored (quantity/ordinal, technology scope) first. */
export const INDICATORS: readonly IndicatorMeta[] = [
  {
    id: 'ai_articles', nameEn: 'AI research articles (whole count)', nameJa: 'AI関連論文数（整数カウント）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count_whole', weight: 1, pillar: 'output', scope: 'technology',
    description:
      'AI-related science and engineering articles in Scopus with at least one author from the country (whole counting: a Japan–US joint paper counts once for each, so a coalition sum double-counts joint papers); NCSES SEI 2024 table APBS-1. ' +
      "Research-output proxy for the KCS axis 'citations in international journals' (国際的な学術誌における論文引用数): it counts papers, not citations, and says nothing about quality or military relevance. " +
      RECONSTRUCTED_EN,
    descriptionJa:
      'Scopus収録のAI関連科学技術論文のうち当該国の著者を含む論文数（整数カウント：日米共著論文は両国に1件ずつ計上されるため、連合の合計は共著分を二重計上する）。NCSES SEI 2024 表APBS-1。' +
      'KCSの比較軸「国際的な学術誌における論文引用数」の代理指標（研究成果量）。引用数ではなく論文数であり、質や軍事的関連性は示さない。' +
      RECONSTRUCTED_JA,
  },
  {
    id: 'patent_families_granted', nameEn: 'International patent families granted (by field)', nameJa: '国際パテントファミリー登録数（分野別）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count', weight: 1, pillar: 'output', scope: 'technology',
    description:
      'International patent families with a granted patent, attributed to the country as in the NCSES tables, in the technology field: semiconductors (SEI 2022 table SINV-13) and computer technology (table SINV-11 → technology computing), to 2020. ' +
      'Proxy for inventive output, not for military use; patenting propensity differs by country and sector. ' +
      RECONSTRUCTED_EN,
    descriptionJa:
      '登録特許を含む国際パテントファミリー数（NCSES表の国別帰属による）。半導体（SEI 2022 表SINV-13）とコンピュータ技術（表SINV-11、技術「コンピューティング」に対応）、2020年まで。' +
      '発明成果の代理指標であり、軍事利用を示すものではない。特許出願性向は国・分野により異なる。' +
      RECONSTRUCTED_JA,
  },
  {
    id: 'uspto_patents_granted', nameEn: 'USPTO utility patents granted (by field)', nameJa: '米国特許商標庁（USPTO）実用特許登録数（分野別）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count', weight: 0.5, pillar: 'output', scope: 'technology',
    description:
      'US utility patents granted in semiconductors, by country as attributed in NCSES SEI 2024 table SINV-10, 1998–2022. ' +
      'USPTO counts favour US inventors (home-office advantage) and overlap with international patent families, so the default weight is 0.5. ' +
      RECONSTRUCTED_EN,
    descriptionJa:
      '半導体分野の米国実用特許登録数（NCSES SEI 2024 表SINV-10の国別帰属、1998〜2022年）。' +
      'USPTOの件数は米国の発明者に有利（自国特許庁効果）で、国際パテントファミリーとも重複するため、既定の重みは0.5。' +
      RECONSTRUCTED_JA,
  },
  {
    id: 'industry_value_added', nameEn: 'Industry value added (current USD)', nameJa: '産業付加価値額（名目米ドル）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'USD_million_current', weight: 1, pillar: 'industry', scope: 'technology',
    description:
      'Value added of the manufacturing industry that makes the technology, USD million at current prices and exchange rates: electronics = computer, electronic and optical products (NCSES SEI 2022 table SKTI-10, 2002–2019); aerospace = aircraft and spacecraft (SKTI-14, 2002–2019); munitions = weapons and ammunition (SEI 2020 table S6-10, 2002–2018). ' +
      'NCSES estimates based on S&P Global (IHS Markit) data, hence confidence B. Proxy for industrial capacity, not for technology level; current-USD values move with exchange rates. No figures for North Korea.',
    descriptionJa:
      '当該技術を製造する産業の付加価値額（百万米ドル、名目価格・名目為替）。電子・光学機器＝コンピュータ・電子・光学製品（NCSES SEI 2022 表SKTI-10、2002〜2019年）、航空機・宇宙機（SKTI-14、2002〜2019年）、武器・弾薬（SEI 2020 表S6-10、2002〜2018年）。' +
      'S&P Global（IHS Markit）のデータに基づくNCSESの推計のため信頼度B。産業能力の代理指標であり技術水準そのものではない。名目ドル値は為替で変動する。北朝鮮のデータなし。',
  },
  ...qualitativePair(
    'weapon_system_integration', 'Weapon-system integration', '兵器システム化の形態', 'military', 1, WEAPON_LEVELS,
    'how far the technology is built into military systems (0 none … 4 integrated at scale).',
    '当該技術がどの程度兵器システムに組み込まれているか（0 なし〜4 大規模統合）。',
    '', '',
  ),
  ...qualitativePair(
    'battle_network_integration', 'Battle-network integration', 'バトルネットワークへの導入形態', 'military', 1, NETWORK_LEVELS,
    'how far the technology is built into command, control, communications and ISR networks (0 none … 4 joint-force integration).',
    '当該技術がどの程度指揮統制・通信・ISRネットワークに導入されているか（0 なし〜4 統合運用）。',
    '', '',
  ),
  ...qualitativePair(
    'defense_use_principles', 'Principles for defence use', '防衛利用に関する原則', 'governance', 0, PRINCIPLES_LEVELS,
    'how formal the published principles for military use are (0 none … 3 binding rules with review).',
    '軍事利用に関する公表された原則の形式の程度（0 公表なし〜3 審査手続を伴う規則）。',
    'Weight 0 by default: more formal rules are not in themselves a military advantage or handicap, so the level is shown side by side but not scored.',
    '既定の重みは0：形式的な規則が多いこと自体は軍事的な優位・劣位を意味しないため、並べて表示するがスコアには含めない。',
  ),
  ...qualitativePair(
    'commercial_regulation', 'Commercial-use regulation', '商業利用における規制', 'governance', 0, REGULATION_LEVELS,
    'how binding the rules on commercial development, use and trade are, export and investment controls included (0 no specific rules … 3 comprehensive statute).',
    '商業的な開発・利用・取引に対する規制の拘束力の程度。輸出管理・投資規制を含む（0 特段の規制なし〜3 包括的法規制）。',
    'Weight 0 by default: regulation is not in itself an advantage or a handicap, so the level is shown side by side but not scored.',
    '既定の重みは0：規制それ自体は優位・劣位を意味しないため、並べて表示するがスコアには含めない。',
  ),
  // ----- country-scope context indicators (left out of technology composites) -----
  {
    id: 'milex_constant_2023_usd', nameEn: 'Military expenditure (constant 2023 USD)', nameJa: '軍事費（2023年固定価格・米ドル）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'USD_million_constant_2023', weight: 1, pillar: 'military', scope: 'country',
    description:
      'Military expenditure in USD million at constant 2023 prices and exchange rates (SIPRI Military Expenditure Database, 2025 release). SIPRI estimates (blue cells: China all years, Russia 2000–2012 and 2022–2024, South Korea 2000–2004) have confidence B, the rest A. No series for North Korea.',
    descriptionJa:
      '軍事費（百万米ドル、2023年固定価格・為替）。SIPRI軍事費データベース2025年版。SIPRIの推計値（青字：中国の全年、ロシアの2000〜2012年と2022〜2024年、韓国の2000〜2004年）は信頼度B、その他はA。北朝鮮の系列なし。',
  },
  {
    id: 'milex_current_usd', nameEn: 'Military expenditure (current USD)', nameJa: '軍事費（名目・米ドル）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'USD_million_current', weight: 1, pillar: 'military', scope: 'country',
    description:
      'Military expenditure in USD million at current prices and exchange rates (SIPRI, 2025 release). The only SIPRI series with North Korea (2015–2018, SIPRI estimates, confidence B). Not comparable across years; use the constant-USD series for trends.',
    descriptionJa:
      '軍事費（百万米ドル、名目価格・為替。SIPRI 2025年版）。北朝鮮を含む唯一のSIPRI系列（2015〜2018年、SIPRI推計、信頼度B）。年次比較には固定価格系列を用いること。',
  },
  {
    id: 'milex_share_gdp', nameEn: 'Military expenditure (% of GDP)', nameJa: '軍事費（対GDP比）',
    kind: 'quantity', direction: 'higher', combine: 'mean', unit: 'percent_of_GDP', weight: 1, pillar: 'military', scope: 'country',
    description: 'Military burden: military expenditure as % of GDP (SIPRI, 2025 release). A coalition value is the unweighted mean of its members.',
    descriptionJa: '軍事負担：軍事費の対GDP比（SIPRI 2025年版）。連合の値は構成国の単純平均。',
  },
  {
    id: 'milex_per_capita', nameEn: 'Military expenditure per capita (current USD)', nameJa: '国民1人当たり軍事費（名目・米ドル）',
    kind: 'quantity', direction: 'higher', combine: 'mean', unit: 'USD_current_per_capita', weight: 1, pillar: 'military', scope: 'country',
    description: 'Military expenditure per person in current USD (SIPRI, 2025 release). A coalition value is the unweighted (not population-weighted) mean of its members.',
    descriptionJa: '国民1人当たり軍事費（名目米ドル、SIPRI 2025年版）。連合の値は構成国の単純平均（人口加重ではない）。',
  },
  {
    id: 'milex_share_govt', nameEn: 'Military expenditure (% of government spending)', nameJa: '軍事費（一般政府支出比）',
    kind: 'quantity', direction: 'higher', combine: 'mean', unit: 'percent_of_general_government_expenditure', weight: 1, pillar: 'military', scope: 'country',
    description: 'Military expenditure as % of general government expenditure (SIPRI, 2025 release; IMF World Economic Outlook denominator). A coalition value is the unweighted mean.',
    descriptionJa: '軍事費の一般政府支出に占める割合（SIPRI 2025年版、分母はIMF世界経済見通し）。連合の値は単純平均。',
  },
  {
    id: 'gerd_constant_2015_ppp', nameEn: 'R&D expenditure, GERD (constant 2015 PPP USD)', nameJa: '研究開発費総額（GERD、2015年固定PPP米ドル）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'USD_PPP_billion_constant_2015', weight: 1, pillar: 'investment', scope: 'country',
    description:
      'Gross domestic expenditure on R&D, USD billion at constant 2015 purchasing-power parity; NCSES SEI 2024 table SRD-1 (based on OECD MSTI, Sept 2023). Selected years only (1990, 2000, 2010 and the latest: 2021, AUS 2019, RUS 2020). All sectors, civil and defence; proxy context for the KCS axis gov_budget (国家予算投資額), which needs technology-level budgets. No India or North Korea.',
    descriptionJa:
      '国内総研究開発費（十億米ドル、2015年固定購買力平価）。NCSES SEI 2024 表SRD-1（OECD MSTI 2023年9月版に基づく）。選択年のみ（1990、2000、2010年と最新年：2021年、豪州2019年、ロシア2020年）。全部門・民生と防衛の合計であり、技術別予算を要するKCSの比較軸「国家予算投資額」の背景情報にとどまる。インド・北朝鮮なし。',
  },
  {
    id: 'gerd_current_ppp', nameEn: 'R&D expenditure, GERD (current PPP USD)', nameJa: '研究開発費総額（GERD、名目PPP米ドル）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'USD_PPP_billion_current', weight: 1, pillar: 'investment', scope: 'country',
    description: 'Gross domestic expenditure on R&D, USD billion at current purchasing-power parity; NCSES SEI 2024 table SRD-1 (OECD MSTI based), selected years only. No India or North Korea.',
    descriptionJa: '国内総研究開発費（十億米ドル、名目購買力平価）。NCSES SEI 2024 表SRD-1（OECD MSTIに基づく）、選択年のみ。インド・北朝鮮なし。',
  },
  {
    id: 'gerd_share_gdp_msti', nameEn: 'R&D intensity, GERD % of GDP (NCSES/OECD MSTI, selected years)', nameJa: '研究開発費の対GDP比（NCSES/OECD MSTI、選択年）',
    kind: 'quantity', direction: 'higher', combine: 'mean', unit: 'percent_of_GDP', weight: 1, pillar: 'investment', scope: 'country',
    description:
      'GERD as % of GDP from NCSES SEI 2024 table SRD-1 (OECD MSTI, Sept 2023): selected years only, but includes Taiwan. Kept separate from gerd_share_gdp_uis (annual UNESCO/World Bank series): the two compilations differ in revision vintage and coverage, so they are never merged. A coalition value is the unweighted mean.',
    descriptionJa:
      'GERDの対GDP比（NCSES SEI 2024 表SRD-1、OECD MSTI 2023年9月版）。選択年のみだが台湾を含む。年次系列gerd_share_gdp_uis（UNESCO／世界銀行）とは改訂時点・収録範囲が異なるため統合しない。連合の値は単純平均。',
  },
  {
    id: 'gerd_share_gdp_uis', nameEn: 'R&D intensity, GERD % of GDP (UNESCO UIS / World Bank, annual)', nameJa: '研究開発費の対GDP比（UNESCO UIS／世界銀行、年次）',
    kind: 'quantity', direction: 'higher', combine: 'mean', unit: 'percent_of_GDP', weight: 1, pillar: 'investment', scope: 'country',
    description:
      'GERD as % of GDP, UNESCO Institute for Statistics via World Bank WDI (GB.XPD.RSDV.GD.ZS), as republished by Our World in Data; annual 2000–2021 (Russia and India to 2020, Australia biennial to 2019). No Taiwan or North Korea (use gerd_share_gdp_msti for Taiwan). A coalition value is the unweighted mean.',
    descriptionJa:
      'GERDの対GDP比（UNESCO統計研究所、世界銀行WDI GB.XPD.RSDV.GD.ZS、Our World in Data再掲）。2000〜2021年の年次（ロシア・インドは2020年まで、豪州は隔年で2019年まで）。台湾・北朝鮮なし（台湾はgerd_share_gdp_mstiを参照）。連合の値は単純平均。',
  },
  {
    id: 'se_articles', nameEn: 'S&E articles (fractional count)', nameJa: '科学技術論文数（分数カウント）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count_fractional', weight: 1, pillar: 'output', scope: 'country',
    description:
      'Science and engineering articles in Scopus, fractional counting (a co-authored article is split between countries, so a coalition sum does not double-count); NCSES SEI 2024 table SPBS-2, 2003–2022. Country-level research output, context for the KCS citations axis. ' +
      RECONSTRUCTED_EN,
    descriptionJa:
      'Scopus収録の科学技術論文数（分数カウント：共著論文は国間で按分されるため連合の合計で二重計上しない）。NCSES SEI 2024 表SPBS-2、2003〜2022年。国全体の研究成果量で、KCSの比較軸「論文引用数」の背景情報。' +
      RECONSTRUCTED_JA,
  },
  {
    id: 'top1pct_cited_share', nameEn: "Share of articles in the world's top 1% most cited", nameJa: '被引用数上位1%論文の割合',
    kind: 'quantity', direction: 'higher', combine: 'mean', unit: 'percent_of_country_articles', weight: 1, pillar: 'output', scope: 'country',
    description:
      "Percentage of the country's articles (fractional count) that are among the world's top 1% most-cited articles; NCSES SEI 2024 table SPBS-54, 2003–2020 (North Korea 2012–2020). A citation-quality proxy for the KCS axis 'citations in international journals' at country level (1% would be the world average). A coalition value is the unweighted mean. " +
      RECONSTRUCTED_EN,
    descriptionJa:
      '当該国の論文（分数カウント）のうち世界の被引用数上位1%に入る論文の割合。NCSES SEI 2024 表SPBS-54、2003〜2020年（北朝鮮は2012〜2020年）。国レベルでのKCSの比較軸「論文引用数」の質的な代理指標（世界平均は1%）。連合の値は単純平均。' +
      RECONSTRUCTED_JA,
  },
  {
    id: 'patent_families_granted_total', nameEn: 'International patent families granted (all fields)', nameJa: '国際パテントファミリー登録数（全分野）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count', weight: 1, pillar: 'output', scope: 'country',
    description: 'International patent families with a granted patent, all technology fields; NCSES SEI 2022 table SINV-5, to 2020. No North Korea. ' + RECONSTRUCTED_EN,
    descriptionJa: '登録特許を含む国際パテントファミリー数（全技術分野）。NCSES SEI 2022 表SINV-5、2020年まで。北朝鮮なし。' + RECONSTRUCTED_JA,
  },
  {
    id: 'se_first_degrees', nameEn: 'S&E first university degrees', nameJa: '科学技術分野の学士号取得者数',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count', weight: 1, pillar: 'talent', scope: 'country',
    description:
      "First university degrees in science and engineering; NCSES SEI 2022 table SHED-11, 2010–2018. Japan's series has a definitional break in 2014 (about 317,000 in 2013 to 173,000 in 2014, NCSES footnote): do not read it as a trend across 2013–2014. Talent pipeline context; no North Korea.",
    descriptionJa:
      '科学技術分野の学士（第一学位）取得者数。NCSES SEI 2022 表SHED-11、2010〜2018年。日本の系列は2014年に定義の断絶がある（2013年の約31.7万人から2014年の約17.3万人へ、NCSESの脚注）。2013〜2014年をまたぐ傾向として読まないこと。人材供給の背景情報。北朝鮮なし。',
  },
  ...studentIndicators('masters'),
  ...studentIndicators('doctoral'),
  {
    id: 'us_doctorates_visa_all', nameEn: 'US research doctorates earned by visa holders from the country (all fields)', nameJa: '米国の研究博士号を取得した当該国出身の一時ビザ保有者（全分野）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count', weight: 1, pillar: 'talent', scope: 'country',
    description:
      "Research doctorates awarded by US universities to temporary-visa holders, by country of citizenship; NCSES Survey of Earned Doctorates 2023, table 7-7, 2013–2023. Top-10 origins only (China, India, South Korea, Taiwan among these countries). A 'researchers by origin' proxy, as for the student counts; a missing country means not in the top 10, not zero.",
    descriptionJa:
      '米国の大学が一時ビザ保有者に授与した研究博士号の数（国籍別）。NCSES博士号取得者調査2023、表7-7、2013〜2023年。上位10か国のみ（本データでは中国・インド・韓国・台湾）。留学生数と同じく「研究者数（出身国別）」の代理指標。欠落は上位10位外を意味し、ゼロではない。',
  },
  {
    id: 'us_doctorates_visa_se', nameEn: 'US research doctorates earned by visa holders from the country (S&E)', nameJa: '米国の研究博士号を取得した当該国出身の一時ビザ保有者（科学技術分野）',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'count', weight: 1, pillar: 'talent', scope: 'country',
    description: 'As us_doctorates_visa_all, science and engineering fields only (NCSES SED 2023, table 7-7). Top-10 origins only.',
    descriptionJa: 'us_doctorates_visa_allと同じ（科学技術分野のみ。NCSES SED 2023 表7-7）。上位10か国のみ。',
  },
  {
    id: 'value_added_kti_manufacturing', nameEn: 'Value added of knowledge- and technology-intensive manufacturing', nameJa: '知識・技術集約型製造業の付加価値額',
    kind: 'quantity', direction: 'higher', combine: 'sum', unit: 'USD_million_current', weight: 1, pillar: 'industry', scope: 'country',
    description: 'Value added of knowledge- and technology-intensive (KTI) manufacturing industries as NCSES defines them, USD million at current prices; NCSES SEI 2022 table SKTI-6, 2002–2019, NCSES estimates based on S&P Global (IHS Markit) data (confidence B). No North Korea.',
    descriptionJa: 'NCSESの定義による知識・技術集約型（KTI）製造業の付加価値額（百万米ドル、名目）。NCSES SEI 2022 表SKTI-6、2002〜2019年。S&P Global（IHS Markit）のデータに基づくNCSES推計（信頼度B）。北朝鮮なし。',
  },
];

/** `levels` cell of indicators.csv: `0=none/なし;1=research/研究段階;…`. */
export function formatLevels(levels: readonly LevelDefinition[] | undefined): string {
  if (!levels) return '';
  return levels.map((l) => `${l.value}=${l.labelEn}/${l.labelJa}`).join(';');
}
