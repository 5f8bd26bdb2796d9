import indicatorsUrl from '../../seeds/indicators.json?url';
import laterUrl from '../../seeds/later-figures.json?url';
import sourcesUrl from '../../seeds/sources.json?url';
import { buildVintages, type Vintages } from './build-vintages';
import { nextTask } from './next-task';

async function json(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Fetches the seed files as data (they are not bundled into the app's JavaScript), validates them and
 * builds both vintages, one step per task.
 */
export async function fetchVintages(): Promise<Vintages> {
  const [indicators, sources, later] = await Promise.all([
    json(indicatorsUrl),
    json(sourcesUrl),
    json(laterUrl),
  ]);
  await nextTask();
  const vintages = await buildVintages({ indicators, sources, later }, nextTask);
  await nextTask();
  return vintages;
}
