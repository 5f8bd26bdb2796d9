import { baselineOf, countedPoints, type TrendWindow, type UserObservation } from '../model/baseline';
import type { GrowthModel } from '../model/growth-models';
import type { Dataset, LoadedIndicator } from '../model/load-dataset';
import { monthIndex, type MonthIndex } from '../model/month';
import type { IndicatorInput, ProjectionRequest } from '../model/projection-types';

/** Everything the user can set, as plain data (what the URL and saved scenarios will carry). */
export interface ScenarioSnapshot {
  model: GrowthModel;
  horizon: MonthIndex;
  splitLevels: boolean;
  /** Only the rates the user moved away from the default. */
  rateOverrides: Record<string, number>;
  userObservations: Record<string, UserObservation[]>;
  /** Which observations the default (trend) rates are fitted over. */
  trendWindow: TrendWindow;
}

/** Rate of an indicator: the user's, or the default (trend, else flat). */
export function rateOf(
  indicator: LoadedIndicator,
  snapshot: ScenarioSnapshot,
  defaults: Map<string, number>,
): number {
  return snapshot.rateOverrides[indicator.id] ?? defaults.get(indicator.id) ?? 0;
}

/** The engine's input for the whole page; the national dossier line becomes a mix when split by level. */
export function buildRequest(
  dataset: Dataset,
  snapshot: ScenarioSnapshot,
  defaults: Map<string, number>,
): ProjectionRequest {
  const indicators = dataset.indicators.map((indicator): IndicatorInput => {
    const points = countedPoints(indicator.observations, snapshot.userObservations[indicator.id]);
    const input: IndicatorInput = {
      id: indicator.id,
      ceiling: indicator.ceiling,
      start: baselineOf(points),
      history: points,
      ratePerMonth: rateOf(indicator, snapshot, defaults),
      // Only targets that count what this indicator counts are scored; context targets are only drawn.
      targets: indicator.shownTargets
        .filter((t) => !t.context)
        .map((t) => ({
          id: t.id,
          value: t.value,
          deadline: monthIndex(t.deadline),
        })),
    };
    if (snapshot.splitLevels && indicator.mix && indicator.mixWeight !== null) {
      input.mix = { ...indicator.mix, weight: indicator.mixWeight.weight };
    }
    return input;
  });
  return { model: snapshot.model, horizon: snapshot.horizon, indicators };
}
