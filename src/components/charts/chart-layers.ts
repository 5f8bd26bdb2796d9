import type { Chart, ChartMeta, Plugin } from 'chart.js';
import { drawTargetMarkers } from './target-markers-plugin';

/**
 * What a slider step does not move, kept as bitmaps of the chart's canvas: the scales (grid, ticks, axis
 * texts) and the datasets Chart.js draws over the moved lines (band, trend, figures, reference). A step then
 * copies two bitmaps and draws the moved lines and the markers, instead of rasterising every tick text and
 * band polygon again. The picture is the one Chart.js draws: same elements, same order.
 */
interface Layers {
  /** Bumped by every `chart.update()` (data, options, resize): bitmaps of an older one are stale. */
  generation: number;
  /** The scales as drawn just before the datasets, and the update they were drawn after. */
  below: HTMLCanvasElement;
  belowGeneration: number;
  /** The datasets drawn after index `from` (lower indices, Chart.js draws the last dataset first). */
  above: HTMLCanvasElement;
  aboveKey: string;
}

const layers = new WeakMap<Chart, Layers>();

/** Chart.js 4 draws one dataset (clip, filler, controller) with this method; it is not in its types. */
type DrawsDataset = { _drawDataset?: (meta: ChartMeta) => void };

function copyCanvas(from: HTMLCanvasElement, to: HTMLCanvasElement): void {
  if (to.width !== from.width || to.height !== from.height) {
    to.width = from.width;
    to.height = from.height;
  }
  const context = to.getContext('2d')!;
  context.clearRect(0, 0, to.width, to.height);
  context.drawImage(from, 0, 0);
}

function drawBitmap(chart: Chart, bitmap: HTMLCanvasElement): void {
  const { ctx } = chart;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(bitmap, 0, 0);
  ctx.restore();
}

/** Copies the scales on the way through every full draw of a chart that has layers. */
export const chartLayersPlugin: Plugin<'line'> = {
  id: 'chartLayers',
  afterUpdate(chart) {
    const own = layers.get(chart);
    if (own) own.generation++;
  },
  beforeDatasetsDraw(chart) {
    const own = layers.get(chart);
    if (!own) return;
    copyCanvas(chart.canvas, own.below);
    own.belowGeneration = own.generation;
  },
};

/**
 * Starts keeping `chart`'s layers: from its next full draw on, the scales are copied on the way, so the
 * first slider step need not draw the whole chart once more to get them (a chart is given layers when
 * built, before its first draw).
 */
export function keepLayers(chart: Chart): Layers {
  let own = layers.get(chart);
  if (!own) {
    own = {
      generation: 0,
      below: document.createElement('canvas'),
      belowGeneration: -1,
      above: document.createElement('canvas'),
      aboveKey: '',
    };
    layers.set(chart, own);
  }
  return own;
}

/**
 * Draws `chart` again after its datasets from index `from` on moved (and nothing else did): from bitmaps
 * of the rest when they are current, else in full, keeping bitmaps for the next step.
 */
export function drawMoved(chart: Chart, from: number): void {
  const drawDataset = (chart as unknown as DrawsDataset)._drawDataset?.bind(chart);
  const metas = chart.getSortedVisibleDatasetMetas();
  // Datasets drawn out of index order, or a pending resize: draw as Chart.js does.
  const plain =
    !drawDataset ||
    (chart as unknown as { _resizeBeforeDraw?: unknown })._resizeBeforeDraw ||
    chart.width <= 0 ||
    chart.height <= 0 ||
    metas.some((meta) => meta.order !== 0);
  if (plain) return void chart.render();
  const own = keepLayers(chart);
  const { width, height } = chart.canvas;
  const aboveKey = `${own.generation}|${from}|${width}x${height}`;
  // Chart.js draws the datasets from the last to the first: the moved ones (the tail) first.
  const moved = metas.filter((meta) => meta.index >= from).reverse();
  const still = metas.filter((meta) => meta.index < from).reverse();
  if (own.aboveKey !== aboveKey || own.belowGeneration !== own.generation) {
    // The datasets over the moved ones, alone on the cleared canvas (all in this task, so the page never
    // shows the partial picture); then the whole chart, which copies the scales, unless they are current.
    chart.clear();
    for (const meta of still) drawDataset(meta);
    copyCanvas(chart.canvas, own.above);
    own.aboveKey = aboveKey;
    if (own.belowGeneration !== own.generation) return void chart.render();
  }
  chart.clear();
  drawBitmap(chart, own.below);
  for (const meta of moved) drawDataset(meta);
  drawBitmap(chart, own.above);
  drawTargetMarkers(chart);
}
