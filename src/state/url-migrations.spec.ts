import { describe, expect, it } from 'vitest';
import {
  CURRENT_URL_VERSION,
  migrateParams,
  migrateV0ToV1,
  migrateNestedSequence,
  migrateV1ToV2,
  migrateV2ToV3,
  migrations,
  urlVersionOf,
  type UrlMigration,
} from './url-migrations';

const params = (query: string) => new URLSearchParams(query);

describe('urlVersionOf', () => {
  it.each([
    ['', CURRENT_URL_VERSION], // the bare address, or a link typed by hand today
    ['v=0', 0],
    ['v=1', 1],
    ['v=7', 7], // newer than known: still a version, the decoder reports it
    ['v=01', 1],
    ['v=', null],
    ['v=-1', null],
    ['v=1.0', null],
    ['v=one', null],
    ['v=1&v=2', 1], // the first `v` is the link's own
  ])('%j → %j', (query, expected) => {
    expect(urlVersionOf(params(query))).toBe(expected);
  });
});

describe('migrateV0ToV1', () => {
  it.each([
    ['v=0&model=logistic', 'v=1&m=logistic'],
    ['v=0&rate.satisfaction=1.5&rate.ipv6Adoption=-0.25', 'v=1&r.satisfaction=1.5&r.ipv6Adoption=-0.25'],
    // Keys that did not change pass through in order; `ratex` is not the `rate.` prefix.
    ['v=0&data=seed-2024&ratex=1&h=2030-12', 'v=1&data=seed-2024&ratex=1&h=2030-12'],
    ['v=0&rate.=3', 'v=1&r.=3'],
    ['v=0', 'v=1'],
  ])('%s → %s', (before, after) => {
    expect(migrateV0ToV1(params(before)).toString()).toBe(after);
  });
  it('does not touch its input', () => {
    const input = params('v=0&model=compound');
    migrateV0ToV1(input);
    expect(input.toString()).toBe('v=0&model=compound');
  });
});

describe('migrateV1ToV2: a v1 link without a reference month meant "today"', () => {
  it.each([
    ['v=1&data=seed-2024', 'v=2&data=seed-2024&ref=today'], // v1 verdicts spoke from the calendar month
    ['v=1&data=seed-2024&ref=2025-12', 'v=2&data=seed-2024&ref=2025-12'], // a chosen month stays chosen
    ['v=1&m=compound&r.satisfaction=2', 'v=2&m=compound&r.satisfaction=2&ref=today'],
    ['v=1', 'v=2&ref=today'],
  ])('%s → %s', (before, after) => {
    expect(migrateV1ToV2(params(before)).toString()).toBe(after);
  });
});

describe('migrateV2ToV3: one name per concept (as-of month, random seed, the 2024 data)', () => {
  it.each([
    ['v=2&data=seed-2024', 'v=3&data=2024'],
    ['v=2&data=latest-2026&ref=2025-12&seed=7', 'v=3&data=latest-2026&asof=2025-12&rseed=7'],
    ['v=2&ref=today&m=compound&r.satisfaction=2', 'v=3&asof=today&m=compound&r.satisfaction=2'],
    // Only the vintage is renamed: an imported file's name or a note that says "seed-2024" is left alone.
    ['v=2&impname=seed-2024', 'v=3&impname=seed-2024'],
    // A compared scenario is a whole link with its own `v`: it is migrated when it is read.
    [
      `v=2&vs=${encodeURIComponent('?v=2&data=seed-2024&seed=3')}`,
      `v=3&vs=${encodeURIComponent('?v=2&data=seed-2024&seed=3')}`,
    ],
    ['v=2', 'v=3'],
  ])('%s → %s', (before, after) => {
    expect(migrateV2ToV3(params(before)).toString()).toBe(after);
  });
  it.each([
    // Each step's fields are renamed; a note is left as written, even one that reads like a field.
    ['a*ref~today*seed~7', 'a*asof~today*rseed~7'],
    ['a*data~seed-2024!b*data~latest-2026*ref~', 'a*data~2024!b*data~latest-2026*asof~'],
    ['ref~2025-12*seed~1!data~seed-2024', 'ref~2025-12*rseed~1!data~seed-2024'],
    ['a*r~2*o~2025-06:60*r.x~1', 'a*r~2*o~2025-06:60*r.x~1'],
  ])('steps=%s → steps=%s', (before, after) => {
    const out = migrateV2ToV3(params(`v=2&data=seed-2024&steps=${before}`));
    expect([out.get('data'), out.get('steps')]).toEqual(['2024', after]);
  });
  it('does not touch its input', () => {
    const input = params('v=2&ref=today&seed=2');
    migrateV2ToV3(input);
    expect(input.toString()).toBe('v=2&ref=today&seed=2');
  });
});

describe('migrateParams', () => {
  it('has one step for every version before the current one', () => {
    for (let version = 0; version < CURRENT_URL_VERSION; version++) {
      expect(migrations[version], `step ${version}`).toBeTypeOf('function');
    }
  });

  it.each([
    ['v=0&model=compound&rate.satisfaction=2', 'v=3&m=compound&r.satisfaction=2&asof=today'],
    ['v=1&m=compound&r.satisfaction=2', 'v=3&m=compound&r.satisfaction=2&asof=today'],
    ['v=2&m=compound&r.satisfaction=2&seed=4', 'v=3&m=compound&r.satisfaction=2&rseed=4'],
    ['v=3&m=compound&r.satisfaction=2', 'v=3&m=compound&r.satisfaction=2'], // already current
    ['m=compound', 'm=compound'], // no `v` = current
    ['v=9&model=compound', 'v=9&model=compound'], // newer than known: left for the decoder to report
    ['v=x&model=compound', 'v=x&model=compound'], // unreadable version: same
  ])('%s → %s', (before, after) => {
    expect(migrateParams(params(before)).toString()).toBe(after);
  });

  it('returns a copy, never its input', () => {
    const input = params('v=1&m=compound');
    const output = migrateParams(input);
    output.set('m', 'linear');
    expect(input.get('m')).toBe('compound');
  });

  // A made-up chain 0 → 1 → 2 → 3: each step appends its number and bumps `v`.
  const step =
    (from: number): UrlMigration =>
    (p) => {
      const next = new URLSearchParams(p);
      next.append('step', String(from));
      next.set('v', String(from + 1));
      return next;
    };
  const chain = { 0: step(0), 1: step(1), 2: step(2) };

  it.each([
    ['v=0', 'v=3&step=0&step=1&step=2'], // every step, in order
    ['v=2', 'v=3&step=2'],
    ['v=3', 'v=3'],
    ['', ''], // no `v` = current: nothing runs
  ])('chains steps from the link version up to the current: %j → %j', (before, after) => {
    expect(migrateParams(params(before), chain, 3).toString()).toBe(after);
  });

  it('skips a missing step instead of throwing (a link must still open)', () => {
    expect(migrateParams(params('v=0'), { 1: step(1) }, 2).toString()).toBe('v=2&step=1');
  });
});

/** A link as the app wrote it until December 2026: each step the whole address, earlier steps inside. */
function nestedLink(steps: [string, string][]): URLSearchParams {
  let seq: [string, string][] = [];
  for (const [rest, note] of steps) {
    const query = `?v=2&data=seed-2024&present=1${rest}${seq.length ? `&seq=${encodeURIComponent(JSON.stringify(seq))}` : ''}`;
    seq = [...seq, [query, note]];
  }
  // The link itself as the chain leaves it (`migrateNestedSequence` runs last): current, its steps not yet.
  return params(`v=3&data=2024&present=1&seq=${encodeURIComponent(JSON.stringify(seq))}`);
}

describe('migrateNestedSequence: an old `seq` of whole links becomes `steps` of small scenarios', () => {
  it('undoes the nesting of a three-step link', () => {
    const old = nestedLink([
      ['&ind=dossiersFullOnline', 'Xu hướng hiện tại'],
      ['&ind=dossiersFullOnline&r.dossiersFullOnline=3.23', 'Tốc độ cần cho 100%'],
      ['&ind=servicesFullOnline&r.servicesFullOnline=2', 'Dịch vụ công'],
    ]);
    expect(old.toString().length).toBeGreaterThan(500);
    const migrated = migrateNestedSequence(old);
    expect([...migrated.keys()]).toEqual(['v', 'data', 'present', 'steps']);
    expect(migrated.get('steps')).toBe(
      // Each step writes what differs from the one before: the third drops the second's dossier rate.
      'Xu_hướng_hiện_tại*ind~dossiersFullOnline!Tốc_độ_cần_cho_100%*r~3.23!Dịch_vụ_công*ind~servicesFullOnline*r~2*r.dossiersFullOnline~',
    );
  });
  it('migrates each step from its own version (a v1 step meant the calendar month)', () => {
    const old = params(`v=3&data=2024&seq=${encodeURIComponent('[["?v=1&data=seed-2024&r.x=1","a"]]')}`);
    expect(migrateNestedSequence(old).get('steps')).toBe('a*asof~today*r.x~1');
  });
  it('runs as part of migrateParams, after the link itself is migrated', () => {
    const old = params(`v=1&data=seed-2024&seq=${encodeURIComponent('[["?v=1&data=seed-2024","a"]]')}`);
    expect(migrateParams(old).toString()).toBe('v=3&data=2024&steps=a*asof%7Etoday&asof=today');
  });
  it.each([
    ['not JSON', 'seq=nope'],
    ['not pairs', `seq=${encodeURIComponent('[1]')}`],
    ['not a link', `seq=${encodeURIComponent('[["x","a"]]')}`],
  ])('leaves an unreadable seq for the decoder to report: %s', (_, query) => {
    expect(migrateNestedSequence(params(query)).toString()).toBe(params(query).toString());
  });
});
