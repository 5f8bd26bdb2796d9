import indicatorsUrl from '../../seeds/indicators.json?url';
import laterUrl from '../../seeds/later-figures.json?url';
import sourcesUrl from '../../seeds/sources.json?url';
import { loadDataset, type Dataset } from '../model/load-dataset';
import { nextTask } from './next-task';

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

// The seed files, fetched once: every vintage builds on them.
let seedFiles: Promise<[unknown, unknown]> | null = null;
const fetchSeedFiles = () => (seedFiles ??= Promise.all([json(indicatorsUrl), json(sourcesUrl)]));

/**
 * Fetches the seed files as data (they are not bundled into the app's JavaScript), validates them and
 * builds the seed vintage; with `later`, the later vintage too (its file is fetched alongside), one step per
 * task. Loaded vintages in load order, the seed first.
 */
export async function fetchVintages(later: boolean): Promise<Map<string, Dataset>> {
  const [[indicators, sources], laterFile] = await Promise.all([
    fetchSeedFiles(),
    later ? json(laterUrl) : null,
  ]);
  await nextTask();
  const seed = loadDataset(indicators, sources);
  const vintages = new Map([[seed.vintage, seed]]);
  if (laterFile !== null) {
    await nextTask();
    const latest = loadDataset(indicators, sources, laterFile);
    vintages.set(latest.vintage, latest);
  }
  await nextTask();
  return vintages;
}

let laterVintage: Promise<Dataset> | null = null;

/** The later vintage, fetched and built when first wanted (switching to it, hindsight, a saved scenario). */
export function fetchLaterVintage(): Promise<Dataset> {
  laterVintage ??= (async () => {
    const [[indicators, sources], later] = await Promise.all([fetchSeedFiles(), json(laterUrl)]);
    return loadDataset(indicators, sources, later);
  })();
  // A failed fetch (offline before the app was cached) may be tried again.
  laterVintage.catch(() => (laterVintage = null));
  return laterVintage;
}
