/**
 * Every value with its source, confidence, note and the file row it came from — paged, so a
 * dataset of millions of values renders only what is on screen.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { Dataset } from '../../model/dataset';
import { formatValue } from '../../i18n/format';
import { useLocale, useT } from '../../app/i18n-hooks';
import { filterRows, provenanceRow } from './provenance-rows';

const PAGE_SIZE = 100;

export function ProvenanceTable({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => filterRows(dataset.values, deferredQuery), [dataset, deferredQuery]);
  const sources = useMemo(() => new Map(dataset.sources.map((source) => [source.id, source])), [dataset]);
  const total = rows ? rows.length : dataset.values.length;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const from = current * PAGE_SIZE;
  const to = Math.min(total, from + PAGE_SIZE);
  const visible = [];
  for (let index = from; index < to; index += 1) visible.push(provenanceRow(dataset, rows ? rows[index]! : index));

  return (
    <section className="card" aria-labelledby="provenance-title">
      <h3 id="provenance-title">{t('data.provenance')}</h3>
      <div className="table-toolbar">
        <label className="inline-control">
          <span className="control-label">{t('data.filter')}</span>
          <input
            type="text"
            value={query}
            placeholder={t('data.filterPlaceholder')}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(0);
            }}
          />
        </label>
        <span aria-live="polite">{t('data.page', { from: total === 0 ? 0 : from + 1, to, total })}</span>
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
          {t('data.pagePrev')}
        </button>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          {t('data.pageNext')}
        </button>
      </div>
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="provenance-title">
        <table className="data-table provenance-table">
          <thead>
            <tr>
              <th scope="col">{t('data.col.country')}</th>
              <th scope="col">{t('data.col.technology')}</th>
              <th scope="col">{t('data.col.indicator')}</th>
              <th scope="col" className="num">{t('data.col.year')}</th>
              <th scope="col" className="num">{t('data.col.value')}</th>
              <th scope="col">{t('data.col.unit')}</th>
              <th scope="col">{t('data.col.source')}</th>
              <th scope="col">{t('data.col.confidence')}</th>
              <th scope="col">{t('data.col.note')}</th>
              <th scope="col">{t('data.col.origin')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={`${row.file}:${row.row}:${row.country}`}>
                <td>{row.country}</td>
                <td>{row.technology}</td>
                <td>{row.indicator}</td>
                <td className="num">{row.year}</td>
                <td className="num">{row.value !== null ? formatValue(row.value, locale) : (row.text ?? '–')}</td>
                <td>{row.unit ?? ''}</td>
                <td>{row.source ? (sources.get(row.source)?.title ?? row.source) : ''}</td>
                <td title={t(`data.confidence.${row.confidence}`)}>{row.confidence}</td>
                <td>{row.note ?? ''}</td>
                <td className="code">
                  {row.file}:{row.row}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
