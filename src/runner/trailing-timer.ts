/**
 * A timer that runs its task `delayMs` after the latest `restart()`. A burst of restarts (one per slider
 * step) keeps one browser timer, which on waking early sleeps again for what is left, instead of clearing
 * and installing a timer at every step: installing one is a fixed cost the drag pays once per frame.
 * @example const save = new TrailingTimer(() => write(), 250); onInput(() => save.restart())
 */
export class TrailingTimer {
  readonly #task: () => void;
  readonly #delayMs: number;
  #handle: ReturnType<typeof setTimeout> | null = null;
  /** When the armed browser timer wakes, and when the task is due (both `performance.now()` ms). */
  #wakesAt = 0;
  #dueAt = 0;

  constructor(task: () => void, delayMs: number) {
    this.#task = task;
    this.#delayMs = delayMs;
  }

  /** The task runs `delayMs` from now (or `delayMs` given here), unless restarted or cancelled again. */
  restart(delayMs = this.#delayMs): void {
    this.#dueAt = performance.now() + delayMs;
    // A timer that wakes before the new due time is kept; only one that would wake too late is replaced.
    if (this.#handle !== null && this.#wakesAt <= this.#dueAt) return;
    this.cancel();
    this.#arm(delayMs);
  }

  /** The task will not run (until the next restart). */
  cancel(): void {
    if (this.#handle !== null) clearTimeout(this.#handle);
    this.#handle = null;
  }

  get pending(): boolean {
    return this.#handle !== null;
  }

  #arm(delayMs: number): void {
    this.#wakesAt = performance.now() + delayMs;
    this.#handle = setTimeout(() => {
      this.#handle = null;
      const left = this.#dueAt - performance.now();
      // Timers may wake a fraction of a millisecond early: that is on time.
      if (left >= 1) this.#arm(left);
      else this.#task();
    }, delayMs);
  }
}
