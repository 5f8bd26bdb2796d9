import { ANSWER_BADGE, PROGRESS_LABEL } from '../i18n/answer-text';
import type { locale as Locale } from '../i18n/locale.svelte';
import type { OverviewGroup } from '../model/overview-rows';

type L = Pick<typeof Locale, 'lang' | 't' | 'text' | 'month' | 'number'>;

/** A cell quoted when it holds the separator, a quote or a line break (RFC 4180). */
function cell(value: string, separator: string): string {
  return /["\n\r]/.test(value) || value.includes(separator) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The overview as a spreadsheet, one row per target, in the page's language. Vietnamese uses the
 * Vietnamese Excel dialect (";" between cells, decimal comma) so it opens in columns there; English uses
 * "," and a decimal point. A byte-order mark tells Excel the text is UTF-8.
 * @example overviewCsv(groups, en).split('\r\n')[0] starts with '\uFEFFGroup,Indicator,Target'
 */
export function overviewCsv(groups: readonly OverviewGroup[], l: L): string {
  const separator = l.lang === 'vi' ? ';' : ',';
  const num = (value: number | null | undefined, digits = 2) =>
    value === null || value === undefined ? '' : l.number(value, digits).replaceAll(/[.\s ](?=\d{3})/g, '');
  const header = [
    'ovCsvGroup',
    'colIndicator',
    'compareColTarget',
    'ovCsvDeadline',
    'ovColLatest',
    'ovCsvLatestMonth',
    'ovColPace',
    'colRequired',
    'ovCsvFrom',
    'ovColStatus',
    'ovCsvCategory',
    'ovColChance',
  ] as const;
  const rows = groups.flatMap((group) =>
    group.rows.map(({ indicator, answer }) => {
      const shown = answer.reported ?? answer.latest;
      return [
        l.text(group.name),
        l.text(indicator.name),
        num(answer.targetValue),
        l.month(answer.deadline),
        num(shown?.value),
        shown ? l.month(shown.month) : '',
        answer.deadlinePassed ? '' : num(answer.trendPerMonth),
        num(answer.rateNeeded?.ratePerMonth),
        answer.rateNeeded ? l.month(answer.rateNeeded.fromMonth) : '',
        l.t(ANSWER_BADGE[answer.status].key),
        answer.progress ? l.t(PROGRESS_LABEL[answer.progress.category]) : '',
        answer.probability ? num(answer.probability.probability * 100, 0) : '',
      ];
    }),
  );
  const lines = [header.map((key) => l.t(key)), ...rows].map((row) =>
    row.map((value) => cell(value, separator)).join(separator),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
