// The worker only exposes the engine: scheduling and cancellation live in src/runner/.
import { expose, transfer, type Endpoint } from 'comlink';
import { runMonteCarlo, type MonteCarloOptions, type MonteCarloResult } from '../model/monte-carlo';
import { projectScenario } from '../model/project-scenario';
import type { ProjectionRequest, ProjectionResult } from '../model/projection-types';

const api = {
  /** Projects the scenario; the packed series buffer is transferred, not copied. */
  project(request: ProjectionRequest): ProjectionResult {
    const result = projectScenario(request);
    return transfer(result, [result.series.buffer]);
  },

  /** Uncertainty bands and probabilities (null only if the engine gave up); the runner cancels by ending the worker. */
  monteCarlo(
    request: ProjectionRequest,
    options: Omit<MonteCarloOptions, 'shouldAbort'>,
  ): MonteCarloResult | null {
    const result = runMonteCarlo(request, options);
    return result ? transfer(result, [result.bands.buffer]) : null;
  },
};

export type ProjectionApi = typeof api;

// `self`, not comlink's default `globalThis`: the same object in browsers, but not in the test runner's
// workers. Cast because the client's (DOM) check also reads this file, where `self` is a Window.
expose(api, self as unknown as Endpoint);
