import { describe, expect, it } from 'vitest';
import { countedPoints, defaultRate } from '../model/baseline';
import { monthIndex } from '../model/month';
import { projectScenario } from '../model/project-scenario';
import { buildRequest } from './build-request';
import { activePreset, planRates } from './presets';
import { seed } from './spec-fixtures';

const dataset = seed;
const defaults = new Map(dataset.indicators.map((i) => [i.id, defaultRate(countedPoints(i.observations))]));
const verdictsFor = (splitLevels: boolean) =>
  projectScenario(
    buildRequest(
      dataset,
      {
        model: 'linear',
        horizon: monthIndex('2026-12'),
        splitLevels,
        rateOverrides: {},
        userObservations: {},
        trendWindow: 'sinceBreak',
      },
      defaults,
    ),
  ).verdicts;

describe('planRates', () => {
  it('sets the dossier share to what its nearest target (80% by 2024-12) needs: 38/6 → 6.34', () => {
    expect(planRates(dataset, verdictsFor(false), false)['dossiersFullOnline']).toBe(6.34);
  });
  it('sets the services rate to 25/5 = 5 for 80% by 2024-12', () => {
    expect(planRates(dataset, verdictsFor(false), false)['servicesFullOnline']).toBe(5);
  });
  it('leaves indicators without a reachable-by-rate target (no baseline, already met, no target) on trend', () => {
    const plan = planRates(dataset, verdictsFor(false), false);
    expect(plan).not.toHaveProperty('adultsUsingOnlineServices');
    expect(plan).not.toHaveProperty('paymentAccounts');
    expect(plan).not.toHaveProperty('fibreHouseholds');
  });
  it('split by level: both levels get the common rate, 80% by 2024-12 needing localities +63 in 6 months', () => {
    // Mix: national = w·min(100, 61 + 6r) + (1 − w)(17 + 6r) = 80 with w = 25/44.
    // If ministries stay under 100 (r ≤ 6.5): 42 + 6r = 80 → r = 6.333 → shown 6.34.
    const plan = planRates(dataset, verdictsFor(true), true);
    expect(plan['dossiersFullOnlineMinistries']).toBe(6.34);
    expect(plan['dossiersFullOnlineLocalities']).toBe(6.34);
  });
});

describe('activePreset', () => {
  it.each([
    [{}, { a: 1 }, 'trend'],
    [{ a: 1 }, { a: 1 }, 'plan'],
    [{ a: 2 }, { a: 1 }, 'custom'],
    [{ a: 1, b: 3 }, { a: 1 }, 'custom'],
  ] as const)('%j with plan %j → %s', (overrides, plan, expected) => {
    expect(activePreset(overrides, plan)).toBe(expected);
  });
});
