import { describe, expect, it } from 'vitest';
import { monthIndex, monthText } from '../../model/month';
import { chartView, type ViewLocale } from './chart-view';
import { chartInputs } from './spec-inputs';
import { targetMarkers } from './target-markers';
import { xRange } from './x-range';

const l: ViewLocale = {
  lang: 'en',
  axisMonth: (month) => `axis ${monthText(month)}`,
  month: monthText,
  value: (unit, value, digits = 1) => `${value.toFixed(digits)} ${unit}`,
};
const HORIZON = monthIndex('2026-12');

describe('chartView', () => {
  const inputs = chartInputs({
    projection: { startMonth: monthIndex('2024-07'), values: Float64Array.of(55, 56) },
  });
  const view = chartView(inputs, HORIZON, 28, l);

  it('draws the inputs’ markers over the x-range up to the horizon, at the size asked', () => {
    expect(view.markers).toEqual(targetMarkers(inputs));
    expect(view.x).toEqual(xRange(inputs, HORIZON));
    expect(view.x.max).toBe(HORIZON);
    expect([view.fontPx, view.lang]).toEqual([28, 'en']);
  });

  it('writes ticks, months and values with the locale, values in the indicator’s unit', () => {
    const july = monthIndex('2024-07');
    expect([view.formatTick(july), view.formatMonth(july)]).toEqual(['axis 2024-07', '2024-07']);
    // The services indicator counts a percentage: 55.5 with two digits.
    expect(view.formatValue(55.5, 2)).toBe(`55.50 ${inputs.indicator.unit}`);
  });

  it('draws the figures and the projection, labelled for the legend', () => {
    expect(view.datasets.map((d) => d.label)).toEqual(expect.arrayContaining(['observed', 'projection']));
  });
});
