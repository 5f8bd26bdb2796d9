/**
 * The share URL is a public API: links written by older versions of the app must keep opening the same
 * scenario. Each step below rewrites the parameters of one version into the next; `migrateParams` chains
 * them from the link's version up to the current one. Steps never drop what they do not understand: the
 * decoder reports it.
 */

import { encodeSteps, MAX_STEPS, stepParams, stepQuery, type SequenceStep } from './sequence-codec';

/** The URL format written by `encodeUrlState`. */
export const CURRENT_URL_VERSION = 2;

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

/** Copy of `params` with each key passed through `rename` (order and values kept) and `v` set. */
function renameKeys(params: URLSearchParams, rename: (key: string) => string, version: number) {
  const out = new URLSearchParams({ v: String(version) });
  for (const [key, value] of params) if (key !== 'v') out.append(rename(key), value);
  return out;
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

/** The longest `seq=` of the retired format read (the limit it was written with). */
const MAX_NESTED_SEQUENCE = 6000;

/**
 * Until December 2026 a sequence was `seq=` + JSON of `[link, note]` pairs, each link whole, with the
 * earlier steps' `seq` inside it: links doubled with each step. It is rewritten as `steps=` (see
 * sequence-codec.ts), each step keeping only its own scenario, migrated from its own version first. A
 * retired parameter under a new name needs no new version: no parameter changed meaning. An unreadable
 * `seq` is left as it is, for the decoder to report.
 * @example `seq=[["?v=2&data=seed-2024&present=1&r.x=2","Bước 1"]]` → `steps=Bước_1*r.x~2`
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
export const migrations: Readonly<Record<number, UrlMigration>> = { 0: migrateV0ToV1, 1: migrateV1ToV2 };

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
