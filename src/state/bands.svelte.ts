import type { MonteCarloResult, TargetProbability } from '../model/monte-carlo';
import { bandOf } from '../model/monte-carlo-quantiles';
import type { ProjectionRunner, BandsJob } from '../runner/projection-runner';

/** One indicator's fan: five rows (p10, p25, p50, p75, p90) from `startMonth`. */
export interface Fan {
  startMonth: number;
  rows: Float64Array[];
}

/**
 * Uncertainty bands from their own worker, so a long run never delays the deterministic line. Replies
 * to superseded requests are dropped; the last bands stay on screen until newer ones arrive.
 */
export class BandsState {
  result = $state.raw<MonteCarloResult | null>(null);
  running = $state(false);
  readonly #runner: ProjectionRunner;
  #requestId = 0;

  constructor(runner: ProjectionRunner) {
    this.#runner = runner;
  }

  async request(job: BandsJob | null): Promise<void> {
    const id = ++this.#requestId;
    if (!job) {
      this.result = null;
      this.running = false;
      return;
    }
    this.running = true;
    try {
      const outcome = await this.#runner.runBands(job);
      if (id === this.#requestId && outcome.kind === 'done' && outcome.value) this.result = outcome.value;
    } catch {
      // A failed run leaves the last bands; the runner starts a fresh worker for the next one.
    } finally {
      if (id === this.#requestId) this.running = false;
    }
  }

  fan(id: string): Fan | null {
    return bandOf(this.result, id);
  }

  probability(indicatorId: string, targetId: string): TargetProbability | null {
    return (
      this.result?.probabilities.find((p) => p.indicatorId === indicatorId && p.targetId === targetId) ?? null
    );
  }
}
