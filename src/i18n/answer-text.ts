import type { Unit } from '../model/dataset-schema';
import type { AnswerSummary } from '../model/answer-summary';
import type { TargetAnswer, AnswerStatus, ReportedFigure } from '../model/target-answer';
import type { locale as Locale } from './locale.svelte';
import type { StringKey } from './strings-vi';

type L = Pick<typeof Locale, 't' | 'value' | 'rate' | 'gap' | 'month' | 'number'>;

/** How each status reads: its word, a sign that does not rest on colour alone, and its tone. */
export const ANSWER_BADGE: Record<
  AnswerStatus,
  { icon: string; key: StringKey; tone: 'good' | 'bad' | 'open' }
> = {
  projectedReached: { icon: '✓', key: 'answerProjectedReached', tone: 'good' },
  projectedMissed: { icon: '✗', key: 'answerProjectedMissed', tone: 'bad' },
  alreadyMet: { icon: '✓', key: 'answerAlreadyMet', tone: 'good' },
  paceUnknown: { icon: '?', key: 'answerPaceUnknown', tone: 'open' },
  noBaseline: { icon: '?', key: 'answerNoBaseline', tone: 'open' },
  reportedMet: { icon: '✓', key: 'answerReportedMet', tone: 'good' },
  reportedMissed: { icon: '✗', key: 'answerReportedMissed', tone: 'bad' },
  unreported: { icon: '?', key: 'answerUnreported', tone: 'open' },
};

/** The word for each progress category (after the UN's SDG progress charts). */
export const PROGRESS_LABEL = {
  onTrack: 'categoryOnTrack',
  needsFaster: 'categoryNeedsFaster',
  stalled: 'categoryStalled',
  backwards: 'categoryBackwards',
  noPace: 'categoryNoPace',
} as const satisfies Record<string, StringKey>;

/** A reported figure as the `value` and `month` of a sentence ("56,58%", "07/2024"). */
function figureParams(figure: ReportedFigure, unit: Unit, l: L) {
  return { value: l.value(unit, figure.value, 2), month: l.month(figure.month) };
}

/**
 * Titles already written, by locale, language and table in use: a slider step words the dragged line's
 * targets again, unchanged.
 */
const titles = new WeakMap<L, Map<string, string>>();

/** "80% đến 12/2025": a target as a line of text. */
export function targetTitle(
  answer: Pick<TargetAnswer, 'targetValue' | 'deadline'>,
  unit: Unit,
  l: L & { lang?: string; textLang?: string },
): string {
  let known = titles.get(l);
  if (!known) titles.set(l, (known = new Map()));
  const key = `${l.lang}|${l.textLang}|${unit}|${answer.targetValue}|${answer.deadline}`;
  let title = known.get(key);
  if (title === undefined) {
    title = l.t('targetLine', {
      value: l.value(unit, answer.targetValue),
      deadline: l.month(answer.deadline),
    });
    known.set(key, title);
  }
  return title;
}

/** The status word of an answer. */
export function statusText(answer: Pick<TargetAnswer, 'status'>, l: L): string {
  return l.t(ANSWER_BADGE[answer.status].key);
}

/** The rate needed as text ("2,65 điểm %/tháng"), or null when none is offered. */
export function rateNeededText(answer: TargetAnswer, unit: Unit, l: L): string | null {
  return answer.rateNeeded ? l.rate(unit, answer.rateNeeded.ratePerMonth) : null;
}

/**
 * The one number that matters for an answer, as a short line: the rate needed where one is offered and
 * the target is not projected to be reached; the month reached; or the reported figure.
 */
export function keyFigureText(answer: TargetAnswer, unit: Unit, l: L, bothLevels = false): string {
  const need = answer.rateNeeded;
  switch (answer.status) {
    case 'projectedReached':
      return l.t('keyReachedMonth', { month: l.month(answer.reachedMonth!) });
    case 'projectedMissed':
    case 'paceUnknown':
      if (need)
        return l.t(bothLevels ? 'keyRateNeededBoth' : 'keyRateNeeded', {
          rate: l.rate(unit, need.ratePerMonth),
          from: l.month(need.fromMonth),
        });
      return l.t(answer.impossible === 'aboveCeiling' ? 'keyImpossibleCeiling' : 'keyImpossibleDeadline');
    case 'alreadyMet':
    case 'reportedMet':
    case 'reportedMissed':
    case 'unreported': {
      const figure = answer.status === 'alreadyMet' ? answer.latest : answer.reported;
      if (!figure) return l.t('keyNoReport');
      return l.t('keyReported', figureParams(figure, unit, l));
    }
    case 'noBaseline':
      return l.t('keyNoBaseline');
  }
}

/** The sentences behind the key figure (each under about 25 words), shown on demand. */
export function answerSentences(answer: TargetAnswer, unit: Unit, l: L, horizon: number): string[] {
  const target = l.value(unit, answer.targetValue);
  const deadline = l.month(answer.deadline);
  const out: string[] = [];
  switch (answer.status) {
    case 'projectedReached': {
      const early = answer.deadline - answer.reachedMonth!;
      const month = l.month(answer.reachedMonth!);
      out.push(
        early > 0
          ? l.t('answerReachedEarly', { value: target, month, months: early })
          : l.t('answerReachedOnDeadline', { value: target, month }),
      );
      break;
    }
    case 'projectedMissed':
      out.push(
        l.t('answerMissedBy', {
          deadline,
          value: l.value(unit, answer.valueAtDeadline!),
          gap: l.gap(unit, answer.gapAtDeadline!),
        }),
      );
      out.push(
        answer.reachedMonth === null
          ? l.t('answerNever')
          : l.t('answerLater', { month: l.month(answer.reachedMonth) }),
      );
      break;
    case 'paceUnknown':
      out.push(l.t('answerPaceUnknownText'));
      break;
    case 'alreadyMet':
      if (answer.latest) out.push(l.t('answerAlreadyMetText', figureParams(answer.latest, unit, l)));
      break;
    case 'noBaseline':
      out.push(l.t('answerNoBaselineText'));
      break;
    case 'reportedMet':
      out.push(l.t('answerReportedMetText', { deadline, ...figureParams(answer.reported!, unit, l) }));
      break;
    case 'reportedMissed':
      out.push(
        l.t('answerReportedMissedText', {
          deadline,
          ...figureParams(answer.reported!, unit, l),
          gap: l.gap(unit, answer.gapAtDeadline!),
        }),
      );
      break;
    case 'unreported':
      out.push(l.t('answerUnreportedText', { deadline }));
      if (answer.reported) out.push(l.t('answerNearestText', figureParams(answer.reported, unit, l)));
      break;
  }
  if (answer.reachedLater && answer.status !== 'reportedMet')
    out.push(l.t('answerReachedLaterText', figureParams(answer.reachedLater, unit, l)));
  if (answer.afterHorizon && !answer.deadlinePassed)
    out.push(l.t('answerAfterHorizon', { horizon: l.month(horizon) }));
  return out;
}

/** The pace so far against the pace needed, in words; null when no rate is needed. */
export function progressText(answer: TargetAnswer, unit: Unit, l: L): string | null {
  const progress = answer.progress;
  if (!progress) return null;
  const category = l.t(PROGRESS_LABEL[progress.category]);
  if (progress.ratio === null || answer.trendPerMonth === null) return category;
  return l.t('answerProgress', {
    trend: l.rate(unit, answer.trendPerMonth),
    pct: `${l.number(progress.ratio * 100, 0)}%`,
    category,
  });
}

/**
 * The count of an imported file's own targets, on its own line under the national one (strip and print).
 * @example importedSummaryText({ name: 'Tỉnh X', summary: { judged: 2, reached: 1, … } }, locale)
 *   → 'Số liệu nhập “Tỉnh X”: 1/2 mục tiêu còn hạn dự kiến đạt'
 */
export function importedSummaryText(imported: { name: string; summary: AnswerSummary }, l: L): string {
  const { name, summary } = imported;
  return summary.judged
    ? l.t('summaryImported', { name, reached: summary.reached, total: summary.judged })
    : l.t('summaryImportedNone', { name });
}
