/** The two charts at the top of the page: built at once, and the ones the printed summary shows. */
export const HEADLINE_CHARTS: readonly string[] = ['dossiersFullOnline', 'servicesFullOnline'];
