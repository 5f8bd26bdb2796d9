import { formatMonth, type Lang } from '../../i18n/format';
import { monthIndex, monthText, type MonthIndex } from '../../model/month';
import type { StringKey } from '../../i18n/strings-vi';

/** What a downloaded chart says under its title: the scenario, the data and where it came from. */
export interface PngFacts {
  lang: Lang;
  /** The preset's name ("Theo kế hoạch") and this indicator's rate with its unit ("1,5 điểm %/tháng"). */
  preset: string;
  rate: string | null;
  /** The data vintage's name and the month the answers speak from. */
  vintage: string;
  asOf: MonthIndex;
  exportedAt: Date;
  /** The document the latest figure was taken from; null when the indicator has no figure. */
  source: string | null;
}

/** A month in a sentence: "tháng 7/2025", "Jul 2025". */
const sentenceMonth = (month: MonthIndex, lang: Lang) => {
  const [year, mm] = monthText(month).split('-');
  return lang === 'vi' ? `tháng ${Number(mm)}/${year}` : formatMonth(month, lang);
};

/** A day: "6/12/2026", "6 Dec 2026". */
const day = (date: Date, lang: Lang) => {
  const month = monthIndex(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`);
  return lang === 'vi'
    ? `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()}`
    : `${date.getDate()} ${formatMonth(month, lang)}`;
};

/**
 * The lines drawn under a chart's title in its PNG: scenario and rate, data vintage and month, the date,
 * the source. `t` is the page's string lookup.
 * @example pngCaptionLines({ lang: 'vi', preset: 'Xu hướng', rate: '0 điểm %/tháng', vintage: 'Số liệu gốc',
 *   asOf: monthIndex('2024-07'), exportedAt: new Date(2026, 11, 6), source: 'Báo cáo' }, t)
 *   → ['Kịch bản: Xu hướng · tốc độ 0 điểm %/tháng', 'Bộ số liệu: Số liệu gốc · kết quả tính đến tháng 7/2024',
 *      'Ngày xuất: 6/12/2026', 'Nguồn số liệu: Báo cáo · biểu đồ: Mục tiêu số']
 */
export function pngCaptionLines(
  facts: PngFacts,
  t: (key: StringKey, params: Record<string, string>) => string,
): string[] {
  const { lang } = facts;
  return [
    facts.rate === null
      ? t('pngScenarioOnly', { preset: facts.preset })
      : t('pngScenario', { preset: facts.preset, rate: facts.rate }),
    t('pngData', { vintage: facts.vintage, month: sentenceMonth(facts.asOf, lang) }),
    t('pngDate', { date: day(facts.exportedAt, lang) }),
    ...(facts.source ? [t('pngSource', { source: facts.source })] : []),
  ];
}
