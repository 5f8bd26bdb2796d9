import type { MonthIndex } from './month';
import type { MonteCarloResult, Plan } from './monte-carlo';

/** The five rows of every indicator's band, in this order. */
export const BAND_QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;
/** Buckets of the counting pass that locates the quantiles' order statistics. */
const BUCKETS = 2048;
/** Paths simulated row by row, then written month-major in one go (keeps the writes on few memory pages). */
export const BLOCK = 64;

/** Every buffer of a run, allocated once and reused by every indicator and path. */
export function createWorkspace(paths: number, length: number, pathLength: number) {
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
export type Workspace = ReturnType<typeof createWorkspace>;

/** national = w · ministries + (1 − w) · localities, each level read from the mix's start month. */
export function mixLevels(out: Float64Array, plan: Plan): Float64Array {
  const [ministries, localities] = [plan.levels[0]!.row, plan.levels[1]!.row];
  const [weight, shiftM, shiftL] = [plan.weight, plan.shifts[0]!, plan.shifts[1]!];
  for (let k = 0; k < plan.pathLength; k++) {
    out[k] = weight * ministries[k + shiftM]! + (1 - weight) * localities[k + shiftL]!;
  }
  return out;
}

/** Writes the block's paths (path-major) into the month-major matrix, tracking each month's min and max. */
export function flushBlock(work: Workspace, length: number, paths: number, firstPath: number): void {
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
export function writeBands(out: Float64Array, paths: number, work: Workspace): void {
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

/**
 * One indicator's band as five rows (p10 … p90) from its start month; null without a band.
 * @example bandOf(result, 'fibreHouseholds')!.rows[4][0] is the p90 of its first month
 */
export function bandOf(
  bands: MonteCarloResult | null,
  id: string,
): { startMonth: MonthIndex; rows: Float64Array[] } | null {
  const slot = bands?.layout.find((entry) => entry.id === id);
  if (!bands || !slot || slot.length === 0) return null;
  const rows = BAND_QUANTILES.map((_, j) =>
    bands.bands.subarray(slot.offset + j * slot.length, slot.offset + (j + 1) * slot.length),
  );
  return { startMonth: slot.startMonth, rows };
}
