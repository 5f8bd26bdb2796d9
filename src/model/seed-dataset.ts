import indicatorsJson from '../../seeds/indicators.json';
import sourcesJson from '../../seeds/sources.json';
import { loadDataset, type Dataset } from './load-dataset';

/** The dataset shipped with the app (seed vintage), validated at load. */
export function seedDataset(): Dataset {
  return loadDataset(indicatorsJson, sourcesJson);
}
