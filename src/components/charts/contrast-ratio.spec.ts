import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast-ratio';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21], // (1 + 0.05) / (0 + 0.05)
    ['#ffffff', '#000000', 21], // either order
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54], // the classic smallest AA grey: 0x76/255 = 0.4627 → L = 0.1812; 1.05 / 0.2312
    // Pure red: L = 0.2126, so 1.05 / 0.2626 = 3.998; pure green: L = 0.7152 → 1.05 / 0.7652 = 1.372 on white
    ['#ff0000', '#ffffff', 4.0],
    ['#00ff00', '#ffffff', 1.37],
    // Red on green: (0.7652) / (0.2626) = 2.914
    ['#ff0000', '#00ff00', 2.91],
  ])('%s on %s → %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });
});
