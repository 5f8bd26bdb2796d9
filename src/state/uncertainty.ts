import { countedPoints, type UserObservation } from '../model/baseline';
import type { LoadedIndicator } from '../model/load-dataset';
import { observedSigma, SPREAD_PRESETS } from '../model/observed-spread';

/** The uncertainty control: off, each indicator's own history ("auto"), a preset, or a typed spread. */
export type UncertaintySetting = 'off' | 'auto' | 'low' | 'medium' | 'high' | 'custom';
export const UNCERTAINTY_SETTINGS: readonly UncertaintySetting[] = [
  'off',
  'auto',
  'low',
  'medium',
  'high',
  'custom',
];
export const PATH_COUNTS: readonly number[] = [1000, 2000, 5000, 10000];

/** Where an indicator's spread came from, so the page can say so. */
export type SpreadOrigin = 'off' | 'history' | 'preset' | 'typed';

/**
 * Spread (standard deviation of one month's rate) of an indicator, in its unit per month. Presets are
 * stated for shares (pp/month) and scaled by the slider's span for other units (a span of 12 pp/month is
 * the shares' scale), so "medium" means the same share of the slider everywhere.
 * @example spreadOf(fibre, [], 'medium', 0) → { sigma: 0.5 · 4 / 12, origin: 'preset' } (fibre's slider spans 4)
 */
export function spreadOf(
  indicator: LoadedIndicator,
  user: readonly UserObservation[] | undefined,
  setting: UncertaintySetting,
  typedSigma: number,
): { sigma: number; origin: SpreadOrigin } {
  const scale = (indicator.rateRange[1] - indicator.rateRange[0]) / 12;
  switch (setting) {
    case 'off':
      return { sigma: 0, origin: 'off' };
    case 'custom':
      return { sigma: Math.max(0, typedSigma), origin: 'typed' };
    case 'auto': {
      const observed = observedSigma(countedPoints(indicator.observations, user));
      return observed !== null
        ? { sigma: observed, origin: 'history' }
        : { sigma: SPREAD_PRESETS.medium * scale, origin: 'preset' };
    }
    default:
      return { sigma: SPREAD_PRESETS[setting] * scale, origin: 'preset' };
  }
}
