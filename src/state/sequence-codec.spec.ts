import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeSteps,
  encodeSteps,
  MAX_STEPS,
  stepParams,
  stepQuery,
  type SequenceStep,
} from './sequence-codec';

describe('encodeSteps: each step its own small scenario', () => {
  it.each<[string, SequenceStep[], string]>([
    [
      'a note and the rate of the step’s indicator',
      [{ query: '?data=2024&ind=x&r.x=2', note: 'Tốc độ 2' }],
      'Tốc_độ_2*ind~x*r~2',
    ],
    [
      'another vintage is written, the link’s is not',
      [{ query: '?data=latest-2026&h=2030-12', note: '' }],
      '*data~latest-2026*h~2030-12',
    ],
    [
      'another indicator’s rate keeps its id',
      [{ query: '?data=2024&ind=x&r.y=1.5', note: 'a' }],
      'a*ind~x*r.y~1.5',
    ],
    [
      'figures of the step’s indicator',
      [{ query: '?data=2024&ind=x&o.x=2025-06:60,2025-12:70', note: 'b' }],
      'b*ind~x*o~2025-06:60,2025-12:70',
    ],
    ['separators in a note are escaped', [{ query: '?data=2024', note: 'a~b!c*d_e f' }], 'a~0b~1c~2d~3e_f'],
    [
      'two steps',
      [
        { query: '?data=2024&ind=x', note: '1' },
        { query: '?data=2024&ind=y&r.y=-0.5', note: '2' },
      ],
      '1*ind~x!2*ind~y*r~-0.5',
    ],
    // A whole link's view parameters and an older sequence are not the step's: they are dropped.
    [
      'view parameters dropped',
      [{ query: '?v=3&data=2024&present=1&lang=en&steps=x*y~1&ind=x&r.x=1', note: '' }],
      '*ind~x*r~1',
    ],
  ])('%s', (_, steps, text) => {
    expect(encodeSteps(steps, '2024')).toBe(text);
  });
});

describe('decodeSteps', () => {
  it.each([
    ['too many steps', Array.from({ length: MAX_STEPS + 1 }, () => 'a').join('!')],
    ['a note too long', 'x'.repeat(201)],
    ['a field without a key', 'a*~1'],
    ['a key a step cannot hold', 'a*present~1'],
    ['a value with other characters', 'a*ind~x%20y'],
  ])('refuses %s', (_, text) => {
    expect(decodeSteps(text, '2024')).toBeUndefined();
  });
  it('starts from the link’s vintage, then from the step before', () => {
    expect(decodeSteps('Bước_1*ind~x*r~2!*data~latest-2026!*r~3*h~2030-12!*r~', '2024')).toEqual([
      { query: '?data=2024&ind=x&r.x=2', note: 'Bước 1' },
      { query: '?data=latest-2026&ind=x&r.x=2', note: '' },
      { query: '?data=latest-2026&ind=x&h=2030-12&r.x=3', note: '' },
      { query: '?data=latest-2026&ind=x&h=2030-12', note: '' }, // `r~` removes the rate
    ]);
  });
  it('writes only what changed from the step before', () => {
    const steps = [
      { query: '?data=2024&ind=x&r.x=2&r.y=1', note: '1' },
      { query: '?data=2024&ind=y&r.x=2&r.y=1.5', note: '2' },
      { query: '?data=2024&ind=y&r.y=1.5', note: '3' },
    ];
    expect(encodeSteps(steps, '2024')).toBe('1*ind~x*r~2*r.y~1!2*ind~y*r~1.5!3*r.x~');
  });
});

describe('a sequence round-trips', () => {
  const id = fc.constantFrom('dossiersFullOnline', 'servicesFullOnline', 'fibreHouseholds');
  const number = fc
    .double({ min: -5, max: 100, noNaN: true })
    .map(String)
    .filter((t) => !t.includes('e'));
  const step = fc
    .record({
      data: fc.constantFrom('2024', 'latest-2026'),
      focus: fc.option(id, { nil: undefined }),
      rates: fc.uniqueArray(fc.tuple(id, number), { selector: ([i]) => i, maxLength: 3 }),
      note: fc.string({ maxLength: MAX_STEPS * 10 }).filter((n) => [...n].length <= 200),
    })
    .map(({ data, focus, rates, note }): SequenceStep => {
      const params: [string, string][] = [['data', data]];
      if (focus) params.push(['ind', focus]);
      for (const [rateId, rate] of rates) params.push([`r.${rateId}`, rate]);
      return { query: stepQuery(params, data), note };
    });
  it('through encodeSteps and decodeSteps', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: MAX_STEPS }), (steps) => {
        expect(decodeSteps(encodeSteps(steps, '2024'), '2024')).toEqual(steps);
      }),
    );
  });
  it('keeps a step’s parameters in order', () => {
    expect(stepParams('?v=3&data=2024&m=logistic&ind=x')).toEqual([
      ['data', '2024'],
      ['m', 'logistic'],
      ['ind', 'x'],
    ]);
  });
});
