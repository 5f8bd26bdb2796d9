import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nudgedRate } from './nudged-rate';

describe('nudgedRate', () => {
  it.each([
    [0, -1, 5, 1, 0.12], // range 6 → step 0.12
    [0, -1, 5, -1, -0.12],
    [4.95, -1, 5, 1, 5], // capped at the top
    [-0.95, -1, 5, -1, -1], // and at the bottom
    [1.234, 0, 1.5, 1, 1.26], // step 0.03: 1.264, rounded to the shown 0.01
    [0, 0, 0.2, 1, 0.01], // a tiny range still moves by 0.01
  ])('%d in [%d, %d], direction %d → %d', (value, min, max, direction, expected) => {
    expect(nudgedRate(value, min, max, direction as 1 | -1)).toBeCloseTo(
      Math.round(expected * 100) / 100,
      10,
    );
  });
  it('stays in range and moves the way it is pushed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(1 as const, -1 as const),
        (minC, spanC, atC, direction) => {
          const [min, max] = [minC / 100, (minC + spanC) / 100];
          const value = min + ((max - min) * atC) / 1000;
          const next = nudgedRate(value, min, max, direction);
          expect(next).toBeGreaterThanOrEqual(min);
          expect(next).toBeLessThanOrEqual(max);
          expect(direction * (next - value)).toBeGreaterThanOrEqual(-0.005); // rounding only
        },
      ),
    );
  });
});
