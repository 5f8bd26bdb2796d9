import type { UserObservation } from '../model/baseline';
import type { BandModel } from '../model/band-estimate';
import { NO_SPREAD, type BandSpread } from '../model/band-spread';
import type { Dataset, LoadedIndicator } from '../model/load-dataset';
import { estimatedBands, type EstimatedBand } from '../model/estimated-bands';
import { SPREAD_PRESETS } from '../model/observed-spread';

/**
 * The uncertainty control: off, "estimated from data" (`auto`, the default: see estimatedBands), a preset,
 * or a typed spread. The presets and the typed spread are manual overrides of month-to-month variation only.
 */
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

/** Where an indicator's band came from, so the page can say so. */
export type SpreadOrigin = 'off' | 'estimated' | 'preset' | 'typed';

/** An indicator's band as the page uses it. */
export interface IndicatorSpread {
  /** Month-to-month variation in the indicator's unit per month (the σ of presets and typed spreads). */
  sigma: number;
  origin: SpreadOrigin;
  band: BandSpread;
  /** For an estimated band: its own figures, and what the pooled parts came from (see BandModel). */
  restsOn: ({ ownPoints: number } & BandModel['restsOn']) | null;
}

const manual = (sigma: number, origin: SpreadOrigin): IndicatorSpread => ({
  sigma,
  origin,
  band: { ...NO_SPREAD, monthSd: sigma },
  restsOn: null,
});

/**
 * Band of an indicator. Presets are stated for shares (pp/month) and scaled by the slider's span for other
 * units (a span of 12 pp/month is the shares' scale), so "medium" means the same share of the slider
 * everywhere; `estimated` is the indicator's entry of estimatedBands.
 * @example spreadOf(fibre, 'medium', 0, undefined) → { sigma: 0.5 · 4 / 12, origin: 'preset', … }
 */
export function spreadOf(
  indicator: LoadedIndicator,
  setting: UncertaintySetting,
  typedSigma: number,
  estimated: EstimatedBand | undefined,
): IndicatorSpread {
  const scale = (indicator.rateRange[1] - indicator.rateRange[0]) / 12;
  switch (setting) {
    case 'off':
      return manual(0, 'off');
    case 'custom':
      return manual(Math.max(0, typedSigma), 'typed');
    case 'auto':
      if (!estimated) return manual(0, 'off');
      return {
        sigma: estimated.spread.monthSd,
        origin: 'estimated',
        band: estimated.spread,
        restsOn: { ownPoints: estimated.ownPoints, ...estimated.model.restsOn },
      };
    default:
      return manual(SPREAD_PRESETS[setting] * scale, 'preset');
  }
}

/** The band of every indicator of the dataset under the chosen setting. */
export function spreadsOf(
  dataset: Dataset,
  user: Readonly<Record<string, readonly UserObservation[]>>,
  setting: UncertaintySetting,
  typedSigma: number,
): Map<string, IndicatorSpread> {
  const estimated =
    setting === 'auto' ? estimatedBands(dataset.indicators, user) : new Map<string, EstimatedBand>();
  return new Map(
    dataset.indicators.map((i) => [i.id, spreadOf(i, setting, typedSigma, estimated.get(i.id))]),
  );
}

/** What the estimated bands rest on (pooled, the same for every indicator); null for manual settings. */
export function pooledRestsOn(spreads: ReadonlyMap<string, IndicatorSpread>): BandModel['restsOn'] | null {
  const estimated = [...spreads.values()].find((spread) => spread.restsOn !== null);
  if (!estimated?.restsOn) return null;
  const { ownPoints: _own, ...pooled } = estimated.restsOn;
  return pooled;
}
