import type { Chart, Plugin } from 'chart.js';
import { COLORS } from './chart-colors';
import { placeLabels, type Box, type LabelRequest } from './place-labels';
import { seriesObstacles, type DrawnSeries } from './series-obstacles';
import type { Markers } from './target-markers';

/** Plot width below which context targets go unlabelled (their lines stay). */
const NARROW_PLOT_PX = 420;

interface Drawn {
  markers: Markers;
  /** What the markers say, so an equal set handed in again is taken as it is. */
  key: string;
  fontPx: number;
  /**
   * Label widths by text at `fontPx`: measuring text is the costly part of placing labels. Kept while the
   * font stays, since a drag moves the "reached" label through a few texts and back.
   */
  widths: Map<string, number>;
}

/** Widths kept per chart: a chart's labels are a few texts per target, so this bounds a long session. */
const MAX_WIDTHS = 256;

const drawn = new WeakMap<Chart, Drawn>();

/** Hands a chart the markers to draw at its next update (plain data: nothing for Chart.js to resolve). */
export function setMarkers(chart: Chart, markers: Markers, fontPx: number): void {
  // Most slider steps move no marker: keep the state.
  const key = `${fontPx}|${JSON.stringify(markers)}`;
  const before = drawn.get(chart);
  if (before?.key === key) return;
  const widths = before?.fontPx === fontPx && before.widths.size < MAX_WIDTHS ? before.widths : new Map();
  drawn.set(chart, { markers, key, fontPx, widths });
}

/** The series Chart.js drew, in pixels: lines with a visible stroke and point markers; band fills are left out. */
function drawnSeries(chart: Chart): DrawnSeries[] {
  return chart.data.datasets.flatMap((dataset, i): DrawnSeries[] => {
    const d = dataset as { showLine?: boolean; borderWidth?: unknown; pointRadius?: unknown; fill?: unknown };
    if (!chart.isDatasetVisible(i)) return [];
    const points = chart.getDatasetMeta(i).data.map((p) => ({ x: p.x, y: p.y }));
    if (d.showLine === false)
      return [{ points, kind: 'markers' as const, radius: Number(d.pointRadius ?? 3) + 2 }];
    const width = Number(d.borderWidth ?? 0);
    return width > 0 && !d.fill ? [{ points, kind: 'line' as const, radius: width / 2 + 1 }] : [];
  });
}

const SQUARE = 5;
const STAR = 7;
const PAD = 2;

function star(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? r * 0.45 : r;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    ctx.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
  }
  ctx.closePath();
  ctx.fill();
}

/**
 * Draws target lines (to their deadline), deadline squares, the months targets are reached and today,
 * with labels placed so that they overlap neither each other, the lines, nor the plot edge.
 */
export function drawTargetMarkers(chart: Chart): void {
  const state = drawn.get(chart);
  if (!state) return;
  const { markers, fontPx } = state;
  const { ctx, chartArea: area } = chart;
  const xScale = chart.scales['x']!;
  const yScale = chart.scales['y']!;
  const px = (month: number) => Math.max(area.left, Math.min(area.right, xScale.getPixelForValue(month)));
  const py = (value: number) => yScale.getPixelForValue(value);
  const family = String(chart.options.font?.family ?? 'sans-serif');
  const font = `bold ${fontPx}px ${family}`;
  const height = Math.round(fontPx * 1.2) + 2 * PAD;
  ctx.save();

  const todayX = px(markers.today.month);
  ctx.strokeStyle = COLORS.today;
  ctx.lineWidth = 1;
  ctx.setLineDash([4, 4]);
  ctx.beginPath();
  ctx.moveTo(todayX, area.top);
  ctx.lineTo(todayX, area.bottom);
  ctx.stroke();

  const obstacles: Box[] = [];
  for (const line of markers.lines) {
    const x = px(line.deadline);
    const y = py(line.value);
    ctx.globalAlpha = line.context ? 0.5 : 1;
    ctx.strokeStyle = COLORS.target;
    ctx.fillStyle = COLORS.target;
    ctx.lineWidth = 2;
    ctx.setLineDash(line.context ? [2, 4] : [6, 4]);
    ctx.beginPath();
    ctx.moveTo(area.left, y);
    ctx.lineTo(x, y);
    ctx.stroke();
    ctx.fillRect(x - SQUARE, y - SQUARE, 2 * SQUARE, 2 * SQUARE);
    obstacles.push({ left: area.left, top: y - 2, width: x - area.left, height: 4 });
    obstacles.push({ left: x - SQUARE, top: y - SQUARE, width: 2 * SQUARE, height: 2 * SQUARE });
  }
  ctx.globalAlpha = 1;
  ctx.fillStyle = COLORS.reached;
  // A target reached after the horizon has no place on this chart (the verdict says when).
  const reached = markers.reached.filter((r) => r.month >= xScale.min && r.month <= xScale.max);
  for (const r of reached) {
    const x = px(r.month);
    const y = py(r.value);
    star(ctx, x, y, STAR);
    obstacles.push({ left: x - STAR, top: y - STAR, width: 2 * STAR, height: 2 * STAR });
  }

  ctx.font = font;
  // On a narrow plot (a phone) there is no room for every label: context targets keep their faint line
  // and their card entry, but not a label that would land on a scored target's.
  const labels =
    area.right - area.left < NARROW_PLOT_PX ? markers.labels.filter((l) => !l.context) : markers.labels;
  const texts = [
    // Context labels stay fully opaque: only their lines are faint, the text must stay readable.
    ...labels.map((l) => ({ text: l.text, color: COLORS.target })),
    ...reached.map((r) => ({ text: r.text, color: COLORS.reached })),
    { text: markers.today.text, color: '#ffffff' },
  ];
  // Labels keep off the drawn series too (projection, reference, figures): placed again at each draw,
  // since a drag moves the line.
  obstacles.push(...seriesObstacles(drawnSeries(chart)));
  const width = (text: string) => {
    let w = state.widths.get(text);
    if (w === undefined) state.widths.set(text, (w = Math.ceil(ctx.measureText(text).width) + 2 * PAD));
    return w;
  };
  const requests: LabelRequest[] = [
    ...labels.map((l) => ({
      x: px(l.deadline),
      y: py(l.value),
      width: width(l.text),
      height,
      align: 'end' as const,
      side: 'above' as const,
      marker: SQUARE + 1,
      beside: true,
      optional: l.context,
    })),
    ...reached.map((r) => ({
      x: px(r.month),
      y: py(r.value),
      width: width(r.text),
      height,
      align: 'center' as const,
      side: 'below' as const,
      marker: STAR + 1,
    })),
    // The today tag belongs at the foot of its line: placed first, the target labels move around it.
    {
      x: todayX,
      y: area.bottom,
      width: width(markers.today.text),
      height,
      align: 'center',
      side: 'above',
      first: true,
    },
  ];
  const boxes = placeLabels(requests, obstacles, area);
  ctx.setLineDash([]);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  boxes.forEach((box, i) => {
    if (!box) return;
    const { text, color } = texts[i]!;
    const today = i === texts.length - 1;
    ctx.fillStyle = today ? COLORS.today : 'rgba(255,255,255,0.92)';
    ctx.fillRect(box.left, box.top, box.width, box.height);
    ctx.fillStyle = color;
    ctx.fillText(text, box.left + PAD, box.top + box.height / 2);
  });
  ctx.restore();
}

/** The markers over the datasets. Replaces chartjs-plugin-annotation, whose options were resolved at every update. */
export const targetMarkersPlugin: Plugin<'line'> = {
  id: 'targetMarkers',
  afterDatasetsDraw: drawTargetMarkers,
};
