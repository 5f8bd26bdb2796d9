import type { ChartInputs, SeriesSlice } from './chart-inputs';
import { hashValues } from './hash-values';

/**
 * A cheap fingerprint of everything a chart draws; equal fingerprints mean nothing to redraw.
 * @example chartSignature(inputs, xMin, xMax, 'vi') === chartSignature({ ...inputs }, xMin, xMax, 'vi')
 */
export function chartSignature(inputs: ChartInputs, xMin: number, xMax: number, lang: string): string {
  let hash = 2166136261;
  const slice = (s: SeriesSlice | null | undefined) => {
    hash = hashValues(hash, s ? [s.startMonth, s.values.length] : [-1]);
    if (s) hash = hashValues(hash, s.values);
  };
  slice(inputs.projection);
  slice(inputs.reference);
  slice(inputs.levels?.ministries);
  slice(inputs.levels?.localities);
  const fan = inputs.fan === 'pending' ? null : inputs.fan;
  for (const row of fan?.rows ?? []) slice({ startMonth: fan!.startMonth, values: row });
  return [
    lang,
    xMin,
    xMax,
    inputs.asOfMonth,
    hash,
    inputs.labels.reference,
    inputs.fan === 'pending' ? 'pending' : inputs.fan ? 'fan' : '-',
    inputs.userObservations.map((o) => `${o.month}=${o.value}`).join(','),
    (inputs.national ?? []).map((o) => `${o.month}=${o.value}`).join(','),
    inputs.trendLine ? Object.values(inputs.trendLine).join(',') : '-',
    inputs.breakMonth,
    inputs.indicator.observations.length,
    inputs.indicator.shownTargets.map((t) => `${t.value}@${t.deadline}`).join(','),
    Object.entries(inputs.contextTargets ?? {}).join(','),
    inputs.answers.map((a) => `${a.targetId}@${a.reachedMonth}/${a.status}`).join(','),
  ].join('|');
}
