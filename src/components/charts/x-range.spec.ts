import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../model/month';
import { chartInputs } from './spec-inputs';
import { xRange } from './x-range';

const HORIZON = monthIndex('2026-12');

describe('xRange', () => {
  it.each([
    // The seed services share's first figure is 07/2024: two months earlier.
    ['from the first figure', {}, monthIndex('2024-05')],
    [
      'from an earlier figure the user added',
      { userObservations: [{ month: monthIndex('2023-01'), value: 30 }] },
      monthIndex('2022-11'),
    ],
  ])('%s', (_, over, min) => {
    expect(xRange(chartInputs(over), HORIZON)).toEqual({ min, max: HORIZON });
  });

  it('without figures: a year before today or the first deadline, minus two months', () => {
    const inputs = chartInputs();
    const empty = { ...inputs, indicator: { ...inputs.indicator, observations: [] } };
    // Earliest of today (06/2025) and the deadlines (12/2024): 12/2024 − 12 − 2 = 10/2023.
    expect(xRange(empty, HORIZON)).toEqual({ min: monthIndex('2023-10'), max: HORIZON });
  });
});
