import type { MonthIndex } from '../model/month';

/**
 * The shortest horizon on offer that reaches every deadline (the longest one when none does), and never
 * shorter than the current one: switching to figures with targets to 2030 should show 2030.
 * @example horizonCovering([2024*12+11, 2030*12+11], [2026*12+11, 2030*12+11], 2026*12+11) === 2030*12+11
 */
export function horizonCovering(
  deadlines: readonly MonthIndex[],
  horizons: readonly MonthIndex[],
  current: MonthIndex,
): MonthIndex {
  const latest = Math.max(current, ...deadlines);
  const covering = horizons.filter((h) => h >= latest);
  return covering.length ? Math.min(...covering) : Math.max(current, ...horizons);
}
