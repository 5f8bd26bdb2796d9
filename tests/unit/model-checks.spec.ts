// Runs tests/model-checks.json: expectations written as data (see its `about`), validated at this edge.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { leaveOneOutSpreads } from '../../src/model/backtest';
import { spreadOptions, type BandSpread } from '../../src/model/band-spread';
import { defaultRates } from '../../src/model/baseline';
import { GROWTH_MODELS } from '../../src/model/growth-models';
import { monthIndex } from '../../src/model/month';
import { runMonteCarlo, type MonteCarloResult } from '../../src/model/monte-carlo';
import { projectScenario, seriesOf } from '../../src/model/project-scenario';
import { latestDataset, dataset2024 } from '../../src/model/bundled-vintages';
import { buildRequest } from '../../src/state/build-request';
import { spreadsOf, UNCERTAINTY_SETTINGS } from '../../src/state/uncertainty';
import checksJson from '../model-checks.json';

const Month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const Range = v.tuple([v.number(), v.number()]);
const Scenario = v.object({
  vintage: v.picklist(['seed', 'latest']),
  model: v.optional(v.picklist(GROWTH_MODELS), 'linear'),
  rates: v.optional(v.record(v.string(), v.number()), {}),
  uncertainty: v.optional(v.picklist([...UNCERTAINTY_SETTINGS, 'hindsight']), 'off'),
  paths: v.optional(v.number(), 2000),
  seed: v.optional(v.number(), 1),
});
const Common = { name: v.string(), why: v.string(), scenario: Scenario, indicator: v.string() };
const Check = v.variant('kind', [
  v.object({ ...Common, kind: v.literal('value'), month: Month, within: Range }),
  v.object({
    ...Common,
    kind: v.literal('reached'),
    target: v.string(),
    by: Month,
    expected: v.optional(v.boolean(), true),
  }),
  v.object({
    ...Common,
    kind: v.literal('band'),
    month: Month,
    band: v.picklist(['10-90', '25-75']),
    value: v.number(),
    expected: v.optional(v.boolean(), true),
  }),
  v.object({ ...Common, kind: v.literal('probability'), target: v.string(), within: Range }),
]);
const checks = v.parse(v.object({ about: v.string(), checks: v.array(Check) }), checksJson).checks;
type Check = (typeof checks)[number];

const vintages = { seed: dataset2024(), latest: latestDataset() };
/** Every series runs to the end of 2030, past every month and deadline the checks name. */
const HORIZON = monthIndex('2030-12');

function run(scenario: Check['scenario']) {
  const dataset = vintages[scenario.vintage];
  const request = buildRequest(
    dataset,
    {
      model: scenario.model,
      horizon: HORIZON,
      splitLevels: false,
      rateOverrides: scenario.rates,
      userObservations: {},
      trendWindow: 'sinceBreak',
    },
    defaultRates(dataset.indicators, {}),
  );
  const bands = (): MonteCarloResult => {
    const spreads: Map<string, BandSpread> =
      scenario.uncertainty === 'hindsight'
        ? leaveOneOutSpreads(vintages.seed, vintages.latest)
        : new Map([...spreadsOf(dataset, {}, scenario.uncertainty, 0)].map(([id, s]) => [id, s.band]));
    const options = { paths: scenario.paths, seed: scenario.seed, ...spreadOptions(spreads) };
    return runMonteCarlo(request, options)!;
  };
  return { projection: projectScenario(request), bands };
}

describe('model checks (tests/model-checks.json)', () => {
  it.each(checks.map((check) => [check.name, check] as const))('%s', (_name, check) => {
    const { projection, bands } = run(check.scenario);
    switch (check.kind) {
      case 'value': {
        const series = seriesOf(projection, check.indicator)!;
        const value = series.values[monthIndex(check.month) - series.startMonth]!;
        expect(value, check.why).toBeGreaterThanOrEqual(check.within[0]);
        expect(value, check.why).toBeLessThanOrEqual(check.within[1]);
        break;
      }
      case 'reached': {
        const verdict = projection.verdicts.find(
          (x) => x.indicatorId === check.indicator && x.targetId === check.target,
        )!;
        const reached = verdict.reachedMonth !== null && verdict.reachedMonth <= monthIndex(check.by);
        expect(reached, check.why).toBe(check.expected);
        break;
      }
      case 'band': {
        const result = bands();
        const slot = result.layout.find((s) => s.id === check.indicator)!;
        const k = monthIndex(check.month) - slot.startMonth;
        const [low, high] = check.band === '10-90' ? [0, 4] : [1, 3];
        const edge = (row: number) => result.bands[slot.offset + row * slot.length + k]!;
        const holds = check.value >= edge(low) && check.value <= edge(high);
        expect(holds, `${check.why} (band ${edge(low)}–${edge(high)})`).toBe(check.expected);
        break;
      }
      case 'probability': {
        const p = bands().probabilities.find(
          (x) => x.indicatorId === check.indicator && x.targetId === check.target,
        )!;
        expect(p.probability, check.why).toBeGreaterThanOrEqual(check.within[0]);
        expect(p.probability, check.why).toBeLessThanOrEqual(check.within[1]);
        break;
      }
    }
  });
});
