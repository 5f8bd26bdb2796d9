import { describe, expect, it } from 'vitest';
import { monthIndex } from './month';
import { overviewRows } from './overview-rows';
import type { TargetAnswer } from './target-answer';

const m = monthIndex;
const groups = [
  { id: 'services', name: { vi: 'Dịch vụ', en: 'Services' } },
  { id: 'citizens', name: { vi: 'Công dân số', en: 'Citizens' } },
];
const indicator = (id: string, group: string) => ({ id, group, name: { vi: id, en: id } });
const indicators = [
  indicator('dossiers', 'services'),
  indicator('services', 'services'),
  indicator('adults', 'citizens'),
];
const answer = (indicatorId: string, targetId: string, deadline: string, gap: number | null, value = 100) =>
  ({ indicatorId, targetId, deadline: m(deadline), gapAtDeadline: gap, targetValue: value }) as TargetAnswer;

const answers = [
  answer('dossiers', 'dossiers50by2024', '2024-12', 8, 50),
  answer('services', 'services80by2024', '2024-12', 25, 80),
  answer('services', 'services100by2025', '2025-12', 45),
  answer('adults', 'adults40by2024', '2024-12', 30, 40),
  answer('adults', 'adults50by2025', '2025-12', 40, 50),
];
const dataset = { groups, indicators } as unknown as Parameters<typeof overviewRows>[0];
const ids = (sort: 'gap' | 'deadline') =>
  overviewRows(dataset, answers, sort).map((g) => g.rows.map((r) => r.answer.targetId));

describe('overviewRows', () => {
  it('puts the mission’s two examples first in their groups, then the nearest deadline', () => {
    expect(ids('deadline')).toEqual([
      ['services100by2025', 'dossiers50by2024', 'services80by2024'],
      ['adults50by2025', 'adults40by2024'],
    ]);
  });

  it('sorts by the gap relative to the target: 25/80 = 31% before 8/50 = 16%', () => {
    expect(ids('gap')[0]).toEqual(['services100by2025', 'services80by2024', 'dossiers50by2024']);
  });

  it('keeps the row of an unchanged answer, and makes a new one for a changed answer', () => {
    const before = overviewRows(dataset, answers, 'deadline');
    const moved = answer('dossiers', 'dossiers50by2024', '2024-12', 2, 50);
    const after = overviewRows(dataset, [moved, ...answers.slice(1)], 'deadline');
    const row = (groups: typeof before, id: string) =>
      groups.flatMap((g) => g.rows).find((r) => r.answer.targetId === id)!;
    expect(row(after, 'services80by2024')).toBe(row(before, 'services80by2024'));
    expect(row(after, 'dossiers50by2024')).not.toBe(row(before, 'dossiers50by2024'));
    expect(row(after, 'dossiers50by2024').answer).toBe(moved);
  });

  it('given the last result, keeps the groups a change did not touch, and the whole list when none changed', () => {
    const before = overviewRows(dataset, answers, 'deadline');
    expect(overviewRows(dataset, [...answers], 'deadline', before)).toBe(before);
    const moved = answer('adults', 'adults40by2024', '2024-12', 12, 40);
    const after = overviewRows(dataset, [...answers.slice(0, 3), moved, answers[4]!], 'deadline', before);
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]); // services: untouched
    expect(after[1]).not.toBe(before[1]); // citizens: its row of adults40by2024 is new
    expect(after[1]!.rows.map((r) => r.answer)).toEqual([answers[4], moved]);
  });

  it('gives new groups when the sort changes the rows’ order', () => {
    const before = overviewRows(dataset, answers, 'deadline');
    const after = overviewRows(dataset, answers, 'gap', before);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]); // citizens: the lead first either way, one row after it
  });
});
