import type { ChartDataset, ScatterDataPoint } from 'chart.js';

/** One entry of the HTML legend: label, colour and how it is drawn (never colour alone). */
export interface LegendItem {
  label: string;
  color: string;
  kind: 'line' | 'dashed' | 'dotted' | 'point' | 'hollow' | 'ring' | 'cross' | 'triangle' | 'area';
}

/**
 * The legend of a chart's datasets; unlabelled ones (the band's lower edges) and bands still being computed
 * (an area with no data yet) are left out.
 * @example legendItems([{ label: 'Dự phóng', borderColor: '#1d4ed8', data: [] }]) → [{ label: 'Dự phóng', color: '#1d4ed8', kind: 'line' }]
 */
export function legendItems(datasets: ChartDataset<'line', ScatterDataPoint[]>[]): LegendItem[] {
  return datasets
    .filter((d) => d.label && !(d.fill && d.data.length === 0))
    .map((d) => {
      const color = String(d.borderColor ?? d.backgroundColor);
      const dash = (d.borderDash as number[] | undefined) ?? [];
      let kind: LegendItem['kind'] = 'line';
      if (d.showLine === false) {
        kind =
          ({ rectRot: 'hollow', crossRot: 'cross', triangle: 'triangle' } as const)[
            String(d.pointStyle) as 'rectRot'
          ] ?? (d.backgroundColor === '#ffffff' ? 'ring' : 'point');
      } else if (d.fill) kind = 'area';
      else if (dash.length) kind = dash[0]! <= 3 ? 'dotted' : 'dashed';
      return { label: d.label!, color: d.fill ? String(d.backgroundColor) : color, kind };
    });
}

/**
 * Whether two legends show the same entries, in the same order.
 * @example sameLegend([{ label: 'Dự phóng', color: '#1d4ed8', kind: 'line' }], [{ label: 'Dự phóng', color: '#1d4ed8', kind: 'line' }]) → true
 */
export function sameLegend(a: readonly LegendItem[], b: readonly LegendItem[]): boolean {
  return (
    a.length === b.length &&
    a.every((item, i) => item.label === b[i]!.label && item.color === b[i]!.color && item.kind === b[i]!.kind)
  );
}
