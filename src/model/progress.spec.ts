import { describe, expect, it } from 'vitest';
import { progressOf } from './progress';

const rate = (ratePerMonth: number) => ({ kind: 'rate' as const, ratePerMonth });

describe('progressOf: the trend as a share of the rate needed', () => {
  it.each([
    // trend, required, ratio, category — worked by hand
    [3.5, 3.22, 3.5 / 3.22, 'onTrack'], // faster than needed
    [3.22, 3.22, 1, 'onTrack'], // exactly the pace
    [1.13, 3.22, 1.13 / 3.22, 'needsFaster'], // ≈ 35%: "đang đi 35% tốc độ cần thiết"
    [0.33, 3.22, 0.33 / 3.22, 'needsFaster'], // just over a tenth is still progress
    [0.2, 3.22, 0.2 / 3.22, 'stalled'], // ≈ 6%
    [0, 2.65, 0, 'stalled'],
    [-0.2, 3.22, -0.2 / 3.22, 'stalled'], // a tiny fall is noise-level, not a direction
    [-0.51, 2.65, -0.51 / 2.65, 'backwards'], // ≈ −19%
  ] as const)('trend %s against %s needed → %s (%s)', (trend, needed, ratio, category) => {
    expect(progressOf(trend, rate(needed))).toEqual({ ratio: expect.closeTo(ratio, 12), category });
  });

  it('has nothing to say without a trend or without a rate to compare with', () => {
    expect(progressOf(null, rate(3))).toBeNull();
    expect(progressOf(1, { kind: 'alreadyMet' })).toBeNull();
    expect(progressOf(1, { kind: 'impossible', reason: 'aboveCeiling' })).toBeNull();
    expect(progressOf(1, { kind: 'noBaseline' })).toBeNull();
  });
});
