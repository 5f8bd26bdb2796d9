/** Resolves in a new task (not a microtask), letting the browser paint and handle input in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Resolves in a task after the next rendered frame, when the page's style and layout are clean: reading a
 * size then costs no style or layout of the page. A hidden page renders no frame: `maxWaitMs` caps the wait.
 */
export function afterFrame(maxWaitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
