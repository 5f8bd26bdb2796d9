/**
 * Runs `task` once the main thread is idle, or after `timeoutMs` at the latest, so work that is not on the
 * first screen runs as short tasks between the user's. Returns a function that cancels it.
 * @example $effect(() => whenIdle(() => (shown += 1)));
 */
export function whenIdle(task: () => void, timeoutMs = 300): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 16);
  return () => clearTimeout(timer);
}

/** What a user does: work that can wait is not started while any of these keep coming. */
const USER_INPUT = ['input', 'pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Runs `task` once the user has left the page alone for `quietMs` (no input, pointer, key or wheel event),
 * then in an idle moment: background work such as loading a library for later never lands in the middle of
 * a drag, where compiling it would lengthen a step. Returns a function that cancels it.
 * @example onMount(() => whenQuiet(() => void import('qrcode'), 2_000));
 */
export function whenQuiet(task: () => void, quietMs: number): () => void {
  let cancelIdle = () => {};
  let lastInput = -Infinity;
  // An event only notes its time (a drag sends one per frame); the timer checks the spell when it fires.
  const onInput = () => (lastInput = performance.now());
  const listen = (on: boolean) => {
    for (const type of USER_INPUT)
      (on ? addEventListener : removeEventListener)(type, onInput, { capture: true, passive: true });
  };
  const check = () => {
    const wait = lastInput + quietMs - performance.now();
    if (wait > 0) return void (timer = setTimeout(check, wait));
    listen(false);
    cancelIdle = whenIdle(task, 5_000);
  };
  let timer = setTimeout(check, quietMs);
  listen(true);
  return () => {
    clearTimeout(timer);
    listen(false);
    cancelIdle();
  };
}
