import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/model/month';
import { bandOf, runMonteCarlo } from '../../src/model/monte-carlo';
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

describe('Monte Carlo in the worker: a newer request cancels the running one', () => {
  // Logistic paths are all simulated (no exact band): 20 indicators × 20,000 paths × 79 months would take
  // seconds if it were not stopped; null proves it was (only a stale run answers null).
  const big: ProjectionRequest = {
    model: 'logistic',
    horizon: monthIndex('2030-12'),
    indicators: Array.from({ length: 20 }, (_, i) => ({
      id: `i${i}`,
      ceiling: 100,
      start: { month: monthIndex('2024-06'), value: 40 },
      ratePerMonth: 0.5,
      targets: [{ id: 't', value: 90, deadline: monthIndex('2030-12') }],
    })),
  };
  const options = (paths: number) => ({ paths, seed: 1, sigmaById: { i0: 0.5 }, levelSdById: {} });

  it('stops the running run when a newer one comes, and answers the newest', async () => {
    const runner = new ProjectionRunner(createWorker, 60_000);
    const spread = Object.fromEntries(big.indicators.map((i) => [i.id, 0.5]));
    const first = runner.runBands({ request: big, options: { ...options(20_000), sigmaById: spread } });
    // The first run has started and waits at its first pause (this emulated worker delivers messages at
    // once; a browser's delivers them at that pause). Ask again twice: the middle one is dropped, and
    // each newer request tells the worker to stop the running one.
    const middle = runner.runBands({ request: big, options: options(10) });
    const spreadNational = { ...options(100), sigmaById: { national: 0.5 }, levelSdById: { national: 1 } };
    const newest = runner.runBands({ request: request(1), options: spreadNational });
    // The worker stopped the first run at its next pause (it answered null): the runner reports it superseded.
    await expect(first).resolves.toEqual({ kind: 'superseded' });
    await expect(middle).resolves.toEqual({ kind: 'superseded' });
    const answer = await newest;
    expect(answer.kind === 'done' && answer.value?.layout.map((slot) => slot.id)).toEqual(['national']);
    // Same seed, same numbers as the engine run directly (the browser's worker is checked by npm run bench).
    const direct = runMonteCarlo(request(1), spreadNational)!;
    const { rows } = bandOf(direct, 'national')!;
    expect(rows[0]!.at(-1)!).toBeLessThan(rows[4]!.at(-1)!); // a real band: the paths differ
    expect(answer.kind === 'done' && Array.from(answer.value!.bands)).toEqual(Array.from(direct.bands));
    runner.restart();
  });
});
