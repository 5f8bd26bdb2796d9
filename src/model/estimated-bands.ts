import type { UserObservation } from './baseline';
import { bandSpreadOf, estimateBandModel, type BandModel } from './band-estimate';
import { bandEvidence } from './band-evidence';
import type { BandSpread } from './band-spread';
import type { LoadedIndicator } from './load-dataset';

/** One indicator's estimated band and what it rests on. */
export interface EstimatedBand {
  spread: BandSpread;
  /** Counted points of its own the rate uncertainty comes from (since the latest break). */
  ownPoints: number;
  /** The pooled model it took its level noise, month-to-month variation and error scale from. */
  model: BandModel;
}

/**
 * The default band of every indicator, estimated from the dataset on screen: the model pooled over all
 * indicators, each indicator's own points for its rate uncertainty (the user's figures count too).
 * @example estimatedBands(latestDataset().indicators).get('fibreHouseholds')!.ownPoints === 4
 */
export function estimatedBands(
  indicators: readonly LoadedIndicator[],
  user: Readonly<Record<string, readonly UserObservation[]>> = {},
): Map<string, EstimatedBand> {
  const evidence = indicators.map((indicator) => bandEvidence(indicator, user[indicator.id]));
  const model = estimateBandModel(evidence);
  return new Map(
    evidence.map((e) => [e.id, { spread: bandSpreadOf(model, e), ownPoints: e.points.length, model }]),
  );
}
