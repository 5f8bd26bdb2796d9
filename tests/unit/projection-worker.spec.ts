import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/model/month';
import { seriesOf } from '../../src/model/project-scenario';
import type { ProjectionRequest } from '../../src/model/projection-types';
import { ProjectionRunner } from '../../src/runner/projection-runner';

const createWorker = () =>
  new Worker(new URL('../../src/worker/projection.worker.ts', import.meta.url), { type: 'module' });

const request = (rate: number): ProjectionRequest => ({
  model: 'linear',
  horizon: monthIndex('2025-12'),
  indicators: [
    {
      id: 'national',
      ceiling: 100,
      start: { month: monthIndex('2024-06'), value: 42 },
      ratePerMonth: rate,
      targets: [{ id: 't', value: 100, deadline: monthIndex('2025-12') }],
    },
  ],
});

describe('projection worker through the runner', () => {
  it('returns the packed series and verdicts computed off the main thread', async () => {
    const runner = new ProjectionRunner(createWorker);
    const outcome = await runner.run(request(2));
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.value.series).toBeInstanceOf(Float64Array);
    // 42 + 2·18 = 78 at 2025-12
    expect(seriesOf(outcome.value, 'national')!.values.at(-1)).toBeCloseTo(78, 9);
    expect(outcome.value.verdicts[0]!.status).toBe('missed');
    runner.restart();
  });

  it('starts a fresh worker after a restart and still answers', async () => {
    const runner = new ProjectionRunner(createWorker);
    await runner.run(request(1));
    runner.restart();
    const outcome = await runner.run(request(58 / 18));
    expect(outcome.kind === 'done' && outcome.value.verdicts[0]!.status).toBe('reached');
    runner.restart();
  });
});
