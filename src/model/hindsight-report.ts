import { leaveOneOutSpreads, type Coverage } from './backtest';
import type { BandSpread } from './band-spread';
import { projectInto } from './growth-models';
import { hindsight, hindsightCoverage, hindsightFan, type Hindsight } from './hindsight';
import type { Dataset, LoadedIndicator } from './load-dataset';
import type { MonthIndex } from './month';

/** One indicator of the hindsight view: the older vintage's projection set against what was reported. */
export type HindsightItem =
  | {
      kind: 'compared';
      indicator: LoadedIndicator;
      result: Hindsight;
      /** The older projection drawn to the horizon (linear, the older trend). */
      projection: { startMonth: MonthIndex; values: Float64Array };
      /** The older band drawn (p10 … p90), when it could be estimated. */
      fan: { startMonth: MonthIndex; rows: Float64Array[] } | null;
      /** The latest change of definition at or before the latest figure (earlier figures drawn lighter). */
      breakMonth: MonthIndex | null;
    }
  /** The older vintage has no such indicator (first reported later), or no figure to project from. */
  | { kind: 'lacking'; indicator: LoadedIndicator; reason: 'notInOlder' | 'noProjection' };

export interface HindsightReport {
  items: HindsightItem[];
  /** How many counted later figures fell inside the older band (the backtest's headline). */
  coverage: Coverage;
}

function breakBefore(indicator: LoadedIndicator): MonthIndex | null {
  const last = indicator.observations.at(-1);
  return last
    ? (indicator.breaks
        .map((b) => b.month)
        .filter((m) => m <= last.month)
        .at(-1) ?? null)
    : null;
}

function projectionOf(result: Hindsight, ceiling: number | null, horizon: MonthIndex) {
  const values = new Float64Array(Math.max(0, horizon - result.start.month + 1));
  return {
    startMonth: result.start.month,
    values: projectInto(values, 'linear', result.start.value, result.ratePerMonth, ceiling),
  };
}

/**
 * The hindsight view for a pair of vintages: for each shown indicator of the newer one, what the older
 * one's projection promised against what was reported, or why there is nothing to compare (an indicator
 * the older vintage lacks). The bands are the backtest's (each estimated without its own indicator).
 * @example hindsightReport(older, latest, ['servicesFullOnlineMinistries'], h).items[0].kind === 'lacking'
 */
export function hindsightReport(
  older: Dataset,
  newer: Dataset,
  shownIds: readonly string[],
  horizon: MonthIndex,
  spreads: ReadonlyMap<string, BandSpread> = leaveOneOutSpreads(older, newer),
): HindsightReport {
  const items = shownIds.flatMap((id): HindsightItem[] => {
    const after = newer.indicators.find((i) => i.id === id);
    if (!after) return [];
    const before = older.indicators.find((i) => i.id === id);
    if (!before) return [{ kind: 'lacking', indicator: after, reason: 'notInOlder' }];
    const spread = spreads.get(id) ?? null;
    const result = hindsight(before, after, newer, 'linear', 'all', spread);
    if (!result) return [{ kind: 'lacking', indicator: after, reason: 'noProjection' }];
    return [
      {
        kind: 'compared',
        indicator: after,
        result,
        projection: projectionOf(result, after.ceiling, horizon),
        fan: spread ? hindsightFan(result, spread, after.ceiling, horizon) : null,
        breakMonth: breakBefore(after),
      },
    ];
  });
  return { items, coverage: hindsightCoverage(older, newer, spreads) };
}

// One report per pair of vintages, shown indicators and horizon: the view re-renders, the model does not rerun.
const reports = new WeakMap<Dataset, WeakMap<Dataset, Map<string, HindsightReport>>>();

/** hindsightReport, computed once per pair of vintages (and shown indicators and horizon). */
export function cachedHindsightReport(
  older: Dataset,
  newer: Dataset,
  shownIds: readonly string[],
  horizon: MonthIndex,
): HindsightReport {
  let byNewer = reports.get(older);
  if (!byNewer) reports.set(older, (byNewer = new WeakMap()));
  let byKey = byNewer.get(newer);
  if (!byKey) byNewer.set(newer, (byKey = new Map()));
  const key = `${horizon}|${shownIds.join(',')}`;
  let report = byKey.get(key);
  if (!report) byKey.set(key, (report = hindsightReport(older, newer, shownIds, horizon)));
  return report;
}
