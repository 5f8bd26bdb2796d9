import { describe, expect, it } from 'vitest';
import { countedPoints, defaultRate } from '../../src/model/baseline';
import { monthIndex } from '../../src/model/month';
import { runMonteCarlo } from '../../src/model/monte-carlo';
import { runMonteCarloInChunks } from '../../src/model/monte-carlo-chunked';
import { dataset2024 } from '../../src/model/bundled-vintages';
import { buildRequest } from '../../src/state/build-request';

const dataset = dataset2024();
const defaults = new Map(dataset.indicators.map((i) => [i.id, defaultRate(countedPoints(i.observations))]));
const request = buildRequest(
  dataset,
  {
    model: 'linear',
    horizon: monthIndex('2026-12'),
    splitLevels: true,
    rateOverrides: {},
    userObservations: {},
    trendWindow: 'all',
  },
  defaults,
);
const sigmaById = Object.fromEntries(dataset.indicators.map((i) => [i.id, 0.5]));
const options = { paths: 400, seed: 7, sigmaById };
const pause = () => Promise.resolve();

describe('runMonteCarloInChunks', () => {
  it('gives bit-identical bands and probabilities to a single run', async () => {
    const whole = runMonteCarlo(request, options)!;
    const chunked = (await runMonteCarloInChunks(request, options, pause, () => false))!;
    expect(chunked.layout).toEqual(whole.layout);
    expect(Array.from(chunked.bands)).toEqual(Array.from(whole.bands));
    expect(chunked.probabilities).toEqual(whole.probabilities);
  });

  it('stops at the next pause once a newer request made it stale', async () => {
    let pauses = 0;
    const result = await runMonteCarloInChunks(
      request,
      options,
      async () => void pauses++,
      () => pauses > 3,
    );
    expect(result).toBeNull();
    expect(pauses).toBe(4);
  });
});
