import { loadDataset, type Dataset } from '../model/load-dataset';
import { missingHeadlines as missingIn } from '../model/headline-indicators';
import { catalogOf, type VintageCatalog } from './vintage-catalog';

/** Both data vintages and which one opens by default. */
export interface Vintages {
  vintages: Map<string, Dataset>;
  defaultVintage: string;
  /** Headline indicators the later vintage has no figure for (why it is not the default yet). */
  missingHeadlines: string[];
}

/** The three seed files as parsed JSON, not yet validated. */
export interface SeedFiles {
  indicators: unknown;
  sources: unknown;
  later: unknown;
}

/**
 * Validates the seed files and builds both vintages, the same way in the page and in the build's prerender.
 * The later vintage becomes the default once it covers every headline indicator. `pause` runs between the
 * steps (the page yields to the browser there, so no step holds a slow phone's main thread long).
 */
export async function buildVintages(
  files: SeedFiles,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<Vintages> {
  const seed = loadDataset(files.indicators, files.sources);
  await pause();
  const latest = loadDataset(files.indicators, files.sources, files.later);
  const missingHeadlines = missingIn(latest);
  return {
    vintages: new Map([
      [seed.vintage, seed],
      [latest.vintage, latest],
    ]),
    defaultVintage: missingHeadlines.length ? seed.vintage : latest.vintage,
    missingHeadlines,
  };
}

/** The catalog of the seed files' vintages (`virtual:vintage-catalog`, worked out when the app is built). */
export async function catalogOfSeeds(files: SeedFiles): Promise<VintageCatalog> {
  const { vintages, defaultVintage, missingHeadlines } = await buildVintages(files);
  return catalogOf(vintages, defaultVintage, missingHeadlines);
}
