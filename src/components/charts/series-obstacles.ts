import type { Box } from './place-labels';

/** A drawn series in canvas pixels: a line through its points, or separate markers of a radius. */
export interface DrawnSeries {
  points: readonly { x: number; y: number }[];
  kind: 'line' | 'markers';
  /** Half the line width, or the marker radius. */
  radius: number;
}

/**
 * What labels must keep off: each line segment's bounding box, each marker's box (both grown by `radius`).
 * @example seriesObstacles([{ points: [{ x: 0, y: 10 }, { x: 20, y: 0 }], kind: 'line', radius: 1 }])
 *   → [{ left: -1, top: -1, width: 22, height: 12 }]
 */
export function seriesObstacles(series: readonly DrawnSeries[]): Box[] {
  const boxes: Box[] = [];
  const around = (x0: number, y0: number, x1: number, y1: number, r: number) =>
    boxes.push({
      left: Math.min(x0, x1) - r,
      top: Math.min(y0, y1) - r,
      width: Math.abs(x1 - x0) + 2 * r,
      height: Math.abs(y1 - y0) + 2 * r,
    });
  for (const { points, kind, radius } of series) {
    if (kind === 'markers') for (const p of points) around(p.x, p.y, p.x, p.y, radius);
    else
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1]!, points[i]!];
        around(a.x, a.y, b.x, b.y, radius);
      }
  }
  return boxes;
}
