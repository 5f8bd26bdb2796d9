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
