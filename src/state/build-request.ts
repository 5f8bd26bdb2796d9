import { countedPoints, type TrendWindow, type UserObservation } from '../model/baseline';
import type { GrowthModel } from '../model/growth-models';
import type { Dataset, LoadedIndicator } from '../model/load-dataset';
import type { MonthIndex } from '../model/month';
import type { IndicatorInput, ProjectionRequest, TargetInput } from '../model/projection-types';
import type { MonthValue } from '../model/trend-rate';

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

/**
 * Rate of an indicator: the user's, or the default (trend, else flat). The one place this rule lives.
 * @example rateOf('fibre', { fibre: 1.2 }, defaults) === 1.2
 */
export function rateOf(
  id: string,
  rateOverrides: Readonly<Record<string, number>>,
  defaults: ReadonlyMap<string, number>,
): number {
  return rateOverrides[id] ?? defaults.get(id) ?? 0;
}

// Targets never change for a loaded indicator: their engine form is built once per indicator.
const targetInputs = new WeakMap<LoadedIndicator, TargetInput[]>();
function targetsOf(indicator: LoadedIndicator): TargetInput[] {
  let targets = targetInputs.get(indicator);
  if (!targets) {
    // Only targets that count what this indicator counts are scored; context targets are only drawn.
    targets = indicator.shownTargets
      .filter((t) => !t.context)
      .map((t) => ({ id: t.id, value: t.value, deadline: t.deadline }));
    targetInputs.set(indicator, targets);
  }
  return targets;
}

/**
 * The engine's input for one indicator; the national dossier line becomes a mix when split by level.
 * `points` are its counted points (seeded and the user's), oldest first.
 */
export function indicatorInput(
  indicator: LoadedIndicator,
  points: MonthValue[],
  ratePerMonth: number,
  splitLevels: boolean,
): IndicatorInput {
  const input: IndicatorInput = {
    id: indicator.id,
    ceiling: indicator.ceiling,
    start: points.at(-1) ?? null,
    history: points,
    ratePerMonth,
    targets: targetsOf(indicator),
  };
  if (splitLevels && indicator.mix && indicator.mixWeight !== null) {
    input.mix = { ...indicator.mix, weight: indicator.mixWeight.weight };
  }
  return input;
}

/** The engine's input for the whole page (the reference run, exports and tests). */
export function buildRequest(
  dataset: Dataset,
  snapshot: ScenarioSnapshot,
  defaults: ReadonlyMap<string, number>,
): ProjectionRequest {
  const indicators = dataset.indicators.map((indicator) =>
    indicatorInput(
      indicator,
      countedPoints(indicator.observations, snapshot.userObservations[indicator.id]),
      rateOf(indicator.id, snapshot.rateOverrides, defaults),
      snapshot.splitLevels,
    ),
  );
  return { model: snapshot.model, horizon: snapshot.horizon, indicators };
}
