import * as v from 'valibot';

/**
 * Scenarios saved in the browser (localStorage). Each one is kept as its share-link query, so a save made
 * under an old URL version migrates forward with the URL migrations when it is opened.
 *
 * Every operation takes the list on screen and returns the next one; nothing throws. When writing fails
 * (storage full, blocked, missing) the original list comes back with a problem code, so the saved list
 * and the scenario on screen stay as they were.
 *
 * Names are unique: saving under a name that is already used (compared after trimming, Unicode NFC and
 * case folding, so "Kịch bản" and " kịch bản " are the same) overwrites that entry, keeping its id; the
 * same goes for renaming onto another entry's name, which replaces that entry.
 */

/** Minimal part of `Storage` used here, so tests can pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SavedScenario {
  id: string;
  name: string;
  /** ISO timestamp of the save (`2025-06-01T09:30:00.000Z`). */
  savedAt: string;
  /** The scenario's share-link query, e.g. `?v=3&data=2024&r.x=2`. */
  query: string;
  /** An imported dataset the scenario depends on, carried as-is. */
  imported?: unknown;
}

export type SavedProblemCode =
  'unavailable' | 'corrupted' | 'quotaExceeded' | 'badName' | 'newerVersion' | 'notFound';

/** Something the user should be told; `dropped` = saved entries that could not be read. */
export interface SavedProblem {
  code: SavedProblemCode;
  dropped?: number;
}

export interface SavedResult {
  scenarios: SavedScenario[];
  problem: SavedProblem | null;
}

export const STORAGE_KEY = 'muc-tieu-so.saved-scenarios';
export const STORAGE_FORMAT = 'muc-tieu-so/saved-scenarios';
export const STORAGE_VERSION = 1;
export const MAX_NAME_LENGTH = 80;

// Loose, so fields a newer version adds to an entry survive being read and written back by this one.
const Entry = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: v.pipe(
    v.string(),
    v.check((name) => cleanName(name) === name),
  ),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  query: v.string(),
  imported: v.optional(v.unknown()),
});

const Envelope = v.object({
  format: v.literal(STORAGE_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  scenarios: v.array(v.unknown()),
});

/**
 * The name as stored: trimmed and NFC-normalised; null when empty, longer than 80 characters or holding
 * control characters.
 * @example cleanName('  Kịch bản A ') === 'Kịch bản A'
 */
export function cleanName(name: string): string | null {
  const clean = name.normalize('NFC').trim();
  const length = [...clean].length;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (length < 1 || length > MAX_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(clean)) return null;
  return clean;
}

/** What two names are compared by: "Kịch bản" and "kịch bản" are one name. */
const nameKey = (name: string) => name.normalize('NFC').trim().toLowerCase();

/**
 * The save time as shown: the ISO date and minutes, `YYYY-MM-DD HH:MM` (UTC).
 * @example savedAtText('2025-06-01T09:30:12.000Z') === '2025-06-01 09:30'
 */
export function savedAtText(savedAt: string): string {
  return `${savedAt.slice(0, 10)} ${savedAt.slice(11, 16)}`;
}

let fallbackCounter = 0;

/** A new id: a UUID where the browser offers one (secure contexts), else time + counter. */
export function newScenarioId(): string {
  const uuid = globalThis.crypto?.randomUUID?.bind(globalThis.crypto);
  if (uuid) return uuid();
  fallbackCounter += 1;
  return `s-${Date.now().toString(36)}-${fallbackCounter.toString(36)}`;
}

/**
 * The saved scenarios in `storage`. Never throws: unreadable storage gives an empty list and
 * 'unavailable'; entries that do not validate are dropped and counted under 'corrupted'; a newer format
 * version is read as far as its entries validate, reported as 'newerVersion'.
 */
export function loadSaved(storage: StorageLike | null): SavedResult {
  let text: string | null;
  try {
    if (!storage) return { scenarios: [], problem: { code: 'unavailable' } };
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return { scenarios: [], problem: { code: 'unavailable' } };
  }
  if (text === null) return { scenarios: [], problem: null };

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { scenarios: [], problem: { code: 'corrupted' } };
  }
  const envelope = v.safeParse(Envelope, json);
  // Not our envelope, but entries may still be in there (a hand edit, a half-written format field).
  const raw =
    json !== null && typeof json === 'object' && Array.isArray((json as { scenarios?: unknown }).scenarios)
      ? ((json as { scenarios: unknown[] }).scenarios as unknown[])
      : null;
  if (raw === null) return { scenarios: [], problem: { code: 'corrupted' } };

  const scenarios: SavedScenario[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const item of raw) {
    const entry = v.safeParse(Entry, item);
    // A repeated id or name breaks the list's invariants: the first one wins.
    if (!entry.success || ids.has(entry.output.id) || names.has(nameKey(entry.output.name))) continue;
    ids.add(entry.output.id);
    names.add(nameKey(entry.output.name));
    scenarios.push(entry.output);
  }
  const dropped = raw.length - scenarios.length;
  if (envelope.success && envelope.output.version > STORAGE_VERSION) {
    return { scenarios, problem: dropped > 0 ? { code: 'newerVersion', dropped } : { code: 'newerVersion' } };
  }
  if (!envelope.success || dropped > 0) return { scenarios, problem: { code: 'corrupted', dropped } };
  return { scenarios, problem: null };
}

/** True for the "storage is full" errors of the browsers (Chrome/Safari, old WebKit, Firefox). */
function isQuotaError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/** Writes `next` as the whole list; on failure the original list comes back with the reason. */
function write(storage: StorageLike | null, list: SavedScenario[], next: SavedScenario[]): SavedResult {
  if (!storage) return { scenarios: list, problem: { code: 'unavailable' } };
  const envelope = { format: STORAGE_FORMAT, version: STORAGE_VERSION, scenarios: next };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(envelope));
  } catch (error) {
    return { scenarios: list, problem: { code: isQuotaError(error) ? 'quotaExceeded' : 'unavailable' } };
  }
  return { scenarios: next, problem: null };
}

export interface SaveRequest {
  name: string;
  query: string;
  imported?: unknown;
  now?: Date;
  /** Replace the entry with this id (or create it with this id). */
  id?: string;
}

/**
 * Saves a scenario at the top of the list. An entry with the same id, or else with the same name, is
 * replaced (keeping its id); any other entry with that name goes, so names stay unique.
 */
export function saveScenario(
  storage: StorageLike | null,
  list: SavedScenario[],
  request: SaveRequest,
): SavedResult {
  const name = cleanName(request.name);
  if (name === null) return { scenarios: list, problem: { code: 'badName' } };
  const key = nameKey(name);
  const id = request.id ?? list.find((s) => nameKey(s.name) === key)?.id ?? newScenarioId();
  const entry: SavedScenario = {
    id,
    name,
    savedAt: (request.now ?? new Date()).toISOString(),
    query: request.query,
  };
  if (request.imported !== undefined) entry.imported = request.imported;
  const others = list.filter((s) => s.id !== id && nameKey(s.name) !== key);
  return write(storage, list, [entry, ...others]);
}

/** Renames an entry in place; renaming onto another entry's name replaces that entry. */
export function renameScenario(
  storage: StorageLike | null,
  list: SavedScenario[],
  id: string,
  newName: string,
): SavedResult {
  const name = cleanName(newName);
  if (name === null) return { scenarios: list, problem: { code: 'badName' } };
  if (!list.some((s) => s.id === id)) return { scenarios: list, problem: { code: 'notFound' } };
  const key = nameKey(name);
  const next = list
    .filter((s) => s.id === id || nameKey(s.name) !== key)
    .map((s) => (s.id === id ? { ...s, name } : s));
  return write(storage, list, next);
}

/** Removes an entry. */
export function deleteScenario(storage: StorageLike | null, list: SavedScenario[], id: string): SavedResult {
  if (!list.some((s) => s.id === id)) return { scenarios: list, problem: { code: 'notFound' } };
  return write(
    storage,
    list,
    list.filter((s) => s.id !== id),
  );
}
