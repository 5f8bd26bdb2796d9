import { describe, expect, it } from 'vitest';
import { COLORS } from './chart-colors';
import { contrastRatio } from './contrast-ratio';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54], // the classic smallest AA grey
  ])('%s on %s → %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  // Text the canvas draws (target and reached labels on white, white on the today tag) is ≥ 7:1, as the
  // stage asks; axe cannot see inside a canvas.
  it.each([
    ['target label', COLORS.target, '#ffffff'],
    ['reached label', COLORS.reached, '#ffffff'],
    ['today tag', '#ffffff', COLORS.today],
  ])('%s: ≥ 7:1', (_, text, background) => {
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(7);
  });
});
