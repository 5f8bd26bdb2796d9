import { displayFacts } from '../model/display-facts';
import type { TargetProbability } from '../model/monte-carlo';
import type { TargetVerdict } from '../model/projection-types';
import { answersFor, type TargetAnswer } from '../model/target-answer';
import type { LoadedIndicator } from '../model/load-dataset';
import type { IndicatorInput } from '../model/projection-types';
import { indicatorInput } from './build-request';
import type { ScenarioState } from './scenario.svelte';
import { lineAsOf } from './with-imported';

/**
 * One indicator of the scenario: its display facts and its engine input, each recomputed only when what it
 * reads changes (its rate, its observations, the trend window, the level split), so a slider step rebuilds
 * one input, not the page's.
 */
/** Where a run reads the engine's verdicts and the band's probabilities (the projection and bands states). */
export interface RunResults {
  verdictsOf(id: string): TargetVerdict[];
  probability(indicatorId: string, targetId: string): TargetProbability | null;
}

export class IndicatorRun {
  readonly indicator: LoadedIndicator;
  readonly #scenario: ScenarioState;

  readonly #results: RunResults;

  constructor(indicator: LoadedIndicator, scenario: ScenarioState, results: RunResults) {
    this.indicator = indicator;
    this.#scenario = scenario;
    this.#results = results;
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
      this.facts.figures,
      this.#scenario.rate(this.indicator.id),
      this.#scenario.splitLevels,
    ),
  );

  /** The rate is the default one: no slider of this line (or of its levels) was moved. */
  rateIsDefault = $derived.by(() => {
    const moved = this.#scenario.rateOverrides;
    const mix = this.indicator.mix;
    return !(this.indicator.id in moved) && !(mix && (mix.ministries in moved || mix.localities in moved));
  });

  /**
   * The month this line's answers speak from: the scenario's, unless it is the data's own month and the
   * line carries an imported file's newer figures (they speak from their own newest month).
   */
  asOfMonth = $derived.by(() =>
    this.#scenario.asOfChoice === null
      ? lineAsOf(this.indicator, this.#scenario.asOfMonth)
      : this.#scenario.asOfMonth,
  );

  /** Each scored target's answer, computed once here: every view renders these (see target-answer.ts). */
  answers: TargetAnswer[] = $derived.by(() =>
    answersFor(this.#results.verdictsOf(this.indicator.id), {
      figures: this.facts.figures,
      trendPerMonth: this.facts.trendRate,
      rateIsDefault: this.rateIsDefault,
      asOfMonth: this.asOfMonth,
      horizon: this.#scenario.horizon,
      probability: (targetId) => this.#results.probability(this.indicator.id, targetId),
    }),
  );
}
