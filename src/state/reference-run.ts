import { defaultRates } from '../model/baseline';
import type { Dataset } from '../model/load-dataset';
import type { ProjectionRequest } from '../model/projection-types';
import { buildRequest, rateOf, type ScenarioSnapshot } from './build-request';
import type { ScenarioState } from './scenario.svelte';
import { decodeUrlState, type UrlContext } from './url-state';

/** What the current scenario is compared with: nothing, its own trend, or a saved scenario's link. */
export type ReferenceChoice =
  { kind: 'none' } | { kind: 'trend' } | { kind: 'saved'; name: string; query: string };

/** The reference as a runnable scenario: its dataset, its snapshot (on the current horizon) and rates. */
export interface ReferenceRun {
  dataset: Dataset;
  snapshot: ScenarioSnapshot;
  rates: Record<string, number>;
  request: ProjectionRequest;
}

/**
 * Builds the reference run. "None" compares with the trend too (for the "what changed" summary); only the
 * chart line and the table are hidden then.
 */
export function referenceRun(
  choice: ReferenceChoice,
  scenario: ScenarioState,
  context: UrlContext,
): ReferenceRun {
  let dataset = scenario.dataset;
  let snapshot: ScenarioSnapshot = scenario.trendSnapshot();
  if (choice.kind === 'saved') {
    const { state } = decodeUrlState(choice.query, context);
    dataset = scenario.vintages.get(state.vintage) ?? dataset;
    snapshot = { ...state.snapshot, horizon: scenario.horizon };
  }
  const defaults = defaultRates(dataset.indicators, snapshot.userObservations, snapshot.trendWindow);
  const rates = Object.fromEntries(
    dataset.indicators.map((i) => [i.id, rateOf(i.id, snapshot.rateOverrides, defaults)]),
  );
  return { dataset, snapshot, rates, request: buildRequest(dataset, snapshot, defaults) };
}
