// The worker only exposes the engine (all logic lives in src/model/); scheduling lives in src/runner/.
import { expose, transfer, type Endpoint } from 'comlink';
import type { MonteCarloOptions, MonteCarloResult } from '../model/monte-carlo';
import { runMonteCarloInChunks } from '../model/monte-carlo-chunked';
import { projectScenario } from '../model/project-scenario';
import type { ProjectionRequest, ProjectionResult } from '../model/projection-types';

let latestBands = 0;
// A task boundary every ~8 ms of work lets a newer request's message in, which marks the running one stale.
// MessageChannel, not setTimeout: nested timeouts are clamped to 4 ms each.
const channel = new MessageChannel();
let lastPause = 0;
const pause = () => {
  const now = performance.now();
  if (now - lastPause < 8) return Promise.resolve();
  lastPause = now;
  return new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
};

const api = {
  /** Projects the scenario; the packed series buffer is transferred, not copied. */
  project(request: ProjectionRequest): ProjectionResult {
    const result = projectScenario(request);
    return transfer(result, [result.series.buffer]);
  },

  /** Uncertainty bands and probabilities; null when a newer request superseded this one mid-run. */
  async monteCarlo(
    request: ProjectionRequest,
    options: Omit<MonteCarloOptions, 'shouldAbort'>,
  ): Promise<MonteCarloResult | null> {
    const id = ++latestBands;
    const result = await runMonteCarloInChunks(request, options, pause, () => id !== latestBands);
    return result ? transfer(result, [result.bands.buffer]) : null;
  },

  /** Marks the running Monte Carlo stale; it returns null at its next pause. */
  cancelBands(): void {
    latestBands++;
  },
};

export type ProjectionApi = typeof api;

expose(api, self as unknown as Endpoint);
