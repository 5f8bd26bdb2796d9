import type { StringKey } from '../i18n/strings-vi';
import {
  deleteScenario,
  loadSaved,
  renameScenario,
  saveScenario,
  type SavedProblem,
  type SavedResult,
  type SavedScenario,
  type StorageLike,
} from './saved-scenarios';

/** The message shown for each problem the saved list can have. */
export const SAVED_PROBLEM: Record<SavedProblem['code'], StringKey> = {
  unavailable: 'savedProblemUnavailable',
  corrupted: 'savedProblemCorrupted',
  quotaExceeded: 'savedProblemQuota',
  badName: 'savedProblemBadName',
  newerVersion: 'savedProblemNewer',
  notFound: 'savedProblemNotFound',
};

/** localStorage when the browser allows it; null in modes that forbid it (the list then says so). */
function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    storage.getItem('muc-tieu-so.probe');
    return storage;
  } catch {
    return null;
  }
}

/** The saved scenarios of this browser, with the last problem (quota, private mode, damage) to show. */
export class SavedList {
  scenarios = $state.raw<SavedScenario[]>([]);
  problem = $state<SavedProblem | null>(null);
  /** Name of the scenario just saved, for the confirmation. */
  lastSaved = $state<string | null>(null);
  readonly #storage: StorageLike | null;

  constructor(storage: StorageLike | null = browserStorage()) {
    this.#storage = storage;
    this.#apply(loadSaved(storage));
  }

  #apply(result: SavedResult): void {
    this.scenarios = result.scenarios;
    this.problem = result.problem;
    this.lastSaved = null;
  }

  save(name: string, query: string, imported?: unknown): void {
    const result = saveScenario(this.#storage, this.scenarios, { name, query, imported });
    this.#apply(result);
    if (!result.problem) this.lastSaved = name.trim();
  }

  rename(id: string, name: string): void {
    this.#apply(renameScenario(this.#storage, this.scenarios, id, name));
  }

  remove(id: string): void {
    this.#apply(deleteScenario(this.#storage, this.scenarios, id));
  }
}

let pageList: SavedList | null = null;

/**
 * The page's saved list, read from storage when first wanted (the settings are opened): the first screen
 * neither reads storage nor loads this code.
 */
export function pageSavedList(): SavedList {
  return (pageList ??= new SavedList());
}
