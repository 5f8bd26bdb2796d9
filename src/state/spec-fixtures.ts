// Shared by the state specs: the seed dataset, its default rates and a scenario snapshot builder.
import { countedPoints, defaultRate } from '../model/baseline';
import { monthIndex } from '../model/month';
import { seedDataset } from '../model/seed-dataset';
import type { ScenarioSnapshot } from './build-request';

export const seed = seedDataset();

/** Default (trend) rate of every seed indicator, over all its observations. */
export const seedDefaults = new Map(
  seed.indicators.map((i) => [i.id, defaultRate(countedPoints(i.observations))]),
);

/** The default scenario (linear, to 2026-12, trend rates) with some fields changed. */
export function snapshotWith(over: Partial<ScenarioSnapshot> = {}): ScenarioSnapshot {
  return {
    model: 'linear',
    horizon: monthIndex('2026-12'),
    splitLevels: false,
    rateOverrides: {},
    userObservations: {},
    trendWindow: 'sinceBreak',
    ...over,
  };
}
