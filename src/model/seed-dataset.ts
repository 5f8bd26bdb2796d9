import indicatorsJson from '../../seeds/indicators.json';
import laterJson from '../../seeds/later-figures.json';
import sourcesJson from '../../seeds/sources.json';
export { missingHeadlines } from './headline-indicators';
import { loadDataset, type Dataset } from './load-dataset';

// Bundles the JSON directly: for Node, tests and benchmarks. The browser fetches it (state/fetch-vintages.ts).

/** The dataset as the seeds reported it (mid-2024 to early 2025), validated at load. */
export function seedDataset(): Dataset {
  return loadDataset(indicatorsJson, sourcesJson);
}

/** The seeds plus every figure reported since, each marked with its vintage. */
export function latestDataset(): Dataset {
  return loadDataset(indicatorsJson, sourcesJson, laterJson);
}

/** Both vintages by id, seed first. */
export function allVintages(): Map<string, Dataset> {
  const seed = seedDataset();
  const latest = latestDataset();
  return new Map([
    [seed.vintage, seed],
    [latest.vintage, latest],
  ]);
}
