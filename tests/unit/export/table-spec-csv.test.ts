import { expect, test } from 'vitest';
import { tableSpecCsv } from '../../../src/export/table-spec-csv';

test('header from labels, rows by column key, formula-safe cells, quoting, blanks for missing keys', () => {
  const csv = tableSpecCsv({
    caption: 'Asymmetry by technology',
    columns: [
      { key: 'technology', label: '技術' },
      { key: 'a', label: 'A (CHN)', numeric: true },
      { key: 'note', label: 'Note, if any' },
    ],
    rows: [
      { technology: 'AI', a: 0.25, note: '=HYPERLINK("x")' },
      { technology: '量子', a: '-0.5' },
      { technology: '+Space', a: '+0.33', note: 'line 1\nline 2' },
      { technology: 'Cyber', a: '−0.34', note: '+0.33' },
      { technology: 'Parity', a: '−0.00' },
      { technology: 'Missing', a: '+1 (est.)' },
    ],
  });
  expect(csv).toBe(
    [
      '技術,A (CHN),"Note, if any"',
      'AI,0.25,"\'=HYPERLINK(""x"")"',
      '量子,-0.5,',
      "'+Space,0.33,\"line 1\nline 2\"", // numeric column: the plain number; others stay guarded
      "Cyber,-0.34,'+0.33",
      'Parity,0.00,',
      "Missing,'+1 (est.),",
      '',
    ].join('\n'),
  );
});

test('an empty table still has its header line', () => {
  expect(tableSpecCsv({ caption: '', columns: [{ key: 'x', label: 'X' }], rows: [] })).toBe('X\n');
});
