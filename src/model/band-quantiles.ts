import { bandSd, type BandSpread } from './band-spread';

/** Standard normal quantiles of the band's rows p10, p25, p50, p75, p90 (Φ⁻¹ of 0.1 … 0.9). */
export const NORMAL_QUANTILES = [
  -1.2815515655446004, -0.6744897501960817, 0, 0.6744897501960817, 1.2815515655446004,
] as const;

/**
 * The five rows of a linear path's band `months` after its start: the value is the clamp to [0, ceiling]
 * of a normal around `center` with sd bandSd(spread, months), and clamping keeps quantiles in order, so
 * row j is clamp(center + Φ⁻¹(q_j)·sd). Exact where a simulation would only approximate it.
 * @example linearBandAt(62, { levelSd: 0, rateSd: 0, monthSd: 0.5 }, 24, 100)[4] ≈ 62 + 1.2816·2.449 = 65.139
 */
export function linearBandAt(
  center: number,
  spread: BandSpread,
  months: number,
  ceiling: number | null,
): number[] {
  const sd = bandSd(spread, months);
  const cap = ceiling ?? Infinity;
  return NORMAL_QUANTILES.map((z) => Math.min(cap, Math.max(0, center + z * sd)));
}
