import { projectInto, valueAt, type GrowthModel } from './growth-models';
import type { MonthIndex } from './month';
import { mixInto } from './national-mix';
import type {
  IndicatorInput,
  ProjectionRequest,
  ProjectionResult,
  SeriesLayout,
  TargetVerdict,
} from './projection-types';
import { reachableTarget, requiredRate, type RequiredRate } from './required-rate';

/** How far past the start the engine looks for the month a target is reached (20 years). */
export const REACH_SEARCH_MONTHS = 240;
const EPSILON = 1e-9;

/** A projected path: start month/value and the value at any later month for a given rate. */
interface Path {
  startMonth: MonthIndex;
  startValue: number;
  ceiling: number | null;
  valueAtMonth(month: MonthIndex, ratePerMonth?: number): number;
  rate: number;
}

function simplePath(model: GrowthModel, input: IndicatorInput): Path | null {
  if (!input.start) return null;
  const { month: startMonth, value: startValue } = input.start;
  return {
    startMonth,
    startValue,
    ceiling: input.ceiling,
    rate: input.ratePerMonth,
    valueAtMonth: (month, rate = input.ratePerMonth) =>
      valueAt(model, startValue, rate, month - startMonth, input.ceiling),
  };
}

/** The national line: both levels projected from their own starts, mixed by weight. */
function mixPath(model: GrowthModel, input: IndicatorInput, byId: Map<string, IndicatorInput>): Path | null {
  const mix = input.mix!;
  const ministries = simplePath(model, byId.get(mix.ministries)!);
  const localities = simplePath(model, byId.get(mix.localities)!);
  if (!ministries || !localities) return null;
  const startMonth = Math.max(ministries.startMonth, localities.startMonth);
  // A rate passed explicitly is applied to both levels (the "common rate" the required-rate solve uses).
  const valueAtMonth = (month: MonthIndex, rate?: number) =>
    mix.weight * ministries.valueAtMonth(month, rate) +
    (1 - mix.weight) * localities.valueAtMonth(month, rate);
  return {
    startMonth,
    startValue: valueAtMonth(startMonth),
    ceiling: input.ceiling,
    rate: NaN,
    valueAtMonth,
  };
}

/** Common rate for both levels that brings the mix to `goal` at `deadline`, by bisection (monotone in rate). */
function requiredMixRate(path: Path, goal: number, deadline: MonthIndex): RequiredRate {
  if (path.ceiling !== null && goal > path.ceiling) return { kind: 'impossible', reason: 'aboveCeiling' };
  if (path.startValue >= goal) return { kind: 'alreadyMet' };
  if (deadline <= path.startMonth) return { kind: 'impossible', reason: 'deadlineNotAfterStart' };
  let low = 0;
  let high = 1;
  while (path.valueAtMonth(deadline, high) < goal) {
    high *= 2;
    if (high > 1e9) return { kind: 'impossible', reason: 'aboveCeiling' };
  }
  for (let i = 0; i < 200 && high - low > 1e-13; i++) {
    const mid = (low + high) / 2;
    if (path.valueAtMonth(deadline, mid) < goal) low = mid;
    else high = mid;
  }
  return { kind: 'rate', ratePerMonth: high };
}

function firstReachedMonth(path: Path, goal: number): MonthIndex | null {
  for (let month = path.startMonth; month <= path.startMonth + REACH_SEARCH_MONTHS; month++) {
    if (path.valueAtMonth(month) >= goal - EPSILON) return month;
  }
  return null;
}

function verdictsFor(model: GrowthModel, input: IndicatorInput, path: Path | null): TargetVerdict[] {
  return input.targets.map((target) => {
    const base = {
      indicatorId: input.id,
      targetId: target.id,
      targetValue: target.value,
      deadline: target.deadline,
      fromMonth: path?.startMonth ?? null,
    };
    if (!path) {
      return {
        ...base,
        status: 'noBaseline' as const,
        reachedMonth: null,
        valueAtDeadline: null,
        gapAtDeadline: null,
        required: { kind: 'noBaseline' as const },
        judgedBy: 'projection' as const,
        observedMonth: null,
      };
    }
    const goal = reachableTarget(model, path.startValue, target.value, path.ceiling);
    const required = input.mix
      ? requiredMixRate(path, goal, target.deadline)
      : requiredRate(model, path.startValue, target.value, target.deadline - path.startMonth, path.ceiling);
    const reachedMonth = firstReachedMonth(path, goal);
    // A deadline before the projection starts is judged by the latest figure reported by then.
    const observed =
      target.deadline < path.startMonth
        ? (input.history ?? []).filter((p) => p.month <= target.deadline).at(-1)
        : undefined;
    if (observed) {
      const firstMet = (input.history ?? []).find((p) => p.value >= target.value - EPSILON);
      return {
        ...base,
        status: observed.value >= target.value - EPSILON ? 'reached' : 'missed',
        reachedMonth: firstMet?.month ?? reachedMonth,
        valueAtDeadline: observed.value,
        gapAtDeadline: target.value - observed.value,
        required,
        judgedBy: 'observation',
        observedMonth: observed.month,
      };
    }
    const valueAtDeadline = path.valueAtMonth(Math.max(target.deadline, path.startMonth));
    const alreadyMet = path.startValue >= goal - EPSILON;
    const reached = reachedMonth !== null && reachedMonth <= target.deadline;
    return {
      ...base,
      status: alreadyMet ? 'alreadyMet' : reached ? 'reached' : 'missed',
      reachedMonth,
      valueAtDeadline,
      gapAtDeadline: target.value - valueAtDeadline,
      required,
      judgedBy: 'projection',
      observedMonth: null,
    };
  });
}

/**
 * Projects every indicator from its start to the horizon and judges every target.
 * All series are packed into one Float64Array so the worker can transfer a single buffer.
 */
export function projectScenario(request: ProjectionRequest): ProjectionResult {
  const byId = new Map(request.indicators.map((indicator) => [indicator.id, indicator]));
  const paths = request.indicators.map((input) =>
    input.mix ? mixPath(request.model, input, byId) : simplePath(request.model, input),
  );
  const layout: SeriesLayout[] = [];
  let offset = 0;
  request.indicators.forEach((input, i) => {
    const path = paths[i];
    const length = path ? Math.max(0, request.horizon - path.startMonth + 1) : 0;
    layout.push({ id: input.id, startMonth: path?.startMonth ?? request.horizon, offset, length });
    offset += length;
  });
  const series = new Float64Array(offset);
  request.indicators.forEach((input, i) => {
    const path = paths[i];
    const slot = layout[i]!;
    if (!path || slot.length === 0) return;
    const out = series.subarray(slot.offset, slot.offset + slot.length);
    if (input.mix) {
      const ministries = byId.get(input.mix.ministries)!;
      const localities = byId.get(input.mix.localities)!;
      const levelSeries = (level: IndicatorInput) => {
        const levelOut = new Float64Array(slot.length);
        for (let k = 0; k < slot.length; k++) {
          levelOut[k] = valueAt(
            request.model,
            level.start!.value,
            level.ratePerMonth,
            path.startMonth + k - level.start!.month,
            level.ceiling,
          );
        }
        return levelOut;
      };
      mixInto(out, levelSeries(ministries), levelSeries(localities), input.mix.weight);
    } else {
      projectInto(out, request.model, path.startValue, input.ratePerMonth, input.ceiling);
    }
  });
  const verdicts = request.indicators.flatMap((input, i) =>
    verdictsFor(request.model, input, paths[i] ?? null),
  );
  return { series, layout, verdicts };
}

/** The slice of the packed buffer that belongs to one indicator. */
export function seriesOf(
  result: ProjectionResult,
  id: string,
): { startMonth: MonthIndex; values: Float64Array } | null {
  const slot = result.layout.find((entry) => entry.id === id);
  if (!slot) return null;
  return {
    startMonth: slot.startMonth,
    values: result.series.subarray(slot.offset, slot.offset + slot.length),
  };
}
