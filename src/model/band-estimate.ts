import { bandSd, scaleSpread, type BandSpread } from './band-spread';
import type { BandEvidence } from './band-evidence';
import { trendRate, type MonthValue } from './trend-rate';

/** The pooled part of the band model, in points (see pointScale), and what it was estimated from. */
export interface BandModel {
  /** Reporting and definition noise of a level: from same-month figures that disagree. */
  levelSd: number;
  /** Rate uncertainty of a series with a single point (flat): the spread of the other series' rates. */
  flatRateSd: number;
  /** Month-to-month variation of the rate: from series with three or more points. */
  monthSd: number;
  /** Multiplies every band so past forecast errors, divided by the band's own width, have unit spread. */
  errorScale: number;
  restsOn: { indicators: number; pairs: number; rates: number; segments: number; errors: number };
}

/** Fewer past forecast errors than this leave the error scale at 1 (too few to tell). */
export const MIN_ERRORS_FOR_SCALE = 3;

const sumOf = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0);

/** Residual variance of the least-squares line (n − 2 degrees of freedom) and Σ(month − mean)². */
function fitSpread(points: readonly MonthValue[]): { residualVariance: number; sxx: number } | null {
  const rate = trendRate(points);
  if (rate === null) return null;
  const meanMonth = sumOf(points.map((p) => p.month)) / points.length;
  const meanValue = sumOf(points.map((p) => p.value)) / points.length;
  const sxx = sumOf(points.map((p) => (p.month - meanMonth) ** 2));
  const rss = sumOf(points.map((p) => (p.value - meanValue - rate * (p.month - meanMonth)) ** 2));
  return { residualVariance: points.length > 2 ? rss / (points.length - 2) : 0, sxx };
}

/**
 * Standard error of a series' trend rate, in points per month. Under the model every month's rate varies
 * by monthSd around the trend, so a slope over a span of Δ months is uncertain by monthSd/√Δ; with three or
 * more points the fit's own standard error counts when it is larger. A single point has no slope: it takes
 * the pooled spread of the other series' rates (a single point is not certainty). Level noise is left out
 * here: a series from one source is counted the same way at both ends.
 * @example rateSdOf({ monthSd: 1.2, flatRateSd: 0.7 }, two points 36 months apart) === 1.2 / 6
 */
export function rateSdOf(
  model: Pick<BandModel, 'monthSd' | 'flatRateSd'>,
  points: readonly MonthValue[],
): number {
  const fit = fitSpread(points);
  if (!fit) return points.length > 0 ? model.flatRateSd : 0;
  const span = points.at(-1)!.month - points[0]!.month;
  return Math.sqrt(Math.max(fit.residualVariance / fit.sxx, model.monthSd ** 2 / span));
}

/**
 * Month-to-month variation from the segments between consecutive points: a segment of Δ months averages
 * Δ monthly rates, so (its slope − the series' trend)² · Δ estimates the monthly variance; pooled over
 * every segment, with one degree of freedom per series spent on its trend.
 * @example points 0, 6 (at month 6), 6 (at 12), 12 (at 18): trend 0.6; slopes 1, 0, 1; Σ (0.4²+0.6²+0.4²)·6 = 4.08 over 2 → √2.04
 */
export function monthVariation(series: readonly (readonly MonthValue[])[]): {
  monthSd: number;
  segments: number;
} {
  let sum = 0;
  let dof = 0;
  let segments = 0;
  for (const points of series) {
    if (points.length < 3) continue;
    const rate = trendRate(points);
    if (rate === null) continue;
    for (let i = 1; i < points.length; i++) {
      const months = points[i]!.month - points[i - 1]!.month;
      if (months <= 0) continue;
      const slope = (points[i]!.value - points[i - 1]!.value) / months;
      sum += (slope - rate) ** 2 * months;
      segments++;
    }
    dof += points.length - 2;
  }
  return { monthSd: dof > 0 ? Math.sqrt(sum / dof) : 0, segments };
}

/**
 * Past forecast errors, each divided by the band's width at its horizon: every point after the first is
 * forecast from the points before it as the app would (the trend, flat from a single point), with the
 * band the model gives that forecast.
 */
function standardisedErrors(
  model: Omit<BandModel, 'errorScale' | 'restsOn'>,
  series: readonly MonthValue[][],
) {
  const errors: number[] = [];
  for (const points of series) {
    for (let j = 1; j < points.length; j++) {
      const before = points.slice(0, j);
      const last = before.at(-1)!;
      const months = points[j]!.month - last.month;
      if (months <= 0) continue;
      const forecast = last.value + (trendRate(before) ?? 0) * months;
      const sd = bandSd({ ...model, rateSd: rateSdOf(model, before) }, months);
      if (sd > 0) errors.push((points[j]!.value - forecast) / sd);
    }
  }
  return errors;
}

/**
 * Estimates the band model from the evidence of every indicator not in `exclude` (leave one out): level
 * noise from same-month disagreements (each figure's variance is half the squared difference), the spread
 * of trend rates for flat series, month-to-month variation from series with three or more points, and the
 * error scale that makes past forecast errors fit their bands.
 * @example estimateBandModel([fibre, ecommerce, digitalSignature], new Set(['fibreHouseholds']))
 */
export function estimateBandModel(
  evidence: readonly BandEvidence[],
  exclude: ReadonlySet<string> = new Set(),
): BandModel {
  const pool = evidence.filter((e) => !exclude.has(e.id));
  const pairs = pool.flatMap((e) => e.pairDifferences);
  const levelSd = pairs.length ? Math.sqrt(sumOf(pairs.map((d) => d * d)) / (2 * pairs.length)) : 0;
  const rates = pool.map((e) => trendRate(e.points)).filter((r): r is number => r !== null);
  const flatRateSd = rates.length ? Math.sqrt(sumOf(rates.map((r) => r * r)) / rates.length) : 0;
  const series = pool.map((e) => e.points);
  const { monthSd, segments } = monthVariation(series);
  const parts = { levelSd, flatRateSd, monthSd };
  const errors = standardisedErrors(parts, series);
  const errorScale =
    errors.length >= MIN_ERRORS_FOR_SCALE ? Math.sqrt(sumOf(errors.map((z) => z * z)) / errors.length) : 1;
  const used = pool.filter((e) => e.pairDifferences.length > 0 || e.points.length >= 2);
  return {
    ...parts,
    errorScale,
    restsOn: {
      indicators: used.length,
      pairs: pairs.length,
      rates: rates.length,
      segments,
      errors: errors.length,
    },
  };
}

/**
 * One indicator's band in its own unit: the pooled level noise and month-to-month variation, its own rate
 * uncertainty, all times the error scale.
 * @example bandSpreadOf(model, fibreEvidence) → { levelSd, rateSd, monthSd } in pp (scale 1)
 */
export function bandSpreadOf(model: BandModel, evidence: BandEvidence): BandSpread {
  const spread = { levelSd: model.levelSd, rateSd: rateSdOf(model, evidence.points), monthSd: model.monthSd };
  return scaleSpread(spread, model.errorScale * evidence.scale);
}
