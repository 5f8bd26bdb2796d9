import { describe, expect, it } from 'vitest';
import { formatMonth } from '../../i18n/format';
import { vi } from '../../i18n/strings-vi';
import { monthIndex } from '../../model/month';
import { todayTagText } from './today-tag';

const texts = {
  today: vi.today,
  asOf: (month: number) => vi.asOfTag.replace('{month}', formatMonth(month, 'vi')),
};

describe('the tag of the month the answers speak from', () => {
  it('says "tính đến 7/2024" when that month is not the calendar month', () => {
    expect(todayTagText(monthIndex('2024-07'), monthIndex('2026-12'), texts)).toBe('tính đến 7/2024');
  });
  it('says "hôm nay" only in the calendar month', () => {
    expect(todayTagText(monthIndex('2026-12'), monthIndex('2026-12'), texts)).toBe('hôm nay');
  });
});
