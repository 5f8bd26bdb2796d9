import type { MonthIndex } from '../../model/month';
import type { ChartInputs } from './chart-inputs';

/**
 * Stable x-range: from two months before the first figure to the horizon.
 * @example xRange(first figure 06/2024, horizon 12/2026) → { min: index of 04/2024, max: index of 12/2026 }
 */
export function xRange(
  inputs: Pick<ChartInputs, 'indicator' | 'userObservations' | 'asOfMonth'>,
  horizon: MonthIndex,
): { min: MonthIndex; max: MonthIndex } {
  const months = [
    ...inputs.indicator.observations.map((o) => o.month),
    ...inputs.userObservations.map((o) => o.month),
  ];
  const deadlines = inputs.indicator.shownTargets.map((t) => t.deadline);
  const first = months.length ? Math.min(...months) : Math.min(inputs.asOfMonth, ...deadlines) - 12;
  return { min: first - 2, max: horizon };
}
