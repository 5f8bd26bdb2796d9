import { describe, expect, it } from 'vitest';
import { latestDataset } from './bundled-vintages';
import { monthText } from './month';

// The dating rule of the data (issue 23): a figure's month is the period it describes, never the month of
// the article that reports it. These cases run over the shipped seed and later figures.

const latest = latestDataset();

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The month a period phrase names: "Quý 2/2025" → 2025-06 (a quarter's last month), "tháng 7/2024" →
 * 2024-07, "29/10/2025" → 2025-10, "July 2024" → 2024-07, "năm 2023" → 2023-12 (a year's last month).
 */
function periodMonth(phrase: string): string | null {
  const quarter = /quý\s*(\d)\s*\/\s*(\d{4})/i.exec(phrase);
  if (quarter) return `${quarter[2]}-${pad(Number(quarter[1]) * 3)}`;
  const month = /tháng\s*(\d{1,2})\s*\/\s*(\d{4})/i.exec(phrase);
  if (month) return `${month[2]}-${pad(Number(month[1]))}`;
  const day = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(phrase);
  if (day) return `${day[3]}-${pad(Number(day[2]))}`;
  const english = new RegExp(`(${MONTHS.join('|')})\\s+(\\d{4})`).exec(phrase);
  if (english) return `${english[2]}-${pad(MONTHS.indexOf(english[1]!) + 1)}`;
  const year = /năm\s*(\d{4})/i.exec(phrase);
  if (year) return `${year[1]}-12`;
  return null;
}

function figure(indicatorId: string, value: number) {
  const indicator = latest.indicators.find((i) => i.id === indicatorId)!;
  const matches = indicator.observations.filter((o) => o.value === value);
  expect(matches, `${indicatorId} ${value}`).toHaveLength(1);
  const observation = matches[0]!;
  return { observation, source: latest.sources.get(observation.source)! };
}

describe('every figure is dated by the period it describes', () => {
  it.each([
    // [indicator, value, the words that name the period (in the quote or in how the source was dated), month]
    ['paymentAccounts', 87.08, 'năm 2023', '2023-12'], // the State Bank: "so với con số năm 2023 (87,08%)"
    ['paymentAccounts', 77.41, '9/1/2024', '2024-01'], // "đến nay", said on 9/1/2024
    ['paymentAccounts', 86.97, 'năm 2024', '2024-12'], // "Đến cuối năm 2024"
    ['digitalSignatureAdults', 13.5, 'tháng 7/2024', '2024-07'], // the July 2024 report, not June
    ['servicesFullOnline', 48, 'July 2024', '2024-07'], // the 9th meeting "in July 2024"
    ['servicesFullOnline', 37, '29/10/2025', '2025-10'], // "sau 4 tháng" of the two-tier model, to 29/10/2025
    ['population5gCoverage', 26, 'Quý 2/2025', '2025-06'], // a quarter: its last month
    ['population5gCoverage', 39.52, 'tháng 10/2025', '2025-10'], // "theo số liệu đến tháng 10"
    ['population5gCoverage', 90, 'năm 2025', '2025-12'], // the 2025 review, announced 10/1/2026
    ['eidAccountsActivated', 64, 'tháng 8/2025', '2025-08'], // the August briefing, held 4/9/2025
    ['dossiersFullOnline', 51.7, 'tháng 11/2025', '2025-11'],
    ['dossiersFullOnline', 39.51, 'tháng 6/2025', '2025-06'],
    ['fibreHouseholds', 85.1, 'tháng 6/2025', '2025-06'], // "Tính đến hết tháng 6/2025"
  ])('%s %d: "%s" → %s', (indicatorId, value, phrase, month) => {
    const { observation, source } = figure(indicatorId, value);
    const evidence = [observation.quote, source.datedHow.vi, source.datedHow.en].join(' ');
    expect(evidence, 'the words that date it are on record').toContain(phrase);
    expect(periodMonth(phrase)).toBe(month);
    expect(monthText(observation.month)).toBe(month);
  });

  it.each([
    // [indicator, value, the article's month, the figure's month]
    ['paymentAccounts', 87.08, '2024-07', '2023-12'],
    ['population5gCoverage', 90, '2026-01', '2025-12'],
    ['eidAccountsActivated', 64, '2025-09', '2025-08'],
  ])(
    '%s %d is not dated by its article (%s) but by its period (%s)',
    (indicatorId, value, article, month) => {
      const { observation, source } = figure(indicatorId, value);
      expect(source.published.slice(0, 7)).toBe(article);
      expect(monthText(observation.month)).toBe(month);
    },
  );

  it.each([
    // A figure whose source names no month is drawn, but its month is an assumption: out of the default trend.
    ['digitalSignatureAdults', 3], // "giai đoạn 2022 - 2024 … từ mức 3%": a year at most
    ['eidAccountsActivated', 65], // no period; later than "hơn 64 triệu" (8/2025)
    ['paymentAccounts', 67.08], // "tăng thêm 20% từ mức tỷ lệ của năm 2020"
  ])('%s %d carries its month as an assumption', (indicatorId, value) => {
    expect(figure(indicatorId, value).observation.assumption).toBeDefined();
  });
});
