import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrailingTimer } from './trailing-timer';

describe('TrailingTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, 250 ms after the last of a burst of restarts, with one browser timer for the burst', () => {
    const task = vi.fn();
    const timer = new TrailingTimer(task, 250);
    const installed = vi.spyOn(globalThis, 'setTimeout');
    // A drag: a restart every 16 ms for 400 ms (the last at t = 400).
    for (let t = 0; t <= 400; t += 16) {
      timer.restart();
      vi.advanceTimersByTime(16);
    }
    // t = 416: due at 400 + 250 = 650.
    vi.advanceTimersByTime(233);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    // 26 restarts, 3 browser timers: armed at 0 for 250; at 250 the task is due at 240 + 250 = 490, so
    // armed for 240; at 490 it is due at 400 + 250 = 650, armed for 160; it runs at 650.
    expect(installed).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(1000);
    expect(task).toHaveBeenCalledTimes(1);
    expect(timer.pending).toBe(false);
  });

  it('does not run once cancelled, and runs again after a new restart', () => {
    const task = vi.fn();
    const timer = new TrailingTimer(task, 100);
    timer.restart();
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
    timer.restart();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('takes a shorter delay at once: an armed timer that would wake too late is replaced', () => {
    const task = vi.fn();
    const timer = new TrailingTimer(task, 5000);
    timer.restart(); // due at 5000
    timer.restart(800); // due at 800
    vi.advanceTimersByTime(800);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
