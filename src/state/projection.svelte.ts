import type { ProjectionRequest, ProjectionResult, TargetVerdict } from '../model/projection-types';
import { seriesOf } from '../model/project-scenario';
import type { ProjectionRunner } from '../runner/projection-runner';

/** The latest projection on screen. `$state.raw`: results are replaced whole, never mutated. */
export class ProjectionState {
  result = $state.raw<ProjectionResult | null>(null);
  error = $state<string | null>(null);
  readonly #runner: ProjectionRunner;
  #requestId = 0;

  constructor(runner: ProjectionRunner) {
    this.#runner = runner;
  }

  /** Sends a request; superseded or stale replies are ignored, failures are shown and the last result stays. */
  async request(request: ProjectionRequest): Promise<void> {
    const id = ++this.#requestId;
    try {
      const outcome = await this.#runner.run(request);
      if (outcome.kind === 'done' && id === this.#requestId) {
        this.result = outcome.value;
        this.error = null;
      }
      // A superseded request gives way to a newer one; the newer one brings the result.
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      // Retry once on a fresh worker so the screen catches up with the inputs.
      if (id === this.#requestId) {
        const retry = await this.#runner.run(request).catch(() => null);
        if (retry?.kind === 'done' && id === this.#requestId) this.result = retry.value;
      }
    }
  }

  series(id: string) {
    return this.result ? seriesOf(this.result, id) : null;
  }

  verdictsOf(id: string): TargetVerdict[] {
    return this.result?.verdicts.filter((v) => v.indicatorId === id) ?? [];
  }
}
