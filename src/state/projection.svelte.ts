import { SvelteMap } from 'svelte/reactivity';
import type {
  ProjectionRequest,
  ProjectionResult,
  SeriesLayout,
  TargetVerdict,
} from '../model/projection-types';
import { ProjectionScheduler } from '../runner/projection-scheduler';
import type { ProjectionRunner } from '../runner/projection-runner';

/** One indicator's projected series from `startMonth`. */
export interface SeriesSlice {
  startMonth: number;
  values: Float64Array;
}

/** One indicator's latest reply: replaced whole (`$state.raw`), and only when that indicator was asked for. */
class IndicatorReply {
  series = $state.raw<SeriesSlice | null>(null);
  verdicts = $state.raw<TargetVerdict[]>([]);
  answered = false;
}

/**
 * The latest projection on screen, keyed by indicator. The scheduler sends only what changed; each reply
 * rewrites only the indicators it was asked for, so a slider step redraws one chart, not all of them.
 */
export class ProjectionState {
  error = $state<string | null>(null);
  /** True once every indicator has had its first reply. */
  ready = $state(false);
  readonly #replies = new SvelteMap<string, IndicatorReply>();
  /** Indicator ids in request order. */
  #ids = $state.raw<string[]>([]);
  #idsKey = '';
  readonly #scheduler: ProjectionScheduler;

  constructor(runner: ProjectionRunner) {
    this.#scheduler = new ProjectionScheduler(runner.run, {
      reply: (result, asked) => this.#accept(result, asked),
      error: (message) => (this.error = message),
    });
  }

  /** Every verdict, in request order. */
  verdicts = $derived(this.#ids.flatMap((id) => this.#replies.get(id)?.verdicts ?? []));

  /** Takes the scenario's current request; only the indicators whose input changed are computed again. */
  update(request: ProjectionRequest): void {
    this.#track(request);
    this.#scheduler.update(request);
  }

  /**
   * Shows a projection computed without the worker (the first screen, prerendered and hydrated with the
   * same figures); the worker is asked only for what changes after it.
   */
  prime(request: ProjectionRequest, result: ProjectionResult): void {
    this.#track(request);
    this.#scheduler.prime(request);
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, read once
    this.#accept(result, new Set(request.indicators.map((input) => input.id)));
  }

  /** Keeps one reply slot per indicator of the request, in request order. */
  #track(request: ProjectionRequest): void {
    const ids = request.indicators.map((input) => input.id);
    // Read from a plain field: this runs inside an effect, which must not depend on what it writes.
    if (ids.join() !== this.#idsKey) {
      this.#idsKey = ids.join();
      for (const id of [...this.#replies.keys()]) if (!ids.includes(id)) this.#replies.delete(id);
      for (const id of ids) if (!this.#replies.has(id)) this.#replies.set(id, new IndicatorReply());
      this.#ids = ids;
    }
  }

  #accept(result: ProjectionResult, asked: ReadonlySet<string>): void {
    for (const slot of result.layout) {
      const reply = this.#replies.get(slot.id);
      if (!asked.has(slot.id) || !reply) continue;
      reply.series = {
        startMonth: slot.startMonth,
        values: result.series.subarray(slot.offset, slot.offset + slot.length),
      };
      reply.verdicts = result.verdicts.filter((v) => v.indicatorId === slot.id);
      reply.answered = true;
    }
    if (!this.ready && [...this.#replies.values()].every((reply) => reply.answered)) this.ready = true;
  }

  series(id: string): SeriesSlice | null {
    return this.#replies.get(id)?.series ?? null;
  }

  verdictsOf(id: string): TargetVerdict[] {
    return this.#replies.get(id)?.verdicts ?? [];
  }

  /** The whole projection packed as the engine returns it (exports); null until every indicator has replied. */
  packed(): ProjectionResult | null {
    if (!this.ready) return null;
    const layout: SeriesLayout[] = [];
    let offset = 0;
    for (const id of this.#ids) {
      const series = this.series(id);
      const length = series?.values.length ?? 0;
      layout.push({ id, startMonth: series?.startMonth ?? 0, offset, length });
      offset += length;
    }
    const packedSeries = new Float64Array(offset);
    for (const slot of layout) {
      const series = this.series(slot.id);
      if (series) packedSeries.set(series.values, slot.offset);
    }
    return { series: packedSeries, layout, verdicts: this.verdicts };
  }
}
