import type { MonthIndex } from '../model/month';
import type { ScenarioState } from './scenario.svelte';

/** Months advanced per tick at speed 1; ticks come every TICK_MS. */
const TICK_MS = 250;

/**
 * Timeline playback: moves the scenario's playhead month by month from the baseline to the horizon.
 * With reduced motion the playhead jumps a quarter at a time instead of gliding.
 */
export class Playback {
  playing = $state(false);
  speed = $state(1);
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #scenario: ScenarioState;
  readonly #reducedMotion: boolean;

  constructor(scenario: ScenarioState, reducedMotion: boolean) {
    this.#scenario = scenario;
    this.#reducedMotion = reducedMotion;
  }

  play(from: MonthIndex, to: MonthIndex): void {
    const scenario = this.#scenario;
    if (scenario.playhead === null || scenario.playhead >= to) scenario.playhead = from;
    this.playing = true;
    this.#timer ??= setInterval(() => {
      const step = this.#reducedMotion ? 3 : 1;
      const next = Math.min(to, (scenario.playhead ?? from) + step * this.speed);
      scenario.playhead = next;
      if (next >= to) this.pause();
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
    this.#scenario.playhead = month;
  }

  stop(): void {
    this.pause();
    this.#scenario.playhead = null;
  }
}
