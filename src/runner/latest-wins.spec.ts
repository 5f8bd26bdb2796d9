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

describe('latestWins with abortRunning', () => {
  it('aborts the running call when a newer request comes, and runs the newer one next', async () => {
    const signals: AbortSignal[] = [];
    const started: number[] = [];
    const run = latestWins(
      (n: number, signal: AbortSignal) =>
        new Promise<number>((resolve, reject) => {
          started.push(n);
          signals.push(signal);
          // A call that would never end by itself: only the abort ends it.
          signal.addEventListener('abort', () => reject(new Error('aborted')));
          if (n === 3) resolve(30);
        }),
      { abortRunning: true },
    );
    const first = run(1);
    const second = run(2);
    const third = run(3);
    await expect(first).resolves.toEqual({ kind: 'superseded' });
    await expect(second).resolves.toEqual({ kind: 'superseded' });
    await expect(third).resolves.toEqual({ kind: 'done', value: 30 });
    expect(started).toEqual([1, 3]);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });
});
