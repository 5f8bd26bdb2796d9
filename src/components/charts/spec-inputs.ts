// Shared by the chart specs: a seed indicator's chart inputs with plain, language-free labels.
import { monthIndex, monthText } from '../../model/month';
import { dataset2024 } from '../../model/bundled-vintages';
import type { ChartInputs } from './chart-inputs';

const seed = dataset2024();

/** The seed indicator `id` (default: services, 55% in 07/2024; targets 80% 12/2024, 80% and 100% 12/2025). */
export function seedIndicator(id = 'servicesFullOnline') {
  return seed.indicators.find((i) => i.id === id)!;
}

export const LABELS: ChartInputs['labels'] = {
  observed: 'observed',
  beforeBreak: 'before break',
  trendLine: 'trend',
  alternative: 'alternative',
  national: 'national',
  user: 'user',
  projection: 'projection',
  reference: 'reference',
  band90: 'band 90',
  band50: 'band 50',
  ministries: 'ministries',
  localities: 'localities',
  today: 'today',
  value: (value) => `${value}%`,
  month: (month) => monthText(month),
  reached: (month) => `reached ${monthText(month)}`,
};

/** Chart inputs of a seed indicator with nothing but its observations; `over` adds the rest. */
export function chartInputs(over: Partial<ChartInputs> = {}): ChartInputs {
  return {
    indicator: seedIndicator(),
    projection: null,
    levels: null,
    userObservations: [],
    answers: [],
    asOfMonth: monthIndex('2025-06'),
    trendLine: null,
    breakMonth: null,
    labels: LABELS,
    ...over,
  };
}
