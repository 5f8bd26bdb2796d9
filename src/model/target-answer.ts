import type { MonthIndex } from './month';
import type { TargetProbability } from './monte-carlo';
import { progressOf, type ProgressCategory } from './progress';
import type { TargetVerdict } from './projection-types';
import { shownRequiredRate } from './required-rate';

/**
 * What a target's answer says, as of the month the answers speak from:
 * - a deadline still ahead is answered by the projection: `projectedReached`, `projectedMissed`,
 *   `alreadyMet` (the latest figure meets it), `paceUnknown` (the trend scenario on an indicator whose
 *   figures give no pace: the projection is flat by default, which is no claim about the future) or
 *   `noBaseline` (no figure at all);
 * - a deadline already past is answered by what was reported: `reportedMet` (a figure on or before the
 *   deadline meets it), `reportedMissed` (the figure reported by the deadline falls short, and later
 *   figures exist), `unreported` (nothing reported since the deadline, or nothing by it).
 */
export type AnswerStatus =
  | 'projectedReached'
  | 'projectedMissed'
  | 'alreadyMet'
  | 'paceUnknown'
  | 'noBaseline'
  | 'reportedMet'
  | 'reportedMissed'
  | 'unreported';

/** The statuses of a deadline already past as of the answer's month. */
export const REPORTED_STATUSES: readonly AnswerStatus[] = ['reportedMet', 'reportedMissed', 'unreported'];

/** A reported figure that decides or informs a past deadline, with its source. */
export interface ReportedFigure {
  month: MonthIndex;
  value: number;
  source: string;
}

/** The progress category of the answer; `noPace` where the figures give no trend to compare. */
export type AnswerProgress =
  { ratio: number; category: ProgressCategory } | { ratio: null; category: 'noPace' };

/** One target's whole answer: every view renders this and derives nothing of its own. */
export interface TargetAnswer {
  indicatorId: string;
  targetId: string;
  targetValue: number;
  deadline: MonthIndex;
  status: AnswerStatus;
  /** The deadline is before the month the answers speak from. */
  deadlinePassed: boolean;
  /** The deadline is after the last month drawn: the chart does not reach it (the answer still does). */
  afterHorizon: boolean;
  /** First month the projection reaches the target (may be after the deadline); null if never within 20 years. */
  reachedMonth: MonthIndex | null;
  /** Projected value at the deadline and the shortfall (target − value; positive = short). */
  valueAtDeadline: number | null;
  gapAtDeadline: number | null;
  /**
   * The rate to offer, rounded up to the slider's step so that typing it reaches the target, and the month it
   * is counted from. Null where none is offered: deadline past, already met, impossible, no figure.
   */
  rateNeeded: { ratePerMonth: number; fromMonth: MonthIndex } | null;
  /**
   * The rate offered to apply ("Áp dụng mức cần thiết"): the rate needed of a target still ahead that the
   * projection does not reach (missed, or pace unknown); null otherwise.
   */
  offer: { ratePerMonth: number; fromMonth: MonthIndex } | null;
  /** Why no rate can reach the target, when none can. */
  impossible: 'aboveCeiling' | 'deadlineNotAfterStart' | null;
  /** The trend of the figures (null when they give none). */
  trendPerMonth: number | null;
  /** The trend as a share of the rate needed, with its category; null when no rate is needed. */
  progress: AnswerProgress | null;
  /** The latest counted figure (the projection's start), with its source. */
  latest: ReportedFigure | null;
  /** Deadline past: the figure reported nearest the deadline (on or before it when there is one). */
  reported: ReportedFigure | null;
  /** Deadline past and missed: the first later figure that meets the target ("reached in …"). */
  reachedLater: ReportedFigure | null;
  /** Probability of reaching it by the deadline, from the band's paths (null when bands are off or pending). */
  probability: TargetProbability | null;
}

/** What one indicator's answers are worked out from, besides the engine's verdicts. */
export interface AnswerContext {
  /** The indicator's counted figures (alternatives left out, the user's own included), oldest first. */
  figures: readonly ReportedFigure[];
  /** The trend of its figures; null when they give none. */
  trendPerMonth: number | null;
  /** The rate is the default one (not moved by the user): with no trend, the projection asserts nothing. */
  rateIsDefault: boolean;
  /** The month the answers speak from. */
  asOfMonth: MonthIndex;
  horizon: MonthIndex;
  /** The band's probability for a target, when bands are on and computed. */
  probability?: (targetId: string) => TargetProbability | null;
}

const EPSILON = 1e-9;

function reportedAnswer(verdict: TargetVerdict, figures: readonly ReportedFigure[]) {
  const met = (f: ReportedFigure) => f.value >= verdict.targetValue - EPSILON;
  const byDeadline = figures.filter((f) => f.month <= verdict.deadline).at(-1) ?? null;
  const afterDeadline = figures.filter((f) => f.month > verdict.deadline);
  const reachedLater = afterDeadline.find(met) ?? null;
  if (byDeadline && met(byDeadline))
    return { status: 'reportedMet' as const, reported: byDeadline, reachedLater: null };
  // A figure reported by the deadline decides it once later figures show the reporting went on.
  if (byDeadline && afterDeadline.length)
    return { status: 'reportedMissed' as const, reported: byDeadline, reachedLater };
  return {
    status: 'unreported' as const,
    reported: byDeadline ?? afterDeadline[0] ?? null,
    reachedLater,
  };
}

/**
 * Each target of one indicator answered once: status, month reached, gap, rate needed (rounded as shown)
 * and from which month, progress, probability, and for a deadline already past the figure reported
 * nearest it. A figure reported after a deadline never meets it; it says when the target was reached.
 * @example a 100% services target due 12/2025, 55% in 07/2024, linear trend 0 and no trend in the data →
 *   status 'paceUnknown', rateNeeded 2.65 from 07/2024 (45/17 = 2.647, rounded up)
 */
export function answersFor(verdicts: readonly TargetVerdict[], context: AnswerContext): TargetAnswer[] {
  return verdicts.map((verdict) => answerFor(verdict, context));
}

/** One target's answer (see answersFor). */
export function answerFor(verdict: TargetVerdict, context: AnswerContext): TargetAnswer {
  // Past as of the answers' month, or before the figure the projection starts from (a figure reported
  // after a deadline cannot meet it).
  const deadlinePassed =
    verdict.deadline < context.asOfMonth ||
    (verdict.fromMonth !== null && verdict.deadline < verdict.fromMonth);
  const base = {
    indicatorId: verdict.indicatorId,
    targetId: verdict.targetId,
    targetValue: verdict.targetValue,
    deadline: verdict.deadline,
    deadlinePassed,
    afterHorizon: verdict.deadline > context.horizon,
    trendPerMonth: context.trendPerMonth,
    latest: context.figures.at(-1) ?? null,
  };
  if (deadlinePassed && verdict.status !== 'noBaseline') {
    const { status, reported, reachedLater } = reportedAnswer(verdict, context.figures);
    return {
      ...base,
      status,
      reachedMonth: status === 'reportedMet' ? reported!.month : (reachedLater?.month ?? null),
      valueAtDeadline: reported && reported.month <= verdict.deadline ? reported.value : null,
      gapAtDeadline:
        reported && reported.month <= verdict.deadline ? verdict.targetValue - reported.value : null,
      rateNeeded: null,
      offer: null,
      impossible: null,
      progress: null,
      reported,
      reachedLater,
      probability: null,
    };
  }
  const required = verdict.required;
  const rateNeeded =
    required.kind === 'rate' && verdict.fromMonth !== null && verdict.status !== 'alreadyMet'
      ? { ratePerMonth: shownRequiredRate(required.ratePerMonth), fromMonth: verdict.fromMonth }
      : null;
  const noPace = context.trendPerMonth === null;
  const status: AnswerStatus =
    verdict.status === 'noBaseline'
      ? 'noBaseline'
      : verdict.status === 'alreadyMet'
        ? 'alreadyMet'
        : noPace && context.rateIsDefault
          ? 'paceUnknown'
          : verdict.status === 'reached'
            ? 'projectedReached'
            : 'projectedMissed';
  const progress: AnswerProgress | null = !rateNeeded
    ? null
    : noPace
      ? { ratio: null, category: 'noPace' }
      : progressOf(context.trendPerMonth, required);
  const judged = status !== 'noBaseline';
  return {
    ...base,
    status,
    reachedMonth: judged ? verdict.reachedMonth : null,
    valueAtDeadline: judged ? verdict.valueAtDeadline : null,
    gapAtDeadline: judged ? verdict.gapAtDeadline : null,
    rateNeeded,
    offer: status === 'projectedMissed' || status === 'paceUnknown' ? rateNeeded : null,
    impossible: required.kind === 'impossible' ? required.reason : null,
    progress,
    reported: null,
    reachedLater: null,
    probability:
      // No band around a pace the data does not have: its chance would be a guess dressed as a number.
      status === 'alreadyMet' || status === 'noBaseline' || status === 'paceUnknown'
        ? null
        : (context.probability?.(verdict.targetId) ?? null),
  };
}

/**
 * An answer as it stands at a playback month: a deadline still ahead of the playhead is not due yet; one
 * behind it is reached once the projection got there, else missed. Reported answers stand as they are.
 * @example statusAt({ status: 'projectedReached', reachedMonth: 10, deadline: 12 }, 8) === 'pending'
 */
export function statusAt(
  answer: Pick<TargetAnswer, 'status' | 'reachedMonth' | 'deadline' | 'deadlinePassed'>,
  playhead: MonthIndex | null,
): AnswerStatus | 'pending' {
  if (playhead === null || answer.deadlinePassed) return answer.status;
  if (answer.status === 'noBaseline' || answer.status === 'alreadyMet') return answer.status;
  if (answer.reachedMonth !== null && answer.reachedMonth <= Math.min(playhead, answer.deadline))
    return 'projectedReached';
  if (playhead < answer.deadline) return 'pending';
  return answer.status === 'paceUnknown' ? 'paceUnknown' : 'projectedMissed';
}

/**
 * The nearest target still ahead with a rate offered: what the headline card repeats under its slider.
 * @example nearestOffer([by2025, by2024]) === by2024 when both offer a rate
 */
export function nearestOffer(answers: readonly TargetAnswer[]): TargetAnswer | null {
  return answers.filter((a) => a.offer).sort((a, b) => a.deadline - b.deadline)[0] ?? null;
}
