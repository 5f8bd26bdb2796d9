import { wrap, releaseProxy, type Remote } from 'comlink';
import type { ProjectionRequest, ProjectionResult } from '../model/projection-types';
import type { ProjectionApi } from '../worker/projection.worker';
import { latestWins, type Outcome } from './latest-wins';

/** A run longer than this is treated as a dead worker (the engine needs well under 10 ms once started). */
const WORKER_TIMEOUT_MS = 800;
/** A fresh worker first has to load its module; give it longer on a busy machine. */
const COLD_WORKER_TIMEOUT_MS = 5000;

export class WorkerFailure extends Error {}

/**
 * Main-thread side of the projection worker: latest request wins, and a worker that throws, dies or hangs
 * is replaced by a fresh one on the next request. The caller's inputs are never touched.
 */
export class ProjectionRunner {
  #worker: Worker | null = null;
  #api: Remote<ProjectionApi> | null = null;
  #warm = false;
  readonly #createWorker: () => Worker;
  readonly run: (request: ProjectionRequest) => Promise<Outcome<ProjectionResult>>;

  constructor(createWorker: () => Worker) {
    this.#createWorker = createWorker;
    this.run = latestWins((request) => this.#call(request));
  }

  async #call(request: ProjectionRequest): Promise<ProjectionResult> {
    const { worker, api } = this.#ensure();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onError: ((event: ErrorEvent) => void) | undefined;
    const failure = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new WorkerFailure('timeout')),
        this.#warm ? WORKER_TIMEOUT_MS : COLD_WORKER_TIMEOUT_MS,
      );
      onError = (event) => reject(new WorkerFailure(event.message || 'worker error'));
      worker.addEventListener('error', onError);
    });
    try {
      // Snapshot plain data: Svelte state proxies cannot be structured-cloned.
      const result = await Promise.race([api.project(structuredClone(request)), failure]);
      this.#warm = true;
      return result;
    } catch (error) {
      this.restart();
      throw error instanceof WorkerFailure ? error : new WorkerFailure(String(error));
    } finally {
      clearTimeout(timer);
      if (onError) worker.removeEventListener('error', onError);
    }
  }

  #ensure(): { worker: Worker; api: Remote<ProjectionApi> } {
    if (!this.#worker || !this.#api) {
      this.#worker = this.#createWorker();
      this.#api = wrap<ProjectionApi>(this.#worker);
    }
    return { worker: this.#worker, api: this.#api };
  }

  /** Drops the current worker; the next request starts a fresh one. */
  restart(): void {
    this.#api?.[releaseProxy]();
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
    this.#warm = false;
  }

  /** For tests and the "worker died" drill: kill the worker without telling the runner. */
  terminateWorkerForTesting(): void {
    this.#worker?.terminate();
  }
}
