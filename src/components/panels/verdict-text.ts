import type { locale as Locale } from '../../i18n/locale.svelte';
import type { Unit } from '../../model/dataset-schema';
import type { MonthIndex } from '../../model/month';
import type { TargetVerdict } from '../../model/projection-types';

/** The sentences of one verdict card, in the current language. Pure: unit-testable without a page. */
export function verdictSentences(
  verdict: TargetVerdict,
  unit: Unit,
  referenceMonth: MonthIndex,
  l: typeof Locale,
): string[] {
  const target = l.value(unit, verdict.targetValue);
  const out: string[] = [];
  if (verdict.deadline < referenceMonth && verdict.status !== 'noBaseline') {
    out.push(l.t('deadlinePassed', { deadline: l.month(verdict.deadline) }));
  }
  if (verdict.judgedBy === 'observation' && verdict.observedMonth !== null) {
    const params = {
      month: l.month(verdict.observedMonth),
      value: l.value(unit, verdict.valueAtDeadline!),
      gap: l.gap(unit, verdict.gapAtDeadline!, true),
    };
    out.push(l.t(verdict.status === 'missed' ? 'observedMissed' : 'observedReached', params));
    return out;
  }
  switch (verdict.status) {
    case 'noBaseline':
      out.push(l.t('noBaselineText'));
      break;
    case 'alreadyMet':
      out.push(
        l.t('alreadyMetText', { value: l.value(unit, verdict.valueAtDeadline ?? verdict.targetValue) }),
      );
      break;
    case 'reached': {
      const early = verdict.deadline - verdict.reachedMonth!;
      out.push(
        early > 0
          ? l.t('reachedOn', { value: target, month: l.month(verdict.reachedMonth!), months: early })
          : l.t('reachedOnDeadline', { value: target, month: l.month(verdict.reachedMonth!) }),
      );
      break;
    }
    case 'missed':
      out.push(
        l.t('missedBy', {
          deadline: l.month(verdict.deadline),
          value: l.value(unit, verdict.valueAtDeadline!),
          gap: l.gap(unit, verdict.gapAtDeadline!, true),
        }),
      );
      out.push(
        verdict.reachedMonth === null
          ? l.t('wouldNeverReach')
          : l.t('wouldReachLater', { month: l.month(verdict.reachedMonth) }),
      );
      break;
  }
  return out;
}
