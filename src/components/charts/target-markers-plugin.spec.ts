import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { Markers } from './target-markers';
import { drawTargetMarkers, setMarkers } from './target-markers-plugin';

/** A chart as the plugin reads it: a 600 × 300 plot, months 0–60 across, 0–100% up, a canvas that counts. */
function fakeChart() {
  const measured: string[] = [];
  const drawn: string[] = [];
  const ctx = new Proxy(
    {
      measureText: (text: string) => (measured.push(text), { width: text.length * 8 }),
      fillText: (text: string) => void drawn.push(text),
    } as Record<string, unknown>,
    { get: (target, key) => (key in target ? target[key as string] : () => undefined), set: () => true },
  );
  const chart = {
    ctx,
    chartArea: { left: 40, right: 640, top: 10, bottom: 310 },
    scales: {
      x: { min: 0, max: 60, getPixelForValue: (m: number) => 40 + m * 10 },
      y: { getPixelForValue: (v: number) => 310 - v * 3 },
    },
    options: { font: { family: 'sans-serif' } },
    data: { datasets: [] },
  } as unknown as Chart;
  return { chart, measured, drawn };
}

const markers = (reachedText: string, month: number): Markers => ({
  lines: [{ value: 80, deadline: 30, context: false }],
  labels: [{ text: '80% — 12/2025', deadline: 30, value: 80, context: false }],
  reached: [{ month, value: 80, text: reachedText }],
  today: { month: 50, text: 'hôm nay' },
});

describe('target markers', () => {
  it('draws every label, measuring each text once while a drag moves the reached label', () => {
    const { chart, measured, drawn } = fakeChart();
    setMarkers(chart, markers('đạt 02/2025', 20), 14);
    drawTargetMarkers(chart);
    expect(drawn).toEqual(['80% — 12/2025', 'đạt 02/2025', 'hôm nay']);
    // The line moves: the reached label changes text and place, and comes back.
    setMarkers(chart, markers('đạt 03/2025', 21), 14);
    drawTargetMarkers(chart);
    setMarkers(chart, markers('đạt 02/2025', 20), 14);
    drawTargetMarkers(chart);
    expect(drawn.slice(-3)).toEqual(['80% — 12/2025', 'đạt 02/2025', 'hôm nay']);
    expect(measured.sort()).toEqual(['80% — 12/2025', 'hôm nay', 'đạt 02/2025', 'đạt 03/2025'].sort());
  });

  it("measures again at another type size (the presenter's larger labels)", () => {
    const { chart, measured } = fakeChart();
    setMarkers(chart, markers('đạt 02/2025', 20), 14);
    drawTargetMarkers(chart);
    setMarkers(chart, markers('đạt 02/2025', 20), 28);
    drawTargetMarkers(chart);
    expect(measured.filter((t) => t === 'hôm nay')).toHaveLength(2);
  });
});
