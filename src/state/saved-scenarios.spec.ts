import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanName,
  deleteScenario,
  loadSaved,
  newScenarioId,
  renameScenario,
  saveScenario,
  savedAtText,
  STORAGE_KEY,
  type SavedScenario,
  type StorageLike,
} from './saved-scenarios';

/** In-memory storage; `full` makes every write fail the way a full localStorage does. */
function memoryStorage(initial?: string, fail?: () => unknown) {
  const data = new Map<string, string>(initial === undefined ? [] : [[STORAGE_KEY, initial]]);
  return {
    data,
    fail,
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      if (this.fail) throw this.fail();
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const stored = (storage: { data: Map<string, string> }) => storage.data.get(STORAGE_KEY);

const NOW = new Date('2025-06-01T09:30:00.000Z');
const entry = (id: string, name: string): SavedScenario => ({
  id,
  name,
  savedAt: NOW.toISOString(),
  query: `?v=3&data=2024&r.${id}=1`,
});
/** A save request that gives `entry(id, name)` back (trimmed). */
const request = (id: string, name: string, more: object = {}) => ({
  ...entry(id, name),
  name,
  now: NOW,
  ...more,
});
const envelope = (scenarios: unknown[], version: unknown = 1) =>
  JSON.stringify({ format: 'muc-tieu-so/saved-scenarios', version, scenarios });

describe('save / rename / delete round trip', () => {
  it('keeps the list in storage and survives a reload', () => {
    const storage = memoryStorage();
    let list = loadSaved(storage).scenarios;
    expect(list).toEqual([]);
    list = saveScenario(storage, list, request('a', ' A ')).scenarios;
    list = saveScenario(storage, list, request('b', 'B', { imported: { rows: [1] } })).scenarios;
    // The newest save comes first; the name is stored trimmed; the imported payload is carried as-is.
    expect(list.map((s) => [s.id, s.name])).toEqual([
      ['b', 'B'],
      ['a', 'A'],
    ]);
    expect(list[0]!.imported).toEqual({ rows: [1] });
    expect(list[1]).not.toHaveProperty('imported');
    expect(loadSaved(storage)).toEqual({ scenarios: list, problem: null });

    list = renameScenario(storage, list, 'a', 'A renamed').scenarios;
    list = deleteScenario(storage, list, 'b').scenarios;
    expect(list).toEqual([{ ...entry('a', 'A renamed'), query: '?v=3&data=2024&r.a=1' }]);
    expect(loadSaved(storage)).toEqual({ scenarios: list, problem: null });
  });

  it.each([
    // [what, existing names, saved name, resulting ids in order]
    ['same name overwrites, keeping the id', ['x:Kịch bản', 'y:Khác'], 'Kịch bản', ['x', 'y']],
    ['names compare case- and space-insensitively', ['x:Kịch bản', 'y:Khác'], '  KỊCH BẢN ', ['x', 'y']],
    // "ị" typed as i + combining dot below (NFD) is the same name as the precomposed one.
    ['names compare after NFC', ['x:Kịch bản'], 'Kịch bản'.normalize('NFD'), ['x']],
    ['a new name adds an entry on top', ['x:Kịch bản'], 'Mới', ['new', 'x']],
  ])('%s', (_what, existing, name, ids) => {
    const list = existing.map((text) => entry(text.split(':')[0]!, text.split(':')[1]!));
    const idOf = (s: SavedScenario) => (list.some((o) => o.id === s.id) ? s.id : 'new');
    const result = saveScenario(memoryStorage(), list, { name, query: '?v=1', now: NOW });
    expect(result.problem).toBeNull();
    expect(result.scenarios.map(idOf)).toEqual(ids);
    expect(result.scenarios[0]!.name).toBe(name.normalize('NFC').trim());
  });

  it('saving by id replaces that entry and drops another one with the new name', () => {
    const list = [entry('x', 'X'), entry('y', 'Y')];
    const result = saveScenario(memoryStorage(), list, { id: 'x', name: 'Y', query: '?v=1', now: NOW });
    expect(result.scenarios.map((s) => [s.id, s.name])).toEqual([['x', 'Y']]);
  });

  it('renaming onto another name replaces that entry; renaming to a different case is allowed', () => {
    const list = [entry('x', 'X'), entry('y', 'Y')];
    expect(renameScenario(memoryStorage(), list, 'x', 'y').scenarios).toEqual([{ ...entry('x', 'y') }]);
    expect(renameScenario(memoryStorage(), list, 'x', 'x').scenarios.map((s) => s.name)).toEqual(['x', 'Y']);
  });

  it.each([
    ['rename', (list: SavedScenario[]) => renameScenario(memoryStorage(), list, 'nope', 'Z')],
    ['delete', (list: SavedScenario[]) => deleteScenario(memoryStorage(), list, 'nope')],
  ])('%s of an unknown id reports notFound', (_what, run) => {
    const list = [entry('x', 'X')];
    expect(run(list)).toEqual({ scenarios: list, problem: { code: 'notFound' } });
  });
});

describe('names', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['a'.repeat(80), 'a'.repeat(80)],
    ['a'.repeat(81), null],
    [' ' + 'ệ'.repeat(80) + ' ', 'ệ'.repeat(80)], // 80 characters, not 80 UTF-16 units or bytes
    ['😀'.repeat(80), '😀'.repeat(80)], // astral characters count once
    ['tab\tinside', null],
    ['line\nbreak', null],
  ])('cleanName(%j) → %j', (name, expected) => {
    expect(cleanName(name)).toBe(expected);
  });

  it.each(['', '  ', 'x'.repeat(81)])('a bad name (%j) leaves the list and storage unchanged', (name) => {
    const storage = memoryStorage(envelope([entry('x', 'X')]));
    const list = loadSaved(storage).scenarios;
    const before = stored(storage);
    expect(saveScenario(storage, list, { name, query: '?v=1' })).toEqual({
      scenarios: list,
      problem: { code: 'badName' },
    });
    expect(renameScenario(storage, list, 'x', name)).toEqual({
      scenarios: list,
      problem: { code: 'badName' },
    });
    expect(stored(storage)).toBe(before);
  });
});

describe('storage that fails', () => {
  const throwing: StorageLike = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    removeItem: () => {},
  };

  it.each([
    ['no storage', null],
    ['getItem throws (private mode, blocked cookies)', throwing],
  ])('%s → empty list, unavailable', (_what, storage) => {
    expect(loadSaved(storage)).toEqual({ scenarios: [], problem: { code: 'unavailable' } });
  });

  it.each([
    ['QuotaExceededError', quotaError, 'quotaExceeded'],
    ['old WebKit code 22', () => Object.assign(new Error('full'), { code: 22 }), 'quotaExceeded'],
    ['Firefox', () => new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'), 'quotaExceeded'],
    ['any other error', () => new TypeError('nope'), 'unavailable'],
  ])('a write failing with %s leaves the list and storage unchanged', (_what, fail, code) => {
    const storage = memoryStorage(envelope([entry('x', 'X')]));
    const list = loadSaved(storage).scenarios;
    const before = stored(storage);
    storage.fail = fail;
    for (const result of [
      saveScenario(storage, list, { name: 'Y', query: '?v=1' }),
      renameScenario(storage, list, 'x', 'Y'),
      deleteScenario(storage, list, 'x'),
    ]) {
      expect(result.problem).toEqual({ code });
      expect(result.scenarios).toBe(list);
    }
    expect(list).toEqual([entry('x', 'X')]);
    expect(stored(storage)).toBe(before);
  });

  it('writing with no storage reports unavailable', () => {
    expect(saveScenario(null, [], { name: 'A', query: '?v=1' })).toEqual({
      scenarios: [],
      problem: { code: 'unavailable' },
    });
  });
});

describe('loadSaved of damaged or foreign contents', () => {
  const good = [entry('a', 'A'), entry('b', 'B')];
  const corrupted = (dropped: number) => ({ code: 'corrupted', dropped });
  it.each([
    ['nothing saved yet', undefined, [], null],
    ['not JSON', '{"format":', [], { code: 'corrupted' }],
    ['JSON null', 'null', [], { code: 'corrupted' }],
    ['a number', '42', [], { code: 'corrupted' }],
    ['no scenarios array', '{"format":"muc-tieu-so/saved-scenarios","version":1}', [], { code: 'corrupted' }],
    ['one bad entry among good', envelope([good[0], { id: 'c', name: 3 }, good[1]]), good, corrupted(1)],
    [
      'bad date, empty id, padded name, missing query',
      envelope([
        { ...good[0], savedAt: 'yesterday' },
        { ...good[0], id: '' },
        { ...good[0], name: ' A ' },
        { id: 'q', name: 'Q', savedAt: NOW.toISOString() },
        good[1],
      ]),
      [good[1]],
      corrupted(4),
    ],
    // A repeated id or name: the first one wins.
    [
      'repeats',
      envelope([good[0], { ...good[1], id: 'a' }, { ...good[1], name: 'a' }]),
      [good[0]],
      corrupted(2),
    ],
    [
      'wrong format tag',
      JSON.stringify({ format: 'other', version: 1, scenarios: good }),
      good,
      corrupted(0),
    ],
    ['newer version', envelope(good, 2), good, { code: 'newerVersion' }],
    ['newer, some unreadable', envelope([good[0], 'x'], 3), [good[0]], { code: 'newerVersion', dropped: 1 }],
    ['version 0', envelope(good, 0), good, corrupted(0)],
  ])('%s', (_what, text, scenarios, problem) => {
    expect(loadSaved(memoryStorage(text))).toEqual({ scenarios, problem });
  });

  it('keeps fields a newer version added to an entry when writing back', () => {
    const storage = memoryStorage(envelope([{ ...entry('a', 'A'), colour: 'teal' }], 2));
    const { scenarios } = loadSaved(storage);
    saveScenario(storage, scenarios, { name: 'B', query: '?v=1', id: 'b', now: NOW });
    expect(JSON.parse(stored(storage)!).scenarios[1]).toEqual({ ...entry('a', 'A'), colour: 'teal' });
  });
});

describe('helpers', () => {
  it.each([
    ['2025-06-01T09:30:12.000Z', '2025-06-01 09:30'],
    ['1999-12-31T23:59:59.999Z', '1999-12-31 23:59'],
  ])('savedAtText(%s) → %s', (iso, text) => {
    expect(savedAtText(iso)).toBe(text);
  });

  it('new ids differ', () => {
    expect(new Set(Array.from({ length: 50 }, newScenarioId)).size).toBe(50);
  });
});

describe('property: any sequence of operations', () => {
  // Mostly names that collide (case, spaces, NFC) or are refused, so the interesting paths are hit often.
  const name = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom('A', 'a', ' Kịch bản ', 'KỊCH BẢN', 'Kịch bản'.normalize('NFD')),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(81)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 90 }) },
  );
  const operation = fc.record({
    kind: fc.constantFrom('save', 'save', 'rename', 'rename', 'delete'),
    name,
    index: fc.nat({ max: 6 }),
    full: fc.nat({ max: 4 }).map((n) => n === 0), // one write in five hits a full storage
  });

  it('keeps the stored JSON valid and equal to the returned list, names and ids unique', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 5, maxLength: 30, size: 'medium' }), (operations) => {
        const storage = memoryStorage();
        let list: SavedScenario[] = [];
        let step = 0;
        for (const op of operations) {
          storage.fail = op.full ? quotaError : undefined;
          const before = stored(storage);
          const id = list[op.index % Math.max(1, list.length)]?.id ?? 'missing';
          const now = new Date(NOW.getTime() + step++ * 60_000);
          const result =
            op.kind === 'save'
              ? saveScenario(storage, list, { name: op.name, query: `?v=1&r.x=${step}`, now })
              : op.kind === 'rename'
                ? renameScenario(storage, list, id, op.name)
                : deleteScenario(storage, list, id);
          if (result.problem) {
            expect(result.scenarios).toBe(list);
            expect(stored(storage)).toBe(before);
          }
          list = result.scenarios;
          storage.fail = undefined;
          expect(loadSaved(storage)).toEqual({ scenarios: list, problem: null });
          expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
          expect(new Set(list.map((s) => s.name.toLowerCase())).size).toBe(list.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
