import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMonthText, monthIndex, monthOfDate, monthText } from './month';

describe('month grid', () => {
  it('puts 2024-06 eighteen months before 2025-12', () => {
    expect(monthIndex('2025-12') - monthIndex('2024-06')).toBe(18);
  });
  it.each(['2024-13', '2024-00', '24-06', '2024-6', '', '2024-06-01'])('rejects %j', (text) => {
    expect(isMonthText(text)).toBe(false);
  });
  it('round-trips text ↔ index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900 * 12, max: 2100 * 12 + 11 }), (i) => monthIndex(monthText(i)) === i),
    );
  });
  it('reads a date in UTC', () => {
    expect(monthText(monthOfDate(new Date(Date.UTC(2026, 10, 25))))).toBe('2026-11');
  });
});
