import type { MonthIndex } from '../model/month';
import type { ViewState } from './view.svelte';

/** Months advanced per tick at speed 1; ticks come every TICK_MS. */
const TICK_MS = 250;

/**
 * Timeline playback: moves the view's playhead month by month from the baseline to the horizon.
 * With reduced motion the playhead jumps a quarter at a time instead of gliding. Reaching the horizon
 * ends playback: the playhead goes (null), so the charts are whole again, bands and rates needed included.
 */
export class Playback {
  playing = $state(false);
  speed = $state(1);
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #view: ViewState;
  readonly #reducedMotion: boolean;

  get reducedMotion(): boolean {
    return this.#reducedMotion;
  }

  constructor(view: ViewState, reducedMotion: boolean) {
    this.#view = view;
    this.#reducedMotion = reducedMotion;
  }

  play(from: MonthIndex, to: MonthIndex): void {
    const view = this.#view;
    if (view.playhead === null || view.playhead >= to) view.playhead = from;
    this.playing = true;
    this.#timer ??= setInterval(() => {
      const step = this.#reducedMotion ? 3 : 1;
      const next = Math.min(to, (view.playhead ?? from) + step * this.speed);
      if (next >= to) this.stop();
      else view.playhead = next;
    }, TICK_MS);
  }

  pause(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.playing = false;
  }

  toggle(from: MonthIndex, to: MonthIndex): void {
    if (this.playing) this.pause();
    else this.play(from, to);
  }

  scrub(month: MonthIndex): void {
    this.pause();
    this.#view.playhead = month;
  }

  /** Ends playback: the playhead goes and the charts are drawn whole. */
  stop(): void {
    this.pause();
    this.#view.playhead = null;
  }
}
