import { DRAW_ALL_CHARTS } from './draw-all-charts';
import type { LegendItem } from './legend-items';

export interface TitledCanvas {
  title: string;
  canvas: HTMLCanvasElement;
  /** Lines under the title (scenario, data vintage, date, source: `pngCaptionLines`). */
  caption?: readonly string[];
  /** The chart's legend, drawn under it: the HTML legend is not part of the canvas. */
  legend?: readonly LegendItem[];
}

const TITLE_HEIGHT = 36;
const LINE_HEIGHT = 20;
const LEGEND_HEIGHT = 22;
const GAP = 16;
const FONT = 'system-ui, sans-serif';

/** Legend entries in rows that fit `width`, each entry a swatch and its label. */
function legendRows(
  context: CanvasRenderingContext2D,
  items: readonly LegendItem[],
  width: number,
): LegendItem[][] {
  context.font = `13px ${FONT}`;
  const rows: LegendItem[][] = [];
  let used = Infinity;
  for (const item of items) {
    const w = 34 + context.measureText(item.label).width + 16;
    if (used + w > width) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(item);
    used += w;
  }
  return rows;
}

/** A caption line cut into lines that fit `width`, at spaces (a long source is wrapped, not squeezed). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  context.font = `14px ${FONT}`;
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && context.measureText(`${last} ${word}`).width <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function drawSwatch(context: CanvasRenderingContext2D, item: LegendItem, x: number, y: number) {
  context.strokeStyle = item.color;
  context.fillStyle = item.color;
  context.lineWidth = 3;
  if (item.kind === 'area') return void context.fillRect(x, y - 6, 26, 12);
  if (['point', 'hollow', 'cross', 'triangle'].includes(item.kind)) {
    context.beginPath();
    context.arc(x + 13, y, 5, 0, 2 * Math.PI);
    if (item.kind === 'hollow' || item.kind === 'cross') context.stroke();
    else context.fill();
    return;
  }
  context.setLineDash(item.kind === 'dashed' ? [6, 4] : item.kind === 'dotted' ? [2, 3] : []);
  context.beginPath();
  context.moveTo(x, y);
  context.lineTo(x + 26, y);
  context.stroke();
  context.setLineDash([]);
}

/**
 * One PNG of several charts, two per row, each under its title (and its caption lines), with its legend
 * below, on white (a chart canvas is transparent, which prints black in some viewers).
 */
export function chartsPng(
  charts: readonly TitledCanvas[],
  columns = Math.min(2, charts.length),
): Promise<Blob> {
  const width = Math.max(...charts.map((c) => c.canvas.width));
  const out = document.createElement('canvas');
  const context = out.getContext('2d')!;
  const legends = charts.map((c) => legendRows(context, c.legend ?? [], width));
  const captions = charts.map((c) => (c.caption ?? []).flatMap((line) => wrap(context, line, width)));
  const header = Math.max(...captions.map((lines) => TITLE_HEIGHT + lines.length * LINE_HEIGHT));
  const footer = Math.max(...legends.map((rows) => rows.length * LEGEND_HEIGHT));
  const height = header + Math.max(...charts.map((c) => c.canvas.height)) + footer;
  const rows = Math.ceil(charts.length / columns);
  out.width = columns * width + (columns + 1) * GAP;
  out.height = rows * height + (rows + 1) * GAP;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  charts.forEach(({ title, canvas }, i) => {
    const x = GAP + (i % columns) * (width + GAP);
    const y = GAP + Math.floor(i / columns) * (height + GAP);
    context.fillStyle = '#111827';
    context.font = `bold ${Math.round(TITLE_HEIGHT * 0.55)}px ${FONT}`;
    context.fillText(title, x, y + TITLE_HEIGHT * 0.7, width);
    context.fillStyle = '#374151';
    context.font = `14px ${FONT}`;
    captions[i]!.forEach((line, j) =>
      context.fillText(line, x, y + TITLE_HEIGHT + (j + 0.7) * LINE_HEIGHT, width),
    );
    context.drawImage(canvas, x, y + header);
    legends[i]!.forEach((row, j) => {
      let left = x;
      const middle = y + header + canvas.height + (j + 0.5) * LEGEND_HEIGHT;
      for (const item of row) {
        drawSwatch(context, item, left, middle);
        context.fillStyle = '#111827';
        context.font = `13px ${FONT}`;
        context.textBaseline = 'middle';
        context.fillText(item.label, left + 34, middle);
        context.textBaseline = 'alphabetic';
        left += 34 + context.measureText(item.label).width + 16;
      }
    });
  });
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Every chart on the page with the heading of its card, once all of them are drawn. */
export async function chartsOnPage(): Promise<TitledCanvas[]> {
  dispatchEvent(new Event(DRAW_ALL_CHARTS));
  const drawn = () => [...document.querySelectorAll<HTMLCanvasElement>('article .chart canvas')];
  for (let i = 0; i < 50 && drawn().some((c) => !c.dataset['drawn']); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return drawn().map((canvas) => ({
    canvas,
    title: canvas.closest('article')?.querySelector('h3')?.textContent?.trim() ?? '',
  }));
}
