import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './when-idle';

// The page's window, as far as whenQuiet uses it: a plain event target (the unit tests run in Node).
const page = new EventTarget();
const dispatchEvent = (event: Event) => page.dispatchEvent(event);

describe('whenQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task only once the user has left the page alone for the quiet spell', () => {
    const task = vi.fn();
    whenQuiet(task, 1_000);
    vi.advanceTimersByTime(800);
    // A drag: an input every 50 ms for two seconds keeps pushing the task back.
    for (let t = 0; t < 2_000; t += 50) {
      dispatchEvent(new Event('input'));
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(900);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200); // quiet for 1 s, then an idle moment
    vi.runOnlyPendingTimers();
    expect(task).toHaveBeenCalledTimes(1);
    // Once run, later input does not run it again.
    dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(5_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs a cancelled task', () => {
    const task = vi.fn();
    const cancel = whenQuiet(task, 1_000);
    vi.advanceTimersByTime(500);
    cancel();
    dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(10_000);
    expect(task).not.toHaveBeenCalled();
  });
});
