/**
 * The share URL is a public API: links written by older versions of the app must keep opening the same
 * scenario. Each step below rewrites the parameters of one version into the next; `migrateParams` chains
 * them from the link's version up to the current one. Steps never drop what they do not understand: the
 * decoder reports it.
 */

import { encodeSteps, MAX_STEPS, stepParams, stepQuery, type SequenceStep } from './sequence-codec';

/** The URL format written by `encodeUrlState`. */
export const CURRENT_URL_VERSION = 3;

/** One step: the parameters of version `n` rewritten as version `n + 1`. Must not mutate its input. */
export type UrlMigration = (params: URLSearchParams) => URLSearchParams;

/**
 * Version of a link: `v` as a whole number; the current version when absent (every link the app ever
 * shared carries `v`, so a link without it is typed by hand today, or is the bare address); null when `v`
 * is not a whole number.
 * @example urlVersionOf(new URLSearchParams('v=0&model=linear')) === 0
 */
export function urlVersionOf(params: URLSearchParams): number | null {
  const text = params.get('v');
  if (text === null) return CURRENT_URL_VERSION;
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** Copy of `params` with each pair passed through `rewrite` (order kept) and `v` set. */
function rewritePairs(
  params: URLSearchParams,
  rewrite: (key: string, value: string) => [string, string],
  version: number,
) {
  const out = new URLSearchParams({ v: String(version) });
  for (const [key, value] of params) if (key !== 'v') out.append(...rewrite(key, value));
  return out;
}

/** Copy of `params` with each key passed through `rename` (order and values kept) and `v` set. */
function renameKeys(params: URLSearchParams, rename: (key: string) => string, version: number) {
  return rewritePairs(params, (key, value) => [rename(key), value], version);
}

/**
 * Version 0 (pre-release, never published): `model=` and `rate.<id>=`; version 1 says `m=` and `r.<id>=`.
 * @example `v=0&model=logistic&rate.satisfaction=1.5` → `v=1&m=logistic&r.satisfaction=1.5`
 */
export function migrateV0ToV1(params: URLSearchParams): URLSearchParams {
  return renameKeys(
    params,
    (key) => (key === 'model' ? 'm' : key.startsWith('rate.') ? `r.${key.slice('rate.'.length)}` : key),
    1,
  );
}

/**
 * Version 1 read a missing `ref` as the calendar month the link was opened in; version 2 reads it as the
 * data vintage's own month. A v1 link without `ref` therefore says `ref=today`, so it keeps its meaning.
 * @example `v=1&data=seed-2024` → `v=2&data=seed-2024&ref=today`; `v=1&ref=2025-12` → `v=2&ref=2025-12`
 */
export function migrateV1ToV2(params: URLSearchParams): URLSearchParams {
  const out = renameKeys(params, (key) => key, 2);
  if (!out.has('ref')) out.append('ref', 'today');
  return out;
}

/** Version 3's names for version 2's parameters that named two things (see `migrateV2ToV3`). */
const V3_KEYS: Readonly<Record<string, string>> = { ref: 'asof', seed: 'rseed' };

/** A parameter, or a step's field, in version 3's words: its key renamed, the 2024 data's id shortened. */
function v3Pair(key: string, value: string): [string, string] {
  return [V3_KEYS[key] ?? key, key === 'data' && value === 'seed-2024' ? '2024' : value];
}

/** A version-2 `steps=` text in version 3's words: each step's fields rewritten, its note left as written. */
function v3Steps(text: string): string {
  const field = (text: string) => {
    const at = text.indexOf('~');
    return at < 1 ? text : v3Pair(text.slice(0, at), text.slice(at + 1)).join('~');
  };
  return text
    .split('!')
    .map((step) =>
      step
        .split('*')
        .map((text, i) => (i === 0 ? text : field(text)))
        .join('*'),
    )
    .join('!');
}

/**
 * Version 2 used one word for two things: `ref=` was the as-of month (the month answers speak from), while
 * "reference" elsewhere is the compared scenario (`vs=`); `seed=` was the bands' random seed, while "seed"
 * also named the 2024 data (`data=seed-2024`). Version 3 says `asof=`, `rseed=` and `data=2024`, in the link
 * and in each step of its `steps=` (a note is left as written). A compared scenario (`vs=`) is a whole link
 * with its own `v`, migrated when it is read, so it is left as written too.
 * @example `v=2&data=seed-2024&ref=2025-12&seed=7` → `v=3&data=2024&asof=2025-12&rseed=7`;
 *   `steps=a*ref~today!b*data~seed-2024` → `steps=a*asof~today!b*data~2024`
 */
export function migrateV2ToV3(params: URLSearchParams): URLSearchParams {
  return rewritePairs(
    params,
    (key, value) => (key === 'steps' ? [key, v3Steps(value)] : v3Pair(key, value)),
    3,
  );
}

/** The longest `seq=` of the retired format read (the limit it was written with). */
const MAX_NESTED_SEQUENCE = 6000;

/**
 * Until December 2026 a sequence was `seq=` + JSON of `[link, note]` pairs, each link whole, with the
 * earlier steps' `seq` inside it: links doubled with each step. It is rewritten as `steps=` (see
 * sequence-codec.ts), each step keeping only its own scenario, migrated from its own version first. A
 * retired parameter under a new name needs no new version: no parameter changed meaning. An unreadable
 * `seq` is left as it is, for the decoder to report.
 * @example `v=3&data=2024&seq=[["?v=2&data=seed-2024&present=1&r.x=2","Bước 1"]]`
 *   → `v=3&data=2024&steps=Bước_1*r.x~2`
 */
export function migrateNestedSequence(params: URLSearchParams): URLSearchParams {
  const text = params.get('seq');
  if (text === null || params.has('steps') || text.length > MAX_NESTED_SEQUENCE)
    return new URLSearchParams(params);
  let pairs: unknown;
  try {
    pairs = JSON.parse(text);
  } catch {
    return new URLSearchParams(params);
  }
  const isPair = (pair: unknown): pair is [string, string] =>
    Array.isArray(pair) &&
    pair.length === 2 &&
    typeof pair[0] === 'string' &&
    pair[0].startsWith('?') &&
    typeof pair[1] === 'string';
  if (!Array.isArray(pairs) || pairs.length === 0 || pairs.length > MAX_STEPS || !pairs.every(isPair)) {
    return new URLSearchParams(params);
  }
  const vintage = params.get('data') ?? '';
  const steps = pairs.map(([query, note]): SequenceStep => {
    const inner = new URLSearchParams(query.slice(1));
    inner.delete('seq'); // the earlier steps again: the nesting being undone
    return { query: stepQuery(stepParams(migrateParams(inner).toString()), vintage), note };
  });
  const out = new URLSearchParams();
  for (const [key, value] of params) {
    if (key === 'seq') out.append('steps', encodeSteps(steps, vintage));
    else out.append(key, value);
  }
  return out;
}

/** Step `n` turns version `n` into version `n + 1`. */
export const migrations: Readonly<Record<number, UrlMigration>> = {
  0: migrateV0ToV1,
  1: migrateV1ToV2,
  2: migrateV2ToV3,
};

/**
 * Parameters of any older version rewritten as `current`. Links already current, newer than known, or
 * with an unreadable `v` come back unchanged (as a copy): the decoder reports what it cannot read.
 * `steps` and `current` are parameters only so the chain itself can be tested.
 * @example migrateParams(new URLSearchParams('v=0&model=compound')).toString() === 'v=1&m=compound'
 */
export function migrateParams(
  params: URLSearchParams,
  steps: Readonly<Record<number, UrlMigration>> = migrations,
  current: number = CURRENT_URL_VERSION,
): URLSearchParams {
  let migrated = new URLSearchParams(params);
  const version = params.has('v') ? urlVersionOf(params) : current;
  if (version === null) return migrated;
  for (let from = version; from < current; from++) {
    const step = steps[from];
    // A missing step is a programming error, caught by the chain tests; a link must still open.
    if (step) migrated = step(migrated);
  }
  return migrateNestedSequence(migrated);
}
