import type { Localized, Unit } from '../model/dataset-schema';
import type { Dataset } from '../model/load-dataset';
import type { MonthIndex } from '../model/month';
import type { TargetAnswer } from '../model/target-answer';
import { ANSWER_BADGE } from '../i18n/answer-text';
import type { Lang } from '../i18n/format';
import type { StringKey } from '../i18n/strings-vi';

/** The parts of a scenario whose change a person notices: the rates and the verdicts. */
export interface Comparable {
  /** Effective rate (user's or default) per indicator id, in the indicator's unit per month. */
  rates: Record<string, number>;
  /** Each target's answer (model/target-answer.ts). */
  answers: TargetAnswer[];
}

export type Change =
  | { kind: 'rate'; indicatorId: string; from: number; to: number }
  | { kind: 'verdict'; indicatorId: string; targetId: string; from: TargetAnswer; to: TargetAnswer };

/** Slider steps are far coarser; this only hides floating-point noise. */
const RATE_EPSILON = 1e-9;

/**
 * What differs between two scenarios: every rate that moved, then every verdict whose status or reached
 * month changed, in the order of `after`.
 * @example whatChanged(a, a) → []
 */
export function whatChanged(before: Comparable, after: Comparable): Change[] {
  const changes: Change[] = [];
  for (const [indicatorId, to] of Object.entries(after.rates)) {
    const from = before.rates[indicatorId];
    if (from !== undefined && Math.abs(to - from) > RATE_EPSILON) {
      changes.push({ kind: 'rate', indicatorId, from, to });
    }
  }
  const key = (v: TargetAnswer) => `${v.indicatorId}/${v.targetId}`;
  const earlier = new Map(before.answers.map((v) => [key(v), v]));
  for (const to of after.answers) {
    const from = earlier.get(key(to));
    if (from && (from.status !== to.status || from.reachedMonth !== to.reachedMonth)) {
      changes.push({ kind: 'verdict', indicatorId: to.indicatorId, targetId: to.targetId, from, to });
    }
  }
  return changes;
}

/**
 * Sentence templates for `describeChanges`. They live here because the string tables were not this
 * module's to edit; the integrator may move them into src/i18n (keys `changeRate`, `changeVerdict`, …).
 */
const TEMPLATES = {
  vi: {
    rate: 'Tốc độ tăng {name}: {from} → {to}',
    verdict: 'Mục tiêu {target} — {name}: {from} → {to}',
    statusInMonth: '{status} (tháng {month})',
    statusLate: '{status} (dự kiến đạt muộn, tháng {month})',
  },
  en: {
    rate: 'Growth rate of {name}: {from} → {to}',
    verdict: 'Target {target} — {name}: {from} → {to}',
    statusInMonth: '{status} ({month})',
    statusLate: '{status} (projected to reach it later, {month})',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The text helpers `describeChanges` needs; the app's `locale` object fits as is. */
export interface ChangeText {
  lang: Lang;
  t(key: StringKey, params?: Record<string, string | number>): string;
  text(value: Localized): string;
  rate(unit: Unit, value: number): string;
  value(unit: Unit, value: number): string;
  month(month: MonthIndex): string;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Lower-cases the first letter so a name reads mid-sentence, but leaves acronyms ("IPv6") alone. */
function midSentence(text: string): string {
  const [first = '', second = ''] = text;
  return second && second !== second.toLowerCase() ? text : first.toLowerCase() + text.slice(first.length);
}

function statusText(answer: TargetAnswer, l: ChangeText): string {
  const status = midSentence(l.t(ANSWER_BADGE[answer.status].key));
  const templates = TEMPLATES[l.lang];
  if (answer.reachedMonth === null) return status;
  const month = l.month(answer.reachedMonth);
  if (answer.status === 'projectedReached') return fill(templates.statusInMonth, { status, month });
  if (answer.status === 'projectedMissed') return fill(templates.statusLate, { status, month });
  return status;
}

/**
 * The changes as plain text, one line each, numbers and months formatted by the caller's `l`.
 * @example (vi) 'Mục tiêu 100% đến 12/2025 — tỷ lệ hồ sơ …: dự kiến chưa đạt → dự kiến đạt (tháng 12/2025)'
 */
export function describeChanges(changes: readonly Change[], dataset: Dataset, l: ChangeText): string {
  const templates = TEMPLATES[l.lang];
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  const lines = changes.flatMap((change) => {
    const indicator = byId.get(change.indicatorId);
    if (!indicator) return [];
    const name = midSentence(l.text(indicator.name));
    if (change.kind === 'rate') {
      const [from, to] = [change.from, change.to].map((rate) => l.rate(indicator.unit, rate));
      return [fill(templates.rate, { name, from: from!, to: to! })];
    }
    const target = l.t('targetLine', {
      value: l.value(indicator.unit, change.to.targetValue),
      deadline: l.month(change.to.deadline),
    });
    return [
      fill(templates.verdict, {
        target,
        name,
        from: statusText(change.from, l),
        to: statusText(change.to, l),
      }),
    ];
  });
  return lines.join('\n');
}
