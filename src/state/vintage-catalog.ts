import type { Dataset } from '../model/load-dataset';
import type { UrlContext } from './url-state';

/**
 * What the page knows of every data vintage before any is loaded: ids and names, which one opens, and every
 * indicator a link may name. Generated from the seed files at build time (`virtual:vintage-catalog`), so the
 * first screen fetches only the vintage it shows; another vintage's figures are fetched when first wanted.
 */
export interface VintageCatalog {
  defaultVintage: string;
  /** Headline indicators the later vintage has no figure for (why it is not the default yet). */
  missingHeadlines: string[];
  /** Every vintage in load order, the seed figures first. */
  vintages: Pick<Dataset, 'vintage' | 'vintageLabel'>[];
  /** Every indicator of every vintage: a link for an indicator only a later vintage has still round-trips. */
  indicators: UrlContext['indicators'];
}

/**
 * Every indicator of every vintage as links check them, the rate range widened to cover each vintage's.
 * @example linkIndicators([seed, latest]).some((i) => i.id === 'population5gCoverage') // the latest's alone
 */
export function linkIndicators(datasets: Iterable<Dataset>): UrlContext['indicators'] {
  const indicators = new Map<string, UrlContext['indicators'][number]>();
  for (const dataset of datasets)
    for (const i of dataset.indicators) {
      const known = indicators.get(i.id);
      const rateRange: [number, number] = known
        ? [Math.min(known.rateRange[0], i.rateRange[0]), Math.max(known.rateRange[1], i.rateRange[1])]
        : [i.rateRange[0], i.rateRange[1]];
      indicators.set(i.id, { id: i.id, rateRange, ceiling: i.ceiling });
    }
  return [...indicators.values()];
}

/**
 * The catalog of loaded vintages (all of them: the build, the prerender, tests).
 * @example catalogOf(allVintages(), '2024').vintages.map((v) => v.vintage) // ['2024', 'latest-2026']
 */
export function catalogOf(
  vintages: ReadonlyMap<string, Dataset>,
  defaultVintage: string,
  missingHeadlines: string[] = [],
): VintageCatalog {
  return {
    defaultVintage,
    missingHeadlines,
    vintages: [...vintages.values()].map(({ vintage, vintageLabel }) => ({ vintage, vintageLabel })),
    indicators: linkIndicators(vintages.values()),
  };
}
