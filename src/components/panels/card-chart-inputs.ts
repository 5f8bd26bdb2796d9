import type { Localized } from '../../model/dataset-schema';
import type { LoadedIndicator } from '../../model/load-dataset';
import type { Simulator } from '../../state/simulator.svelte';
import { isImportedId, nationalIdOf } from '../../state/with-imported';
import type { ChartInputs } from '../charts/chart-inputs';

/**
 * What an indicator's card chart draws, read from the simulator: the card and the embedded chart draw the
 * same (figures before a break lighter, the trend line, the band, the levels when split, context targets).
 * Called inside a component's `$derived`, so it follows the state it reads; `fan` is the caller's own
 * `$derived(simulator.fan(id))`, the same object while this band is unchanged, so that another indicator's
 * bands arriving do not rebuild this chart's inputs.
 * @example const inputs = $derived(cardChartInputs(simulator, indicator, locale.text, fan));
 */
export function cardChartInputs(
  simulator: Simulator,
  indicator: LoadedIndicator,
  text: (value: Localized) => string,
  fan: ChartInputs['fan'],
): Omit<ChartInputs, 'labels'> {
  const { scenario, projection } = simulator;
  const dataset = scenario.dataset;
  const facts = simulator.facts(indicator.id);
  const mix = scenario.splitLevels ? indicator.mix : undefined;
  // Each context target's short measure name, added to its label on the chart ("80% · 12/2025 · dịch vụ").
  const contextTargets = Object.fromEntries(
    indicator.shownTargets
      .filter((t) => t.context)
      .map((t) => {
        const measure = dataset.measures.get(t.counts);
        return [t.id, measure ? text(measure.short ?? measure.name) : t.counts];
      }),
  );
  // An imported file's card shows the national figures beside its own (never instead of them).
  const nationalLine = isImportedId(indicator.id)
    ? dataset.indicators.find((i) => i.id === nationalIdOf(indicator.id))
    : undefined;
  const national = nationalLine?.observations
    .filter((o) => !o.alternative)
    .map((o) => ({ month: o.month, value: o.value }));
  return {
    indicator,
    national: national ?? null,
    projection: projection.series(indicator.id),
    levels: mix
      ? { ministries: projection.series(mix.ministries), localities: projection.series(mix.localities) }
      : null,
    userObservations: scenario.userObservations[indicator.id] ?? [],
    answers: simulator.answersOf(indicator.id),
    reference: simulator.referenceSeries(indicator.id),
    fan,
    asOfMonth: simulator.asOfMonthOf(indicator.id),
    trendLine: facts.trendLine,
    breakMonth: facts.breakMonth,
    contextTargets,
  };
}
