import type { Remote } from 'comlink';
import type { MonteCarloOptions, MonteCarloResult } from '../model/monte-carlo';
import type { ProjectionRequest, ProjectionResult } from '../model/projection-types';
import type { ProjectionApi } from '../worker/projection.worker';
import { latestWins, type Outcome } from './latest-wins';
import { TrailingTimer } from './trailing-timer';

/** A run longer than this is treated as a dead worker (the engine needs well under 10 ms once started). */
const WORKER_TIMEOUT_MS = 800;
/** A fresh worker first has to load its module; give it longer on a busy machine. */
const COLD_WORKER_TIMEOUT_MS = 5000;

export class WorkerFailure extends Error {}

// comlink is loaded with the first worker, not with the first screen (whose projection runs on the page).
let comlinkChunk: Promise<typeof import('comlink')> | null = null;
const loadComlink = () => (comlinkChunk ??= import('comlink'));

interface InFlight {
  dueAt: number;
  fail: (failure: WorkerFailure) => void;
}

/** One Monte Carlo request: the scenario and the spread, seed and number of paths. */
export interface BandsJob {
  request: ProjectionRequest;
  options: Omit<MonteCarloOptions, 'shouldAbort'>;
}

/**
 * Main-thread side of the projection worker, and the one scheduler: latest request wins, and a worker that
 * throws, dies or hangs is replaced by a fresh one on the next request. A newer bands request cancels the
 * running one for real: the abort tells the worker, whose run stops at its next pause and answers null.
 * The caller's inputs are never touched.
 */
export class ProjectionRunner {
  #worker: Worker | null = null;
  #api: Remote<ProjectionApi> | null = null;
  #release: (() => void) | null = null;
  #warm = false;
  readonly #timeoutMs: number;
  readonly #createWorker: () => Worker;
  readonly run: (request: ProjectionRequest) => Promise<Outcome<ProjectionResult>>;
  readonly runBands: (job: BandsJob) => Promise<Outcome<MonteCarloResult | null>>;

  constructor(createWorker: () => Worker, timeoutMs = WORKER_TIMEOUT_MS) {
    this.#createWorker = createWorker;
    this.#timeoutMs = timeoutMs;
    // postMessage copies the request: a structuredClone first would copy every slider step's twice.
    this.run = latestWins((request) => this.#call((api) => api.project(request)));
    this.runBands = latestWins(
      (job, signal) => {
        // A newer job cancels the running one for real: the worker stops at its next pause.
        const cancel = () => void this.#api?.cancelBands();
        signal.addEventListener('abort', cancel, { once: true });
        return this.#call((api) => api.monteCarlo(job.request, job.options)).finally(() =>
          signal.removeEventListener('abort', cancel),
        );
      },
      { abortRunning: true },
    );
  }

  /** Calls waiting for the worker: each fails when the worker errs or when its time is up. */
  readonly #inFlight = new Set<InFlight>();
  // One watchdog for every call, re-armed lazily: a drag step does not install and clear a timer of its own.
  readonly #watchdog = new TrailingTimer(() => this.#failOverdue(), WORKER_TIMEOUT_MS);

  async #call<T>(invoke: (api: Remote<ProjectionApi>) => Promise<T>): Promise<T> {
    let api: Remote<ProjectionApi>;
    try {
      api = this.#api ?? (await this.#ensure());
    } catch (error) {
      throw new WorkerFailure(String(error)); // comlink's chunk could not load
    }
    const timeoutMs = this.#warm ? this.#timeoutMs : COLD_WORKER_TIMEOUT_MS;
    let call: InFlight | undefined;
    const failure = new Promise<never>((_, reject) => {
      call = { dueAt: performance.now() + timeoutMs, fail: reject };
    });
    this.#inFlight.add(call!);
    this.#watchdog.restart(timeoutMs);
    try {
      // Callers pass plain data: Svelte state proxies cannot cross the boundary (nor be cloned).
      const result = await Promise.race([invoke(api), failure]);
      this.#warm = true;
      return result;
    } catch (error) {
      this.restart();
      throw error instanceof WorkerFailure ? error : new WorkerFailure(String(error));
    } finally {
      this.#inFlight.delete(call!);
    }
  }

  #failOverdue(): void {
    const now = performance.now();
    for (const call of this.#inFlight) if (call.dueAt <= now + 1) call.fail(new WorkerFailure('timeout'));
    const next = Math.min(...[...this.#inFlight].filter((c) => c.dueAt > now + 1).map((c) => c.dueAt));
    if (Number.isFinite(next)) this.#watchdog.restart(next - now);
  }

  async #ensure(): Promise<Remote<ProjectionApi>> {
    const comlink = await loadComlink();
    if (!this.#worker || !this.#api) {
      const worker = this.#createWorker();
      // A worker that throws fails whatever waits for it (once failed, a call is out of the set).
      worker.addEventListener('error', (event) => {
        if (worker !== this.#worker) return;
        const failure = new WorkerFailure(event.message || 'worker error');
        for (const call of this.#inFlight) call.fail(failure);
      });
      const api = comlink.wrap<ProjectionApi>(worker);
      this.#worker = worker;
      this.#api = api;
      this.#release = () => api[comlink.releaseProxy]();
    }
    return this.#api;
  }

  /** Drops the current worker; the next request starts a fresh one. */
  restart(): void {
    this.#release?.();
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
    this.#release = null;
    this.#warm = false;
  }

  /** For tests and the "worker died" drill: kill the worker without telling the runner. */
  terminateWorkerForTesting(): void {
    this.#worker?.terminate();
  }
}
