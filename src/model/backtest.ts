import { countedPoints } from './baseline';
import { bandSpreadOf, estimateBandModel } from './band-estimate';
import { bandEvidence } from './band-evidence';
import type { BandSpread } from './band-spread';
import type { Dataset, LoadedIndicator } from './load-dataset';
import type { MonthIndex } from './month';
import { BAND_QUANTILES, type MonteCarloResult } from './monte-carlo';

/**
 * How a later figure is scored. `counted`: same measure as the 2024 start, scored in the headline.
 * `behindBreak`: a definitional break lies between the 2024 start and the figure, so the 2024 band
 * was drawn for another count; scored apart. `alternative`: a conflicting figure the dataset keeps for
 * honesty but never counts; scored apart.
 */
export type FigureKind = 'counted' | 'behindBreak' | 'alternative';

/** A figure reported after the 2024 data, for an indicator the 2024 data could project. */
export interface LaterFigure {
  indicatorId: string;
  month: MonthIndex;
  value: number;
  kind: FigureKind;
}

/** A later figure set against the 2024 band of its month. */
export interface ScoredFigure extends LaterFigure {
  /** p10, p25, p50, p75, p90 of the band at the figure's month. */
  band: number[];
  inside80: boolean;
  inside50: boolean;
}

/**
 * How a later figure is scored against a projection that starts at `startMonth` (see FigureKind).
 * @example digital signatures 25% in 2024-12, break 2024-12, start 2024-06 → 'behindBreak'
 */
export function figureKind(
  indicator: Pick<LoadedIndicator, 'breaks'>,
  figure: { month: MonthIndex; alternative?: boolean },
  startMonth: MonthIndex,
): FigureKind {
  if (figure.alternative) return 'alternative';
  const behindBreak = indicator.breaks.some((b) => b.month > startMonth && b.month <= figure.month);
  return behindBreak ? 'behindBreak' : 'counted';
}

/**
 * The band the backtest scores every indicator with: the model estimated from `latest` without the
 * indicator's family (leave one out), and the indicator's own 2024 figures for its rate uncertainty.
 * @example leaveOneOutSpreads(dataset2024(), latestDataset()).get('fibreHouseholds')
 */
export function leaveOneOutSpreads(older: Dataset, latest: Dataset): Map<string, BandSpread> {
  const evidence = latest.indicators.map((indicator) => bandEvidence(indicator));
  return new Map(
    older.indicators.map((indicator) => [
      indicator.id,
      bandSpreadOf(estimateBandModel(evidence, familyOf(latest, indicator.id)), bandEvidence(indicator)),
    ]),
  );
}

/**
 * Every figure of `latest` that the 2024 data did not have, for indicators with a 2024 start, in
 * dataset order then month order. Lower bounds ("trên 60 triệu") are scored at their stated value.
 * @example laterFigures(dataset2024(), latestDataset()) includes fibre 2024-12 = 82.4 (counted)
 */
export function laterFigures(older: Dataset, latest: Dataset): LaterFigure[] {
  return latest.indicators.flatMap((indicator) => {
    const before = older.indicators.find((i) => i.id === indicator.id);
    const start = before ? countedPoints(before.observations).at(-1) : undefined;
    if (!start) return [];
    return indicator.observations
      .filter((o) => o.vintage !== older.vintage)
      .map((o): LaterFigure => ({
        indicatorId: indicator.id,
        month: o.month,
        value: o.value,
        kind: figureKind(indicator, o, start.month),
      }));
  });
}

/**
 * The indicator and those it is mixed with (the national dossier share and its two levels): they share
 * sources, so leaving one out means leaving the family out.
 * @example familyOf(dataset, 'dossiersFullOnlineMinistries') → national, ministries, localities
 */
export function familyOf(dataset: Dataset, id: string): Set<string> {
  const family = new Set([id]);
  for (const indicator of dataset.indicators) {
    const members = indicator.mix ? [indicator.id, indicator.mix.ministries, indicator.mix.localities] : [];
    if (members.includes(id)) for (const member of members) family.add(member);
  }
  return family;
}

/**
 * Each figure against its month's band in `result` (figures before the band's start or past its end are
 * left out). Inside means within the band's edges, edges included.
 * @example a band 80 | 82 | 84 | 86 | 88 scores 87 inside 10–90% but outside 25–75%
 */
export function scoreFigures(figures: readonly LaterFigure[], result: MonteCarloResult): ScoredFigure[] {
  return figures.flatMap((figure) => {
    const slot = result.layout.find((s) => s.id === figure.indicatorId);
    const k = slot ? figure.month - slot.startMonth : -1;
    if (!slot || k < 0 || k >= slot.length) return [];
    const band = BAND_QUANTILES.map((_, j) => result.bands[slot.offset + j * slot.length + k]!);
    const within = (low: number, high: number) => figure.value >= low && figure.value <= high;
    return [{ ...figure, band, inside80: within(band[0]!, band[4]!), inside50: within(band[1]!, band[3]!) }];
  });
}

/** How many of the figures fell inside each band. */
export interface Coverage {
  figures: number;
  inside80: number;
  inside50: number;
}

/** @example coverage([{ inside80: true, inside50: false }, …]) → { figures: 2, inside80: 1, … } */
export function coverage(scored: readonly Pick<ScoredFigure, 'inside80' | 'inside50'>[]): Coverage {
  return {
    figures: scored.length,
    inside80: scored.filter((s) => s.inside80).length,
    inside50: scored.filter((s) => s.inside50).length,
  };
}
