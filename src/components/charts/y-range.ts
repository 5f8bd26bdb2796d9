import type { LoadedIndicator } from '../../model/load-dataset';

/**
 * Stable y-range: shares stay 0–100; counts get room to double, so the axes do not move during a drag.
 * @example yRange(accounts with largest figure 62) → { min: 0, max: 200 } (62 × 2 = 124, rounded up to 200)
 */
export function yRange(indicator: LoadedIndicator): { min: number; max: number } {
  if (indicator.unit === 'percent') return { min: 0, max: 100 };
  const largest = Math.max(
    0,
    ...indicator.observations.map((o) => o.value),
    ...indicator.shownTargets.map((t) => t.value),
  );
  const raw = largest > 0 ? largest * 2 : 10;
  const step = 10 ** Math.floor(Math.log10(raw));
  return { min: 0, max: Math.ceil(raw / step) * step };
}
