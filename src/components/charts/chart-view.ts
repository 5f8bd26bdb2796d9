import type { locale } from '../../i18n/locale.svelte';
import type { MonthIndex } from '../../model/month';
import { buildDatasets } from './build-datasets';
import type { ChartInputs } from './chart-inputs';
import type { ChartView } from './indicator-chart';
import { targetMarkers } from './target-markers';
import { xRange } from './x-range';
import { yRange } from './y-range';

/** What a chart's axes and tooltips are written with: the page's locale, or a stand-in in a test. */
export type ViewLocale = Pick<typeof locale, 'lang' | 'axisMonth' | 'month' | 'value'>;

/**
 * Everything one chart draws, ready for Chart.js: its datasets, axes' ranges, target markers, text size and
 * the formats of its ticks and tooltips.
 * @example chartView(inputs, horizon, 12, locale).markers — the same as targetMarkers(inputs)
 */
export function chartView(
  inputs: ChartInputs,
  horizon: MonthIndex,
  fontPx: number,
  l: ViewLocale,
): ChartView {
  const unit = inputs.indicator.unit;
  return {
    datasets: buildDatasets(inputs),
    x: xRange(inputs, horizon),
    y: yRange(inputs.indicator),
    markers: targetMarkers(inputs),
    fontPx,
    lang: l.lang,
    formatTick: l.axisMonth,
    formatMonth: l.month,
    formatValue: (value, digits) => l.value(unit, value, digits),
  };
}
