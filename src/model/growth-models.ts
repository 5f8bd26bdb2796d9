/**
 * Growth models. Every model is parameterised by the same number, `ratePerMonth`: the change in the
 * indicator's unit during the first projected month. Switching model therefore keeps the slider's meaning.
 */
export type GrowthModel = 'linear' | 'compound' | 'logistic';

export const GROWTH_MODELS: readonly GrowthModel[] = ['linear', 'compound', 'logistic'];

/**
 * A logistic curve approaches its ceiling but never touches it; a target at the ceiling counts as reached
 * within this many units (0.05 pp rounds to 100.0%).
 */
export const LOGISTIC_CEILING_TOLERANCE = 0.05;

/** Which formula actually applies: compound needs a positive start, logistic a ceiling above the start. */
export function effectiveModel(model: GrowthModel, startValue: number, ceiling: number | null): GrowthModel {
  if (model === 'compound' && startValue <= 0) return 'linear';
  if (model === 'logistic' && (ceiling === null || startValue <= 0 || startValue >= ceiling)) {
    return 'linear';
  }
  return model;
}

function clamp(value: number, ceiling: number | null): number {
  const floored = value < 0 ? 0 : value;
  return ceiling !== null && floored > ceiling ? ceiling : floored;
}

/**
 * Value `monthsAhead` months after the start, capped to [0, ceiling].
 * @example valueAt('linear', 42, 3, 6, 100) === 60
 */
export function valueAt(
  model: GrowthModel,
  startValue: number,
  ratePerMonth: number,
  monthsAhead: number,
  ceiling: number | null,
): number {
  if (monthsAhead <= 0) return startValue;
  const applied = effectiveModel(model, startValue, ceiling);
  if (applied === 'compound') {
    const growth = 1 + ratePerMonth / startValue;
    return growth <= 0 ? 0 : clamp(startValue * growth ** monthsAhead, ceiling);
  }
  if (applied === 'logistic' && ceiling !== null) {
    const firstMonth = startValue + ratePerMonth;
    if (firstMonth >= ceiling) return ceiling;
    if (firstMonth <= 0) return 0;
    // v(t) = C / (1 + A q^t), A = (C - v0) / v0, q chosen so that v(1) = v0 + rate.
    const spread = (ceiling - startValue) / startValue;
    const step = (ceiling / firstMonth - 1) / spread;
    return clamp(ceiling / (1 + spread * step ** monthsAhead), ceiling);
  }
  return clamp(startValue + ratePerMonth * monthsAhead, ceiling);
}

/**
 * Fills `out[i]` with the value `i` months after the start (out[0] is the start value).
 * Writing into a caller's buffer lets the engine pack every series in one transferable array.
 */
export function projectInto(
  out: Float64Array,
  model: GrowthModel,
  startValue: number,
  ratePerMonth: number,
  ceiling: number | null,
): Float64Array {
  for (let i = 0; i < out.length; i++) {
    out[i] = valueAt(model, startValue, ratePerMonth, i, ceiling);
  }
  return out;
}
