import { displayFacts } from '../model/display-facts';
import type { LoadedIndicator } from '../model/load-dataset';
import type { IndicatorInput } from '../model/projection-types';
import { indicatorInput } from './build-request';
import type { ScenarioState } from './scenario.svelte';

/**
 * One indicator of the scenario: its display facts and its engine input, each recomputed only when what it
 * reads changes (its rate, its observations, the trend window, the level split), so a slider step rebuilds
 * one input, not the page's.
 */
export class IndicatorRun {
  readonly indicator: LoadedIndicator;
  readonly #scenario: ScenarioState;

  constructor(indicator: LoadedIndicator, scenario: ScenarioState) {
    this.indicator = indicator;
    this.#scenario = scenario;
  }

  facts = $derived.by(() =>
    displayFacts(
      this.indicator,
      this.#scenario.userObservations[this.indicator.id],
      this.#scenario.trendWindow,
    ),
  );

  input: IndicatorInput = $derived.by(() =>
    indicatorInput(
      this.indicator,
      this.facts.points,
      this.#scenario.rate(this.indicator.id),
      this.#scenario.splitLevels,
    ),
  );
}
