import type { ChartDataset, ScatterDataPoint } from 'chart.js';
import type { ChartInputs, SeriesSlice } from './chart-inputs';
import { COLORS } from './chart-colors';

// Points kept per series array: a reply rebuilds every dataset of its chart, but a series that did not
// move (the band rows during a drag, a compared scenario) is the very same array, so its points are the
// very same objects, compared at a glance and not allocated again.
const pointsOf = new WeakMap<Float64Array, { startMonth: number; points: ScatterDataPoint[] }>();

const toPoints = (slice: SeriesSlice | null): ScatterDataPoint[] => {
  if (!slice) return [];
  const known = pointsOf.get(slice.values);
  if (known?.startMonth === slice.startMonth) return known.points;
  const points = Array.from(slice.values, (y, i) => ({ x: slice.startMonth + i, y }));
  pointsOf.set(slice.values, { startMonth: slice.startMonth, points });
  return points;
};

/**
 * Datasets of one indicator chart: observations, alternative figures, user figures, trend, band, lines.
 * @example buildDatasets(inputs).map((d) => d.label) → ['Số liệu', 'Dự phóng']
 */
export function buildDatasets(inputs: ChartInputs): ChartDataset<'line', ScatterDataPoint[]>[] {
  const { indicator, labels } = inputs;
  const breakMonth = inputs.breakMonth ?? -Infinity;
  const points = (alternative: boolean, beforeBreak = false) =>
    indicator.observations
      .filter((o) => Boolean(o.alternative) === alternative)
      .map((o) => ({ x: o.month, y: o.value }))
      .filter((p) => alternative || p.x < breakMonth === beforeBreak);
  const markers = (
    label: string,
    data: ScatterDataPoint[],
    color: string,
    style: 'circle' | 'rectRot' | 'triangle' | 'crossRot' | 'ring',
  ) => ({
    label,
    data,
    showLine: false,
    borderColor: color,
    // Hollow markers (a diamond, a ring) read apart from the filled figures without their colour.
    backgroundColor: style === 'rectRot' || style === 'ring' ? '#ffffff' : color,
    pointStyle: style === 'ring' ? 'circle' : style,
    pointRadius: 6,
    pointHoverRadius: 8,
    borderWidth: 2,
  });
  const line = (label: string, data: ScatterDataPoint[], color: string, dash: number[]) => ({
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    borderWidth: dash.length ? 2 : 3,
    borderDash: dash,
    pointRadius: 0,
    pointHitRadius: 6,
  });
  const datasets: ChartDataset<'line', ScatterDataPoint[]>[] = [
    markers(labels.observed, points(false), COLORS.observed, 'circle'),
  ];
  const beforeBreak = points(false, true);
  if (beforeBreak.length)
    datasets.push(markers(labels.beforeBreak, beforeBreak, COLORS.beforeBreak, 'crossRot'));
  const alternative = points(true);
  if (alternative.length)
    datasets.push(markers(labels.alternative, alternative, COLORS.alternative, 'rectRot'));
  if (inputs.national?.length) {
    const national = inputs.national.map((o) => ({ x: o.month, y: o.value }));
    datasets.push(markers(labels.national, national, COLORS.national, 'ring'));
  }
  if (inputs.userObservations.length) {
    datasets.push(
      markers(
        labels.user,
        inputs.userObservations.map((o) => ({ x: o.month, y: o.value })),
        COLORS.user,
        'triangle',
      ),
    );
  }
  if (inputs.trendLine) {
    const { from, to, startValue, endValue } = inputs.trendLine;
    const fit = line(
      labels.trendLine,
      [
        { x: from, y: startValue },
        { x: to, y: endValue },
      ],
      COLORS.trend,
      [3, 3],
    );
    datasets.push({ ...fit, borderWidth: 2 });
  }
  if (inputs.fan) {
    const fan = inputs.fan;
    const row = (j: number) =>
      fan === 'pending' ? [] : toPoints({ startMonth: fan.startMonth, values: fan.rows[j]! });
    // Filled between each pair: p10–p90 light, p25–p75 darker. The lower edges carry no legend entry.
    const edge = (data: ScatterDataPoint[]) => ({ ...line('', data, 'transparent', []), borderWidth: 0 });
    datasets.push(edge(row(0)));
    datasets.push({ ...line(labels.band90, row(4), COLORS.band90, []), borderWidth: 0, fill: '-1' });
    datasets.push(edge(row(1)));
    datasets.push({ ...line(labels.band50, row(3), COLORS.band50, []), borderWidth: 0, fill: '-1' });
  }
  if (inputs.reference) {
    datasets.push(line(labels.reference, toPoints(inputs.reference), COLORS.reference, [10, 5]));
  }
  datasets.push(line(labels.projection, toPoints(inputs.projection), COLORS.projection, []));
  if (inputs.levels) {
    datasets.push(line(labels.ministries, toPoints(inputs.levels.ministries), COLORS.ministries, [8, 4]));
    datasets.push(line(labels.localities, toPoints(inputs.levels.localities), COLORS.localities, [2, 3]));
  }
  return datasets;
}
