import type { Unit } from './dataset-schema';

/**
 * The three sources of error a band is made of, each a standard deviation in the indicator's own unit:
 * - `levelSd`: reporting and definition noise of the level (one draw per path, added to every month);
 * - `rateSd`: uncertainty of the trend rate itself (one draw per path, per month of the rate);
 * - `monthSd`: month-to-month variation of the rate (one draw per path and month).
 */
export interface BandSpread {
  levelSd: number;
  rateSd: number;
  monthSd: number;
}

/** No band at all: every path is the line. */
export const NO_SPREAD: BandSpread = { levelSd: 0, rateSd: 0, monthSd: 0 };

/**
 * Standard deviation of a linear path `months` months after its start: the three sources are independent,
 * so their variances add: level² + (rate·months)² + month²·months.
 * @example bandSd({ levelSd: 3, rateSd: 0.5, monthSd: 0 }, 8) === 5 // √(9 + 16)
 */
export function bandSd(spread: BandSpread, months: number): number {
  const m = Math.max(0, months);
  return Math.sqrt(spread.levelSd ** 2 + (spread.rateSd * m) ** 2 + spread.monthSd ** 2 * m);
}

/**
 * How many of the indicator's units make one "point", the scale on which indicators are pooled: a
 * percentage point for shares, and 1% of the latest figure for counts (million accounts, billion USD),
 * so that a count's noise is compared with a share's as a proportion of its level.
 * @example pointScale('percent', 42) === 1; pointScale('billionUsd', 20.5) === 0.205
 */
export function pointScale(unit: Unit, latestValue: number): number {
  if (unit === 'percent' || unit === 'percentOfGdp') return 1;
  return Math.max(Math.abs(latestValue), 1e-9) / 100;
}

/** The spread multiplied through by `factor` (a unit change or the calibration scale). */
export function scaleSpread(spread: BandSpread, factor: number): BandSpread {
  return {
    levelSd: spread.levelSd * factor,
    rateSd: spread.rateSd * factor,
    monthSd: spread.monthSd * factor,
  };
}

/** The Monte Carlo options that carry each indicator's band (see MonteCarloOptions). */
export function spreadOptions(spreads: ReadonlyMap<string, BandSpread>) {
  const pick = (key: keyof BandSpread) => Object.fromEntries([...spreads].map(([id, s]) => [id, s[key]]));
  return { sigmaById: pick('monthSd'), rateSdById: pick('rateSd'), levelSdById: pick('levelSd') };
}
