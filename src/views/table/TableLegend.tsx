/** What the colours and symbols of the comparison table mean. */
import { useLocale, useT } from '../../app/i18n-hooks';
import { formatAsymmetry } from '../../i18n/format';
import { cellTint, footnoteMark } from './cell-text';
import { LOW_CONFIDENCE_MARK, STALE_MARK } from './TableCells';

const STOPS = [-1, -0.5, 0, 0.5, 1];

export function TableLegend({ staleness, sideName }: { staleness: number; sideName: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="compare-legend" aria-label={t('table.legend.title')} role="note">
      <div className="compare-legend-scale">
        <span className="compare-legend-label">{t('table.legend.lag')}</span>
        {STOPS.map((stop) => (
          <span key={stop} className="compare-legend-swatch" style={{ backgroundColor: cellTint(stop) ?? undefined }}>
            {formatAsymmetry(stop, locale, 1)}
          </span>
        ))}
        <span className="compare-legend-label">{t('table.legend.lead')}</span>
      </div>
      <ul className="compare-legend-list">
        <li>{t('table.legend.colour', { side: sideName })}</li>
        <li>{t('table.legend.ratio', { side: sideName })}</li>
        <li>
          <span className="compare-legend-symbol" aria-hidden="true">
            {STALE_MARK}
          </span>{' '}
          {t('table.legend.stale', { staleness })}
        </li>
        <li>
          <span className="compare-legend-symbol" aria-hidden="true">
            {LOW_CONFIDENCE_MARK}
          </span>{' '}
          {t('table.legend.lowConfidence')}
        </li>
        <li>
          <span className="compare-legend-symbol" aria-hidden="true">
            {footnoteMark(1)}
          </span>{' '}
          {t('table.legend.footnote')}
        </li>
      </ul>
    </div>
  );
}
