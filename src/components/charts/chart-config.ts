import type { ChartDataset, ScatterDataPoint } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { UserObservation } from '../../model/baseline';
import type { LoadedIndicator } from '../../model/load-dataset';
import { monthIndex, type MonthIndex } from '../../model/month';
import type { TargetVerdict } from '../../model/projection-types';
import { COLORS } from './chart-colors';

export interface SeriesSlice {
  startMonth: MonthIndex;
  values: Float64Array;
}

export interface ChartInputs {
  indicator: LoadedIndicator;
  projection: SeriesSlice | null;
  levels: { ministries: SeriesSlice | null; localities: SeriesSlice | null } | null;
  /** The compared-with scenario's projection, drawn dashed beside the current one. */
  reference?: SeriesSlice | null;
  /** Uncertainty fan: rows p10, p25, p50, p75, p90 from `startMonth`. */
  fan?: { startMonth: MonthIndex; rows: Float64Array[] } | null;
  userObservations: UserObservation[];
  verdicts: TargetVerdict[];
  referenceMonth: MonthIndex;
  /** The least-squares line over the trend window, drawn from its first to its last point. */
  trendLine: { from: MonthIndex; to: MonthIndex; startValue: number; endValue: number } | null;
  /** Observations before this month are not comparable with later ones: drawn lighter. */
  breakMonth: MonthIndex | null;
  labels: {
    observed: string;
    beforeBreak: string;
    trendLine: string;
    alternative: string;
    user: string;
    projection: string;
    reference: string;
    band90: string;
    band50: string;
    ministries: string;
    localities: string;
    today: string;
    target: (value: number, deadline: MonthIndex) => string;
    reached: (month: MonthIndex) => string;
  };
}

const toPoints = (slice: SeriesSlice | null): ScatterDataPoint[] =>
  slice ? Array.from(slice.values, (y, i) => ({ x: slice.startMonth + i, y })) : [];

/** Datasets of one indicator chart: observations, alternative figures, user figures, projection lines. */
export function buildDatasets(inputs: ChartInputs): ChartDataset<'line', ScatterDataPoint[]>[] {
  const { indicator, labels } = inputs;
  const breakMonth = inputs.breakMonth ?? -Infinity;
  const points = (alternative: boolean, beforeBreak = false) =>
    indicator.observations
      .filter((o) => Boolean(o.alternative) === alternative)
      .map((o) => ({ x: monthIndex(o.month), y: o.value }))
      .filter((p) => alternative || p.x < breakMonth === beforeBreak);
  const markers = (
    label: string,
    data: ScatterDataPoint[],
    color: string,
    style: 'circle' | 'rectRot' | 'triangle' | 'crossRot',
  ) => ({
    label,
    data,
    showLine: false,
    borderColor: color,
    backgroundColor: style === 'rectRot' ? '#ffffff' : color,
    pointStyle: style,
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
    const { startMonth, rows } = inputs.fan;
    const row = (j: number) => toPoints({ startMonth, values: rows[j]! });
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

/** Target lines ending at their deadline, the month each is reached, and today. */
export function buildAnnotations(inputs: ChartInputs, xMin: MonthIndex): Record<string, AnnotationOptions> {
  const annotations: Record<string, AnnotationOptions> = {
    today: {
      type: 'line',
      xMin: inputs.referenceMonth,
      xMax: inputs.referenceMonth,
      borderColor: COLORS.today,
      borderWidth: 1,
      borderDash: [4, 4],
      label: {
        display: true,
        content: inputs.labels.today,
        position: 'start',
        backgroundColor: COLORS.today,
        font: { size: 12 },
      },
    },
  };
  inputs.indicator.shownTargets.forEach((target, i) => {
    const deadline = monthIndex(target.deadline);
    annotations[`target${i}`] = {
      type: 'line',
      xMin,
      xMax: deadline,
      yMin: target.value,
      yMax: target.value,
      borderColor: COLORS.target,
      borderWidth: 2,
      borderDash: [6, 4],
      label: {
        display: true,
        content: inputs.labels.target(target.value, deadline),
        position: 'end',
        // Above the line, except near the top of a share where there is no room above.
        yAdjust: target.value >= 95 ? 12 : -12,
        backgroundColor: 'rgba(255,255,255,0.9)',
        color: COLORS.target,
        font: { size: 12, weight: 'bold' },
      },
    };
    annotations[`deadline${i}`] = {
      type: 'point',
      xValue: deadline,
      yValue: target.value,
      radius: 5,
      pointStyle: 'rect',
      backgroundColor: COLORS.target,
      borderColor: COLORS.target,
    };
    const verdict = inputs.verdicts.find((v) => v.targetId === target.id);
    if (verdict?.reachedMonth != null && verdict.status !== 'alreadyMet') {
      annotations[`reached${i}`] = {
        type: 'point',
        xValue: verdict.reachedMonth,
        yValue: target.value,
        radius: 7,
        pointStyle: 'star',
        borderWidth: 3,
        borderColor: COLORS.reached,
        backgroundColor: COLORS.reached,
      };
      annotations[`reachedLabel${i}`] = {
        type: 'label',
        xValue: verdict.reachedMonth,
        yValue: target.value,
        yAdjust: 22,
        content: inputs.labels.reached(verdict.reachedMonth),
        color: COLORS.reached,
        backgroundColor: 'rgba(255,255,255,0.85)',
        font: { size: 12, weight: 'bold' },
      };
    }
  });
  return annotations;
}

/** Stable y-range: shares stay 0–100; counts get room to double, so the axes do not move during a drag. */
export function yRange(indicator: LoadedIndicator): { min: number; max: number } {
  if (indicator.unit === 'percent') return { min: 0, max: 100 };
  const largest = Math.max(
    0,
    ...indicator.observations.map((o) => o.value),
    ...indicator.targets.map((t) => t.value),
  );
  const raw = largest > 0 ? largest * 2 : 10;
  const step = 10 ** Math.floor(Math.log10(raw));
  return { min: 0, max: Math.ceil(raw / step) * step };
}

/** Stable x-range: from a little before the first figure to the horizon. */
export function xRange(inputs: ChartInputs, horizon: MonthIndex): { min: MonthIndex; max: MonthIndex } {
  const months = [
    ...inputs.indicator.observations.map((o) => monthIndex(o.month)),
    ...inputs.userObservations.map((o) => o.month),
  ];
  const deadlines = inputs.indicator.shownTargets.map((t) => monthIndex(t.deadline));
  const first = months.length ? Math.min(...months) : Math.min(inputs.referenceMonth, ...deadlines) - 12;
  return { min: first - 2, max: horizon };
}

/** FNV-1a over a series' values (as float bits): a fingerprint without building strings. */
function hashValues(hash: number, values: ArrayLike<number>): number {
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  for (let i = 0; i < values.length; i++) {
    bits[0] = values[i]!;
    hash = Math.imul(hash ^ words[0]!, 16777619);
    hash = Math.imul(hash ^ words[1]!, 16777619);
  }
  return hash >>> 0;
}

/** A cheap fingerprint of everything a chart draws; equal fingerprints mean nothing to redraw. */
export function chartSignature(inputs: ChartInputs, xMin: number, xMax: number, lang: string): string {
  let hash = 2166136261;
  const slice = (s: SeriesSlice | null | undefined) => {
    hash = hashValues(hash, s ? [s.startMonth, s.values.length] : [-1]);
    if (s) hash = hashValues(hash, s.values);
  };
  slice(inputs.projection);
  slice(inputs.reference);
  slice(inputs.levels?.ministries);
  slice(inputs.levels?.localities);
  for (const row of inputs.fan?.rows ?? []) slice({ startMonth: inputs.fan!.startMonth, values: row });
  return [
    lang,
    xMin,
    xMax,
    inputs.referenceMonth,
    hash,
    inputs.labels.reference,
    inputs.fan ? 'fan' : '-',
    inputs.userObservations.map((o) => `${o.month}=${o.value}`).join(','),
    inputs.trendLine ? Object.values(inputs.trendLine).join(',') : '-',
    inputs.breakMonth,
    inputs.indicator.observations.length,
    inputs.indicator.shownTargets.length,
    inputs.verdicts.map((v) => `${v.targetId}@${v.reachedMonth}/${v.status}`).join(','),
  ].join('|');
}

/** One entry of the HTML legend: label, colour and how it is drawn (never colour alone). */
export interface LegendItem {
  label: string;
  color: string;
  kind: 'line' | 'dashed' | 'dotted' | 'point' | 'hollow' | 'cross' | 'triangle' | 'area';
}

/** The legend of a chart's datasets; unlabelled ones (the fan's lower edges) are left out. */
export function legendItems(datasets: ReturnType<typeof buildDatasets>): LegendItem[] {
  return datasets
    .filter((d) => d.label)
    .map((d) => {
      const color = String(d.borderColor ?? d.backgroundColor);
      const dash = (d.borderDash as number[] | undefined) ?? [];
      let kind: LegendItem['kind'] = 'line';
      if (d.showLine === false) {
        kind =
          ({ rectRot: 'hollow', crossRot: 'cross', triangle: 'triangle' } as const)[
            String(d.pointStyle) as 'rectRot'
          ] ?? 'point';
      } else if (d.fill) kind = 'area';
      else if (dash.length) kind = dash[0]! <= 3 ? 'dotted' : 'dashed';
      return { label: d.label!, color: d.fill ? String(d.backgroundColor) : color, kind };
    });
}

/** What the annotations depend on: targets, deadlines, reached months, today, the x start and language. */
export function annotationSignature(inputs: ChartInputs, xMin: number, lang: string): string {
  return [
    lang,
    xMin,
    inputs.referenceMonth,
    inputs.indicator.shownTargets.map((t) => `${t.value}@${t.deadline}`).join(','),
    inputs.verdicts.map((v) => `${v.targetId}@${v.reachedMonth}/${v.status}`).join(','),
  ].join('|');
}

/** Event that makes every chart build itself now (they are otherwise built as they near the screen). */
export const DRAW_ALL_CHARTS = 'muc-tieu-so:draw-all-charts';
