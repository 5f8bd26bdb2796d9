import type { Dataset } from './load-dataset';
import type { MonthIndex } from './month';

/**
 * Headline indicators a later data vintage must cover before it becomes the default: the ones the
 * programme's targets and public reporting centre on.
 */
export const HEADLINE_INDICATORS = [
  'dossiersFullOnline',
  'servicesFullOnline',
  'adultsUsingOnlineServices',
  'fibreHouseholds',
  'smartphoneShare',
  'eidAccountsActivated',
] as const;

/** Headline indicators a later vintage has no figure for (empty: it is complete and may be the default). */
export function missingHeadlines(latest: Dataset): string[] {
  return HEADLINE_INDICATORS.filter((id) => {
    const indicator = latest.indicators.find((i) => i.id === id);
    return !indicator?.observations.some((o) => o.vintage === latest.vintage);
  });
}

/**
 * The month of a dataset's latest headline figure: what its recorded `asOf` must say (checked by the specs).
 * @example latestHeadlineMonth(dataset2024()) === monthIndex('2024-07')
 */
export function latestHeadlineMonth(dataset: Dataset): MonthIndex | undefined {
  const months = dataset.indicators
    .filter((i) => (HEADLINE_INDICATORS as readonly string[]).includes(i.id))
    .flatMap((i) => i.observations.map((o) => o.month));
  return months.length ? Math.max(...months) : undefined;
}
