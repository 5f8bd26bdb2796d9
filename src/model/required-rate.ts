import { effectiveModel, LOGISTIC_CEILING_TOLERANCE, type GrowthModel } from './growth-models';

export type RequiredRate =
  | { kind: 'rate'; ratePerMonth: number }
  | { kind: 'alreadyMet' }
  | { kind: 'impossible'; reason: 'aboveCeiling' | 'deadlineNotAfterStart' };

/**
 * The value a model must reach to count a target as met: the target itself, except that a logistic
 * curve can only come within LOGISTIC_CEILING_TOLERANCE of its ceiling.
 */
export function reachableTarget(
  model: GrowthModel,
  startValue: number,
  targetValue: number,
  ceiling: number | null,
): number {
  const applied = effectiveModel(model, startValue, ceiling);
  if (applied === 'logistic' && ceiling !== null && targetValue >= ceiling) {
    return ceiling - LOGISTIC_CEILING_TOLERANCE;
  }
  return targetValue;
}

/**
 * First-month rate that makes the projection equal the target exactly `monthsToDeadline` months after
 * the start, in closed form for each model.
 * @example requiredRate('linear', 42, 100, 18, 100) → { kind: 'rate', ratePerMonth: 58 / 18 }
 */
export function requiredRate(
  model: GrowthModel,
  startValue: number,
  targetValue: number,
  monthsToDeadline: number,
  ceiling: number | null,
): RequiredRate {
  if (ceiling !== null && targetValue > ceiling) return { kind: 'impossible', reason: 'aboveCeiling' };
  if (startValue >= targetValue) return { kind: 'alreadyMet' };
  if (monthsToDeadline <= 0) return { kind: 'impossible', reason: 'deadlineNotAfterStart' };
  const n = monthsToDeadline;
  const applied = effectiveModel(model, startValue, ceiling);
  if (applied === 'compound') {
    return { kind: 'rate', ratePerMonth: startValue * ((targetValue / startValue) ** (1 / n) - 1) };
  }
  if (applied === 'logistic' && ceiling !== null) {
    const goal = reachableTarget(model, startValue, targetValue, ceiling);
    const spread = (ceiling - startValue) / startValue;
    const step = ((ceiling / goal - 1) / spread) ** (1 / n);
    return { kind: 'rate', ratePerMonth: ceiling / (1 + spread * step) - startValue };
  }
  return { kind: 'rate', ratePerMonth: (targetValue - startValue) / n };
}

/**
 * A required rate as shown and applied: rounded UP to the slider's 0.01 step, so that typing the shown
 * number does reach the target. @example shownRequiredRate(58 / 18) === 3.23
 */
export function shownRequiredRate(ratePerMonth: number): number {
  return Math.ceil(ratePerMonth * 100 - 1e-9) / 100;
}
