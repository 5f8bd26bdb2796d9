// In-page half of the chart-update benchmark (npm run bench:chart), bundled by Vite into one script.
// Two charts of the same size get the same slider steps: "annotation" is the app as it was (Chart.js with
// chartjs-plugin-annotation, options rebuilt when a marker moved), "markers" the app's own chart module.
import annotationPlugin from 'chartjs-plugin-annotation';
import { Legend, type ScatterDataPoint } from 'chart.js';
import { buildDatasets } from '../../src/components/charts/build-datasets';
import type { ChartAnswer, ChartInputs } from '../../src/components/charts/chart-inputs';
import { Chart } from '../../src/components/charts/chart-setup';
import {
  createIndicatorChart,
  drawIndicatorChart,
  updateIndicatorChart,
  type ChartView,
} from '../../src/components/charts/indicator-chart';
import { chartInputs } from '../../src/components/charts/spec-inputs';
import { targetMarkers } from '../../src/components/charts/target-markers';
import { xRange } from '../../src/components/charts/x-range';
import { yRange } from '../../src/components/charts/y-range';
import { monthIndex, monthText } from '../../src/model/month';
import { buildAnnotations } from './chart-update-baseline';

// Registered as the app registered them (Legend too, though hidden), so the annotation chart is the app as
// it was; the markers chart turns the annotation plugin off, as it no longer exists in the app.
Chart.register(annotationPlugin, Legend);

const START = monthIndex('2024-06');
const HORIZON = monthIndex('2026-12');
const MONTHS = HORIZON - START + 1;

/** The inputs of slider step `k`: 42% in 06/2024 growing at a rate that sweeps 0–5 pp/month, with its band. */
function stepInputs(k: number): ChartInputs {
  const rate = (k % 100) * 0.05;
  const values = Float64Array.from({ length: MONTHS }, (_, i) => Math.min(100, 42 + rate * i));
  const rows = [-1.28, -0.67, 0, 0.67, 1.28].map((z) =>
    values.map((v, i) => Math.min(100, Math.max(0, v + z * 0.5 * Math.sqrt(i)))),
  );
  const base = chartInputs({ asOfMonth: monthIndex('2025-06') });
  const answers = base.indicator.shownTargets.map((t): ChartAnswer => {
    const i = values.findIndex((v) => v >= t.value);
    return {
      targetId: t.id,
      status: i < 0 ? 'projectedMissed' : 'projectedReached',
      reachedMonth: i < 0 ? null : START + i,
    };
  });
  return {
    ...base,
    projection: { startMonth: START, values },
    fan: { startMonth: START, rows },
    trendLine: { from: START - 12, to: START, startValue: 30, endValue: 42 },
    answers,
  };
}

function canvasIn(width: number, height: number): HTMLCanvasElement {
  const box = document.createElement('div');
  box.style.cssText = `position: relative; width: ${width}px; height: ${height}px`;
  const canvas = document.createElement('canvas');
  box.append(canvas);
  document.body.append(box);
  return canvas;
}

/** The old IndicatorChart: same options, annotations re-set when a target, reached month or today moved. */
function annotationChart(canvas: HTMLCanvasElement, inputs: ChartInputs) {
  const old = {
    ...inputs,
    labels: { ...inputs.labels, target: (v: number, d: number) => `${v}% · ${monthText(d)}` },
  };
  const x = xRange(inputs, HORIZON);
  const chart = new Chart<'line', ScatterDataPoint[]>(canvas, {
    type: 'line',
    data: { datasets: buildDatasets(inputs) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      normalized: true,
      animation: false,
      layout: { padding: { top: 16, right: 8 } },
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: {
          type: 'linear',
          min: x.min,
          max: x.max,
          ticks: { stepSize: 6, callback: (v) => monthText(Number(v)), maxRotation: 0, autoSkipPadding: 12 },
        },
        y: { type: 'linear', ...yRange(inputs.indicator), ticks: { callback: (v) => `${v}%` } },
      },
      plugins: { legend: { display: false }, annotation: { annotations: buildAnnotations(old, x.min) } },
    },
  });
  let key = '';
  return (next: ChartInputs) => {
    const sets = buildDatasets(next);
    sets.forEach((d, i) => (chart.data.datasets[i]!.data = d.data));
    const nextKey = next.answers.map((a) => `${a.targetId}@${a.reachedMonth}`).join(',');
    if (nextKey !== key) {
      key = nextKey;
      const withTarget = { ...next, labels: old.labels };
      chart.options.plugins!.annotation!.annotations = buildAnnotations(withTarget, x.min);
    }
    const t0 = performance.now();
    chart.update('none');
    return performance.now() - t0;
  };
}

/** The app's chart module: a plain-data view, markers drawn by its own plugin. */
function markersChart(canvas: HTMLCanvasElement, inputs: ChartInputs) {
  const view = (i: ChartInputs): ChartView => ({
    datasets: buildDatasets(i),
    x: xRange(i, HORIZON),
    y: yRange(i.indicator),
    markers: targetMarkers(i),
    fontPx: 12,
    lang: 'vi',
    formatTick: monthText,
    formatMonth: monthText,
    formatValue: (v) => `${v}%`,
  });
  const chart = createIndicatorChart(Chart, canvas, view(inputs));
  Object.assign(chart.options.plugins!, { annotation: false, legend: false });
  drawIndicatorChart(chart);
  return (next: ChartInputs) => {
    const v = view(next);
    const t0 = performance.now();
    updateIndicatorChart(chart, v, false);
    return performance.now() - t0;
  };
}

/** Runs `steps` slider steps on both charts (alternating which goes first) and returns each update's ms. */
export function run(steps: number, warmup: number) {
  const first = stepInputs(0);
  const charts = {
    annotation: annotationChart(canvasIn(480, 300), first),
    markers: markersChart(canvasIn(480, 300), first),
  };
  const times: Record<keyof typeof charts, number[]> = { annotation: [], markers: [] };
  for (let k = 1; k <= warmup + steps; k++) {
    const inputs = stepInputs(k);
    const order = k % 2 ? (['annotation', 'markers'] as const) : (['markers', 'annotation'] as const);
    for (const name of order) {
      const ms = charts[name](inputs);
      if (k > warmup) times[name].push(ms);
    }
  }
  return times;
}
