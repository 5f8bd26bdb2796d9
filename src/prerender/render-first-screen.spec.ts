import { describe, expect, it } from 'vitest';
import indicators from '../../seeds/indicators.json';
import later from '../../seeds/later-figures.json';
import sources from '../../seeds/sources.json';
import { renderFirstScreen } from './render-first-screen';

describe('renderFirstScreen', () => {
  it('renders the default view with its verdicts and the rate each target needs, in Vietnamese', async () => {
    const { body, query } = await renderFirstScreen({ indicators, sources, later });
    const text = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Tỷ lệ hồ sơ trực tuyến toàn trình (cả nước)');
    expect(text).toContain('Điểm xuất phát: 42% (tháng 6/2024)');
    // One figure of the dossier share: no pace, so no "missed" claim; the answer is the rate needed.
    expect(text).toContain('Chưa rõ xu hướng 50% đến 12/2024');
    expect(text).not.toMatch(/Dự kiến chưa đạt 50% đến 12\/2024/);
    // 50% from 42% in the six months 6/2024 → 12/2024: (50 − 42) / 6 = 1.33…, shown rounded up to 1,34.
    expect(text).toContain('ít nhất 1,34 điểm %/tháng từ tháng 6/2024');
    // The overview answers every scored target before the cards.
    expect(text.indexOf('Tổng quan các mục tiêu')).toBeLessThan(text.indexOf('Điểm xuất phát: 42%'));
    expect(text).toMatch(/\d+\/\d+ mục tiêu còn hạn dự kiến đạt/);
    // The page speaks of projections, never of official findings, and writes months without a leading zero.
    expect(text).not.toMatch(/Không đạt|trước 12\/|\b0\d\/\d{4}/);
    // The link the app writes for this view: a reload of it is the same view.
    expect(query).toBe('?v=3&data=2024');
  });
});
