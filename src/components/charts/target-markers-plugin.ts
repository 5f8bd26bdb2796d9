import type { Chart, Plugin } from 'chart.js';
import { COLORS } from './chart-colors';
import { placeLabels, type Box, type LabelRequest } from './place-labels';
import type { Markers } from './target-markers';

interface Drawn {
  markers: Markers;
  /** What the markers say, so an equal set handed in again keeps the placement below. */
  key: string;
  fontPx: number;
  /** Placement of the last draw, reused while markers, fonts and the plot area stay the same. */
  placed: { key: string; boxes: Box[] } | null;
}

const drawn = new WeakMap<Chart, Drawn>();

/** Hands a chart the markers to draw at its next update (plain data: nothing for Chart.js to resolve). */
export function setMarkers(chart: Chart, markers: Markers, fontPx: number): void {
  // Most slider steps move no marker: keep the last placement rather than measure and place again.
  const key = `${fontPx}|${JSON.stringify(markers)}`;
  if (drawn.get(chart)?.key === key) return;
  drawn.set(chart, { markers, key, fontPx, placed: null });
}

const SQUARE = 5;
const STAR = 7;
const PAD = 3;

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
 * Replaces chartjs-plugin-annotation, whose options were resolved again at every update.
 */
export const targetMarkersPlugin: Plugin<'line'> = {
  id: 'targetMarkers',
  afterDatasetsDraw(chart) {
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
    for (const r of markers.reached) {
      const x = px(r.month);
      const y = py(r.value);
      star(ctx, x, y, STAR);
      obstacles.push({ left: x - STAR, top: y - STAR, width: 2 * STAR, height: 2 * STAR });
    }

    ctx.font = font;
    const texts = [
      // Context labels stay fully opaque: only their lines are faint, the text must stay readable.
      ...markers.labels.map((l) => ({ text: l.text, color: COLORS.target })),
      ...markers.reached.map((r) => ({ text: r.text, color: COLORS.reached })),
      { text: markers.today.text, color: '#ffffff' },
    ];
    const key = [area.left, area.top, area.right, area.bottom].join(',');
    if (state.placed?.key !== key) {
      const width = (text: string) => Math.ceil(ctx.measureText(text).width) + 2 * PAD;
      const requests: LabelRequest[] = [
        ...markers.labels.map((l) => ({
          x: px(l.deadline),
          y: py(l.value),
          width: width(l.text),
          height,
          align: 'end' as const,
          side: 'above' as const,
          clearance: SQUARE + 3,
        })),
        ...markers.reached.map((r) => ({
          x: px(r.month),
          y: py(r.value),
          width: width(r.text),
          height,
          align: 'center' as const,
          side: 'below' as const,
          clearance: STAR + 3,
        })),
        {
          x: todayX,
          y: area.bottom,
          width: width(markers.today.text),
          height,
          align: 'center',
          side: 'above',
        },
      ];
      state.placed = { key, boxes: placeLabels(requests, obstacles, area) };
    }
    ctx.setLineDash([]);
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    state.placed.boxes.forEach((box, i) => {
      const { text, color } = texts[i]!;
      const today = i === texts.length - 1;
      ctx.fillStyle = today ? COLORS.today : 'rgba(255,255,255,0.92)';
      ctx.fillRect(box.left, box.top, box.width, box.height);
      ctx.fillStyle = color;
      ctx.fillText(text, box.left + PAD, box.top + box.height / 2);
    });
    ctx.restore();
  },
};
