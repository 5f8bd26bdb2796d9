import { describe, expect, it } from 'vitest';
import { monthIndex, monthText } from '../../model/month';
import type { ChartAnswer } from './chart-inputs';
import { chartInputs, seedIndicator } from './spec-inputs';
import { targetMarkers } from './target-markers';

const answer = (targetId: string, over: Partial<ChartAnswer>): ChartAnswer => ({
  targetId,
  status: 'projectedReached',
  reachedMonth: null,
  ...over,
});
const ids = seedIndicator().shownTargets.map((t) => `${t.id}: ${t.value}@${monthText(t.deadline)}`);

describe('targetMarkers', () => {
  it('the seed services indicator has the cases below', () => {
    // Three targets: 80% by 12/2024, and 80% and 100% both by 12/2025 (coincident deadlines, one at the ceiling).
    expect(ids.map((t) => t.split(': ')[1])).toEqual(['80@2024-12', '100@2025-12', '80@2025-12']);
  });

  it('merges targets due the same month into one label, anchored at the highest', () => {
    const { labels, lines } = targetMarkers(chartInputs());
    expect(lines).toHaveLength(3);
    expect(labels).toEqual([
      { text: '80% — 2024-12', deadline: monthIndex('2024-12'), value: 80, context: false },
      { text: '80% · 100% — 2025-12', deadline: monthIndex('2025-12'), value: 100, context: false },
    ]);
  });

  it('draws another measure’s target faintly, labelled with what it counts, and never marks it reached', () => {
    const [first] = seedIndicator().shownTargets;
    const markers = targetMarkers(
      chartInputs({
        contextTargets: { [first!.id]: 'services' },
        answers: [answer(first!.id, { reachedMonth: monthIndex('2024-10') })],
      }),
    );
    expect(markers.lines[0]).toEqual({ value: 80, deadline: monthIndex('2024-12'), context: true });
    expect(markers.labels[0]!.text).toBe('80% — 2024-12 (services)');
    expect(markers.reached).toEqual([]);
  });

  const star = (month: string) => [{ month: monthIndex(month), value: 80, text: `reached ${month}` }];
  it.each([
    ['projectedReached', '2025-03', star('2025-03')],
    // Reached after its deadline: the star still says when.
    ['projectedMissed', '2025-03', star('2025-03')],
    ['projectedMissed', null, []],
    // The latest figure meets it already: nothing is reached ahead.
    ['alreadyMet', '2024-06', []],
    // A past deadline: the month the answer reads from the reported figures.
    ['reportedMet', '2024-11', star('2024-11')],
    ['reportedMissed', '2025-02', star('2025-02')],
    ['unreported', null, []],
  ] as const)('a %s answer reached in %s gives stars %j', (status, month, expected) => {
    const [first] = seedIndicator().shownTargets;
    const reachedMonth = month === null ? null : monthIndex(month);
    const markers = targetMarkers(chartInputs({ answers: [answer(first!.id, { status, reachedMonth })] }));
    expect(markers.reached).toEqual(expected);
  });

  it('two targets of one value reached the same month share one star', () => {
    const targets = seedIndicator().shownTargets;
    const month = monthIndex('2024-11');
    const answers = [targets[0]!, targets[2]!].map((t) => answer(t.id, { reachedMonth: month }));
    expect(targetMarkers(chartInputs({ answers })).reached).toHaveLength(1);
  });

  it('targets of another measure (the services targets on the dossier line) get labels of their own', () => {
    // Dossiers: its own 50% by 12/2024 and 80% by 12/2025; the services targets are context there.
    const markers = targetMarkers(chartInputs({ indicator: seedIndicator('dossiersFullOnline') }));
    expect(markers.labels.map((l) => [l.text, l.context])).toEqual([
      ['50% — 2024-12', false],
      ['80% — 2025-12', false],
      ['80% — 2024-12', true],
      ['80% · 100% — 2025-12', true],
    ]);
    expect(markers.lines.filter((l) => l.context)).toHaveLength(3);
  });

  it('today sits at the reference month', () => {
    expect(targetMarkers(chartInputs()).today).toEqual({ month: monthIndex('2025-06'), text: 'today' });
  });
});
