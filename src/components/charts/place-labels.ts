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
  /** Half the size of the marker drawn at the point: the label keeps `gap` away from its edge. */
  marker?: number;
  /**
   * May also sit just right of the point, level with it (a target line ends at its deadline, so the space
   * after it is free): tried after the two sides, before stepping further out.
   */
  beside?: boolean;
  /**
   * Placed before every other label, so the others move around it: for a label that must stay by its point
   * (the today tag at the foot of its line), where a target label can go elsewhere.
   */
  first?: boolean;
  /**
   * May be left out when it fits nowhere free near its point (a context target's label: its faint line and
   * its card entry stay): better no label than one written over another, or far from its line.
   */
  optional?: boolean;
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
 * markers, the drawn series) and stay inside the plot: each label tries its side, then the other, then
 * (if allowed) beside its point, then steps further out. Labels marked `first` are placed before the
 * others, which then keep clear of them; otherwise a label placed earlier keeps its spot.
 * A label that fits nowhere keeps its first in-bounds spot (it still never leaves the plot), unless it is
 * `optional`: then its box is null and it is not drawn.
 * @example placeLabels([{ x: 300, y: 10, width: 80, height: 16, align: 'end', side: 'above' }], [],
 *   { left: 0, top: 0, right: 400, bottom: 200 }) → [{ left: 216, top: 14, width: 80, height: 16 }] (below: no room above)
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  area: PlotArea,
  gap = 4,
): (Box | null)[] {
  const placed: Box[] = [];
  const boxes: (Box | null)[] = new Array<Box | null>(requests.length);
  const indices = requests.map((_, i) => i);
  const order = [...indices.filter((i) => requests[i]!.first), ...indices.filter((i) => !requests[i]!.first)];
  for (const i of order) {
    const box = placeOne(requests[i]!, [...placed, ...obstacles], area, gap);
    if (box) placed.push(box);
    boxes[i] = box;
  }
  return boxes;
}

/** The first free spot for one label, given what is already taken (null: none, and the label is optional). */
function placeOne(request: LabelRequest, taken: readonly Box[], area: PlotArea, gap: number): Box | null {
  const { width, height } = request;
  const marker = request.marker ?? 0;
  // An end label sits left of the marker, so it may come as close to the line as `gap`; a centred
  // one sits over or under it.
  const rawLeft = request.align === 'end' ? request.x - marker - gap - width : request.x - width / 2;
  const left = Math.max(area.left, Math.min(area.right - width, rawLeft));
  // Over or under the marker (centred, or pushed across it by the plot edge): clear the marker too.
  const overMarker = left < request.x + marker && left + width > request.x - marker;
  const clearance = overMarker ? marker + gap : gap;
  const topAt = (side: 'above' | 'below', step: number) =>
    side === 'above'
      ? request.y - clearance - height - step * (height + gap)
      : request.y + clearance + step * (height + gap);
  const other = request.side === 'above' ? 'below' : 'above';
  // An optional label goes no further out than one step: far from its line it would name another one.
  const steps = request.optional ? 1 : Math.ceil((area.bottom - area.top) / (height + gap));
  const besideBox = {
    left: Math.min(area.right - width, request.x + marker + gap),
    top: Math.max(area.top, Math.min(area.bottom - height, request.y - height / 2)),
    width,
    height,
  };
  // Sliding along the line keeps a label beside it, where stepping out leaves it by another line: an end
  // label slides left along its target line (which runs from the plot's left edge to its deadline), a
  // centred one a little either way, still over its point.
  const slides =
    request.align === 'end'
      ? Array.from(
          { length: Math.floor((left - area.left) / (width / 2)) },
          (_, k) => left - (k + 1) * (width / 2),
        )
      : [-width / 4, width / 4, -width / 2 + 1, width / 2 - 1].map((d) => left + d);
  const slid = slides.filter((l) => l >= area.left && l + width <= area.right);
  const candidates = function* () {
    for (let step = 0; step <= steps; step++) {
      for (const side of [request.side, other] as const)
        yield { left, top: topAt(side, step), width, height };
      if (step === 0 && request.beside) yield besideBox;
      // Near the line first: slid along it, before stepping one label further out (and on the step after).
      if (step <= 1)
        for (const l of slid)
          for (const side of [request.side, other] as const)
            yield { left: l, top: topAt(side, step), width, height };
    }
  };
  let fallback: Box | null = null;
  let chosen: Box | null = null;
  for (const box of candidates()) {
    if (box.top < area.top || box.top + height > area.bottom) continue;
    fallback ??= box;
    if (taken.every((o) => !overlaps(box, o, 1))) {
      chosen = box;
      break;
    }
  }
  if (!chosen && request.optional) return null;
  // Taller than the plot: pin to its top rather than draw outside it.
  return chosen ?? fallback ?? { left, top: area.top, width, height };
}
