import type { UserObservation } from '../model/baseline';
import type { Dataset } from '../model/load-dataset';
import type { MonthIndex } from '../model/month';
import { horizonCovering } from './horizon-covering';
import type { AsOfChoice } from './url-state';

/** What goes with a data vintage in the scenario: the per-indicator parts, the horizon and the as-of month. */
export interface VintageParts {
  rateOverrides: Record<string, number>;
  userObservations: Record<string, UserObservation[]>;
  horizon: MonthIndex;
  asOfChoice: AsOfChoice;
}

/** What a vintage switch carries over: the scenario's parts and the view's focus. */
export interface CarriedParts extends VintageParts {
  focus: string | null;
}

/** The parts kept for the new vintage, the horizon that shows its deadlines, and the indicators dropped. */
export interface Carried extends CarriedParts {
  dropped: string[];
}

/**
 * Carries a scenario over to another data vintage: each rate, added figure and focus whose indicator the
 * new vintage has is kept, the rest dropped (and named, for a one-line notice); the horizon widens to
 * show the new vintage's deadlines (never narrows); the answers speak from the new vintage's own month
 * (still from the calendar's, if that was chosen).
 * @example carryOver({ rateOverrides: { fiveG: 1 }, … }, dataset2024(), HORIZONS)
 *   → { rateOverrides: {}, asOfChoice: null, dropped: ['fiveG'], … }
 */
export function carryOver(parts: CarriedParts, next: Dataset, horizons: readonly MonthIndex[]): Carried {
  const ids = new Set(next.indicators.map((i) => i.id));
  const dropped = new Set<string>();
  const keep = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id) || (dropped.add(id), false)));
  const rateOverrides = keep(parts.rateOverrides);
  const userObservations = keep(parts.userObservations);
  const focus = parts.focus !== null && ids.has(parts.focus) ? parts.focus : null;
  if (parts.focus !== null && focus === null) dropped.add(parts.focus);
  const deadlines = next.indicators.flatMap((i) => i.targets.map((t) => t.deadline));
  return {
    rateOverrides,
    userObservations,
    focus,
    horizon: horizonCovering(deadlines, horizons, parts.horizon),
    asOfChoice: parts.asOfChoice === 'today' ? 'today' : null,
    dropped: [...dropped],
  };
}
