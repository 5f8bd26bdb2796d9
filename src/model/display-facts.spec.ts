import { describe, expect, it } from 'vitest';
import { displayFacts } from './display-facts';
import { monthIndex } from './month';

const indicator = {
  observations: [
    { month: monthIndex('2023-06'), value: 40, source: 's', quote: 'q' },
    { month: monthIndex('2024-06'), value: 50, source: 's', quote: 'q' },
    { month: monthIndex('2024-12'), value: 53, source: 's', quote: 'q' },
    { month: monthIndex('2025-06'), value: 56, source: 's', quote: 'q' },
  ],
  breaks: [{ month: monthIndex('2024-06'), note: { vi: 'đổi định nghĩa', en: 'definition changed' } }],
};

describe('displayFacts', () => {
  it('starts at the latest point and fits the trend since the break', () => {
    const facts = displayFacts(indicator, [], 'sinceBreak');
    expect(facts.baseline).toEqual({ month: monthIndex('2025-06'), value: 56, source: 's' });
    // Since 2024-06: 50, 53, 56 six months apart → 0.5 per month, the line through all three.
    expect(facts.trendRate).toBeCloseTo(0.5, 12);
    expect(facts.trendLine).toEqual({
      from: monthIndex('2024-06'),
      to: monthIndex('2025-06'),
      startValue: expect.closeTo(50, 9),
      endValue: expect.closeTo(56, 9),
    });
    expect(facts.breakMonth).toBe(monthIndex('2024-06'));
  });

  it('lets a user figure move the baseline, and ignores a break after the baseline', () => {
    const late = { ...indicator, breaks: [{ month: monthIndex('2026-01'), note: { vi: '', en: '' } }] };
    const facts = displayFacts(late, [{ month: monthIndex('2025-12'), value: 59 }], 'all');
    expect(facts.baseline).toEqual({ month: monthIndex('2025-12'), value: 59, source: 'user' });
    expect(facts.breakMonth).toBeNull();
  });

  it('gives each counted figure its source: the seeded ones theirs, the user’s own `user`', () => {
    const user = [
      { month: monthIndex('2024-12'), value: 54 }, // replaces the seeded 53 of that month
      { month: monthIndex('2025-12'), value: 59 },
    ];
    const mixed = {
      ...indicator,
      observations: [
        ...indicator.observations.slice(0, 2),
        { month: monthIndex('2024-12'), value: 53, source: 'ministry', quote: 'q' },
        { month: monthIndex('2025-06'), value: 70, source: 'survey', quote: 'q', alternative: true },
      ],
    };
    expect(displayFacts(mixed, user, 'all').figures.map((f) => [f.value, f.source])).toEqual([
      [40, 's'],
      [50, 's'],
      [54, 'user'],
      [59, 'user'],
    ]);
  });

  it('has no trend with a single point', () => {
    const one = { observations: [indicator.observations[0]!], breaks: [] };
    const facts = displayFacts(one, [], 'all');
    expect(facts.trendRate).toBeNull();
    expect(facts.trendLine).toBeNull();
  });

  it('carries the starting figure’s definition note, and none once the user’s own figure is the start', () => {
    const note = { vi: 'khảo sát PAPI', en: 'PAPI survey' };
    const proxy = {
      observations: [
        { month: monthIndex('2023-10'), value: 8.3, source: 's', quote: 'q', definitionNote: note },
      ],
      breaks: [],
    };
    expect(displayFacts(proxy, [], 'all').baselineNote).toEqual(note);
    expect(displayFacts(proxy, [{ month: monthIndex('2024-12'), value: 30 }], 'all').baselineNote).toBeNull();
  });
});
