/** What a scheduled call resolves to: the result, or `superseded` when a newer request replaced it. */
export type Outcome<R> = { kind: 'done'; value: R } | { kind: 'superseded' };

interface Waiting<Q, R> {
  request: Q;
  resolve: (o: Outcome<R>) => void;
  reject: (e: unknown) => void;
}

/**
 * Keeps at most one call in flight; while it runs, only the newest request waits and older waiting ones
 * resolve as superseded. With `abortRunning`, a newer request also aborts the running call through its
 * signal (the call must then settle promptly), and that call resolves as superseded too.
 * A drag fires hundreds of requests; only the latest is worth computing.
 * @example const run = latestWins((q, signal) => api.project(q)); await run(request)
 */
export function latestWins<Q, R>(
  call: (request: Q, signal: AbortSignal) => Promise<R>,
  { abortRunning = false } = {},
): (request: Q) => Promise<Outcome<R>> {
  let running: AbortController | null = null;
  let waiting: Waiting<Q, R> | null = null;

  async function start({ request, resolve, reject }: Waiting<Q, R>) {
    const controller = new AbortController();
    running = controller;
    try {
      const value = await call(request, controller.signal);
      resolve(controller.signal.aborted ? { kind: 'superseded' } : { kind: 'done', value });
    } catch (error) {
      if (controller.signal.aborted) resolve({ kind: 'superseded' });
      else reject(error);
    } finally {
      running = null;
      const next = waiting;
      waiting = null;
      if (next) void start(next);
    }
  }

  return (request: Q) =>
    new Promise<Outcome<R>>((resolve, reject) => {
      if (!running) {
        void start({ request, resolve, reject });
        return;
      }
      waiting?.resolve({ kind: 'superseded' });
      waiting = { request, resolve, reject };
      if (abortRunning) running.abort();
    });
}
