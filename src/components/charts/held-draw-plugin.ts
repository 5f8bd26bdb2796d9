import type { Plugin } from 'chart.js';

/** Canvases whose chart is built but not drawn yet. */
const held = new WeakSet<HTMLCanvasElement>();

/**
 * Lets a chart be built (options, scales, layout) in one task and drawn in the next: Chart.js's
 * constructor lays out and draws at once, one long task on a slow phone. `holdDraw(canvas)` before
 * `new Chart(canvas, …)` cancels its draws until `releaseDraw(canvas)`.
 */
export const heldDrawPlugin: Plugin = {
  id: 'heldDraw',
  beforeDraw: (chart) => !held.has(chart.canvas),
};

export const holdDraw = (canvas: HTMLCanvasElement): void => void held.add(canvas);
export const isHeld = (canvas: HTMLCanvasElement): boolean => held.has(canvas);
export const releaseDraw = (canvas: HTMLCanvasElement): void => void held.delete(canvas);
