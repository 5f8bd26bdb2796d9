import type { Dataset } from '../model/load-dataset';
import type { TargetVerdict } from '../model/projection-types';
import { shownRequiredRate } from '../model/required-rate';

export type Preset = 'trend' | 'plan' | 'custom';

/**
 * "On plan": each indicator at the rate its nearest (earliest-deadline) unmet target needs; indicators with
 * no such target keep their trend. When the national line is split, both levels get the common rate,
 * unless a level has a target of its own: that one wins (the mix comes first in the data, levels after).
 */
export function planRates(
  dataset: Dataset,
  verdicts: readonly TargetVerdict[],
  splitLevels: boolean,
): Record<string, number> {
  // The earliest-deadline verdict with a rate, per indicator, in one pass (every reply re-plans).
  const nearestOf = new Map<string, TargetVerdict>();
  for (const verdict of verdicts) {
    if (verdict.required.kind !== 'rate') continue;
    const known = nearestOf.get(verdict.indicatorId);
    if (!known || verdict.deadline < known.deadline) nearestOf.set(verdict.indicatorId, verdict);
  }
  const rates: Record<string, number> = {};
  for (const indicator of dataset.indicators) {
    const nearest = nearestOf.get(indicator.id);
    if (!nearest || nearest.required.kind !== 'rate') continue;
    const rate = shownRequiredRate(nearest.required.ratePerMonth);
    if (splitLevels && indicator.mix) {
      rates[indicator.mix.ministries] = rate;
      rates[indicator.mix.localities] = rate;
    } else {
      rates[indicator.id] = rate;
    }
  }
  return rates;
}

/** Which preset the current overrides amount to. */
export function activePreset(overrides: Record<string, number>, plan: Record<string, number>): Preset {
  const keys = Object.keys(overrides);
  if (keys.length === 0) return 'trend';
  const planKeys = Object.keys(plan);
  const samePlan = keys.length === planKeys.length && planKeys.every((k) => overrides[k] === plan[k]);
  return samePlan ? 'plan' : 'custom';
}
