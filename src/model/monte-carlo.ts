import { effectiveModel, valueAt, type GrowthModel } from './growth-models';
import type { MonthIndex } from './month';
import type { IndicatorInput, ProjectionRequest, SeriesLayout } from './projection-types';
import { createRandom, streamSeed, type Random } from './random';
import { reachableTarget } from './required-rate';

/** The five rows of every indicator's band, in this order. */
export const BAND_QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

export interface MonteCarloOptions {
  paths: number;
  seed: number;
  /** Spread of each month's rate around the slider's rate, in the indicator's unit per month (pp/month). */
  sigmaById: Record<string, number>;
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

/** Same tolerance as projectScenario, so that sigma = 0 gives exactly its verdicts. */
const EPSILON = 1e-9;
/** Buckets of the counting pass that locates the quantiles' order statistics. */
const BUCKETS = 2048;
/** Paths simulated row by row, then written month-major in one go (keeps the writes on few memory pages). */
const BLOCK = 64;

/** One simulated level: a plain indicator, or one side of a mix. */
interface Level {
  model: GrowthModel;
  startMonth: MonthIndex;
  startValue: number;
  rate: number;
  sigma: number;
  ceiling: number | null;
  random: Random;
  row: Float64Array;
}

/**
 * One path of a level, month by month: this month's rate is r = rate + sigma·z, and
 * - linear: v += r;
 * - compound: v *= 1 + r / v0 (the growth factor whose first month moves v0 by r);
 * - logistic: the inverse odds u = (C − v)/v are multiplied by q(r) = (C/(v0 + r) − 1)/u0, the factor of
 *   the logistic whose first month moves v0 by r (v0 + r ≥ C jumps to C, v0 + r ≤ 0 drops to 0, as valueAt).
 *   The noise thus acts on the log-odds, the scale on which a logistic is a straight line.
 * With sigma = 0 these are v0 + rt, v0(1 + r/v0)^t and C/(1 + u0·q^t): valueAt's closed forms.
 * Every month lies in [0, ceiling] (clamped; the logistic stays inside by construction).
 */
function simulateLevel(level: Level, length: number): void {
  const { startValue, rate, sigma, random, row } = level;
  const cap = level.ceiling ?? Infinity;
  row[0] = startValue;
  if (level.model === 'logistic') {
    const startOdds = (cap - startValue) / startValue;
    let odds = startOdds;
    for (let k = 1; k < length; k++) {
      const firstMonth = startValue + (sigma === 0 ? rate : rate + sigma * random.nextNormal());
      odds = firstMonth >= cap ? 0 : firstMonth <= 0 ? Infinity : (odds * (cap / firstMonth - 1)) / startOdds;
      row[k] = cap / (1 + odds);
    }
    return;
  }
  const compound = level.model === 'compound';
  let value = startValue;
  for (let k = 1; k < length; k++) {
    const r = sigma === 0 ? rate : rate + sigma * random.nextNormal();
    value = compound ? value * (1 + r / startValue) : value + r;
    value = value <= 0 ? 0 : value > cap ? cap : value;
    row[k] = value;
  }
}

/** What one indicator simulates: one level, or the two levels of a mix with the ministries' weight. */
interface Plan {
  input: IndicatorInput;
  levels: Level[];
  weight: number;
  shifts: number[];
  startMonth: MonthIndex;
  startValue: number;
  /** Months simulated from the start: to the horizon or the last deadline, whichever is later. */
  pathLength: number;
}

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
      sigma: options.sigmaById[side.id] ?? options.sigmaById[input.id] ?? 0,
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

/**
 * Monte Carlo bands and target probabilities. Every month's rate varies around the slider's rate by
 * `sigmaById[id]` (standard normal draws); paths are stepped month by month (see simulateLevel) and
 * clamped; a mix draws its two levels independently and weights them. Each level draws from its own
 * seeded stream, path after path, so a level's paths are the same inside a mix as on their own, moving one
 * indicator's spread leaves the other bands untouched, and `chunkSize` never changes the numbers.
 * Quantiles interpolate linearly between order statistics at position q·(paths − 1).
 * @example runMonteCarlo(request, { paths: 10_000, seed: 1, sigmaById: { fibreHouseholds: 0.5 } })
 */
export function runMonteCarlo(
  request: ProjectionRequest,
  options: MonteCarloOptions,
): MonteCarloResult | null {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 500));
  const maxPaths = Math.max(1, Math.floor(options.paths));
  const byId = new Map(request.indicators.map((input) => [input.id, input]));
  const deadlines = request.indicators.flatMap((input) => input.targets.map((target) => target.deadline));
  const endMonth = Math.max(request.horizon, ...deadlines);
  const plans = request.indicators.map((input) => planOf(request, input, byId, options, endMonth));
  const layout: SeriesLayout[] = [];
  let offset = 0;
  for (const [i, input] of request.indicators.entries()) {
    const plan = plans[i];
    const length = plan ? Math.max(0, request.horizon - plan.startMonth + 1) : 0;
    layout.push({ id: input.id, startMonth: plan?.startMonth ?? request.horizon, offset, length });
    offset += BAND_QUANTILES.length * length;
  }
  const bands = new Float64Array(offset);
  const probabilities: TargetProbability[] = [];
  const maxPathLength = Math.max(1, ...plans.map((plan) => plan?.pathLength ?? 1));
  const work = createWorkspace(maxPaths, Math.max(1, ...layout.map((slot) => slot.length)), maxPathLength);

  for (const [i, plan] of plans.entries()) {
    if (!plan) continue;
    const { input, levels, shifts, startMonth, startValue, pathLength } = plan;
    const { length, offset: bandOffset } = layout[i]!;
    // Without spread every path is the same: one path is the whole distribution.
    const paths = levels.every((level) => level.sigma === 0) ? 1 : maxPaths;
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
    work.mins.fill(Infinity);
    work.maxs.fill(-Infinity);
    for (let p = 0; p < paths; p++) {
      if (p % chunkSize === 0 && options.shouldAbort?.()) return null;
      for (let j = 0; j < levels.length; j++) simulateLevel(levels[j]!, pathLength + shifts[j]!);
      const path = levels.length === 2 ? mixLevels(work.mixed, plan) : levels[0]!.row;
      for (let k = 0, at = (p % BLOCK) * length; k < length; k++) work.block[at + k] = path[k]!;
      if (p % BLOCK === BLOCK - 1 || p === paths - 1) flushBlock(work, length, paths, p - (p % BLOCK));
      // Goals ascending: a higher goal is never first touched before a lower one.
      let k = 0;
      for (let o = 0; o < open.length; o++) {
        const t = open[o]!;
        if (path[t.deadline]! >= t.goal) t.atDeadline++;
        while (k < length && path[k]! < t.goal) k++;
        if (k < length) t.hits[k]!++;
      }
    }
    writeBands(bands.subarray(bandOffset, bandOffset + BAND_QUANTILES.length * length), paths, work);
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

/** Every buffer of a run, allocated once and reused by every indicator and path. */
function createWorkspace(paths: number, length: number, pathLength: number) {
  return {
    /** Month-major: month k of path p at k · paths + p. */
    matrix: new Float64Array(length * paths),
    block: new Float64Array(length * BLOCK),
    mins: new Float64Array(length),
    maxs: new Float64Array(length),
    mixed: new Float64Array(pathLength),
    counts: new Int32Array(BUCKETS),
    flagged: new Uint8Array(BUCKETS),
    bucketOfRank: new Int32Array(2 * BAND_QUANTILES.length),
    belowRank: new Int32Array(2 * BAND_QUANTILES.length),
    gathered: new Float64Array(paths),
  };
}
type Workspace = ReturnType<typeof createWorkspace>;

/** national = w · ministries + (1 − w) · localities, each level read from the mix's start month. */
function mixLevels(out: Float64Array, plan: Plan): Float64Array {
  const [ministries, localities] = [plan.levels[0]!.row, plan.levels[1]!.row];
  const [weight, shiftM, shiftL] = [plan.weight, plan.shifts[0]!, plan.shifts[1]!];
  for (let k = 0; k < plan.pathLength; k++) {
    out[k] = weight * ministries[k + shiftM]! + (1 - weight) * localities[k + shiftL]!;
  }
  return out;
}

/** Writes the block's paths (path-major) into the month-major matrix, tracking each month's min and max. */
function flushBlock(work: Workspace, length: number, paths: number, firstPath: number): void {
  const { block, matrix, mins, maxs } = work;
  const count = Math.min(BLOCK, paths - firstPath);
  for (let k = 0; k < length; k++) {
    const base = k * paths + firstPath;
    let min = mins[k]!;
    let max = maxs[k]!;
    for (let i = 0; i < count; i++) {
      const v = block[i * length + k]!;
      matrix[base + i] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    mins[k] = min;
    maxs[k] = max;
  }
}

/**
 * Values of the given ranks (ascending) of `column`, whose min and max are known, without sorting it: one
 * pass counts values per bucket, one gathers the few values in the buckets that hold the ranks.
 */
function orderStatistics(
  column: Float64Array,
  min: number,
  max: number,
  ranks: Int32Array,
  out: Float64Array,
  work: Workspace,
): void {
  if (min === max) {
    for (let r = 0; r < ranks.length; r++) out[r] = min;
    return;
  }
  const { counts, flagged, bucketOfRank, belowRank, gathered } = work;
  const scale = (BUCKETS - 1) / (max - min);
  counts.fill(0);
  for (let i = 0; i < column.length; i++) counts[((column[i]! - min) * scale) | 0]!++;
  let seen = 0;
  for (let bucket = 0, r = 0; r < ranks.length; bucket++) {
    const count = counts[bucket]!;
    for (; r < ranks.length && ranks[r]! < seen + count; r++) {
      bucketOfRank[r] = bucket;
      belowRank[r] = seen;
      flagged[bucket] = 1;
    }
    seen += count;
  }
  let size = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i]!;
    if (flagged[((v - min) * scale) | 0] === 1) gathered[size++] = v;
  }
  const sorted = gathered.subarray(0, size).sort();
  let before = 0;
  for (let r = 0; r < ranks.length; r++) {
    if (r > 0 && bucketOfRank[r] !== bucketOfRank[r - 1]) before += counts[bucketOfRank[r - 1]!]!;
    out[r] = sorted[before + ranks[r]! - belowRank[r]!]!;
    flagged[bucketOfRank[r]!] = 0;
  }
}

/** Fills the 5 quantile rows of one indicator from the month-major matrix of its paths. */
function writeBands(out: Float64Array, paths: number, work: Workspace): void {
  const length = out.length / BAND_QUANTILES.length;
  const positions = BAND_QUANTILES.map((q) => q * (paths - 1));
  const ranks = Int32Array.from(new Set(positions.flatMap((h) => [Math.floor(h), Math.ceil(h)])));
  const lows = positions.map((h) => ranks.indexOf(Math.floor(h)));
  const highs = positions.map((h) => ranks.indexOf(Math.ceil(h)));
  const values = new Float64Array(ranks.length);
  for (let k = 0; k < length; k++) {
    const column = work.matrix.subarray(k * paths, (k + 1) * paths);
    orderStatistics(column, work.mins[k]!, work.maxs[k]!, ranks, values, work);
    for (let j = 0; j < positions.length; j++) {
      const low = values[lows[j]!]!;
      out[j * length + k] = low + (positions[j]! - Math.floor(positions[j]!)) * (values[highs[j]!]! - low);
    }
  }
}
