import { describe, expect, it } from 'vitest';
import type { ChartDataset, ScatterDataPoint } from 'chart.js';
import { legendItems, sameLegend, type LegendItem } from './legend-items';

type Style = Partial<ChartDataset<'line', ScatterDataPoint[]>> & { borderColor: string };

describe('legendItems', () => {
  it.each<[string, Style, LegendItem['kind']]>([
    ['a solid line', { borderColor: '#1d4ed8' }, 'line'],
    ['a long dash', { borderColor: '#374151', borderDash: [10, 5] }, 'dashed'],
    ['a short dash', { borderColor: '#0f766e', borderDash: [2, 3] }, 'dotted'],
    ['filled circles', { borderColor: '#111827', showLine: false, pointStyle: 'circle' }, 'point'],
    ['hollow diamonds', { borderColor: '#6b7280', showLine: false, pointStyle: 'rectRot' }, 'hollow'],
    ['crosses', { borderColor: '#6b7280', showLine: false, pointStyle: 'crossRot' }, 'cross'],
    ['triangles', { borderColor: '#7c2d12', showLine: false, pointStyle: 'triangle' }, 'triangle'],
  ])('%s → %s', (_, style, kind) => {
    const [item] = legendItems([{ label: 'x', data: [], ...style }]);
    expect(item).toEqual({ label: 'x', color: style.borderColor, kind });
  });
  const band = (data: ScatterDataPoint[]): ChartDataset<'line', ScatterDataPoint[]> => ({
    label: 'band',
    data,
    borderColor: '#000',
    backgroundColor: 'rgba(0,0,255,0.2)',
    fill: '-1',
  });
  it('a filled band shows its fill colour; unlabelled edges are left out', () => {
    const items = legendItems([{ label: '', data: [], borderColor: 'transparent' }, band([{ x: 1, y: 2 }])]);
    expect(items).toEqual([{ label: 'band', color: 'rgba(0,0,255,0.2)', kind: 'area' }]);
  });
  it('a band still being computed (no data yet) has no entry', () => {
    expect(legendItems([band([])])).toEqual([]);
  });
});

describe('sameLegend', () => {
  const line: LegendItem = { label: 'Dự báo', color: '#1d4ed8', kind: 'line' };
  const band: LegendItem = { label: 'Khoảng 10–90%', color: 'rgba(0,0,255,0.2)', kind: 'area' };
  it.each<[string, LegendItem[], LegendItem[], boolean]>([
    ['equal entries, new objects', [line, band], [{ ...line }, { ...band }], true],
    ['both empty', [], [], true],
    ['an entry more (the band arrived)', [line], [line, band], false],
    ['the same entries in another order', [band, line], [line, band], false],
    ['another label (language)', [line], [{ ...line, label: 'Projection' }], false],
    ['another colour', [line], [{ ...line, color: '#000000' }], false],
    ['another kind', [line], [{ ...line, kind: 'dashed' }], false],
  ])('%s → %s', (_, a, b, same) => {
    expect(sameLegend(a, b)).toBe(same);
  });
});
