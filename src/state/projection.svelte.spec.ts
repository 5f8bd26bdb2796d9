import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { projectScenario } from '../model/project-scenario';
import type { IndicatorInput, ProjectionRequest } from '../model/projection-types';
import type { ProjectionRunner } from '../runner/projection-runner';
import { ProjectionState } from './projection.svelte';

const input = (id: string, ratePerMonth: number): IndicatorInput => ({
  id,
  ceiling: 100,
  start: { month: 0, value: 50 },
  ratePerMonth,
  targets: [{ id: `${id}-t`, value: 60, deadline: 10 }],
});
const request = (fibre: number, services = 1): ProjectionRequest => ({
  model: 'linear',
  horizon: 12,
  indicators: [input('fibre', fibre), input('services', services)],
});
const settle = () => new Promise((r) => setTimeout(r));

/** A runner whose worker is the engine itself, called in the same thread. */
function inlineRunner(): ProjectionRunner & { asked: number } {
  const runner = {
    asked: 0,
    run: async (req: ProjectionRequest) => {
      runner.asked++;
      return { kind: 'done' as const, value: projectScenario(req) };
    },
  };
  return runner as unknown as ProjectionRunner & { asked: number };
}

describe('ProjectionState', () => {
  it('is ready once every indicator replied, keyed by indicator', async () => {
    const state = new ProjectionState(inlineRunner());
    expect(state.ready).toBe(false);
    state.update(request(1));
    await settle();
    flushSync();
    expect(state.ready).toBe(true);
    // 50 + 1·12 = 62 at the horizon; the target of 60 by month 10 is reached (50 + 10 = 60).
    expect(state.series('fibre')!.values.at(-1)).toBe(62);
    expect(state.verdictsOf('fibre')[0]!.status).toBe('reached');
    expect(state.verdicts.map((v) => v.indicatorId)).toEqual(['fibre', 'services']);
  });

  it('shows a seeded projection at once and asks the worker only for what changes after it', async () => {
    const runner = inlineRunner();
    const state = new ProjectionState(runner);
    const first = request(1);
    state.prime(first, projectScenario(first));
    expect(state.ready).toBe(true);
    expect(state.series('fibre')!.values.at(-1)).toBe(62);
    // The page's first update hands over the very request it was seeded with: nothing to ask.
    state.update(first);
    await settle();
    expect(runner.asked).toBe(0);
    // A step on one slider asks for that indicator only.
    const services = state.series('services');
    state.update(request(0.5));
    await settle();
    expect(runner.asked).toBe(1);
    expect(state.series('services')).toBe(services);
    expect(state.series('fibre')!.values.at(-1)).toBe(56); // 50 + 0.5·12
  });

  it('rewrites only the indicator a step changed: the other keeps its very objects', async () => {
    const state = new ProjectionState(inlineRunner());
    state.update(request(1));
    await settle();
    const services = state.series('services');
    const servicesVerdicts = state.verdictsOf('services');
    const fibre = state.series('fibre');
    state.update(request(0.5));
    await settle();
    expect(state.series('services')).toBe(services);
    expect(state.verdictsOf('services')).toBe(servicesVerdicts);
    expect(state.series('fibre')).not.toBe(fibre);
    expect(state.verdictsOf('fibre')[0]!.status).toBe('missed'); // 50 + 0.5·10 = 55 < 60
  });

  it('packs the keyed replies back into one engine result for exports', async () => {
    const state = new ProjectionState(inlineRunner());
    state.update(request(1, 2));
    await settle();
    state.update(request(0.5, 2));
    await settle();
    const packed = state.packed()!;
    const whole = projectScenario(request(0.5, 2));
    expect(packed.layout).toEqual(whole.layout);
    expect([...packed.series]).toEqual([...whole.series]);
    expect(packed.verdicts).toEqual(whole.verdicts);
  });

  it('shows a worker failure and recovers with a retry on a fresh worker', async () => {
    let fail = true;
    const runner = {
      run: async (req: ProjectionRequest) => {
        if (fail) {
          fail = false;
          throw new Error('timeout');
        }
        return { kind: 'done' as const, value: projectScenario(req) };
      },
    } as unknown as ProjectionRunner;
    const state = new ProjectionState(runner);
    state.update(request(1));
    await settle();
    expect(state.error).toBe('timeout');
    expect(state.ready).toBe(true);
  });
});
