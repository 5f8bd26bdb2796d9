import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../model/month';
import { en } from '../../i18n/strings-en';
import { vi, type StringKey } from '../../i18n/strings-vi';
import { pngCaptionLines, type PngFacts } from './png-caption';

/** The page's lookup over a table, `{name}` placeholders filled. */
const lookup = (table: Record<StringKey, string>) => (key: StringKey, params: Record<string, string>) =>
  table[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

const facts: PngFacts = {
  lang: 'vi',
  preset: 'Theo kế hoạch',
  rate: '1,5 điểm %/tháng',
  vintage: 'Số liệu gốc (giữa năm 2024)',
  asOf: monthIndex('2024-07'),
  exportedAt: new Date(2026, 11, 6, 9, 30),
  source: 'Báo cáo Chính phủ, Văn phòng Chính phủ',
};

describe('pngCaptionLines', () => {
  it('in Vietnamese: scenario and rate, vintage and month, the day, the source', () => {
    expect(pngCaptionLines(facts, lookup(vi))).toEqual([
      'Kịch bản: Theo kế hoạch · tốc độ 1,5 điểm %/tháng',
      'Bộ số liệu: Số liệu gốc (giữa năm 2024) · kết quả tính đến tháng 7/2024',
      'Ngày xuất: 6/12/2026',
      'Nguồn số liệu: Báo cáo Chính phủ, Văn phòng Chính phủ · biểu đồ: Mục tiêu số',
    ]);
  });

  it('in English', () => {
    const lines = pngCaptionLines(
      { ...facts, lang: 'en', preset: 'On plan', rate: '1.5 pp/month', vintage: 'Seed data' },
      lookup(en),
    );
    expect(lines).toEqual([
      'Scenario: On plan · rate 1.5 pp/month',
      'Data: Seed data · results as of Jul 2024',
      'Exported: 6 Dec 2026',
      'Data source: Báo cáo Chính phủ, Văn phòng Chính phủ · chart: Mục tiêu số',
    ]);
  });

  it('without a rate of its own (a line mixed from its levels) or a source, says what it knows', () => {
    const lines = pngCaptionLines({ ...facts, rate: null, source: null }, lookup(vi));
    expect(lines).toEqual([
      'Kịch bản: Theo kế hoạch',
      'Bộ số liệu: Số liệu gốc (giữa năm 2024) · kết quả tính đến tháng 7/2024',
      'Ngày xuất: 6/12/2026',
    ]);
  });
});
