import type { GrowthModel } from './growth-models';
import type { MonthIndex } from './month';
import type { RequiredRate } from './required-rate';
import type { MonthValue } from './trend-rate';

/** A target as the engine sees it: a value to reach by a deadline month. */
export interface TargetInput {
  id: string;
  value: number;
  deadline: MonthIndex;
}

/** How a derived indicator is mixed from two others (the national dossier share). */
export interface MixInput {
  ministries: string;
  localities: string;
  weight: number;
}

/** One indicator of a run: where it starts, how fast it moves, what it aims at. */
export interface IndicatorInput {
  id: string;
  ceiling: number | null;
  /** Latest observation (seeded or user-added); null when no figure is known. */
  start: MonthValue | null;
  ratePerMonth: number;
  targets: TargetInput[];
  /** Counted observations up to the start; deadlines before the start are judged against them. */
  history?: MonthValue[];
  /** When set, the series is the mix of two other indicators of the same request and `start`/`ratePerMonth` are ignored. */
  mix?: MixInput;
}

export interface ProjectionRequest {
  model: GrowthModel;
  /** Last month drawn. */
  horizon: MonthIndex;
  indicators: IndicatorInput[];
}

/** Where one indicator's series sits inside the packed result buffer. */
export interface SeriesLayout {
  id: string;
  startMonth: MonthIndex;
  offset: number;
  length: number;
}

export type VerdictStatus = 'reached' | 'missed' | 'alreadyMet' | 'noBaseline';

export interface TargetVerdict {
  indicatorId: string;
  targetId: string;
  targetValue: number;
  deadline: MonthIndex;
  /** The month the projection starts from (its latest figure): the required rate is counted from here. */
  fromMonth: MonthIndex | null;
  status: VerdictStatus;
  /** First month the projection reaches the target (may be after the deadline); null if not within the search window. */
  reachedMonth: MonthIndex | null;
  valueAtDeadline: number | null;
  /** Target minus projected value at the deadline; positive means short of the target. */
  gapAtDeadline: number | null;
  required: RequiredRate | { kind: 'noBaseline' };
  /** 'observation' when the deadline predates the projection and a reported figure decided the verdict. */
  judgedBy: 'projection' | 'observation';
  /** The reported figure's month when judged by observation. */
  observedMonth: MonthIndex | null;
}

export interface ProjectionResult {
  /** Every series packed end to end; transferred, not copied, across the worker boundary. */
  series: Float64Array;
  layout: SeriesLayout[];
  verdicts: TargetVerdict[];
}
