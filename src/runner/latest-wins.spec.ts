import { describe, expect, it } from 'vitest';
import { latestWins } from './latest-wins';

/** A call whose completion the test controls. */
function controlledCall() {
  const started: number[] = [];
  const finishers: Array<() => void> = [];
  const call = (n: number) =>
    new Promise<number>((resolve) => {
      started.push(n);
      finishers.push(() => resolve(n * 10));
    });
  return { call, started, finishNext: () => finishers.shift()!() };
}

describe('latestWins', () => {
  it('runs the first request, drops the middle ones, runs only the newest after it', async () => {
    const { call, started, finishNext } = controlledCall();
    const run = latestWins(call);
    const outcomes = [1, 2, 3, 4].map((n) => run(n));
    expect(started).toEqual([1]);
    finishNext();
    await expect(outcomes[0]).resolves.toEqual({ kind: 'done', value: 10 });
    await expect(outcomes[1]).resolves.toEqual({ kind: 'superseded' });
    await expect(outcomes[2]).resolves.toEqual({ kind: 'superseded' });
    await Promise.resolve();
    expect(started).toEqual([1, 4]);
    finishNext();
    await expect(outcomes[3]).resolves.toEqual({ kind: 'done', value: 40 });
  });

  it('passes a failure to its caller and keeps serving later requests', async () => {
    let fail = true;
    const run = latestWins(async (n: number) => {
      if (fail) throw new Error('worker died');
      return n;
    });
    await expect(run(1)).rejects.toThrow('worker died');
    fail = false;
    await expect(run(2)).resolves.toEqual({ kind: 'done', value: 2 });
  });
});

describe('latestWins: onNewer', () => {
  it('is told once per request that arrives while a call is in flight, never when idle', async () => {
    const { call, finishNext } = controlledCall();
    let told = 0;
    const run = latestWins(call, () => told++);
    const first = run(1);
    expect(told).toBe(0);
    const [second, third] = [run(2), run(3)];
    expect(told).toBe(2);
    finishNext();
    await first;
    await expect(second).resolves.toEqual({ kind: 'superseded' });
    await Promise.resolve();
    finishNext();
    await expect(third).resolves.toEqual({ kind: 'done', value: 30 });
    expect(told).toBe(2);
  });
});
