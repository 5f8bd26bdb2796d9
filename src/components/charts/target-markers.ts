import type { MonthIndex } from '../../model/month';
import type { ChartInputs } from './chart-inputs';
import { targetLabelText } from './target-label-text';

/** A target line from the chart's left edge to its deadline. */
export interface TargetLineMarker {
  value: number;
  deadline: MonthIndex;
  /** Another measure's target: faint and dashed finer, never scored here. */
  context: boolean;
}

/** One label for the targets that share a deadline (and a style), anchored at the highest of them. */
export interface TargetLabelMarker {
  text: string;
  deadline: MonthIndex;
  value: number;
  context: boolean;
}

/** Target lines, their labels, the months they are reached and today, as plain data for the plugin. */
export interface Markers {
  lines: TargetLineMarker[];
  labels: TargetLabelMarker[];
  reached: { month: MonthIndex; value: number; text: string }[];
  today: { month: MonthIndex; text: string };
}

/**
 * The markers of one chart. Targets due the same month share one label ("80% · 100% — 12/2025"), so
 * labels of coincident deadlines never sit on top of each other.
 * @example targetMarkers(inputs).labels → [{ text: '80% · 100% — 12/2025', deadline: 24311, value: 100, context: false }]
 */
export function targetMarkers(inputs: ChartInputs): Markers {
  const { labels } = inputs;
  const context = inputs.contextTargets ?? {};
  const lines = inputs.indicator.shownTargets.map((t) => ({
    id: t.id,
    value: t.value,
    deadline: t.deadline,
    context: t.context || t.id in context,
    measure: context[t.id],
  }));
  const groups = new Map<string, typeof lines>();
  for (const line of lines) {
    // Context targets never share a label with scored ones.
    const key = `${line.deadline}|${line.context}|${line.measure ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  const labelMarkers = [...groups.values()].map((group) => {
    const values = [...new Set(group.map((l) => l.value))].sort((a, b) => a - b);
    const first = group[0]!;
    return {
      text: targetLabelText(values.map(labels.value), labels.month(first.deadline), first.measure),
      deadline: first.deadline,
      value: values.at(-1)!,
      context: first.context,
    };
  });
  // The month each answer says its target is reached; two targets of one value reached the same month share
  // one star, and one the latest figure already meets gets none.
  const reached = new Map<string, Markers['reached'][number]>();
  for (const line of lines) {
    const answer = inputs.answers.find((a) => a.targetId === line.id);
    const month = answer?.reachedMonth;
    if (line.context || month == null || answer!.status === 'alreadyMet') continue;
    reached.set(`${month}|${line.value}`, { month, value: line.value, text: labels.reached(month) });
  }
  return {
    lines: lines.map(({ value, deadline, context: faint }) => ({ value, deadline, context: faint })),
    labels: labelMarkers,
    reached: [...reached.values()],
    today: { month: inputs.asOfMonth, text: labels.today },
  };
}
