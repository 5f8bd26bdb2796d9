import type { SeriesLayout, ProjectionRequest } from './projection-types';
import {
  runMonteCarlo,
  type MonteCarloOptions,
  type MonteCarloResult,
  type TargetProbability,
} from './monte-carlo';

/**
 * Monte Carlo one indicator at a time, pausing between indicators so that a newer request can arrive and
 * make this run stale; a stale run stops at the next pause and returns null. Each indicator draws from its
 * own seeded stream, so the bands are bit-identical to one runMonteCarlo call over the whole request.
 * @example await runMonteCarloInChunks(request, options, () => new Promise((r) => setTimeout(r)), () => id !== latest)
 */
export async function runMonteCarloInChunks(
  request: ProjectionRequest,
  options: Omit<MonteCarloOptions, 'shouldAbort'>,
  pause: () => Promise<void>,
  isStale: () => boolean,
): Promise<MonteCarloResult | null> {
  const parts: { slot: SeriesLayout; bands: Float64Array; probabilities: TargetProbability[] }[] = [];
  for (const input of request.indicators) {
    await pause();
    if (isStale()) return null;
    // The whole request goes in (a mix needs its two levels), but only this indicator is banded.
    const part = runMonteCarlo(request, { ...options, ids: [input.id], shouldAbort: isStale });
    if (!part) return null;
    const slot = part.layout[0]!;
    parts.push({
      slot,
      bands: part.bands.subarray(slot.offset, slot.offset + 5 * slot.length),
      probabilities: part.probabilities.filter((p) => p.indicatorId === input.id),
    });
  }
  const total = parts.reduce((sum, part) => sum + part.bands.length, 0);
  const bands = new Float64Array(total);
  const layout: SeriesLayout[] = [];
  let offset = 0;
  for (const part of parts) {
    bands.set(part.bands, offset);
    layout.push({ ...part.slot, offset });
    offset += part.bands.length;
  }
  return { bands, layout, probabilities: parts.flatMap((part) => part.probabilities) };
}
