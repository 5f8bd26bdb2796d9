import type { Dataset, LoadedIndicator } from './load-dataset';
import type { TargetAnswer } from './target-answer';

/**
 * The mission's two examples, shown first: 100% of services fully online by 2025 and 50% of adults using
 * online public services by 2025 (the programme's headline targets; ids of seeds/indicators.json).
 */
export const LEAD_TARGETS: readonly string[] = ['services100by2025', 'adults50by2025'];

export type OverviewSort = 'gap' | 'deadline';

export interface OverviewRow {
  indicator: LoadedIndicator;
  answer: TargetAnswer;
  lead: boolean;
}

export interface OverviewGroup {
  id: string;
  name: LoadedIndicator['name'];
  rows: OverviewRow[];
}

// One row object per answer object: an indicator whose answers did not change (a slider step moves one) keeps
// its rows, so a keyed table leaves them untouched. Answers are replaced whole, never mutated.
const rowsByAnswer = new WeakMap<TargetAnswer, OverviewRow>();

/** The row of an answer: the very same object as last time for the same answer and indicator. */
function rowOf(indicator: LoadedIndicator, answer: TargetAnswer): OverviewRow {
  const known = rowsByAnswer.get(answer);
  if (known?.indicator === indicator) return known;
  const row = { indicator, answer, lead: LEAD_TARGETS.includes(answer.targetId) };
  rowsByAnswer.set(answer, row);
  return row;
}

/** Shortfall relative to the target (shares and counts compare fairly); unknown gaps sort last. */
function relativeGap(answer: TargetAnswer): number {
  if (answer.gapAtDeadline === null) return -Infinity;
  return answer.gapAtDeadline / (answer.targetValue || 1);
}

/** The previous group when it holds the very same rows in the same order (and the same name), else `next`. */
function keptGroup(next: OverviewGroup, previous: OverviewGroup | undefined): OverviewGroup {
  const same =
    previous !== undefined &&
    previous.name === next.name &&
    previous.rows.length === next.rows.length &&
    previous.rows.every((row, i) => row === next.rows[i]);
  return same ? previous : next;
}

/**
 * Every scored target's answer as a row, grouped by theme in the data's order; in each group the mission's
 * examples first, then by the largest gap or the nearest deadline. Groups holding a lead target come first.
 * The same answer gives the same row object each time, and with `previous` (the last call's result) a group
 * whose rows are all unchanged is the previous group object, and the list is the previous list when no group
 * changed: a slider step moves one indicator, so a keyed table then revisits one group, not all of them.
 * @example overviewRows(dataset, answers, 'deadline')[0].rows[0].answer.targetId === 'services100by2025'
 */
export function overviewRows(
  dataset: Pick<Dataset, 'groups' | 'indicators'>,
  answers: readonly TargetAnswer[],
  sort: OverviewSort,
  previous: readonly OverviewGroup[] = [],
): OverviewGroup[] {
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  const compare = (a: OverviewRow, b: OverviewRow) => {
    if (a.lead !== b.lead) return a.lead ? -1 : 1;
    if (sort === 'gap') {
      const gap = relativeGap(b.answer) - relativeGap(a.answer);
      if (gap !== 0 && !Number.isNaN(gap)) return gap;
    }
    return a.answer.deadline - b.answer.deadline || a.answer.targetValue - b.answer.targetValue;
  };
  const rowsByGroup = new Map<string, OverviewRow[]>(dataset.groups.map((g) => [g.id, []]));
  for (const answer of answers) {
    const indicator = byId.get(answer.indicatorId);
    if (indicator) rowsByGroup.get(indicator.group)?.push(rowOf(indicator, answer));
  }
  const previousById = new Map(previous.map((g) => [g.id, g]));
  const groups = dataset.groups.map((group) =>
    keptGroup(
      { id: group.id, name: group.name, rows: rowsByGroup.get(group.id)!.sort(compare) },
      previousById.get(group.id),
    ),
  );
  const withLead = (g: OverviewGroup) => g.rows.some((r) => r.lead);
  const next = groups.filter((g) => g.rows.length).sort((a, b) => Number(withLead(b)) - Number(withLead(a)));
  const unchanged = next.length === previous.length && next.every((g, i) => g === previous[i]);
  return unchanged ? (previous as OverviewGroup[]) : next;
}
