import type { Dataset } from './load-dataset';

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
