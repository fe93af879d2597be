/** Every chart frame offers SVG, PNG (2×) and CSV downloads with accessible names; slides do not. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ChartFrame } from '../../src/charts/ChartFrame';
import { AppStoreProvider, createAppStore } from '../../src/store/store';
import type { DataTableSpec } from '../../src/charts/DataTable';
import { seedAppState } from './support/app-state';

const table: DataTableSpec = {
  caption: 'A by technology',
  columns: [
    { key: 'technology', label: '技術' },
    { key: 'a', label: 'A', numeric: true },
  ],
  rows: [
    { technology: 'AI', a: '+0.25' },
    { technology: '=cmd', a: '−0.10' },
  ],
};

function chart() {
  return (
    <ChartFrame exportName="test-chart" title="Asymmetry & rivals" table={table}>
      <svg width="200" height="100" className="chart" style={{ fill: 'red' }}>
        <rect width="50" height="20" fill="#0072b2" />
        <text x="5" y="15">AI</text>
      </svg>
    </ChartFrame>
  );
}

let downloads: Map<string, Blob>;
const { createObjectURL, revokeObjectURL } = URL;

beforeEach(() => {
  downloads = new Map();
  const blobs = new Map<string, Blob>();
  let next = 0;
  // jsdom has no blob URLs or layout: record what an anchor "saves"; give the SVG a CSS box.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${(next += 1)}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.set(this.download, blobs.get(this.href)!);
  });
  vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 10, y: 20, left: 10, top: 20, width: 200, height: 100, right: 210, bottom: 120, toJSON: () => ({}) });
});
afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

describe('chart actions', () => {
  test('CSV: the data table with a BOM, header first, formula-safe', async () => {
    seedAppState();
    render(chart());
    fireEvent.click(screen.getByRole('button', { name: 'Download the data of chart “Asymmetry & rivals” as CSV' }));
    await waitFor(() => expect(downloads.has('test-chart.csv')).toBe(true));
    const bytes = new Uint8Array(await downloads.get('test-chart.csv')!.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe("技術,A\nAI,0.25\n'=cmd,-0.10\n");
  });

  test('SVG: a standalone file with the title, the chart and its size', async () => {
    seedAppState();
    render(chart());
    fireEvent.click(screen.getByRole('button', { name: 'Download chart “Asymmetry & rivals” as SVG' }));
    await waitFor(() => expect(downloads.has('test-chart.svg')).toBe(true));
    const text = await downloads.get('test-chart.svg')!.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Asymmetry & rivals');
    expect(doc.documentElement.getAttribute('width')).toBe('200');
    expect(doc.documentElement.getAttribute('height')).toBe('136');
    expect(text).toContain('fill="#0072b2"');
    expect(text).not.toContain('class=');
  });

  test('a chart not drawn yet: the failure is said, nothing is downloaded', async () => {
    seedAppState();
    vi.spyOn(SVGElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, left: 0, top: 0, width: 0, height: 0, right: 0, bottom: 0, toJSON: () => ({}) });
    render(chart());
    fireEvent.click(screen.getByRole('button', { name: /as SVG/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The chart could not be exported (the chart has nothing to export).');
    expect(downloads.size).toBe(0);
  });

  test('labels in Japanese; a PNG button is offered', () => {
    seedAppState({ locale: 'ja' });
    render(chart());
    expect(screen.getByRole('button', { name: 'グラフ「Asymmetry & rivals」をPNG（2倍）でダウンロード' })).toHaveTextContent('PNG（2倍）');
  });

  test('a read-only slide shows no export buttons', () => {
    seedAppState();
    const { container } = render(<AppStoreProvider store={createAppStore({ locale: 'en' })}>{chart()}</AppStoreProvider>);
    expect(within(container).queryByRole('button', { name: /Download/ })).toBeNull();
  });
});
