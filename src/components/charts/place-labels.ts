/** A rectangle in canvas pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A label to place near the point it belongs to. */
export interface LabelRequest {
  /** The point: a target's deadline end, a reached star, the top of today's line. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** 'end': the label ends at `x` (a target line's label sits at its end); 'center': centred on `x`. */
  align: 'end' | 'center';
  /** Where it goes when there is room. */
  side: 'above' | 'below';
  /** Room between the point and the label, e.g. half a marker's size plus a little; default `gap`. */
  clearance?: number;
}

/** The plot area labels must stay inside. */
export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box, margin: number) =>
  a.left < b.left + b.width + margin &&
  b.left < a.left + a.width + margin &&
  a.top < b.top + b.height + margin &&
  b.top < a.top + a.height + margin;

/**
 * Boxes for labels, in request order, that overlap neither each other nor the obstacles (target lines,
 * markers) and stay inside the plot: each label tries its side, then the other, then steps further out.
 * A label that fits nowhere keeps its first in-bounds spot (it still never leaves the plot).
 * @example placeLabels([{ x: 300, y: 10, width: 80, height: 16, align: 'end', side: 'above' }], [],
 *   { left: 0, top: 0, right: 400, bottom: 200 }) → [{ left: 220, top: 14, width: 80, height: 16 }] (below: no room above)
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  area: PlotArea,
  gap = 4,
): Box[] {
  const placed: Box[] = [];
  for (const request of requests) {
    const { width, height } = request;
    const rawLeft = request.align === 'end' ? request.x - width : request.x - width / 2;
    const left = Math.max(area.left, Math.min(area.right - width, rawLeft));
    const clearance = request.clearance ?? gap;
    const topAt = (side: 'above' | 'below', step: number) =>
      side === 'above'
        ? request.y - clearance - height - step * (height + gap)
        : request.y + clearance + step * (height + gap);
    const other = request.side === 'above' ? 'below' : 'above';
    const steps = Math.ceil((area.bottom - area.top) / (height + gap));
    let fallback: Box | null = null;
    let chosen: Box | null = null;
    for (let step = 0; step <= steps && !chosen; step++) {
      for (const side of [request.side, other] as const) {
        const box = { left, top: topAt(side, step), width, height };
        if (box.top < area.top || box.top + height > area.bottom) continue;
        fallback ??= box;
        const clear = [...placed, ...obstacles].every((o) => !overlaps(box, o, 1));
        if (clear) {
          chosen = box;
          break;
        }
      }
    }
    // Taller than the plot: pin to its top rather than draw outside it.
    placed.push(chosen ?? fallback ?? { left, top: area.top, width, height });
  }
  return placed;
}
