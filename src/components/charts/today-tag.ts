import type { MonthIndex } from '../../model/month';

/**
 * The tag at the foot of the chart's line for the month the answers speak from: "hôm nay" only when that
 * month is the calendar's; otherwise "tính đến 7/2024", so a 2024 line is never called today.
 * @example todayTagText(monthIndex('2024-07'), monthIndex('2026-12'), texts) === 'tính đến 7/2024'
 */
export function todayTagText(
  asOfMonth: MonthIndex,
  calendarMonth: MonthIndex,
  texts: { today: string; asOf: (month: MonthIndex) => string },
): string {
  return asOfMonth === calendarMonth ? texts.today : texts.asOf(asOfMonth);
}
