import { describe, expect, it } from 'vitest';
import { sameSummary, summarizeAnswers } from './answer-summary';
import { monthIndex } from './month';
import { projectScenario } from './project-scenario';
import type { IndicatorInput } from './projection-types';
import { answerFor, answersFor, statusAt, type AnswerContext, type ReportedFigure } from './target-answer';

const m = monthIndex;

/** The services line of the 2024 data: one figure, 55% in 07/2024, and 100% due 12/2025. */
function services(
  rate: number,
  figures: ReportedFigure[] = [{ month: m('2024-07'), value: 55, source: '001' }],
) {
  const input: IndicatorInput = {
    id: 'servicesFullOnline',
    ceiling: 100,
    start: figures.at(-1)!,
    history: figures,
    ratePerMonth: rate,
    targets: [
      { id: 'services80by2024', value: 80, deadline: m('2024-12') },
      { id: 'services100by2025', value: 100, deadline: m('2025-12') },
    ],
  };
  return projectScenario({ model: 'linear', horizon: m('2026-12'), indicators: [input] }).verdicts;
}

const context = (over: Partial<AnswerContext> = {}): AnswerContext => ({
  figures: [{ month: m('2024-07'), value: 55, source: '001' }],
  trendPerMonth: null,
  rateIsDefault: true,
  asOfMonth: m('2024-07'),
  horizon: m('2026-12'),
  ...over,
});

describe('answersFor: one answer per target, computed once', () => {
  it('no pace in the data, trend scenario: "pace unknown", never "missed", and the rate needed', () => {
    const [by2024, by2025] = answersFor(services(0), context());
    // 100 − 55 = 45 points in 17 months (07/2024 → 12/2025) = 2.647… → shown rounded up: 2.65.
    expect(by2025).toMatchObject({
      status: 'paceUnknown',
      rateNeeded: { ratePerMonth: 2.65, fromMonth: m('2024-07') },
      progress: { ratio: null, category: 'noPace' },
      probability: null,
      deadlinePassed: false,
    });
    // 80 − 55 = 25 points in 5 months = 5.00 exactly.
    expect(by2024!.rateNeeded!.ratePerMonth).toBe(5);
  });

  it('a rate the user chose is a scenario: its projection may say "projected to fall short"', () => {
    const answer = answersFor(services(1), context({ rateIsDefault: false }))[1]!;
    // 55 + 1·17 = 72 at 12/2025: 28 points short; 100% reached 45 months after 07/2024 = 04/2028.
    expect(answer.status).toBe('projectedMissed');
    expect(answer.gapAtDeadline).toBeCloseTo(28, 9);
    expect(answer.reachedMonth).toBe(m('2028-04'));
  });

  it('with a trend, progress compares it with the rate needed (0.5 / 2.647 = 19%: needs faster progress)', () => {
    const answer = answersFor(services(0.5), context({ trendPerMonth: 0.5 }))[1]!;
    expect(answer.status).toBe('projectedMissed');
    expect(answer.progress!.category).toBe('needsFaster');
    expect(answer.progress!.ratio).toBeCloseTo(0.5 / (45 / 17), 9);
  });

  it('a deadline past as of the answers’ month is answered by what was reported, with no rate offered', () => {
    const figures = [
      { month: m('2024-07'), value: 55, source: '001' },
      { month: m('2024-11'), value: 70, source: 'web1' },
      { month: m('2025-06'), value: 85, source: 'web2' },
    ];
    const [by2024] = answersFor(services(0, figures), context({ figures, asOfMonth: m('2025-06') }));
    // Reported by 12/2024: 70% in 11/2024, 10 points short; 85% in 06/2025 met it after the deadline.
    expect(by2024).toMatchObject({
      status: 'reportedMissed',
      deadlinePassed: true,
      rateNeeded: null,
      reported: { month: m('2024-11'), value: 70, source: 'web1' },
      reachedLater: { month: m('2025-06'), value: 85 },
    });
    expect(by2024!.gapAtDeadline).toBeCloseTo(10, 9);
  });

  it('a figure reported after the deadline never meets it (a province’s 60% of 06/2025 against 50% by 12/2024)', () => {
    const figures = [{ month: m('2025-06'), value: 60, source: 'import' }];
    const input: IndicatorInput = {
      id: 'dossiers',
      ceiling: 100,
      start: figures[0]!,
      history: figures,
      ratePerMonth: 0,
      targets: [{ id: 'dossiers50by2024', value: 50, deadline: m('2024-12') }],
    };
    const verdicts = projectScenario({
      model: 'linear',
      horizon: m('2026-12'),
      indicators: [input],
    }).verdicts;
    // The 2024 data answers from 07/2024, but the projection starts from 06/2025: the deadline is behind it.
    const answer = answerFor(verdicts[0]!, context({ figures, asOfMonth: m('2024-07') }));
    expect(answer.status).toBe('unreported');
    expect(answer.reachedLater).toMatchObject({ month: m('2025-06'), value: 60 });
    expect(answer.rateNeeded).toBeNull();
  });

  it('a figure on or before the deadline that meets the target: met', () => {
    const figures = [{ month: m('2024-12'), value: 81, source: 'web' }];
    const [by2024] = answersFor(services(0, figures), context({ figures, asOfMonth: m('2025-02') }));
    expect(by2024).toMatchObject({ status: 'reportedMet', reachedMonth: m('2024-12') });
  });

  it('a deadline after the horizon says so', () => {
    const [, by2025] = answersFor(services(0), context({ horizon: m('2025-06') }));
    expect(by2025!.afterHorizon).toBe(true);
  });
});

describe('summarizeAnswers: the one count every view words', () => {
  it('counts "pace unknown" apart from the judged targets', () => {
    const answers = [
      ...answersFor(services(0), context()),
      ...answersFor(services(3), context({ rateIsDefault: false })),
    ];
    // At 3 pp/month: 55 + 15 = 70 < 80 by 12/2024 (missed, 10 short = 12.5%), 55 + 51 ≥ 100 by 12/2025.
    const summary = summarizeAnswers(answers);
    expect(summary).toMatchObject({ judged: 2, reached: 1, paceUnknown: 2 });
    expect(summary.furthest?.targetId).toBe('services80by2024');
  });

  it('says when two summaries are the same: equal counts, the same furthest miss', () => {
    const answers = answersFor(services(3), context({ rateIsDefault: false }));
    expect(sameSummary(summarizeAnswers(answers), summarizeAnswers(answers))).toBe(true);
    const other = answersFor(services(4), context({ rateIsDefault: false }));
    expect(sameSummary(summarizeAnswers(answers), summarizeAnswers(other))).toBe(false);
  });
});

describe('statusAt: an answer as it stands at a playback month', () => {
  const answer = {
    status: 'projectedReached' as const,
    reachedMonth: m('2025-03'),
    deadline: m('2025-12'),
    deadlinePassed: false,
  };
  it.each([
    [null, 'projectedReached'],
    [m('2025-01'), 'pending'],
    [m('2025-03'), 'projectedReached'],
  ] as const)('at %s: %s', (playhead, status) => expect(statusAt(answer, playhead)).toBe(status));

  it('a miss shows once the deadline is behind the playhead; a reported answer stands as it is', () => {
    const missed = { ...answer, status: 'projectedMissed' as const, reachedMonth: null };
    expect(statusAt(missed, m('2025-11'))).toBe('pending');
    expect(statusAt(missed, m('2025-12'))).toBe('projectedMissed');
    expect(statusAt({ ...missed, status: 'reportedMissed', deadlinePassed: true }, m('2024-01'))).toBe(
      'reportedMissed',
    );
  });
});
