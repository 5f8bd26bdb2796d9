import indicatorsJson from '../../seeds/indicators.json';
import laterJson from '../../seeds/later-figures.json';
import sourcesJson from '../../seeds/sources.json';
import { loadDataset, type Dataset } from './load-dataset';

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

/**
 * Headline indicators a vintage must cover before it becomes the default; ids listed as data would be
 * overkill for one rule, so the list sits here with its reason.
 */
export const HEADLINE_INDICATORS = [
  'dossiersFullOnline',
  'servicesFullOnline',
  'adultsUsingOnlineServices',
  'fibreHouseholds',
  'smartphoneShare',
  'eidAccountsActivated',
] as const;

/** Headline indicators the later vintage has no figure for (empty = the latest vintage is complete). */
export function missingHeadlines(latest: Dataset): string[] {
  return HEADLINE_INDICATORS.filter((id) => {
    const indicator = latest.indicators.find((i) => i.id === id);
    return !indicator?.observations.some((o) => o.vintage === latest.vintage);
  });
}
