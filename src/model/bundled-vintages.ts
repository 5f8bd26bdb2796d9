import indicatorsJson from '../../seeds/indicators.json';
import laterJson from '../../seeds/later-figures.json';
import sourcesJson from '../../seeds/sources.json';
export { missingHeadlines } from './headline-indicators';
import { loadDataset, type Dataset } from './load-dataset';

// Both data vintages with the JSON bundled: for Node, tests and benchmarks. The browser fetches it
// (state/fetch-vintages.ts).

/** The 2024 data (vintage `2024`): the figures the seed files hold (mid-2024 to early 2025), validated at load. */
export function dataset2024(): Dataset {
  return loadDataset(indicatorsJson, sourcesJson);
}

/** The 2024 data plus every figure reported since (vintage `latest-2026`), each marked with its vintage. */
export function latestDataset(): Dataset {
  return loadDataset(indicatorsJson, sourcesJson, laterJson);
}

/** Both vintages by id, the 2024 data first. */
export function allVintages(): Map<string, Dataset> {
  const first = dataset2024();
  const latest = latestDataset();
  return new Map([
    [first.vintage, first],
    [latest.vintage, latest],
  ]);
}
