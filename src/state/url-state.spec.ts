import fc from 'fast-check';
import { TREND_WINDOWS } from '../model/baseline';
import { PATH_COUNTS, UNCERTAINTY_SETTINGS } from './uncertainty';
import { IMPORT_MODES } from './with-imported';
import { describe, expect, it } from 'vitest';
import indicatorsJson from '../../seeds/indicators.json';
import { GROWTH_MODELS, type GrowthModel } from '../model/growth-models';
import { monthIndex } from '../model/month';
import type { ScenarioSnapshot } from './build-request';
import {
  linkLanguage,
  decodeUrlState,
  defaultUrlState,
  encodeUrlState,
  MAX_URL_LENGTH,
  TRUNCATED_KEY,
  type IgnoredParam,
  type UrlContext,
  type UrlState,
} from './url-state';

const context: UrlContext = {
  indicators: indicatorsJson.indicators.map((i) => ({
    id: i.id,
    rateRange: i.rateRange as [number, number],
    ceiling: i.ceiling,
  })),
  vintages: ['2024', 'update-2025'],
  defaultVintage: '2024',
  horizons: ['2025-12', '2026-12', '2030-12'].map(monthIndex),
  defaultHorizon: monthIndex('2026-12'),
};
const decode = (search: string) => decodeUrlState(search, context);
const encode = (state: UrlState) => encodeUrlState(state, context);

type Patch = Partial<Omit<UrlState, 'snapshot'>> & { snapshot?: Partial<ScenarioSnapshot> };
/** The default state with some fields changed. */
function stateWith(patch: Patch): UrlState {
  const base = defaultUrlState(context);
  return { ...base, ...patch, snapshot: { ...base.snapshot, ...patch.snapshot } as ScenarioSnapshot };
}
const obs = (month: string, value: number) => ({ month: monthIndex(month), value });
const withModel = (model: GrowthModel): Patch => ({ snapshot: { model } });
const withRate = (id: string, rate: number): Patch => ({ snapshot: { rateOverrides: { [id]: rate } } });
const withObs = (id: string, ...list: [string, number][]): Patch => ({
  snapshot: { userObservations: { [id]: list.map(([month, value]) => obs(month, value)) } },
});

describe('linkLanguage', () => {
  it.each([
    ['?v=3&lang=en', 'en'],
    ['?lang=vi', 'vi'],
    ['', 'vi'],
    ['?lang=fr', 'vi'],
    ['?lang=EN', 'vi'],
  ])('%s asks for %s', (search, lang) => expect(linkLanguage(search)).toBe(lang));
});

describe('encodeUrlState', () => {
  it('writes only the version and the data vintage for the defaults', () => {
    expect(encode(defaultUrlState(context))).toBe('?v=3&data=2024');
  });

  it.each<[Patch, string]>([
    [{ lang: 'en' }, '?v=3&data=2024&lang=en'],
    [{ vintage: 'update-2025' }, '?v=3&data=update-2025'],
    [withModel('compound'), '?v=3&data=2024&m=compound'],
    [{ snapshot: { horizon: monthIndex('2030-12') } }, '?v=3&data=2024&h=2030-12'],
    [{ asOfMonth: monthIndex('2025-12') }, '?v=3&data=2024&asof=2025-12'],
    [{ asOfMonth: 'today' }, '?v=3&data=2024&asof=today'],
    [{ snapshot: { splitLevels: true } }, '?v=3&data=2024&split=1'],
    // Shortest round-trip text of the double: 0.1 + 0.2 is not 0.3.
    [withRate('satisfaction', 0.1 + 0.2), '?v=3&data=2024&r.satisfaction=0.30000000000000004'],
    [withRate('satisfaction', 1e-7), '?v=3&data=2024&r.satisfaction=1e-7'],
    [withRate('satisfaction', -0), '?v=3&data=2024&r.satisfaction=-0'], // String(-0) would say `0`
    // No ceiling: 1e21 prints as `1e+21`; the `+` is dropped because a query reads `+` as a space.
    [withObs('chipIdCards', ['2025-06', 1e21]), '?v=3&data=2024&o.chipIdCards=2025-06:1e21'],
    [withObs('chipIdCards'), '?v=3&data=2024'], // empty list = none
  ])('%j → %s', (patch, expected) => {
    expect(encode(stateWith(patch))).toBe(expected);
  });

  it('gives one URL per state: indicators alphabetical, observations by month', () => {
    const a = {
      rateOverrides: { satisfaction: 1, ipv6Adoption: 2 },
      userObservations: { satisfaction: [obs('2025-12', 80), obs('2025-06', 79)] },
    };
    const b = {
      rateOverrides: { ipv6Adoption: 2, satisfaction: 1 },
      userObservations: { satisfaction: [obs('2025-06', 79), obs('2025-12', 80)] },
    };
    const url = '?v=3&data=2024&r.ipv6Adoption=2&r.satisfaction=1&o.satisfaction=2025-06:79,2025-12:80';
    expect(encode(stateWith({ snapshot: a }))).toBe(url);
    expect(encode(stateWith({ snapshot: b }))).toBe(url);
  });
});

const FULL_URL =
  '?v=3&data=2024&lang=en&m=logistic&h=2030-12&asof=2025-12&split=1&tw=last12&view=hindsight' +
  '&r.servicesFullOnline=3.2&o.dossiersFullOnline=2025-06:60,2025-12:70.5';
const FULL_STATE: UrlState = {
  snapshot: {
    model: 'logistic',
    horizon: 2030 * 12 + 11, // 24371
    splitLevels: true,
    trendWindow: 'last12',
    rateOverrides: { servicesFullOnline: 3.2 },
    userObservations: {
      dossiersFullOnline: [
        { month: 2025 * 12 + 5, value: 60 }, // 24305
        { month: 2025 * 12 + 11, value: 70.5 }, // 24311
      ],
    },
  },
  lang: 'en',
  asOfMonth: 2025 * 12 + 11,
  vintage: '2024',
  view: 'hindsight',
  reference: { kind: 'none' },
  bands: { uncertainty: 'auto', typedSigma: 0.5, paths: 1000, randomSeed: 1 },
  imported: null,
  importMode: 'beside',
  mode: 'normal',
  focus: null,
  sequence: [],
};

describe('presenter and embed views in a link', () => {
  it('carry the mode, the indicator shown and the presenter\u2019s sequence', () => {
    const sequence = [
      { query: '?data=2024', note: 'Xu hướng' },
      {
        query: '?data=2024&ind=dossiersFullOnline&r.dossiersFullOnline=3.23',
        note: 'Cần 3,23 điểm/tháng',
      },
    ];
    const state = stateWith({ mode: 'present', focus: 'dossiersFullOnline', sequence });
    const url = encode(state);
    expect(url).toBe(
      '?v=3&data=2024&present=1&ind=dossiersFullOnline&steps=Xu_h%C6%B0%E1%BB%9Bng!C%E1%BA%A7n_3,23_%C4%91i%E1%BB%83m%2Fth%C3%A1ng*ind~dossiersFullOnline*r~3.23',
    );
    expect(decode(url)).toEqual({ state, ignored: [] });
  });
  it.each([
    ['?present=2', 'present', 'badValue'],
    ['?ind=nope', 'ind', 'unknownIndicator'],
    ['?steps=a*present~1', 'steps', 'badValue'],
    [`?steps=${'x'.repeat(6001)}`, 'steps', 'badValue'],
    ['?seq=not-json', 'seq', 'unknownKey'], // the retired format, when it cannot be migrated
  ])('%s is reported', (url, key, reason) => {
    expect(decode(url).ignored).toEqual([{ key, reason }]);
  });
});

describe('imported figures in a link', () => {
  it('carry their compact JSON, or only their name when too large', () => {
    const json = '{"v":1,"name":"Bắc Kạn","o":{"fibreHouseholds":[["2025-06",70]]},"t":{}}';
    expect(decode(encode(stateWith({ imported: { json } }))).state.imported).toEqual({ json });
    expect(decode(encode(stateWith({ imported: { tooLarge: 'Bắc Kạn' } }))).state.imported).toEqual({
      tooLarge: 'Bắc Kạn',
    });
    expect(decode(`?imp=${'x'.repeat(2001)}`).ignored).toEqual([{ key: 'imp', reason: 'badValue' }]);
  });
});

describe('uncertainty settings in a link', () => {
  it('writes only what differs and reads it back', () => {
    const state = stateWith({
      bands: { uncertainty: 'custom', typedSigma: 0.8, paths: 10000, randomSeed: 42 },
    });
    const url = '?v=3&data=2024&unc=custom&sd=0.8&paths=10000&rseed=42';
    expect(encode(state)).toBe(url);
    expect(decode(url)).toEqual({ state, ignored: [] });
  });
  it.each([
    ['?unc=maybe', 'unc'],
    ['?sd=-1', 'sd'],
    ['?sd=99', 'sd'],
    ['?paths=7', 'paths'],
    ['?rseed=-3', 'rseed'],
    ['?rseed=1.5', 'rseed'],
  ])('%s is dropped as a bad value', (url, key) => {
    expect(decode(url).ignored).toEqual([{ key, reason: 'badValue' }]);
  });
});

describe('the compared-with reference in a link', () => {
  it.each([
    [{ kind: 'trend' } as const, '?v=3&data=2024&vs=trend'],
    [
      { kind: 'saved', name: 'Kế hoạch A', query: '?v=3&data=2024&r.ipv6Adoption=1' } as const,
      '?v=3&data=2024&vs=%3Fv%3D3%26data%3D2024%26r.ipv6Adoption%3D1&vsn=K%E1%BA%BF%20ho%E1%BA%A1ch%20A',
    ],
  ])('%j ↔ %s', (reference, url) => {
    expect(encode(stateWith({ reference }))).toBe(url);
    expect(decode(url)).toEqual({ state: stateWith({ reference }), ignored: [] });
  });
  it.each([
    ['?vs=elsewhere', 'vs', 'badValue'],
    ['?vsn=lonely', 'vsn', 'unknownKey'],
  ])('%s is reported (%s: %s)', (url, key, reason) => {
    expect(decode(url).ignored).toEqual([{ key, reason }]);
  });
});

describe('decodeUrlState', () => {
  it('reads a hand-written full URL, and writes it back unchanged', () => {
    expect(decode(FULL_URL)).toEqual({ state: FULL_STATE, ignored: [] });
    expect(encode(FULL_STATE)).toBe(FULL_URL);
  });

  it('reads a version-0 link as its current equivalent (it spoke from the calendar month)', () => {
    const v0 = '?v=0&data=seed-2024&model=logistic&rate.servicesFullOnline=3.2&lang=en';
    const v3 = '?v=3&data=2024&m=logistic&r.servicesFullOnline=3.2&lang=en&asof=today';
    expect(decode(v0)).toEqual(decode(v3));
    expect(decode(v0).ignored).toEqual([]);
  });

  it('keeps the meaning of a v1 link: no `ref` meant today, a `ref` month stays that month', () => {
    expect(decode('?v=1&data=seed-2024').state.asOfMonth).toBe('today');
    expect(decode('?v=1&data=seed-2024&ref=2025-12').state.asOfMonth).toBe(monthIndex('2025-12'));
    // A current link without `asof` speaks from the data's own month; `asof=today` round-trips.
    expect(decode('?v=3&data=2024').state.asOfMonth).toBeNull();
    expect(encode(decode('?v=1&data=seed-2024').state)).toBe('?v=3&data=2024&asof=today');
  });

  // Each old form of one scenario, and the link the app writes for it today: they open the same state.
  it.each([
    ['v0', '?v=0&data=seed-2024&model=logistic&rate.servicesFullOnline=3.2&ref=2025-12&seed=7'],
    ['v1', '?v=1&data=seed-2024&m=logistic&r.servicesFullOnline=3.2&ref=2025-12&seed=7'],
    ['v2', '?v=2&data=seed-2024&m=logistic&r.servicesFullOnline=3.2&ref=2025-12&seed=7'],
  ])('a %s link opens the same state as its v3 form', (_, old) => {
    const v3 = '?v=3&data=2024&m=logistic&asof=2025-12&rseed=7&r.servicesFullOnline=3.2';
    expect(decode(old)).toEqual(decode(v3));
    expect(decode(v3).ignored).toEqual([]);
    expect(encode(decode(old).state)).toBe(v3);
  });

  it('a v2 link with steps opens the same sequence as its v3 form', () => {
    // The link is on another vintage; its second step switches to the 2024 data and sets a month and seed.
    const steps = (data2024: string, asof: string, seed: string) =>
      `A*ind~dossiersFullOnline!B*data~${data2024}*${asof}~2025-12*${seed}~7!C*${asof}~`;
    const old = decode(`?v=2&data=update-2025&present=1&steps=${steps('seed-2024', 'ref', 'seed')}`);
    const now = decode(`?v=3&data=update-2025&present=1&steps=${steps('2024', 'asof', 'rseed')}`);
    expect(old).toEqual(now);
    expect(now.ignored).toEqual([]);
    expect(now.state.sequence.map((step) => step.query)).toEqual([
      '?data=update-2025&ind=dossiersFullOnline',
      '?data=2024&ind=dossiersFullOnline&asof=2025-12&rseed=7',
      '?data=2024&ind=dossiersFullOnline&rseed=7',
    ]);
  });

  const ignore = (key: string, reason: IgnoredParam['reason'], times = 1) =>
    Array.from({ length: times }, () => ({ key, reason }));
  type Row = [string, Patch, IgnoredParam[]];
  it.each<Row>([
    ['m=compound', withModel('compound'), []], // no `v` = current, and the `?` is optional
    ['?zz=1&data=2024', {}, ignore('zz', 'unknownKey')],
    ['?lang=fr', {}, ignore('lang', 'badValue')],
    ['?m=exponential', {}, ignore('m', 'badValue')],
    ['?split=yes', {}, ignore('split', 'badValue')],
    ['?split=0', {}, []],
    ['?asof=2025-13', {}, ignore('asof', 'badValue')],
    ['?asof=1899-12', {}, ignore('asof', 'badValue')], // the month grid reads 1900–2100 only
    // Version 2's names are read only in a link that says `v=2` (or older): a current link has new ones.
    ['?ref=2025-12&seed=7', {}, [...ignore('ref', 'unknownKey'), ...ignore('seed', 'unknownKey')]],
    ['?data=seed-2024', {}, ignore('data', 'unknownVintage')],
    ['?h=soon', {}, ignore('h', 'badValue')],
    ['?h=2027-06', {}, ignore('h', 'outOfRange')], // a real month, but not one the picker offers
    ['?data=seed-1999', {}, ignore('data', 'unknownVintage')],
    ['?data=update-2025', { vintage: 'update-2025' }, []],
    ['?v=4&m=compound', withModel('compound'), ignore('v', 'unknownVersion')], // newer: read what we can
    ['?v=abc&m=compound', withModel('compound'), ignore('v', 'badValue')],
    // satisfaction rateRange [−2, 10]: 12 → 10; fibreHouseholds [−1, 3]: −4 → −1.
    ['?r.satisfaction=12', withRate('satisfaction', 10), ignore('r.satisfaction', 'outOfRange')],
    ['?r.fibreHouseholds=-4', withRate('fibreHouseholds', -1), ignore('r.fibreHouseholds', 'outOfRange')],
    ['?r.satisfaction=1&r.satisfaction=2', withRate('satisfaction', 2), []], // the last wins
    ['?r.satisfaction=.5', withRate('satisfaction', 0.5), []],
    ['?r.satisfaction=-0', withRate('satisfaction', -0), []], // toEqual tells −0 from 0
    // 1e400 is Infinity; a query reads `1e+0` as `1e 0`.
    ...['abc', '', '0x10', 'Infinity', '1e400', '1e+0', '1,5', ' 1'].map((text): Row => [
      `?r.satisfaction=${text}`,
      {},
      ignore('r.satisfaction', 'badValue'),
    ]),
    ['?r.nope=1', {}, ignore('r.nope', 'unknownIndicator')],
    ['?o.nope=2025-06:1', {}, ignore('o.nope', 'unknownIndicator')],
    ['?r.=1', {}, ignore('r.', 'unknownIndicator')],
    ['?o.satisfaction=2025-06:101', {}, ignore('o.satisfaction', 'outOfRange')], // ceiling 100
    ['?o.satisfaction=2025-06:-1', {}, ignore('o.satisfaction', 'outOfRange')],
    ['?o.satisfaction=2025-06:100,2025-07:0', withObs('satisfaction', ['2025-06', 100], ['2025-07', 0]), []],
    ['?o.chipIdCards=2025-06:5000', withObs('chipIdCards', ['2025-06', 5000]), []], // no ceiling
    [
      '?o.satisfaction=2025-6:80,2025-07:81',
      withObs('satisfaction', ['2025-07', 81]),
      ignore('o.satisfaction', 'badValue'),
    ],
    ['?o.satisfaction=2025-06,2025-07:x,:1,2025-07:1:2,', {}, ignore('o.satisfaction', 'badValue', 5)],
    ['?o.satisfaction=', {}, ignore('o.satisfaction', 'badValue')],
    // Duplicated months: the last wins, within one list and across repeated keys; then sorted by month.
    [
      '?o.satisfaction=2025-07:81,2025-06:80,2025-07:82',
      withObs('satisfaction', ['2025-06', 80], ['2025-07', 82]),
      [],
    ],
    ['?o.satisfaction=2025-06:80&o.satisfaction=2025-06:85', withObs('satisfaction', ['2025-06', 85]), []],
    // Percent garbage decodes to U+FFFD or stays literal; escaped plain letters read as the letters.
    [
      '?m=%E0%A4&lang=%&%zz=1',
      {},
      [...ignore('m', 'badValue'), ...ignore('lang', 'badValue'), ...ignore('%zz', 'unknownKey')],
    ],
    ['?data=%32024&m=%6Cogistic', withModel('logistic'), []],
  ])('%s', (search, patch, ignored) => {
    expect(decode(search)).toEqual({ state: stateWith(patch), ignored });
  });

  const cut = ignore(TRUNCATED_KEY, 'badValue');
  it.each<Row>([
    // 17 000 characters of `r.satisfaction=1&`: the first 8 000 are read, the rest reported once.
    ['r.satisfaction=1&'.repeat(1000), withRate('satisfaction', 1), cut],
    // The cut falls inside the digits: that half-parameter is dropped, not read as a shorter number.
    [`?m=compound&r.satisfaction=${'1'.repeat(MAX_URL_LENGTH)}`, withModel('compound'), cut],
    ['?' + 'x'.repeat(MAX_URL_LENGTH + 1), {}, cut],
    [`?zz=${'a'.repeat(MAX_URL_LENGTH - 3)}`, {}, ignore('zz', 'unknownKey')], // exactly the cap: all read
  ])('caps long input (%#)', (search, patch, ignored) => {
    expect(decode(search)).toEqual({ state: stateWith(patch), ignored });
  });

  it('reads only the first 8 000 characters of a megabyte of junk', () => {
    // `r.x=1&%E0&` is 10 characters: 800 copies fill exactly 8 000, the next starts at the cut, and the
    // read part ends before the last `&`: 800 unknown `r.x` and 800 keys `%E0` (read as U+FFFD).
    const { ignored } = decode('?' + 'r.x=1&%E0&'.repeat(100_000));
    expect(ignored[0]).toEqual({ key: TRUNCATED_KEY, reason: 'badValue' });
    expect(ignored.filter((i) => i.key === 'r.x' && i.reason === 'unknownIndicator')).toHaveLength(800);
    expect(ignored.filter((i) => i.key === '\uFFFD' && i.reason === 'unknownKey')).toHaveLength(800);
    expect(ignored).toHaveLength(1 + 800 + 800);
  });
});

// ——— Properties ———

const month = fc.integer({ min: monthIndex('1900-01'), max: monthIndex('2100-12') });
/** A few indicators (repeats: the last wins), each with a value from its own arbitrary. */
const somePerIndicator = <T>(arb: (i: UrlContext['indicators'][number]) => fc.Arbitrary<T>) =>
  fc
    .array(fc.oneof(...context.indicators.map((i) => fc.tuple(fc.constant(i.id), arb(i)))), { maxLength: 4 })
    .map((entries): Record<string, T> => Object.fromEntries(entries));
const validState: fc.Arbitrary<UrlState> = fc.record({
  snapshot: fc.record({
    model: fc.constantFrom(...GROWTH_MODELS),
    horizon: fc.constantFrom(...context.horizons),
    splitLevels: fc.boolean(),
    trendWindow: fc.constantFrom(...TREND_WINDOWS),
    // Any double in the slider's range, subnormals and −0 included: the URL must carry it exactly.
    rateOverrides: somePerIndicator((i) =>
      fc.double({ min: i.rateRange[0], max: i.rateRange[1], noNaN: true }),
    ),
    userObservations: somePerIndicator((i) =>
      fc
        .uniqueArray(
          fc.record({ month, value: fc.double({ min: 0, max: i.ceiling ?? Number.MAX_VALUE, noNaN: true }) }),
          { selector: (o) => o.month, minLength: 1, maxLength: 4 },
        )
        .map((list) => list.sort((a, b) => a.month - b.month)),
    ),
  }),
  lang: fc.constantFrom('vi' as const, 'en' as const),
  asOfMonth: fc.oneof(fc.constant(null), fc.constant('today' as const), month),
  vintage: fc.constantFrom(...context.vintages),
  view: fc.constantFrom('simulator' as const, 'hindsight' as const),
  bands: fc.record({
    uncertainty: fc.constantFrom(...UNCERTAINTY_SETTINGS),
    typedSigma: fc.double({ min: 0, max: 10, noNaN: true }).filter((x) => !Object.is(x, -0)),
    paths: fc.constantFrom(...PATH_COUNTS),
    randomSeed: fc.integer({ min: 0, max: 999_999_999 }),
  }),
  mode: fc.constantFrom('normal' as const, 'present' as const, 'embed' as const),
  focus: fc.option(fc.constantFrom(...context.indicators.map((i) => i.id)), { nil: null }),
  sequence: fc.array(
    fc.record({
      query: fc
        .tuple(fc.constantFrom(...context.vintages), fc.constantFrom(...context.indicators.map((i) => i.id)))
        .map(([data, id]) => `?data=${data}&ind=${id}&r.${id}=1.5`),
      note: fc.string({ maxLength: 40 }),
    }),
    { maxLength: 4 },
  ),
  imported: fc.oneof(
    fc.constant(null),
    fc.string({ minLength: 1, maxLength: 300 }).map((json) => ({ json })),
    fc.string({ minLength: 1, maxLength: 80 }).map((tooLarge) => ({ tooLarge })),
  ),
  importMode: fc.constantFrom(...IMPORT_MODES),
  reference: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.constant({ kind: 'trend' as const }),
    fc.record({
      kind: fc.constant('saved' as const),
      name: fc.string({ maxLength: 80 }),
      query: fc.string({ maxLength: 200 }).map((rest) => `?v=3&data=2024${rest}`),
    }),
  ),
});

/** Tokens that make random strings look like real queries often enough to reach every branch. */
const token = fc.oneof(
  fc.constantFrom(
    ...'? & = v data 2024 seed-2024 lang en m logistic h asof ref rseed seed split 1 r. o. satisfaction'.split(
      ' ',
    ),
  ),
  fc.constantFrom(...'chipIdCards 2025-06 : , - . e 9 0 % %% %G1 %2 %E0%A4 %ED%A0%80 %FF %00 + #'.split(' ')),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const queryLike = fc.string({ unit: token, maxLength: 40 });
const edit = fc.oneof(
  fc.tuple(fc.constant('cut' as const), fc.nat(), fc.constant('')),
  fc.tuple(fc.constant('insert' as const), fc.nat(), queryLike),
  fc.tuple(fc.constant('delete' as const), fc.nat(), fc.nat({ max: 20 }).map(String)),
  fc.tuple(fc.constant('key' as const), fc.nat(), queryLike),
  fc.tuple(fc.constant('value' as const), fc.nat(), queryLike),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(url: string, [kind, at, text]: Edit): string {
  const pos = at % (url.length + 1);
  if (kind === 'cut') return url.slice(0, pos);
  if (kind === 'insert') return url.slice(0, pos) + text + url.slice(pos);
  if (kind === 'delete') return url.slice(0, pos) + url.slice(pos + Number(text));
  const params = url.split('&');
  const index = at % params.length;
  const [key, value = ''] = (params[index] ?? '').split('=');
  params[index] = kind === 'key' ? `${text}=${value}` : `${key}=${text}`;
  return params.join('&');
}

/** Whatever a string decodes to is a valid state: encoding it and decoding again gives it back, cleanly. */
function decodesToAFixedPoint(search: string) {
  const { state } = decode(search);
  expect(decode(encode(state))).toEqual({ state, ignored: [] });
}

// 10,000 runs each: give them room on a busy 2-core machine rather than fewer runs.
describe('properties', { timeout: 60_000 }, () => {
  it('round-trips every valid state exactly: decode(encode(s)) = s', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(decode(encode(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 10_000 },
    );
  });
  it('never throws on random strings, and what they decode to is a fixed point', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), queryLike), decodesToAFixedPoint), {
      numRuns: 10_000,
    });
  });
  it('never throws on edited valid URLs, and what they decode to is a fixed point', () => {
    fc.assert(
      fc.property(validState, fc.array(edit, { minLength: 1, maxLength: 4 }), (state, edits) =>
        decodesToAFixedPoint(edits.reduce(applyEdit, encode(state))),
      ),
      { numRuns: 10_000 },
    );
  });
});
