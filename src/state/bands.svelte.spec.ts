import { describe, expect, it } from 'vitest';
import type { MonteCarloResult } from '../model/monte-carlo';
import type { ProjectionRequest } from '../model/projection-types';
import type { BandsJob, ProjectionRunner } from '../runner/projection-runner';
import type { Outcome } from '../runner/latest-wins';
import { BandsState } from './bands.svelte';

const job = (horizon: number): BandsJob => ({
  request: { model: 'linear', horizon, indicators: [] } satisfies ProjectionRequest,
  options: { paths: 100, seed: 1, sigmaById: { fibre: 0.5 } },
});

/**
 * Bands of one indicator 'fibre' from month 10, two months long, every quantile row filled with `base + row`
 * (p10 = base, …, p90 = base + 4), and one target probability.
 */
const result = (base: number): MonteCarloResult => ({
  bands: Float64Array.from({ length: 10 }, (_, k) => base + Math.floor(k / 2)),
  layout: [{ id: 'fibre', startMonth: 10, offset: 0, length: 2 }],
  probabilities: [
    { indicatorId: 'fibre', targetId: 'f80', probability: base / 100, month50: 12, month90: null },
  ],
});

/** A runner whose bands replies the test settles by hand, in any order (a real one may answer late). */
function manualRunner() {
  const calls: {
    job: BandsJob;
    settle: (o: Outcome<MonteCarloResult | null>) => void;
    fail: (e: Error) => void;
  }[] = [];
  const runner = {
    runBands: (asked: BandsJob) =>
      new Promise<Outcome<MonteCarloResult | null>>((resolve, reject) =>
        calls.push({ job: asked, settle: resolve, fail: reject }),
      ),
  } as unknown as ProjectionRunner;
  return { runner, calls };
}

describe('BandsState', () => {
  it('is running from the request until its reply, then shows the reply', async () => {
    const { runner, calls } = manualRunner();
    const bands = new BandsState(runner);
    expect(bands.running).toBe(false);
    const done = bands.request(job(24));
    expect(bands.running).toBe(true);
    expect(bands.result).toBeNull();
    calls[0]!.settle({ kind: 'done', value: result(40) });
    await done;
    expect(bands.running).toBe(false);
    expect(bands.result).toEqual(result(40));
  });

  it('drops the reply to a superseded request, even when it arrives after the newer one', async () => {
    const { runner, calls } = manualRunner();
    const bands = new BandsState(runner);
    const first = bands.request(job(24));
    const second = bands.request(job(36));
    expect(calls.map((c) => c.job.request.horizon)).toEqual([24, 36]);
    calls[1]!.settle({ kind: 'done', value: result(60) });
    await second;
    calls[0]!.settle({ kind: 'done', value: result(40) });
    await first;
    expect(bands.result).toEqual(result(60));
    expect(bands.running).toBe(false);
  });

  it('keeps running while only the superseded request has answered', async () => {
    const { runner, calls } = manualRunner();
    const bands = new BandsState(runner);
    const first = bands.request(job(24));
    void bands.request(job(36));
    calls[0]!.settle({ kind: 'done', value: result(40) });
    await first;
    expect(bands.result).toBeNull(); // the older reply is not shown
    expect(bands.running).toBe(true); // the newer one is still out
  });

  it('keeps the last bands when the runner says the request was superseded or cancelled (null)', async () => {
    const { runner, calls } = manualRunner();
    const bands = new BandsState(runner);
    const first = bands.request(job(24));
    calls[0]!.settle({ kind: 'done', value: result(40) });
    await first;
    const superseded = bands.request(job(36));
    calls[1]!.settle({ kind: 'superseded' });
    await superseded;
    expect(bands.result).toEqual(result(40));
    const cancelled = bands.request(job(48));
    calls[2]!.settle({ kind: 'done', value: null });
    await cancelled;
    expect(bands.result).toEqual(result(40));
    expect(bands.running).toBe(false);
  });

  it('request(null) clears the bands at once and ignores the reply still in flight', async () => {
    const { runner, calls } = manualRunner();
    const bands = new BandsState(runner);
    const first = bands.request(job(24));
    calls[0]!.settle({ kind: 'done', value: result(40) });
    await first;
    const pending = bands.request(job(36));
    await bands.request(null);
    expect(bands.result).toBeNull();
    expect(bands.running).toBe(false);
    expect(calls).toHaveLength(2); // null asks the runner for nothing
    calls[1]!.settle({ kind: 'done', value: result(60) });
    await pending;
    expect(bands.result).toBeNull();
    expect(bands.running).toBe(false);
  });

  it('survives a worker failure: the last bands stay, running ends, the next request works', async () => {
    const { runner, calls } = manualRunner();
    const bands = new BandsState(runner);
    const first = bands.request(job(24));
    calls[0]!.settle({ kind: 'done', value: result(40) });
    await first;
    const failing = bands.request(job(36));
    calls[1]!.fail(new Error('timeout'));
    await expect(failing).resolves.toBeUndefined();
    expect(bands.result).toEqual(result(40));
    expect(bands.running).toBe(false);
    const retry = bands.request(job(36));
    calls[2]!.settle({ kind: 'done', value: result(60) });
    await retry;
    expect(bands.result).toEqual(result(60));
  });

  it('reads one indicator’s fan and one target’s probability from the shown bands', async () => {
    const { runner, calls } = manualRunner();
    const bands = new BandsState(runner);
    expect(bands.fan('fibre')).toBeNull();
    expect(bands.probability('fibre', 'f80')).toBeNull();
    const done = bands.request(job(24));
    calls[0]!.settle({ kind: 'done', value: result(40) });
    await done;
    // Row j holds 40 + j for both months: p10 = 40, p50 = 42, p90 = 44.
    const fan = bands.fan('fibre')!;
    expect(fan.startMonth).toBe(10);
    expect(fan.rows.map((row) => [...row])).toEqual([
      [40, 40],
      [41, 41],
      [42, 42],
      [43, 43],
      [44, 44],
    ]);
    expect(bands.fan('services')).toBeNull();
    expect(bands.probability('fibre', 'f80')).toMatchObject({ probability: 0.4, month50: 12 });
    expect(bands.probability('fibre', 'other')).toBeNull();
  });
});
