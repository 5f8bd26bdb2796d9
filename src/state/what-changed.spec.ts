import { describe, expect, it } from 'vitest';
import type { Unit } from '../model/dataset-schema';
import { monthIndex } from '../model/month';
import { displayFacts } from '../model/display-facts';
import { projectScenario } from '../model/project-scenario';
import { answersFor } from '../model/target-answer';
import { formatMonth, formatNumber, type Lang } from '../i18n/format';
import { en } from '../i18n/strings-en';
import { vi, type StringKey } from '../i18n/strings-vi';
import { seed, seedDefaults, snapshotWith } from './spec-fixtures';
import { buildRequest, rateOf, type ScenarioSnapshot } from './build-request';
import { describeChanges, whatChanged, type ChangeText, type Comparable } from './what-changed';

const dataset = seed;
const defaults = seedDefaults;
const snapshot = snapshotWith;
/** The scenario's rates and answers, as the Simulator builds them (answers speak from 7/2024). */
const comparable = (s: ScenarioSnapshot): Comparable => {
  const verdicts = projectScenario(buildRequest(dataset, s, defaults)).verdicts;
  const answers = dataset.indicators.flatMap((indicator) => {
    const facts = displayFacts(indicator, s.userObservations[indicator.id], 'sinceBreak');
    return answersFor(
      verdicts.filter((v) => v.indicatorId === indicator.id),
      {
        figures: facts.figures,
        trendPerMonth: facts.trendRate,
        rateIsDefault: !(indicator.id in s.rateOverrides),
        asOfMonth: dataset.asOf,
        horizon: s.horizon,
      },
    );
  });
  return {
    rates: Object.fromEntries(dataset.indicators.map((i) => [i.id, rateOf(i.id, s.rateOverrides, defaults)])),
    answers,
  };
};

/** A stand-in for the Svelte locale (not importable in Node), built on the same format helpers. */
function fakeLocale(lang: Lang): ChangeText {
  const table = lang === 'vi' ? vi : en;
  const t = (key: StringKey, params: Record<string, string | number> = {}) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
  const unitKey = (unit: Unit) => (unit === 'percent' ? 'rateUnitPercent' : 'rateUnitMillionAccounts');
  return {
    lang,
    t,
    text: (value) => value[lang],
    rate: (unit, value) => `${formatNumber(value, lang, 2)} ${t(unitKey(unit))}`,
    value: (_unit, value) => `${formatNumber(value, lang, 1)}%`,
    month: (month) => formatMonth(month, lang),
  };
}

describe('whatChanged', () => {
  const before = comparable(snapshot());
  // 42% in 2024-06 at 3.23 pp/month: 80% after ⌈38/3.23⌉ = 12 months (2025-06), 100% after ⌈58/3.23⌉ = 18 (2025-12).
  const after = comparable(snapshot({ rateOverrides: { dossiersFullOnline: 3.23 } }));
  const changes = whatChanged(before, after);

  it('finds nothing between a scenario and itself', () => {
    expect(whatChanged(before, comparable(snapshot()))).toEqual([]);
    expect(describeChanges([], dataset, fakeLocale('vi'))).toBe('');
  });

  it('lists the moved rate first, then the three (fixture) dossier targets of the dossier line', () => {
    expect(changes.map((c) => (c.kind === 'rate' ? [c.kind, c.from, c.to] : [c.kind, c.targetId]))).toEqual([
      ['rate', 0, 3.23],
      ['verdict', 'dossiers80by2024'],
      ['verdict', 'dossiers100by2025'],
      ['verdict', 'dossiers80by2025'],
    ]);
  });

  it('flips 100% by 2025-12 from "pace unknown" (one figure, the trend) to reached in 2025-12', () => {
    const change = changes.find((c) => c.kind === 'verdict' && c.targetId === 'dossiers100by2025');
    expect(change).toMatchObject({
      indicatorId: 'dossiersFullOnline',
      from: { status: 'paceUnknown', reachedMonth: null },
      to: { status: 'projectedReached', reachedMonth: monthIndex('2025-12') },
    });
  });

  it('a chosen rate that falls short still says when it would reach (80% by 2024-12, reached 2025-06)', () => {
    const change = changes.find((c) => c.kind === 'verdict' && c.targetId === 'dossiers80by2024');
    expect(change).toMatchObject({
      from: { status: 'paceUnknown', reachedMonth: null },
      to: { status: 'projectedMissed', reachedMonth: monthIndex('2025-06') },
    });
  });

  it('ignores floating-point noise in a rate', () => {
    const noisy = {
      ...before,
      rates: { ...before.rates, fibreHouseholds: before.rates.fibreHouseholds! + 1e-12 },
    };
    expect(whatChanged(before, noisy)).toEqual([]);
  });

  it.each([
    [
      'vi',
      [
        'Tốc độ tăng tỷ lệ hồ sơ trực tuyến toàn trình (cả nước): 0 điểm %/tháng → 3,23 điểm %/tháng',
        'Mục tiêu 80% đến 12/2024 — tỷ lệ hồ sơ trực tuyến toàn trình (cả nước): chưa rõ xu hướng → dự kiến chưa đạt (dự kiến đạt muộn, tháng 6/2025)',
        'Mục tiêu 100% đến 12/2025 — tỷ lệ hồ sơ trực tuyến toàn trình (cả nước): chưa rõ xu hướng → dự kiến đạt (tháng 12/2025)',
        'Mục tiêu 80% đến 12/2025 — tỷ lệ hồ sơ trực tuyến toàn trình (cả nước): chưa rõ xu hướng → dự kiến đạt (tháng 6/2025)',
      ],
    ],
    [
      'en',
      [
        'Growth rate of dossiers handled fully online (national): 0 pp/month → 3.23 pp/month',
        'Target 80% by Dec 2024 — dossiers handled fully online (national): pace unknown → projected to fall short (projected to reach it later, Jun 2025)',
        'Target 100% by Dec 2025 — dossiers handled fully online (national): pace unknown → projected to reach (Dec 2025)',
        'Target 80% by Dec 2025 — dossiers handled fully online (national): pace unknown → projected to reach (Jun 2025)',
      ],
    ],
  ] as const)('describes the changes in %s', (lang, lines) => {
    expect(describeChanges(changes, dataset, fakeLocale(lang))).toBe(lines.join('\n'));
  });

  it('keeps an acronym at the start of a name as written', () => {
    const ipv6 = [{ kind: 'rate', indicatorId: 'ipv6Adoption', from: 0.5, to: 1 } as const];
    expect(describeChanges(ipv6, dataset, fakeLocale('en'))).toBe(
      'Growth rate of IPv6 adoption rate: 0.5 pp/month → 1 pp/month',
    );
  });
});
