import { locale } from '../../i18n/locale.svelte';
import type { LoadedIndicator } from '../../model/load-dataset';
import type { Simulator } from '../../state/simulator.svelte';
import type { PngFacts } from '../charts/png-caption';
import { PRESET_LABEL } from './status-labels';

/**
 * What a card's downloaded PNG says under its title, read when the PNG is asked for: the preset and this
 * indicator's rate (none for a line mixed from its levels), the data vintage and month answers speak
 * from, today, and the document of the figure the projection starts from.
 */
export function cardPngFacts(simulator: Simulator, indicator: LoadedIndicator): PngFacts {
  const { scenario } = simulator;
  const dataset = scenario.dataset;
  const input = simulator.request.indicators.find((i) => i.id === indicator.id);
  const baseline = simulator.facts(indicator.id).baseline;
  const figure = indicator.observations.find((o) => !o.alternative && o.month === baseline?.month);
  const source = figure ? dataset.sources.get(figure.source) : undefined;
  return {
    lang: locale.lang,
    preset: locale.t(PRESET_LABEL[simulator.preset]),
    rate: input && !input.mix ? locale.rate(indicator.unit, input.ratePerMonth) : null,
    vintage: locale.text(dataset.vintageLabel),
    asOf: simulator.asOfMonthOf(indicator.id),
    exportedAt: new Date(),
    source: source ? locale.text(source.title) + (source.publisher ? `, ${source.publisher}` : '') : null,
  };
}
