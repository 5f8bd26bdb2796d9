import type { MonthIndex } from '../../model/month';
import type { TargetVerdict, VerdictStatus } from '../../model/projection-types';

/**
 * A verdict as it stands at a playhead month during playback: reached once the projection got there,
 * missed once the deadline passed without it, otherwise not due yet.
 * @example verdictAt({ status: 'reached', reachedMonth: 10, deadline: 12 }, 8) === 'pending'
 */
export function verdictAt(
  verdict: Pick<TargetVerdict, 'status' | 'reachedMonth' | 'deadline'>,
  playhead: MonthIndex | null,
): VerdictStatus | 'pending' {
  if (playhead === null || verdict.status === 'noBaseline' || verdict.status === 'alreadyMet')
    return verdict.status;
  if (verdict.reachedMonth !== null && verdict.reachedMonth <= Math.min(playhead, verdict.deadline))
    return 'reached';
  return playhead >= verdict.deadline ? 'missed' : 'pending';
}
