import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import { checkObservation } from './validate-observation';

const limits = { ceiling: 100, baselineMonth: monthIndex('2024-06'), latestMonth: monthIndex('2026-11') };

describe('checkObservation', () => {
  it.each([
    ['2025-06', '60,5', 60.5],
    ['2025-06', '60.5', 60.5],
    ['2026-11', '100', 100],
  ])('accepts %s = %s', (month, value, expected) => {
    expect(checkObservation(month, value, limits)).toEqual({
      ok: true,
      observation: { month: monthIndex(month), value: expected },
    });
  });

  it.each([
    ['2025-13', '50', 'month', 'errorMonth'],
    ['', '50', 'month', 'errorMonth'],
    ['2024-06', '50', 'month', 'errorMonthBeforeBaseline'],
    ['2023-01', '50', 'month', 'errorMonthBeforeBaseline'],
    ['2027-01', '50', 'month', 'errorMonthFuture'],
    ['2025-06', '', 'value', 'errorEmpty'],
    ['2025-06', 'năm mươi', 'value', 'errorNotNumber'],
    ['2025-06', '-3', 'value', 'errorNegative'],
    ['2025-06', '100,1', 'value', 'errorAboveCeiling'],
  ])('rejects %j = %j in the %s field (%s)', (month, value, field, error) => {
    expect(checkObservation(month, value, limits)).toMatchObject({ ok: false, field, error });
  });

  it('accepts any past month when there is no baseline yet', () => {
    expect(checkObservation('2023-01', '12', { ...limits, baselineMonth: null }).ok).toBe(true);
  });
});
