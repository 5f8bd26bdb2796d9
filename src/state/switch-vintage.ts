import type { UserObservation } from '../model/baseline';
import type { Dataset } from '../model/load-dataset';
import type { MonthIndex } from '../model/month';
import { horizonCovering } from './horizon-covering';

/** What a vintage switch carries over: the per-indicator parts of the scenario and of the view. */
export interface CarriedParts {
  rateOverrides: Record<string, number>;
  userObservations: Record<string, UserObservation[]>;
  focus: string | null;
  horizon: MonthIndex;
}

/** The parts kept for the new vintage, the horizon that shows its deadlines, and the indicators dropped. */
export interface Carried extends CarriedParts {
  dropped: string[];
}

/**
 * Carries a scenario over to another data vintage: each rate, added figure and focus whose indicator the
 * new vintage has is kept, the rest dropped (and named, for a one-line notice); the horizon widens to
 * show the new vintage's deadlines (never narrows).
 * @example carryOver({ rateOverrides: { fiveG: 1 }, … }, seed2024, horizons) → { rateOverrides: {}, dropped: ['fiveG'] }
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
    dropped: [...dropped],
  };
}
