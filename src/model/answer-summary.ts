import { REPORTED_STATUSES, type TargetAnswer } from './target-answer';

/** The page's one-line summary of every scored target's answer. */
export interface AnswerSummary {
  /** Targets still ahead that the projection answers (pace unknown and no figure left out). */
  judged: number;
  /** Of those, projected to be reached (or already met). */
  reached: number;
  /** Still ahead, but the figures give no pace: the answer is the rate needed, not a verdict. */
  paceUnknown: number;
  noBaseline: number;
  /** Deadlines already past: met, missed, not reported. */
  reportedMet: number;
  reportedMissed: number;
  unreported: number;
  /** The projected miss furthest off, relative to its target (shares and counts compare fairly). */
  furthest: TargetAnswer | null;
}

/**
 * Counts of the answers by status, and the furthest projected miss: the summary strip, the print summary
 * and the presenter all read this one count.
 * @example two answers, one projectedReached and one paceUnknown → { judged: 1, reached: 1, paceUnknown: 1, … }
 */
export function summarizeAnswers(answers: readonly TargetAnswer[]): AnswerSummary {
  const count = (status: TargetAnswer['status']) => answers.filter((a) => a.status === status).length;
  const projected = answers.filter(
    (a) => !REPORTED_STATUSES.includes(a.status) && a.status !== 'paceUnknown' && a.status !== 'noBaseline',
  );
  const furthest =
    projected
      .filter((a) => a.status === 'projectedMissed' && a.gapAtDeadline !== null)
      .sort((a, b) => b.gapAtDeadline! / b.targetValue - a.gapAtDeadline! / a.targetValue)[0] ?? null;
  return {
    judged: projected.length,
    reached: projected.filter((a) => a.status === 'projectedReached' || a.status === 'alreadyMet').length,
    paceUnknown: count('paceUnknown'),
    noBaseline: count('noBaseline'),
    reportedMet: count('reportedMet'),
    reportedMissed: count('reportedMissed'),
    unreported: count('unreported'),
    furthest,
  };
}

/**
 * Two summaries say the same: equal counts and the same furthest miss (the same answer object).
 * @example sameSummary(summarizeAnswers(answers), summarizeAnswers(answers)) === true
 */
export function sameSummary(a: AnswerSummary, b: AnswerSummary): boolean {
  return (Object.keys(a) as (keyof AnswerSummary)[]).every((key) => a[key] === b[key]);
}
