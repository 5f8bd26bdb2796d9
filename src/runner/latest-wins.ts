/** What a scheduled call resolves to: the result, or `superseded` when a newer request replaced it. */
export type Outcome<R> = { kind: 'done'; value: R } | { kind: 'superseded' };

/**
 * Keeps at most one call in flight; while it runs, only the newest request waits and older waiting ones
 * resolve as superseded. A drag fires hundreds of requests; only the latest is worth computing.
 * `onNewer` is told when a request arrives while a call is in flight, so a long call can be cancelled.
 * @example const run = latestWins((q) => api.project(q)); await run(request)
 */
export function latestWins<Q, R>(
  call: (request: Q) => Promise<R>,
  onNewer?: () => void,
): (request: Q) => Promise<Outcome<R>> {
  let inFlight = false;
  let waiting: { request: Q; resolve: (o: Outcome<R>) => void; reject: (e: unknown) => void } | null = null;

  async function start(request: Q, resolve: (o: Outcome<R>) => void, reject: (e: unknown) => void) {
    inFlight = true;
    try {
      const value = await call(request);
      resolve({ kind: 'done', value });
    } catch (error) {
      reject(error);
    } finally {
      inFlight = false;
      const next = waiting;
      waiting = null;
      if (next) void start(next.request, next.resolve, next.reject);
    }
  }

  return (request: Q) =>
    new Promise<Outcome<R>>((resolve, reject) => {
      if (!inFlight) {
        void start(request, resolve, reject);
        return;
      }
      waiting?.resolve({ kind: 'superseded' });
      waiting = { request, resolve, reject };
      onNewer?.();
    });
}
