import { describe, expect, it } from 'vitest';
import { monthIndex } from './month';
import { projectScenario, seriesOf } from './project-scenario';
import type { IndicatorInput, ProjectionRequest } from './projection-types';

const m = monthIndex;
const dossierTargets = [
  { id: 'services80by2024', value: 80, deadline: m('2024-12') },
  { id: 'services100by2025', value: 100, deadline: m('2025-12') },
  { id: 'services80by2025', value: 80, deadline: m('2025-12') },
];

function dossiers(rate: number): IndicatorInput {
  return {
    id: 'national',
    ceiling: 100,
    start: { month: m('2024-06'), value: 42 },
    ratePerMonth: rate,
    targets: dossierTargets,
  };
}

function run(indicators: IndicatorInput[], model: ProjectionRequest['model'] = 'linear') {
  return projectScenario({ model, horizon: m('2026-12'), indicators });
}

describe('projectScenario: national dossier share from 42% (2024-06)', () => {
  it('at 2 pp/month: misses 80% by end-2024 and by end-2025, would reach it in 2026-01', () => {
    const result = run([dossiers(2)]);
    const v80by2025 = result.verdicts.find((v) => v.targetId === 'services80by2025')!;
    // 42 + 2·18 = 78 at 2025-12 → 2 points short; 42 + 2·19 = 80 at 2026-01.
    expect(v80by2025.status).toBe('missed');
    expect(v80by2025.valueAtDeadline).toBeCloseTo(78, 9);
    expect(v80by2025.gapAtDeadline).toBeCloseTo(2, 9);
    expect(v80by2025.reachedMonth).toBe(m('2026-01'));
    expect(v80by2025.required).toEqual({ kind: 'rate', ratePerMonth: expect.closeTo(38 / 18, 9) });
  });

  it('at exactly the required 58/18 pp/month reaches 100% in 2025-12', () => {
    const verdict = run([dossiers(58 / 18)]).verdicts.find((v) => v.targetId === 'services100by2025')!;
    expect(verdict.status).toBe('reached');
    expect(verdict.reachedMonth).toBe(m('2025-12'));
  });

  it('packs one series per indicator from its start month to the horizon', () => {
    const result = run([dossiers(2)]);
    const series = seriesOf(result, 'national')!;
    expect(series.startMonth).toBe(m('2024-06'));
    expect(series.values.length).toBe(m('2026-12') - m('2024-06') + 1); // 31 months
    expect(series.values[6]).toBeCloseTo(54, 9); // 2024-12: 42 + 12
  });

  it('says "no baseline" for an indicator without observations, and packs no series', () => {
    const result = run([
      {
        id: 'adults',
        ceiling: 100,
        start: null,
        ratePerMonth: 1,
        targets: [{ id: 'a', value: 40, deadline: m('2024-12') }],
      },
    ]);
    expect(result.verdicts[0]!.status).toBe('noBaseline');
    expect(result.verdicts[0]!.required).toEqual({ kind: 'noBaseline' });
    expect(seriesOf(result, 'adults')!.values.length).toBe(0);
  });

  it('says "already met" when the baseline is past the target (payment accounts 87.08% vs 80%)', () => {
    const result = run([
      {
        id: 'pay',
        ceiling: 100,
        start: { month: m('2024-07'), value: 87.08 },
        ratePerMonth: 0,
        targets: [{ id: 'p', value: 80, deadline: m('2025-12') }],
      },
    ]);
    expect(result.verdicts[0]!.status).toBe('alreadyMet');
  });
});

describe('projectScenario: deadlines that predate the projection', () => {
  it('judges 80% by 2024-12 against the figure reported then (45.8%), not against the projection', () => {
    const input: IndicatorInput = {
      ...dossiers(0),
      start: { month: m('2025-10'), value: 39.98 },
      history: [
        { month: m('2024-06'), value: 42 },
        { month: m('2024-12'), value: 45.8 },
        { month: m('2025-06'), value: 39.51 },
        { month: m('2025-10'), value: 39.98 },
      ],
    };
    const verdict = run([input]).verdicts.find((v) => v.targetId === 'services80by2024')!;
    expect(verdict).toMatchObject({ status: 'missed', judgedBy: 'observation', observedMonth: m('2024-12') });
    expect(verdict.gapAtDeadline).toBeCloseTo(34.2, 9); // 80 − 45.8
    // 100% by 2025-12 is still ahead of 2025-10: judged by the projection.
    expect(run([input]).verdicts.find((v) => v.targetId === 'services100by2025')!.judgedBy).toBe(
      'projection',
    );
  });
});

describe('projectScenario: national line as the mix of ministries (61%) and localities (17%)', () => {
  const weight = 25 / 44; // 42 = 61w + 17(1 − w)
  const levels = (ministries: number, localities: number): IndicatorInput[] => [
    {
      id: 'min',
      ceiling: 100,
      start: { month: m('2024-06'), value: 61 },
      ratePerMonth: ministries,
      targets: [],
    },
    {
      id: 'loc',
      ceiling: 100,
      start: { month: m('2024-06'), value: 17 },
      ratePerMonth: localities,
      targets: [],
    },
    { ...dossiers(0), mix: { ministries: 'min', localities: 'loc', weight } },
  ];

  it('starts at 42% and moves when either level moves', () => {
    const still = seriesOf(run(levels(0, 0)), 'national')!.values;
    expect(still[0]).toBeCloseTo(42, 9);
    // Localities +1 pp/month for 6 months: 42 + (19/44)·6 = 44.5909
    expect(seriesOf(run(levels(0, 1)), 'national')!.values[6]).toBeCloseTo(42 + (19 / 44) * 6, 9);
    // Ministries +1 pp/month for 6 months: 42 + (25/44)·6 = 45.4091
    expect(seriesOf(run(levels(1, 0)), 'national')!.values[6]).toBeCloseTo(42 + (25 / 44) * 6, 9);
  });

  it('needs a common rate of 83/18 = 4.611 pp/month for 100% by 2025-12 (localities must climb 83 points)', () => {
    const verdict = run(levels(0, 0)).verdicts.find((v) => v.targetId === 'services100by2025')!;
    expect(verdict.required).toEqual({ kind: 'rate', ratePerMonth: expect.closeTo(83 / 18, 9) });
  });

  it('at a common 58/18 pp/month (enough for a single line) ends 2025 at 89.2%, because ministries cap at 100%', () => {
    // w·100 + (1 − w)·(17 + 58) = 56.818 + 32.386 = 89.204
    const verdict = run(levels(58 / 18, 58 / 18)).verdicts.find((v) => v.targetId === 'services100by2025')!;
    expect(verdict.valueAtDeadline).toBeCloseTo(weight * 100 + (1 - weight) * 75, 9);
    expect(verdict.status).toBe('missed');
  });
});
