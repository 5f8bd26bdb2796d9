import indicatorsUrl from '../../seeds/indicators.json?url';
import laterUrl from '../../seeds/later-figures.json?url';
import sourcesUrl from '../../seeds/sources.json?url';
import { loadDataset, type Dataset } from '../model/load-dataset';
import { missingHeadlines as missingIn } from '../model/headline-indicators';

/** Both data vintages and which one opens by default. */
export interface Vintages {
  vintages: Map<string, Dataset>;
  defaultVintage: string;
  /** Headline indicators the later vintage has no figure for (why it is not the default yet). */
  missingHeadlines: string[];
}

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Fetches the seed files as data (they are not bundled into the app's JavaScript), validates them and
 * builds both vintages. The later vintage becomes the default once it covers every headline indicator.
 */
export async function fetchVintages(): Promise<Vintages> {
  const [indicators, sources, later] = await Promise.all([
    json(indicatorsUrl),
    json(sourcesUrl),
    json(laterUrl),
  ]);
  const seed = loadDataset(indicators, sources);
  const latest = loadDataset(indicators, sources, later);
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
