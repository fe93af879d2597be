import type { MessageTable } from './types';

/** Source confidence grades, shown in every chart's tooltips and provenance lists (kept apart from
 * the Data view's table so the first visit does not carry it). */
export const provenanceMessages = {
  'data.confidence.A': { en: 'A — audited official figure', ja: 'A：公的統計（監査済み）' },
  'data.confidence.B': { en: 'B — credible estimate', ja: 'B：信頼できる推計' },
  'data.confidence.C': { en: 'C — analyst judgement / weak proxy', ja: 'C：分析者の判断・弱い代理指標' },
} satisfies MessageTable;
