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
