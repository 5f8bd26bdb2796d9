import { DRAW_ALL_CHARTS } from './draw-all-charts';

export interface TitledCanvas {
  title: string;
  canvas: HTMLCanvasElement;
}

const TITLE_HEIGHT = 36;
const GAP = 16;

/**
 * One PNG of several charts, two per row, each under its title, on white (a chart canvas is transparent,
 * which prints black in some viewers).
 */
export function chartsPng(
  charts: readonly TitledCanvas[],
  columns = Math.min(2, charts.length),
): Promise<Blob> {
  const width = Math.max(...charts.map((c) => c.canvas.width));
  const height = Math.max(...charts.map((c) => c.canvas.height)) + TITLE_HEIGHT;
  const rows = Math.ceil(charts.length / columns);
  const out = document.createElement('canvas');
  out.width = columns * width + (columns + 1) * GAP;
  out.height = rows * height + (rows + 1) * GAP;
  const context = out.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  charts.forEach(({ title, canvas }, i) => {
    const x = GAP + (i % columns) * (width + GAP);
    const y = GAP + Math.floor(i / columns) * (height + GAP);
    context.fillStyle = '#111827';
    context.font = `bold ${Math.round(TITLE_HEIGHT * 0.55)}px system-ui, sans-serif`;
    context.fillText(title, x, y + TITLE_HEIGHT * 0.7, width);
    context.drawImage(canvas, x, y + TITLE_HEIGHT);
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
