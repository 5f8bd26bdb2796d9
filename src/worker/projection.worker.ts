/// <reference lib="webworker" />
// The worker only exposes the engine; all logic lives in src/model/.
import { expose, transfer, type Endpoint } from 'comlink';
import { projectScenario } from '../model/project-scenario';
import type { ProjectionRequest, ProjectionResult } from '../model/projection-types';

const api = {
  /** Projects the scenario; the packed series buffer is transferred, not copied. */
  project(request: ProjectionRequest): ProjectionResult {
    const result = projectScenario(request);
    return transfer(result, [result.series.buffer]);
  },
};

export type ProjectionApi = typeof api;

expose(api, self as unknown as Endpoint);
