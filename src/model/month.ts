/**
 * Months live on one integer grid: `2024-06` → 2024 * 12 + 5. Dates appear only at the edges.
 * @example monthIndex('2024-06') === 24293
 */
export type MonthIndex = number;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `text` is a `YYYY-MM` month between 1900 and 2100. */
export function isMonthText(text: string): boolean {
  const match = MONTH_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= 1900 && year <= 2100;
}

/** Index of a `YYYY-MM` month on the grid. Throws on malformed text (validate at the edge first). */
export function monthIndex(text: string): MonthIndex {
  const match = MONTH_PATTERN.exec(text);
  if (!match) throw new Error(`Not a YYYY-MM month: ${text}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** `YYYY-MM` text of a grid index. @example monthText(24293) === '2024-06' */
export function monthText(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Grid index of a JavaScript date's month (UTC). */
export function monthOfDate(date: Date): MonthIndex {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}
