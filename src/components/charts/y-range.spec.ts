import { describe, expect, it } from 'vitest';
import { seedIndicator } from './spec-inputs';
import { yRange } from './y-range';

const withValues = (unit: 'millionAccounts', values: number[], targets: number[]) => ({
  ...seedIndicator(),
  unit,
  observations: values.map((value) => ({ month: '2024-06', value, source: 's', vintage: 'v' })),
  // Every target drawn counts, an imported one (shown targets only) included.
  shownTargets: targets.map((value) => ({ id: 't', value, deadline: '2025-12', source: 's', quote: 'q' })),
});

describe('yRange', () => {
  it('a share is always 0–100', () => {
    expect(yRange(seedIndicator())).toEqual({ min: 0, max: 100 });
  });
  it.each([
    [[62], [], 200], // 124 → steps of 100 → 200
    [[40], [85], 200], // target 85 → 170 → 200
    [[3.2], [], 7], // 6.4 → steps of 1 → 7
    [[], [], 10], // nothing: 0–10
  ])('counts %j with targets %j → 0–%d', (values, targets, max) => {
    expect(yRange(withValues('millionAccounts', values, targets) as never)).toEqual({ min: 0, max });
  });
});
