/**
 * The worked example of METHODOLOGY.md, run through the real pipeline (CSV → ingest → engine)
 * so the Method page shows what the engine computes, not a number typed into the page.
 */
import { ingestFiles } from '../../ingest';
import { analyse } from '../../engine';
import { defaultParameters } from '../../model/parameters';
import type { TechnologyAssessment } from '../../model/results';

/** Year of the example's assessment. */
const Y0 = 2024;

/** CSV files of the example: JPN 2, USA 8, CHN 5 at y0; the side grows 2 %/year, the rival 10 %. */
export function workedExampleFiles(): { name: string; text: string }[] {
  const rows = ['country,technology,indicator,year,value'];
  for (let k = -4; k <= 0; k += 1) {
    const year = Y0 + k;
    rows.push(`JPN,ai,gov_budget,${year},${2 * 1.02 ** k}`);
    rows.push(`USA,ai,gov_budget,${year},${8 * 1.02 ** k}`);
    rows.push(`CHN,ai,gov_budget,${year},${5 * 1.1 ** k}`);
  }
  return [
    { name: 'values.csv', text: rows.join('\n') },
    {
      name: 'indicators.csv',
      text: 'id,name_en,name_ja,kind,direction,combine,unit,weight\ngov_budget,Government budget,国家予算投資額,quantity,higher,sum,,1',
    },
  ];
}

/** The engine's assessment of the example (AI, Japan–US vs China), or the reason it failed. */
export function computeWorkedExample(): { ok: true; assessment: TechnologyAssessment } | { ok: false; message: string } {
  const encoder = new TextEncoder();
  const files = workedExampleFiles().map((file) => ({ name: file.name, bytes: encoder.encode(file.text) }));
  const loaded = ingestFiles(files, [], { id: 'worked-example', name: 'Worked example', origin: 'builtin' });
  if (!loaded.ok) return { ok: false, message: loaded.errors.map((error) => error.code).join(', ') };
  const result = analyse(loaded.value.dataset, { ...defaultParameters(), rivals: ['CHN'] });
  const assessment = result.rivals[0]?.technologies.find((item) => item.technology === 'ai');
  return assessment ? { ok: true, assessment } : { ok: false, message: 'no assessment for ai' };
}
