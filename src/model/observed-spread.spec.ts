import { describe, expect, it } from 'vitest';
import { SPREAD_PRESETS } from './observed-spread';

describe('SPREAD_PRESETS', () => {
  it('offers off, low, medium and high in pp/month, increasing', () => {
    expect(SPREAD_PRESETS).toEqual({ off: 0, low: 0.25, medium: 0.5, high: 1 });
  });
});
