/** The files a dataset was built from, and how each was read. */
import type { Dataset, LoadedFile } from '../../model/dataset';
import { formatNumber } from '../../i18n/format';
import type { MessageKey } from '../../i18n';
import { useLocale, useT } from '../../app/i18n-hooks';

const DELIMITER_LABEL: Record<LoadedFile['delimiter'], MessageKey> = {
  ',': 'data.delimiter.comma',
  '\t': 'data.delimiter.tab',
  ';': 'data.delimiter.semicolon',
};

function formatBytes(bytes: number, locale: 'ja' | 'en'): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

export function FilesTable({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="files-title">
      <h3 id="files-title">{t('data.files')}</h3>
      {dataset.origin === 'builtin' ? <p className="help">{t('data.filesBuiltin')}</p> : null}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('data.file.name')}</th>
              <th scope="col">{t('data.file.role')}</th>
              <th scope="col">{t('data.file.encoding')}</th>
              <th scope="col">{t('data.file.delimiter')}</th>
              <th scope="col" className="num">{t('data.file.records')}</th>
              <th scope="col" className="num">{t('data.file.size')}</th>
            </tr>
          </thead>
          <tbody>
            {dataset.files.map((file) => (
              <tr key={file.name}>
                <td>{file.name}</td>
                <td>{t(`data.role.${file.role}`)}</td>
                <td>{file.encoding}</td>
                <td>{t(DELIMITER_LABEL[file.delimiter])}</td>
                <td className="num">{formatNumber(file.records, locale, 0)}</td>
                <td className="num">{formatBytes(file.bytes, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
