import type { IndicatorInput, ProjectionRequest, ProjectionResult } from '../model/projection-types';
import type { Outcome } from './latest-wins';

export interface SchedulerListener {
  /** A reply, and the indicators it was asked for (it may hold others: the levels of a mixed line). */
  reply(result: ProjectionResult, asked: ReadonlySet<string>): void;
  /** A failed run (a fresh worker is asked once more), or null after a plain success. */
  error(message: string | null): void;
}

const sameInput = (a: IndicatorInput, b: IndicatorInput) =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Narrows what the worker is asked: it is handed the whole scenario on every change, and sends only the
 * indicators whose input changed (and a mixed line whose level changed), one request at a time. Changes
 * that arrive while a request is out are gathered and sent together when its reply is in, so the newest
 * inputs always win and nothing asked for is lost.
 * @example const scheduler = new ProjectionScheduler(runner.run, listener); scheduler.update(request)
 */
export class ProjectionScheduler {
  readonly #run: (request: ProjectionRequest) => Promise<Outcome<ProjectionResult>>;
  readonly #listener: SchedulerListener;
  readonly #latest = new Map<string, IndicatorInput>();
  #model: ProjectionRequest['model'] | null = null;
  #horizon = NaN;
  readonly #dirty = new Set<string>();
  #busy = false;

  constructor(
    run: (request: ProjectionRequest) => Promise<Outcome<ProjectionResult>>,
    listener: SchedulerListener,
  ) {
    this.#run = run;
    this.#listener = listener;
  }

  /** Takes the scenario's current request and asks for what changed since the last one. */
  update(request: ProjectionRequest): void {
    const everything = request.model !== this.#model || request.horizon !== this.#horizon;
    this.#model = request.model;
    this.#horizon = request.horizon;
    const changed = new Set<string>();
    for (const input of request.indicators) {
      const last = this.#latest.get(input.id);
      if (everything || !last || !sameInput(last, input)) changed.add(input.id);
      this.#latest.set(input.id, input);
    }
    // A mixed line follows its levels.
    for (const input of request.indicators) {
      if (input.mix && (changed.has(input.mix.ministries) || changed.has(input.mix.localities))) {
        changed.add(input.id);
      }
    }
    const known = new Set(request.indicators.map((input) => input.id));
    for (const id of [...this.#latest.keys()]) if (!known.has(id)) this.#latest.delete(id);
    for (const id of changed) this.#dirty.add(id);
    void this.#pump();
  }

  /**
   * Takes a request whose reply is already known (computed on the page for its first screen): later updates
   * ask only for what changes from it.
   */
  prime(request: ProjectionRequest): void {
    this.#model = request.model;
    this.#horizon = request.horizon;
    this.#latest.clear();
    this.#dirty.clear();
    for (const input of request.indicators) this.#latest.set(input.id, input);
  }

  /** Sends what is dirty; one request in flight; on a failure, asks once more on a fresh worker. */
  async #pump(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    let retrying = false;
    try {
      while (this.#dirty.size) {
        const ids = [...this.#dirty].filter((id) => this.#latest.has(id));
        this.#dirty.clear();
        if (!ids.length) break;
        try {
          const outcome = await this.#run(this.#requestFor(ids));
          if (outcome.kind === 'done') this.#listener.reply(outcome.value, new Set(ids));
          // After a recovery the notice stays until the next plain success.
          if (!retrying) this.#listener.error(null);
          retrying = false;
        } catch (error) {
          this.#listener.error(error instanceof Error ? error.message : String(error));
          for (const id of ids) this.#dirty.add(id);
          if (retrying) break; // twice in a row: wait for the next change
          retrying = true;
        }
      }
    } finally {
      this.#busy = false;
    }
  }

  /** The asked-for indicators, with the levels a mixed line is computed from. */
  #requestFor(ids: string[]): ProjectionRequest {
    const wanted = new Set(ids);
    for (const id of ids) {
      const mix = this.#latest.get(id)!.mix;
      if (mix) wanted.add(mix.ministries).add(mix.localities);
    }
    const indicators = [...wanted].flatMap((id) => this.#latest.get(id) ?? []);
    return { model: this.#model!, horizon: this.#horizon, indicators };
  }
}
