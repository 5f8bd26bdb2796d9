import type { Chart, ChartDataset, ScatterDataPoint } from 'chart.js';
import type { MonthIndex } from '../../model/month';
import { drawMoved, keepLayers } from './chart-layers';
import { holdDraw, isHeld, releaseDraw } from './held-draw-plugin';
import { setMarkers } from './target-markers-plugin';
import type { Markers } from './target-markers';

/** What an indicator chart shows, as plain data: the component builds it, this module hands it to Chart.js. */
export interface ChartView {
  datasets: ChartDataset<'line', ScatterDataPoint[]>[];
  x: { min: MonthIndex; max: MonthIndex };
  y: { min: number; max: number };
  markers: Markers;
  /** Size of every text drawn in the canvas (ticks, marker labels, tooltips): 28 px on the stage. */
  fontPx: number;
  /** The page language: the axes' texts follow it, so a change lays the scales out again. */
  lang: string;
  /** Tick and tooltip texts in the page language. */
  formatTick: (month: MonthIndex) => string;
  formatMonth: (month: MonthIndex) => string;
  formatValue: (value: number, digits?: number) => string;
}

type LineChart = Chart<'line', ScatterDataPoint[]>;

/**
 * Writes the tick size Chart.js resolved onto the canvas (`data-font-px`), so a page test can check the
 * canvas text is as large as the page asks (the stage's 28 px) without reaching into Chart.js.
 */
function exposeFontSize(chart: LineChart) {
  const size = (axis: string) => {
    const options = chart.scales[axis]?.options as { ticks?: { font?: { size?: number } } } | undefined;
    return Number(options?.ticks?.font?.size);
  };
  chart.canvas.dataset['fontPx'] = String(Math.min(size('x'), size('y')));
}
type ChartClass = typeof import('./chart-setup').Chart;

/** The view each chart shows, and whether its last update was animated (an animation may still run). */
const views = new WeakMap<LineChart, { view: ChartView; animated: boolean }>();

/**
 * Builds a line chart in `canvas` showing `view`, laid out but not drawn: `drawIndicatorChart` draws it
 * (a task of its own on a slow phone); later views go through `updateIndicatorChart`.
 */
export function createIndicatorChart(
  ChartJs: ChartClass,
  canvas: HTMLCanvasElement,
  view: ChartView,
): LineChart {
  // Callbacks read the latest view, so a language switch needs no new options.
  const shown = { view, animated: false };
  const current = () => shown.view;
  holdDraw(canvas);
  const chart = new ChartJs<'line', ScatterDataPoint[]>(canvas, {
    type: 'line',
    data: { datasets: view.datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      animation: false,
      layout: { padding: { top: 8, right: 8 } },
      interaction: { mode: 'nearest', intersect: false },
      font: { size: view.fontPx },
      scales: {
        x: {
          type: 'linear',
          min: view.x.min,
          max: view.x.max,
          ticks: {
            stepSize: 6,
            // Only January and July: the horizon's own tick would crowd the last one.
            includeBounds: false,
            callback: (value) => current().formatTick(Number(value)),
            maxRotation: 0,
            autoSkipPadding: 12,
            // Month labels are all about as wide: measuring six of them lays the axis out as well as all.
            sampleSize: 6,
            font: { size: view.fontPx },
          },
        },
        y: {
          type: 'linear',
          min: view.y.min,
          max: view.y.max,
          ticks: {
            callback: (value) => current().formatValue(Number(value), 0),
            font: { size: view.fontPx },
            // 0, 20 … 100 for shares: half the ticks Chart.js resolves and draws at every update.
            maxTicksLimit: 6,
          },
        },
      },
      plugins: {
        // The legend is HTML under the chart: read by screen readers, and not re-measured per frame.
        legend: { display: false },
        tooltip: {
          titleFont: { size: view.fontPx },
          bodyFont: { size: view.fontPx },
          callbacks: {
            title: (items) => (items[0] ? current().formatMonth(Number(items[0].parsed.x)) : ''),
            label: (item) => `${item.dataset.label}: ${current().formatValue(Number(item.parsed.y))}`,
          },
        },
      },
    },
  });
  views.set(chart, shown);
  // Its first draw keeps the scales as a bitmap: a slider step then draws only what moves.
  keepLayers(chart);
  // The constructor has laid the chart out; the markers (drawn after the datasets, no part of the layout)
  // are in its first draw.
  setMarkers(chart, view.markers, view.fontPx);
  exposeFontSize(chart);
  return chart;
}

/** The first draw of a chart from `createIndicatorChart`. */
export function drawIndicatorChart(chart: LineChart): void {
  releaseDraw(chart.canvas);
  chart.render();
}

/** Equal points, in order: the dataset need not be touched. */
function samePoints(a: readonly ScatterDataPoint[], b: readonly ScatterDataPoint[]): boolean {
  if (a === b) return true;
  return a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
}

/**
 * Whether going from `previous` to `view` changes only data and markers: same datasets (by label), same
 * axis bounds, font and language, so the scales' ticks, label sizes and the chart area stay as they are.
 */
function onlyDataMoved(chart: LineChart, previous: ChartView, view: ChartView): boolean {
  const current = chart.data.datasets;
  return (
    current.length === view.datasets.length &&
    view.datasets.every((d, i) => d.label === current[i]!.label) &&
    previous.x.min === view.x.min &&
    previous.x.max === view.x.max &&
    previous.y.min === view.y.min &&
    previous.y.max === view.y.max &&
    previous.fontPx === view.fontPx &&
    previous.lang === view.lang &&
    // A tooltip on screen follows its point only through a full update (Chart.js replays the last event).
    chart.getActiveElements().length === 0
  );
}

/**
 * Shows `view` in `chart`, handing Chart.js only what changed. When only data moved (a slider step), the
 * moved datasets' elements are updated through their controllers and only they are drawn again over
 * bitmaps of the rest (`drawMoved`): `chart.update()` would clear Chart.js's option caches, resolve every
 * option again and lay out both scales, for ticks and a chart area that cannot have changed. Anything else
 * goes through `update()`, with datasets of the same shape keeping their objects.
 */
export function updateIndicatorChart(chart: LineChart, view: ChartView, animate: boolean): void {
  const shown = views.get(chart)!;
  const previous = shown.view;
  shown.view = view;
  if (!animate && !shown.animated && onlyDataMoved(chart, previous, view)) {
    let from = view.datasets.length;
    view.datasets.forEach((d, i) => {
      const dataset = chart.data.datasets[i]!;
      if (samePoints(dataset.data, d.data)) return;
      from = Math.min(from, i);
      dataset.data = d.data;
      const { controller } = chart.getDatasetMeta(i);
      controller.buildOrUpdateElements(false);
      controller.update('none');
    });
    setMarkers(chart, view.markers, view.fontPx);
    // A chart not drawn yet gets its data now and is drawn whole by `drawIndicatorChart`.
    if (!isHeld(chart.canvas)) drawMoved(chart, from);
    return;
  }
  const current = chart.data.datasets;
  const next = view.datasets;
  const sameShape = current.length === next.length && next.every((d, i) => d.label === current[i]!.label);
  if (sameShape) next.forEach((d, i) => (current[i]!.data = d.data));
  else chart.data.datasets = next;
  const { options } = chart;
  const [x, y] = [options.scales!['x']!, options.scales!['y']!];
  x.min = view.x.min;
  x.max = view.x.max;
  y.min = view.y.min;
  y.max = view.y.max;
  const fontChanged = previous.fontPx !== view.fontPx;
  if (fontChanged) {
    const font = { size: view.fontPx };
    options.font = font;
    x.ticks!.font = font;
    y.ticks!.font = font;
    options.plugins!.tooltip!.titleFont = font;
    options.plugins!.tooltip!.bodyFont = font;
  }
  setMarkers(chart, view.markers, view.fontPx);
  options.animation = animate ? { duration: 450 } : false;
  shown.animated = animate;
  chart.update(animate ? undefined : 'none');
  if (fontChanged) exposeFontSize(chart);
}
