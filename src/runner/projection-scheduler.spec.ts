import { describe, expect, it } from 'vitest';
import { projectScenario } from '../model/project-scenario';
import type { IndicatorInput, ProjectionRequest, ProjectionResult } from '../model/projection-types';
import type { Outcome } from './latest-wins';
import { ProjectionScheduler } from './projection-scheduler';

const input = (id: string, ratePerMonth: number, over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  id,
  ceiling: 100,
  start: { month: 0, value: 50 },
  ratePerMonth,
  targets: [],
  ...over,
});
const mix = { ministries: 'min', localities: 'loc', weight: 0.4 };
const request = (rates: Record<string, number>, horizon = 12): ProjectionRequest => ({
  model: 'linear',
  horizon,
  indicators: [
    input('fibre', rates['fibre'] ?? 1),
    input('min', rates['min'] ?? 1),
    input('loc', rates['loc'] ?? 1),
    input('national', 0, { mix }),
  ],
});

/** A worker stand-in that answers when the test says so, recording what it was asked. */
function controlledRun() {
  const asked: string[][] = [];
  const pending: Array<() => void> = [];
  let fail = 0;
  const run = (req: ProjectionRequest) =>
    new Promise<Outcome<ProjectionResult>>((resolve, reject) => {
      asked.push(req.indicators.map((i) => i.id));
      pending.push(() =>
        fail-- > 0
          ? reject(new Error('worker died'))
          : resolve({ kind: 'done', value: projectScenario(req) }),
      );
    });
  const answer = async () => {
    pending.shift()!();
    await new Promise((r) => setTimeout(r));
  };
  return { run, asked, answer, failNext: (n: number) => (fail = n) };
}

function setup() {
  const worker = controlledRun();
  const replies: string[][] = [];
  const errors: (string | null)[] = [];
  const scheduler = new ProjectionScheduler(worker.run, {
    reply: (_, asked) => replies.push([...asked]),
    error: (message) => errors.push(message),
  });
  return { worker, replies, errors, scheduler };
}

describe('ProjectionScheduler', () => {
  it('asks for everything first, then only for the indicator a step changed', async () => {
    const { worker, replies, scheduler } = setup();
    scheduler.update(request({}));
    await worker.answer();
    scheduler.update(request({ fibre: 2 }));
    await worker.answer();
    expect(worker.asked).toEqual([['fibre', 'min', 'loc', 'national'], ['fibre']]);
    expect(replies.at(-1)).toEqual(['fibre']);
  });

  it('sends a moved level with the mixed line, and the mixed line with both its levels', async () => {
    const { worker, replies, scheduler } = setup();
    scheduler.update(request({}));
    await worker.answer();
    scheduler.update(request({ min: 2 }));
    await worker.answer();
    expect(worker.asked[1]).toEqual(['min', 'national', 'loc']);
    // Only what changed is rewritten: the level that moved and the mix, not the other level.
    expect(replies[1]).toEqual(['min', 'national']);
  });

  it('gathers the steps made while a request is out and sends their newest inputs once', async () => {
    const { worker, scheduler } = setup();
    scheduler.update(request({}));
    scheduler.update(request({ fibre: 2 }));
    scheduler.update(request({ fibre: 3, loc: 2 }));
    expect(worker.asked).toHaveLength(1);
    await worker.answer();
    expect(worker.asked[1]).toEqual(['fibre', 'loc', 'national', 'min']);
    await worker.answer();
    expect(worker.asked).toHaveLength(2);
  });

  it('asks for nothing when an identical scenario comes again, and for everything when the horizon moves', async () => {
    const { worker, scheduler } = setup();
    scheduler.update(request({}));
    await worker.answer();
    scheduler.update(request({}));
    expect(worker.asked).toHaveLength(1);
    scheduler.update(request({}, 24));
    expect(worker.asked[1]).toEqual(['fibre', 'min', 'loc', 'national']);
  });

  it('retries once on a failure, keeps the notice after the recovery, and clears it on the next success', async () => {
    const { worker, errors, replies, scheduler } = setup();
    worker.failNext(1);
    scheduler.update(request({}));
    await worker.answer(); // fails
    await worker.answer(); // the retry succeeds
    expect(errors).toEqual(['worker died']);
    expect(replies).toHaveLength(1);
    scheduler.update(request({ fibre: 2 }));
    await worker.answer();
    expect(errors).toEqual(['worker died', null]);
  });

  it('gives up after two failures in a row and tries again with the next change', async () => {
    const { worker, scheduler } = setup();
    worker.failNext(2);
    scheduler.update(request({}));
    await worker.answer();
    await worker.answer();
    expect(worker.asked).toHaveLength(2);
    scheduler.update(request({ fibre: 2 }));
    expect(worker.asked[2]).toEqual(['fibre', 'min', 'loc', 'national']);
  });
});
