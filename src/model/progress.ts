import type { RequiredRate } from './required-rate';

/**
 * Plain categories of progress, after the UN's SDG progress charts: the current trend as a share of the
 * rate a target needs.
 */
export type ProgressCategory = 'onTrack' | 'needsFaster' | 'stalled' | 'backwards';

/** The current trend as a share of the rate needed, and its category. */
export interface Progress {
  /** Trend ÷ required rate: 1 is exactly the pace needed, 0.35 a bit over a third of it. */
  ratio: number;
  category: ProgressCategory;
}

/** Below a tenth of the pace needed, either way, the trend reads as stalled rather than as a direction. */
export const STALLED_RATIO = 0.1;

/**
 * How fast the current trend moves toward a target, as a share of the rate it needs. Null when there is
 * no trend (fewer than two comparable figures) or no rate to compare with (already met, impossible, no
 * baseline): the verdict then speaks for itself.
 * @example progressOf(1.13, { kind: 'rate', ratePerMonth: 3.22 }) → { ratio: 0.35, category: 'needsFaster' }
 */
export function progressOf(
  trendPerMonth: number | null,
  required: RequiredRate | { kind: 'noBaseline' },
): Progress | null {
  if (trendPerMonth === null || required.kind !== 'rate' || !(required.ratePerMonth > 0)) return null;
  const ratio = trendPerMonth / required.ratePerMonth;
  const category: ProgressCategory =
    ratio >= 1
      ? 'onTrack'
      : ratio >= STALLED_RATIO
        ? 'needsFaster'
        : ratio > -STALLED_RATIO
          ? 'stalled'
          : 'backwards';
  return { ratio, category };
}
