import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../model/month';
import type { ChartInputs } from './chart-inputs';
import { chartSignature } from './chart-signature';
import { chartInputs } from './spec-inputs';

const JUNE_2024 = monthIndex('2024-06');
const base = chartInputs({ projection: { startMonth: JUNE_2024, values: Float64Array.of(42, 45) } });
const sign = (inputs: ChartInputs, lang = 'vi') => chartSignature(inputs, 1, 2, lang);

describe('chartSignature', () => {
  it('is the same for an equal copy (nothing to redraw)', () => {
    const copy = { ...base, projection: { startMonth: JUNE_2024, values: Float64Array.of(42, 45) } };
    expect(sign(copy)).toBe(sign(base));
  });
  it.each<[string, Partial<ChartInputs>]>([
    ['a projected value', { projection: { startMonth: JUNE_2024, values: Float64Array.of(42, 46) } }],
    ['the projection start', { projection: { startMonth: JUNE_2024 + 1, values: Float64Array.of(42, 45) } }],
    ['a reference line', { reference: { startMonth: JUNE_2024, values: Float64Array.of(40) } }],
    ['today', { asOfMonth: JUNE_2024 + 24 }],
    ['a figure the user added', { userObservations: [{ month: JUNE_2024 + 1, value: 50 }] }],
    ['a context target', { contextTargets: { x: 'services' } }],
  ])('changes with %s', (_, over) => {
    expect(sign({ ...base, ...over })).not.toBe(sign(base));
  });
  it('changes with the language', () => {
    expect(sign(base, 'en')).not.toBe(sign(base, 'vi'));
  });
});
