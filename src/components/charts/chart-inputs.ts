import type { UserObservation } from '../../model/baseline';
import type { LoadedIndicator } from '../../model/load-dataset';
import type { MonthIndex } from '../../model/month';
import type { TargetAnswer } from '../../model/target-answer';

/** A series on the month grid: `values[i]` is the value at `startMonth + i`. */
export interface SeriesSlice {
  startMonth: MonthIndex;
  values: Float64Array;
}

/** What a chart reads of a target's answer (`TargetAnswer`, worked out once in the model). */
export type ChartAnswer = Pick<TargetAnswer, 'targetId' | 'status' | 'reachedMonth'>;

/** Everything one indicator chart draws, as plain data. */
export interface ChartInputs {
  indicator: LoadedIndicator;
  projection: SeriesSlice | null;
  levels: { ministries: SeriesSlice | null; localities: SeriesSlice | null } | null;
  /** The compared-with scenario's projection, drawn dashed beside the current one. */
  reference?: SeriesSlice | null;
  /**
   * Band: rows p10, p25, p50, p75, p90 from `startMonth`; 'pending' while bands are on but not yet computed
   * (the chart keeps empty band datasets, so their arrival moves data and lays nothing out again).
   */
  fan?: { startMonth: MonthIndex; rows: Float64Array[] } | 'pending' | null;
  userObservations: UserObservation[];
  /**
   * The national figures, drawn as rings beside an imported file's own (a province's card shows where the
   * nation stands); null on a national card.
   */
  national?: { month: MonthIndex; value: number }[] | null;
  /** The model's answers (what the chart reads of them): a reached target gets a star at its month. */
  answers: readonly ChartAnswer[];
  asOfMonth: MonthIndex;
  /** The least-squares line over the trend window, drawn from its first to its last point. */
  trendLine: { from: MonthIndex; to: MonthIndex; startValue: number; endValue: number } | null;
  /** Observations before this month are not comparable with later ones: drawn lighter. */
  breakMonth: MonthIndex | null;
  /**
   * The short name of what a context target counts ("dịch vụ"), by target id, added to its label. Context
   * targets (`ShownTarget.context`, or listed here) are drawn faintly and never marked reached.
   */
  contextTargets?: Record<string, string>;
  labels: ChartLabels;
}

/** Texts a chart draws, in the page language. */
export interface ChartLabels {
  observed: string;
  beforeBreak: string;
  trendLine: string;
  alternative: string;
  national: string;
  user: string;
  projection: string;
  reference: string;
  band90: string;
  band50: string;
  ministries: string;
  localities: string;
  today: string;
  /** A value in the indicator's unit: "80%". */
  value: (value: number) => string;
  /** A deadline: "12/2025", "Dec 2025". */
  month: (month: MonthIndex) => string;
  reached: (month: MonthIndex) => string;
}
