import { linearBandAt } from './band-quantiles';
import { effectiveModel, valueAt, type GrowthModel } from './growth-models';
import type { MonthIndex } from './month';
import {
  BAND_QUANTILES,
  BLOCK,
  createWorkspace,
  flushBlock,
  mixLevels,
  writeBands,
} from './monte-carlo-quantiles';
import type { IndicatorInput, ProjectionRequest, SeriesLayout } from './projection-types';
import { createRandom, streamSeed, type Random } from './random';
import { reachableTarget } from './required-rate';

export { BAND_QUANTILES, bandOf } from './monte-carlo-quantiles';

export interface MonteCarloOptions {
  paths: number;
  seed: number;
  /** Month-to-month variation of the rate around the slider's rate, in the indicator's unit per month. */
  sigmaById: Record<string, number>;
  /** Uncertainty of the rate itself (one draw per path), in the indicator's unit per month. */
  rateSdById?: Record<string, number>;
  /** Reporting and definition noise of the level (one draw per path), in the indicator's unit. */
  levelSdById?: Record<string, number>;
  /** Indicators whose band and probabilities are wanted (default: all); the others only feed a mix. */
  ids?: readonly string[];
  /** Asked before every `chunkSize` paths of each indicator; true drops the run (result null). */
  shouldAbort?: () => boolean;
  chunkSize?: number;
}

export interface TargetProbability {
  indicatorId: string;
  targetId: string;
  /** Share of paths at/above the target at the deadline; 1 when the start already meets it. */
  probability: number;
  /** First month by which ≥ 50% (≥ 90%) of paths have touched the target; null if not by the horizon. */
  month50: MonthIndex | null;
  month90: MonthIndex | null;
}

export interface MonteCarloResult {
  /** Per indicator: 5 rows (BAND_QUANTILES) × `length` months from `offset`; row j, month k at offset + j·length + k. */
  bands: Float64Array;
  /** Same start month and length as projectScenario's layout; `offset` counts in `bands`. */
  layout: SeriesLayout[];
  /** One entry per target of every indicator that has a start, in request order. */
  probabilities: TargetProbability[];
}

/** Same tolerance as projectScenario, so that a band of zero width gives exactly its verdicts. */
const EPSILON = 1e-9;

/** One simulated level: a plain indicator, or one side of a mix. */
interface Level {
  model: GrowthModel;
  startMonth: MonthIndex;
  startValue: number;
  rate: number;
  sigma: number;
  rateSd: number;
  levelSd: number;
  ceiling: number | null;
  random: Random;
  row: Float64Array;
}

const clampTo = (value: number, cap: number) => (value <= 0 ? 0 : value > cap ? cap : value);

/**
 * One path of a level. The path draws its rate offset R ~ N(0, rateSd) and level offset L ~ N(0, levelSd)
 * once, then month by month r = rate + R + sigma·z, and
 * - linear: x += r, the value is clamp(x + L) (the path itself is not clamped, so its value at any month
 *   is the clamp of a normal: see linearBands);
 * - compound: v *= 1 + r / v0 (the growth factor whose first month moves v0 by r), value clamp(v + L);
 * - logistic: the inverse odds u = (C − v)/v are multiplied by q(r) = (C/(v0 + r) − 1)/u0, the factor of
 *   the logistic whose first month moves v0 by r (v0 + r ≥ C jumps to C, v0 + r ≤ 0 drops to 0, as valueAt);
 *   the noise thus acts on the log-odds, the scale on which a logistic is a straight line. Value clamp(v + L).
 * With no spread these are v0 + rt, v0(1 + r/v0)^t and C/(1 + u0·q^t): valueAt's closed forms.
 */
function simulateLevel(level: Level, length: number): void {
  const { startValue, sigma, random, row } = level;
  const cap = level.ceiling ?? Infinity;
  const rate = level.rate + (level.rateSd === 0 ? 0 : level.rateSd * random.nextNormal());
  const shift = level.levelSd === 0 ? 0 : level.levelSd * random.nextNormal();
  row[0] = clampTo(startValue + shift, cap);
  if (level.model === 'logistic') {
    const startOdds = (cap - startValue) / startValue;
    let odds = startOdds;
    for (let k = 1; k < length; k++) {
      const firstMonth = startValue + (sigma === 0 ? rate : rate + sigma * random.nextNormal());
      odds = firstMonth >= cap ? 0 : firstMonth <= 0 ? Infinity : (odds * (cap / firstMonth - 1)) / startOdds;
      row[k] = clampTo(cap / (1 + odds) + shift, cap);
    }
    return;
  }
  let value = startValue;
  if (level.model === 'compound') {
    for (let k = 1; k < length; k++) {
      const r = sigma === 0 ? rate : rate + sigma * random.nextNormal();
      value = clampTo(value * (1 + r / startValue), cap);
      row[k] = clampTo(value + shift, cap);
    }
    return;
  }
  value += shift;
  if (sigma === 0) {
    for (let k = 1; k < length; k++) row[k] = clampTo(value + rate * k, cap);
    return;
  }
  for (let k = 1; k < length; k++) {
    value += rate + sigma * random.nextNormal();
    row[k] = value <= 0 ? 0 : value > cap ? cap : value;
  }
}

/** The band of a plain linear level without simulation (see linearBandAt), row j of month k at j·length + k. */
function linearBands(out: Float64Array, level: Level, length: number): void {
  const spread = { levelSd: level.levelSd, rateSd: level.rateSd, monthSd: level.sigma };
  for (let k = 0; k < length; k++) {
    const rows = linearBandAt(level.startValue + level.rate * k, spread, k, level.ceiling);
    for (let j = 0; j < rows.length; j++) out[j * length + k] = rows[j]!;
  }
}

/** What one indicator simulates: one level, or the two levels of a mix with the ministries' weight. */
export interface Plan {
  input: IndicatorInput;
  levels: Level[];
  weight: number;
  shifts: number[];
  startMonth: MonthIndex;
  startValue: number;
  /** Months simulated from the start: to the horizon or the last deadline, whichever is later. */
  pathLength: number;
}

const spreadOf = (byId: Record<string, number> | undefined, side: string, mix: string) =>
  byId?.[side] ?? byId?.[mix] ?? 0;

function planOf(
  request: ProjectionRequest,
  input: IndicatorInput,
  byId: Map<string, IndicatorInput>,
  options: MonteCarloOptions,
  endMonth: MonthIndex,
): Plan | null {
  const sides = input.mix ? [byId.get(input.mix.ministries)!, byId.get(input.mix.localities)!] : [input];
  if (sides.some((side) => !side.start)) return null;
  const startMonth = Math.max(...sides.map((side) => side.start!.month));
  const weight = input.mix?.weight ?? 1;
  const levels = sides.map((side): Level => {
    const { month, value } = side.start!;
    return {
      model: effectiveModel(request.model, value, side.ceiling),
      startMonth: month,
      startValue: value,
      rate: side.ratePerMonth,
      // A level without its own spread takes the mix's.
      sigma: spreadOf(options.sigmaById, side.id, input.id),
      rateSd: spreadOf(options.rateSdById, side.id, input.id),
      levelSd: spreadOf(options.levelSdById, side.id, input.id),
      ceiling: side.ceiling,
      random: createRandom(streamSeed(options.seed, side.id)),
      // Every level runs to the same last month, so its stream is used alike inside and outside a mix.
      row: new Float64Array(Math.max(endMonth, startMonth) - month + 1),
    };
  });
  const startValues = levels.map((level) =>
    valueAt(request.model, level.startValue, level.rate, startMonth - level.startMonth, level.ceiling),
  );
  const startValue = input.mix ? weight * startValues[0]! + (1 - weight) * startValues[1]! : startValues[0]!;
  const shifts = levels.map((level) => startMonth - level.startMonth);
  const pathLength = Math.max(endMonth, startMonth) - startMonth + 1;
  return { input, levels, weight, shifts, startMonth, startValue, pathLength };
}

/** A plain linear level: its band has a closed form (linearBands). */
const isExact = (plan: Plan) => plan.levels.length === 1 && plan.levels[0]!.model === 'linear';

const noSpread = (level: Level) => level.sigma === 0 && level.rateSd === 0 && level.levelSd === 0;

/**
 * Monte Carlo bands and target probabilities under the band model (see simulateLevel): every path draws its
 * rate and level offsets once and its month-to-month variation every month; a mix draws its two levels
 * independently and weights them. Each level draws from its own seeded stream, path after path, so a
 * level's paths are the same inside a mix as on their own, moving one indicator's spread leaves the other
 * bands untouched, and `chunkSize` never changes the numbers. The band of a plain linear level is exact
 * (linearBands); the others are quantiles of the paths, interpolated between order statistics at
 * q·(paths − 1). Probabilities and the months reached with 50% and 90% come from the paths, which a
 * plain linear level simulates only when it has a target still open.
 * @example runMonteCarlo(request, { paths: 10_000, seed: 1, sigmaById: { fibreHouseholds: 0.5 } })
 */
export function runMonteCarlo(
  request: ProjectionRequest,
  options: MonteCarloOptions,
): MonteCarloResult | null {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 500));
  const maxPaths = Math.max(1, Math.floor(options.paths));
  const byId = new Map(request.indicators.map((input) => [input.id, input]));
  const wanted = new Set(options.ids ?? request.indicators.map((input) => input.id));
  const indicators = request.indicators.filter((input) => wanted.has(input.id));
  const deadlines = request.indicators.flatMap((input) => input.targets.map((target) => target.deadline));
  const endMonth = Math.max(request.horizon, ...deadlines);
  const plans = indicators.map((input) => planOf(request, input, byId, options, endMonth));
  const layout: SeriesLayout[] = [];
  let offset = 0;
  for (const [i, input] of indicators.entries()) {
    const plan = plans[i];
    const length = plan ? Math.max(0, request.horizon - plan.startMonth + 1) : 0;
    layout.push({ id: input.id, startMonth: plan?.startMonth ?? request.horizon, offset, length });
    offset += BAND_QUANTILES.length * length;
  }
  const bands = new Float64Array(offset);
  const probabilities: TargetProbability[] = [];
  // The path matrix (paths × months) is only needed where the band is read off the paths.
  const simulatedSlots = layout.filter((_, i) => plans[i] && !isExact(plans[i]!));
  const work = createWorkspace(
    simulatedSlots.length ? maxPaths : 0,
    Math.max(1, ...simulatedSlots.map((slot) => slot.length)),
    Math.max(1, ...plans.map((plan) => plan?.pathLength ?? 1)),
  );

  for (const [i, plan] of plans.entries()) {
    if (!plan) continue;
    const { input, levels, shifts, startMonth, startValue, pathLength } = plan;
    const { length, offset: bandOffset } = layout[i]!;
    const out = bands.subarray(bandOffset, bandOffset + BAND_QUANTILES.length * length);
    // Without spread every path is the same: one path is the whole distribution.
    const paths = levels.every(noSpread) ? 1 : maxPaths;
    const exact = isExact(plan);
    if (exact) linearBands(out, levels[0]!, length);
    const targets = input.targets.map((target) => {
      const goal = reachableTarget(request.model, startValue, target.value, input.ceiling) - EPSILON;
      const deadline = Math.max(target.deadline, startMonth) - startMonth;
      return {
        id: target.id,
        goal,
        deadline,
        met: startValue >= goal,
        atDeadline: 0,
        hits: new Int32Array(length),
      };
    });
    const open = targets.filter((t) => !t.met).sort((a, b) => a.goal - b.goal);
    const simulated = exact ? (open.length > 0 ? paths : 0) : paths;
    work.mins.fill(Infinity);
    work.maxs.fill(-Infinity);
    for (let p = 0; p < simulated; p++) {
      if (p % chunkSize === 0 && options.shouldAbort?.()) return null;
      for (let j = 0; j < levels.length; j++) simulateLevel(levels[j]!, pathLength + shifts[j]!);
      const path = levels.length === 2 ? mixLevels(work.mixed, plan) : levels[0]!.row;
      if (!exact) {
        for (let k = 0, at = (p % BLOCK) * length; k < length; k++) work.block[at + k] = path[k]!;
        if (p % BLOCK === BLOCK - 1 || p === paths - 1) flushBlock(work, length, paths, p - (p % BLOCK));
      }
      // Goals ascending: a higher goal is never first touched before a lower one.
      let k = 0;
      for (let o = 0; o < open.length; o++) {
        const t = open[o]!;
        if (path[t.deadline]! >= t.goal) t.atDeadline++;
        while (k < length && path[k]! < t.goal) k++;
        if (k < length) t.hits[k]!++;
      }
    }
    if (!exact) writeBands(out, paths, work);
    for (const t of targets) {
      const reachedBy = (share: number): MonthIndex | null => {
        if (t.met) return length > 0 ? startMonth : null;
        for (let k = 0, sum = 0; k < length; k++)
          if ((sum += t.hits[k]!) >= share * paths) return startMonth + k;
        return null;
      };
      probabilities.push({
        indicatorId: input.id,
        targetId: t.id,
        probability: t.met ? 1 : t.atDeadline / paths,
        month50: reachedBy(0.5),
        month90: reachedBy(0.9),
      });
    }
  }
  return { bands, layout, probabilities };
}
