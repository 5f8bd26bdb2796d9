import { describe, expect, it } from 'vitest';
import { COLORS } from './chart-colors';
import { contrastRatio } from './contrast-ratio';

const WHITE = '#ffffff';
const solid = Object.entries(COLORS).filter(([, color]) => color.startsWith('#'));

describe('chart colours', () => {
  it('has every series colour as #rrggbb, except the two band fills', () => {
    expect(
      Object.keys(COLORS).filter((name) => !COLORS[name as keyof typeof COLORS].startsWith('#')),
    ).toEqual(['band90', 'band50']);
  });

  it.each(solid)('%s (%s) is ≥ 4.5:1 on white', (_, color) => {
    expect(contrastRatio(color, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  // Text the canvas draws (target and reached labels on white, white on the today tag) is ≥ 7:1, as the
  // stage asks; axe cannot see inside a canvas.
  it.each([
    ['target label', COLORS.target, WHITE],
    ['reached label', COLORS.reached, WHITE],
    ['today tag', WHITE, COLORS.today],
  ])('%s: ≥ 7:1', (_, text, background) => {
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(7);
  });

  it('fills both bands with the projection colour, the inner one twice as dense', () => {
    // projection #1d4ed8 = rgb(29, 78, 216)
    expect(COLORS.projection).toBe('#1d4ed8');
    expect(COLORS.band90).toBe('rgba(29, 78, 216, 0.13)');
    expect(COLORS.band50).toBe('rgba(29, 78, 216, 0.26)');
  });
});
