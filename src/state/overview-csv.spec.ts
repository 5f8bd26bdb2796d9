import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatMonth, formatNumber } from '../i18n/format';
import { en } from '../i18n/strings-en';
import { vi, type StringKey } from '../i18n/strings-vi';
import { monthIndex } from '../model/month';
import type { OverviewGroup } from '../model/overview-rows';
import type { TargetAnswer } from '../model/target-answer';
import { overviewCsv } from './overview-csv';

const m = monthIndex;
const answer = {
  indicatorId: 'services',
  targetId: 'services100by2025',
  targetValue: 100,
  deadline: m('2025-12'),
  status: 'paceUnknown',
  deadlinePassed: false,
  trendPerMonth: null,
  latest: { month: m('2024-07'), value: 55.5, source: '001' },
  reported: null,
  rateNeeded: { ratePerMonth: 2.65, fromMonth: m('2024-07') },
  progress: { ratio: null, category: 'noPace' },
  probability: null,
} as unknown as TargetAnswer;
const groups = [
  {
    id: 'services',
    name: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
    rows: [{ indicator: { name: { vi: 'Tỷ lệ dịch vụ; cả nước', en: 'Services' } }, answer, lead: true }],
  },
] as unknown as OverviewGroup[];

function localeOf(lang: 'vi' | 'en') {
  const table = lang === 'vi' ? vi : en;
  return {
    lang,
    t: (key: StringKey) => table[key],
    text: (v: { vi: string; en: string }) => v[lang],
    month: (month: number) => formatMonth(month, lang),
    number: (value: number, digits = 1) => formatNumber(value, lang, digits),
  };
}

describe('overviewCsv', () => {
  it('writes the Vietnamese Excel dialect: ";" between cells, decimal commas, a BOM', () => {
    const text = overviewCsv(groups, localeOf('vi'));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { data } = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' });
    expect(data[0]![0]).toBe('Nhóm');
    // The name holding ";" is quoted, so the row keeps its 12 columns.
    expect(data[1]).toHaveLength(12);
    expect(data[1]![1]).toBe('Tỷ lệ dịch vụ; cả nước');
    expect(data[1]![4]).toBe('55,5');
    expect(data[1]![7]).toBe('2,65');
    expect(data[1]![9]).toBe(vi.answerPaceUnknown);
  });

  it('writes English with "," and decimal points', () => {
    const { data } = Papa.parse<string[]>(overviewCsv(groups, localeOf('en')).slice(1).trim());
    expect(data[1]![4]).toBe('55.5');
    expect(data[1]![7]).toBe('2.65');
  });
});
