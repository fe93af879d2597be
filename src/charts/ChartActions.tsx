/** Actions on a chart (exports arrive with the briefing and exports work). */
import type { RefObject } from 'react';
import type { DataTableSpec } from './DataTable';

interface Props {
  exportName: string;
  title: string;
  figure: RefObject<HTMLDivElement | null>;
  table: DataTableSpec;
}

export function ChartActions(_props: Props) {
  return null;
}
