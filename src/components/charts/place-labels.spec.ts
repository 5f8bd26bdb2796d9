import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelRequest } from './place-labels';

const AREA = { left: 50, top: 10, right: 450, bottom: 210 };
const label = (over: Partial<LabelRequest>): LabelRequest => ({
  x: 300,
  y: 110,
  width: 100,
  height: 20,
  align: 'end',
  side: 'above',
  ...over,
});
const intersects = (a: Box, b: Box) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;
const inside = (b: Box) =>
  b.left >= AREA.left &&
  b.top >= AREA.top &&
  b.left + b.width <= AREA.right &&
  b.top + b.height <= AREA.bottom;

/** Every request here is required (none optional), so every label gets a box. */
const place = (...args: Parameters<typeof placeLabels>) => placeLabels(...args) as Box[];

describe('placeLabels', () => {
  it('leaves out an optional label that fits nowhere free, and keeps a required one there', () => {
    // Two labels for the same point on a plot with room for one: the second overlaps, unless optional.
    const tiny = { left: 0, top: 0, right: 120, bottom: 24 };
    const one = label({ x: 110, y: 12, width: 100, height: 20 });
    expect(placeLabels([one, { ...one, optional: true }], [], tiny)[1]).toBeNull();
    const [first, second] = place([one, one], [], tiny);
    expect(second).toEqual(first);
  });

  it('leaves out an optional label rather than put it far from its point', () => {
    // Everything within one step of the point is taken; a required label steps further out.
    const near = { left: AREA.left, top: 40, width: 400, height: 140 };
    const required = place([label({ y: 110 })], [near], AREA)[0]!;
    expect(required.top + required.height <= near.top || required.top >= near.top + near.height).toBe(true);
    expect(placeLabels([label({ y: 110, optional: true })], [near], AREA)).toEqual([null]);
  });

  it.each([
    // name, request, expected box (gap 4; an end label ends 4 px before its point)
    ['above its point, ending before it', label({}), { left: 196, top: 86, width: 100, height: 20 }], // 110 − 4 − 20
    [
      'centred below a reached star',
      label({ align: 'center', side: 'below' }),
      { left: 250, top: 114, width: 100, height: 20 },
    ],
    [
      'a target at the ceiling goes under its line',
      label({ y: 10 }),
      { left: 196, top: 14, width: 100, height: 20 },
    ],
    [
      'at the floor it goes above',
      label({ y: 210, side: 'below' }),
      { left: 196, top: 186, width: 100, height: 20 },
    ],
    ['never past the left edge', label({ x: 80 }), { left: 50, top: 86, width: 100, height: 20 }],
    [
      'never past the right edge',
      label({ x: 440, align: 'center' }),
      { left: 350, top: 86, width: 100, height: 20 },
    ],
    // 110 − (6 + 4) − 20 = 80
    [
      'a centred label keeps off the marker',
      label({ align: 'center', marker: 6 }),
      { left: 250, top: 80, width: 100, height: 20 },
    ],
    // Pushed right by the left edge, over its marker: clears the marker (110 − 5 − 4 − 20 = 81).
    [
      'an end label pushed over its marker clears it',
      label({ x: 100, marker: 5 }),
      { left: 50, top: 81, width: 100, height: 20 },
    ],
    // 300 − (5 + 4) − 100 = 191
    [
      'an end label ends before the marker',
      label({ marker: 5 }),
      { left: 191, top: 86, width: 100, height: 20 },
    ],
  ])('%s', (_, request, expected) => {
    expect(place([request], [], AREA)).toEqual([expected]);
  });

  it('stacks labels of the same deadline instead of drawing one over the other', () => {
    // 80% and 100% both due 12/2025 at x = 300; the 100% line is 20 px higher than the 80% one.
    const [high, low] = place([label({ y: 90 }), label({ y: 110 })], [], AREA);
    expect(high).toEqual({ left: 196, top: 66, width: 100, height: 20 }); // 90 − 4 − 20
    // Above 110 (86…106) hits the first; below (114…134) is clear.
    expect(low).toEqual({ left: 196, top: 114, width: 100, height: 20 });
  });

  it('keeps off a target line that runs under the preferred spot', () => {
    const line = { left: 50, top: 84, width: 400, height: 4 }; // another target 24 px above
    expect(place([label({})], [line], AREA)).toEqual([{ left: 196, top: 114, width: 100, height: 20 }]);
  });

  it('two ceiling targets: both under the line, one below the other', () => {
    const boxes = place([label({ y: 10 }), label({ y: 10, x: 250 })], [], AREA);
    expect(boxes.map((b) => b.top)).toEqual([14, 38]); // 10 + 4, then one step of 20 + 4 further
  });

  it('beside its point when both sides are taken, level with it, inside the plot', () => {
    // Lines 20 px above and below the point leave no room for a 20-px label on either side.
    const lines = [
      { left: 50, top: 88, width: 250, height: 4 },
      { left: 50, top: 128, width: 250, height: 4 },
    ];
    const beside = label({ beside: true, marker: 5 });
    // Right of the marker (300 + 5 + 4), centred on the point (110 − 20/2).
    expect(place([beside], lines, AREA)).toEqual([{ left: 309, top: 100, width: 100, height: 20 }]);
    // Without `beside` it steps further out instead: above the upper line (110 − 4 − 20 − 24 = 62).
    expect(place([label({ marker: 5 })], lines, AREA)[0]!.top).toBe(62);
  });

  it('a ceiling target beside its deadline stays inside the plot', () => {
    const line = { left: 50, top: 8, width: 250, height: 4 }; // the target's own line, at the top edge
    const below = { left: 50, top: 32, width: 400, height: 4 }; // a line right under it
    const box = place([label({ y: 10, beside: true, marker: 5 })], [line, below], AREA)[0]!;
    expect(box).toEqual({ left: 309, top: 10, width: 100, height: 20 });
  });

  it('a label taller than the plot is pinned to its top, not drawn outside', () => {
    expect(place([label({ height: 300 })], [], AREA)[0]!.top).toBe(AREA.top);
  });

  it('labels never overlap each other and stay inside the plot while there is room', () => {
    const request = fc.record({
      x: fc.integer({ min: 50, max: 450 }),
      y: fc.integer({ min: 10, max: 210 }),
      width: fc.integer({ min: 20, max: 150 }),
      align: fc.constantFrom('end' as const, 'center' as const),
      side: fc.constantFrom('above' as const, 'below' as const),
      first: fc.boolean(),
    });
    // Four 20-px labels in a 200-px plot always find room: each blocks at most three 24-px steps of another.
    fc.assert(
      fc.property(fc.array(request, { maxLength: 4 }), (requests) => {
        const boxes = place(
          requests.map((r) => ({ ...r, height: 20 })),
          [],
          AREA,
        );
        expect(boxes.every(inside)).toBe(true);
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false)));
      }),
    );
  });

  describe('a label placed first (the today tag) on a cramped chart', () => {
    // 200 × 60 px plot, gap 4. The target label (80 × 20) ends 6 + 4 px before its deadline square at x 130,
    // just above its line at y 50: its first choice is left 130 − 10 − 80 = 40, top 50 − 4 − 20 = 26. The
    // today tag (60 × 20), centred on x 100 at the plot's foot, wants left 70, top 60 − 4 − 20 = 36: the
    // two first choices overlap (x 70–120, y 36–46).
    const cramped = { left: 0, top: 0, right: 200, bottom: 60 };
    const target = label({ x: 130, y: 50, width: 80, marker: 6, beside: true });
    const today = label({ x: 100, y: 60, width: 60, align: 'center' });

    it('keeps its own spot and the target label moves around it, in request order', () => {
      // Target: above (top 26) hits the tag; below (54 + 20 > 60) and beside (left 120, top 40: over the
      // tag's right end, x 120–130) do not fit; one step further up, top 26 − 24 = 2, is free.
      expect(place([target, { ...today, first: true }], [], cramped)).toEqual([
        { left: 40, top: 2, width: 80, height: 20 },
        { left: 70, top: 36, width: 60, height: 20 },
      ]);
    });

    it('without it, the tag placed last finds no free spot and lands on the target label', () => {
      const [targetBox, todayBox] = place([target, today], [], cramped);
      expect(targetBox).toEqual({ left: 40, top: 26, width: 80, height: 20 });
      expect(intersects(targetBox!, todayBox!)).toBe(true);
    });
  });
});

describe('target labels stay beside their lines at the sizes charts are drawn', () => {
  // A dossier chart as drawn: months 2020-10 … 2026-12 across the plot, 0 … 100% up it; the projection
  // rises from 42% (2024-06) through 70% (2025-12); targets 80% and 100% due 12/2025, 50% due 12/2024
  // (reached 2025-01); today's tag at 2024-07. Plot areas (px) as Chart.js lays them out, labels at the
  // chart's font: phone (390-px screen), the presenter's stage (1280×720, 28 px), the printed summary
  // and the exported PNG (a card's chart on a 1280-px page).
  const SIZES = [
    ['phone 390 px', { left: 38, top: 8, right: 366, bottom: 176 }, 12],
    ['stage 1280×720', { left: 96, top: 12, right: 1240, bottom: 392 }, 28],
    ['print', { left: 40, top: 6, right: 680, bottom: 196 }, 11],
    ['PNG of a card', { left: 44, top: 8, right: 560, bottom: 268 }, 12],
  ] as const;
  const GAP = 4;
  const MARKER = 6;

  it.each(SIZES)('%s', (_, area, fontPx) => {
    const x = (months: number) => area.left + ((area.right - area.left) * months) / 74; // months since 2020-10
    const y = (value: number) => area.bottom - ((area.bottom - area.top) * value) / 100;
    const height = Math.round(fontPx * 1.2) + 4;
    const width = (text: string) => Math.ceil(text.length * fontPx * 0.62) + 4;
    const targets = [
      { text: '80% · 12/2025', month: 62, value: 80 },
      { text: '100% · 12/2025', month: 62, value: 100 },
      { text: '50% · 12/2024', month: 50, value: 50 },
    ];
    const obstacles: Box[] = [
      ...targets.flatMap((t) => [
        { left: area.left, top: y(t.value) - 2, width: x(t.month) - area.left, height: 4 },
        { left: x(t.month) - 5, top: y(t.value) - 5, width: 10, height: 10 },
      ]),
      // The projection from 42% (month 44) to 79% (month 74), as one segment's box per month.
      ...Array.from({ length: 30 }, (_, i) => {
        const [y0, y1] = [y(42 + (i * 37) / 30), y(42 + ((i + 1) * 37) / 30)];
        return {
          left: x(44 + i) - 2,
          top: Math.min(y0, y1) - 2,
          width: x(1) - x(0) + 4,
          height: y0 - y1 + 4,
        };
      }),
    ];
    const requests: LabelRequest[] = [
      ...targets.map((t) => ({
        x: x(t.month),
        y: y(t.value),
        width: width(t.text),
        height,
        align: 'end' as const,
        side: 'above' as const,
        marker: MARKER,
        beside: true,
      })),
      {
        x: x(45),
        y: area.bottom,
        width: width('tính đến 7/2024'),
        height,
        align: 'center',
        side: 'above',
        first: true,
      },
    ];
    const boxes = place(requests, obstacles, area, GAP);
    targets.forEach((t, i) => {
      const box = boxes[i]!;
      // Touching its line's band: at most the marker and a gap above or below it, or level with it.
      const distance = Math.max(0, box.top - y(t.value), y(t.value) - (box.top + box.height));
      expect(distance, t.text).toBeLessThanOrEqual(MARKER + GAP);
      // Along its line (which runs from the plot's left edge to the deadline), or just after its end.
      expect(box.left).toBeGreaterThanOrEqual(area.left);
      expect(box.left, t.text).toBeLessThanOrEqual(x(t.month) + MARKER + GAP);
    });
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false)));
    expect(boxes.every((b) => b.top >= area.top && b.top + b.height <= area.bottom)).toBe(true);
  });
});
