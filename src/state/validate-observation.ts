import { parseDecimal } from '../i18n/format';
import type { StringKey } from '../i18n/strings-vi';
import type { UserObservation } from '../model/baseline';
import { isMonthText, monthIndex, type MonthIndex } from '../model/month';

export type ObservationCheck =
  | { ok: true; observation: UserObservation }
  | { ok: false; field: 'month' | 'value'; error: StringKey; params?: Record<string, string | number> };

export interface ObservationLimits {
  ceiling: number | null;
  /** The current baseline month: a new observation must come after it. Null when there is none. */
  baselineMonth: MonthIndex | null;
  /** "Today": an observation cannot be from the future. */
  latestMonth: MonthIndex;
}

/**
 * Checks a typed observation (month `YYYY-MM`, value in either decimal style) before it re-bases an indicator.
 * @example checkObservation('2025-06', '60,5', limits) → { ok: true, observation: { month: …, value: 60.5 } }
 */
export function checkObservation(
  monthText: string,
  valueText: string,
  limits: ObservationLimits,
): ObservationCheck {
  if (!isMonthText(monthText.trim())) return { ok: false, field: 'month', error: 'errorMonth' };
  const month = monthIndex(monthText.trim());
  if (limits.baselineMonth !== null && month <= limits.baselineMonth) {
    return {
      ok: false,
      field: 'month',
      error: 'errorMonthBeforeBaseline',
      params: { month: limits.baselineMonth },
    };
  }
  if (month > limits.latestMonth) {
    return { ok: false, field: 'month', error: 'errorMonthFuture', params: { month: limits.latestMonth } };
  }
  if (valueText.trim() === '') return { ok: false, field: 'value', error: 'errorEmpty' };
  const value = parseDecimal(valueText);
  if (value === null)
    return { ok: false, field: 'value', error: 'errorNotNumber', params: { text: valueText } };
  if (value < 0) return { ok: false, field: 'value', error: 'errorNegative' };
  if (limits.ceiling !== null && value > limits.ceiling) {
    return { ok: false, field: 'value', error: 'errorAboveCeiling', params: { ceiling: limits.ceiling } };
  }
  return { ok: true, observation: { month, value } };
}
