import type { UserObservation } from '../model/baseline';
import { importedId, type ImportMode } from './with-imported';

/** The per-indicator parts of a scenario that follow an indicator's line. */
export interface LineParts {
  rateOverrides: Record<string, number>;
  userObservations: Record<string, UserObservation[]>;
  focus: string | null;
}

/**
 * The parts of a scenario once imported figures are shown another way: for each indicator the file covers,
 * the rate, added figures and focus of the file's line follow it (to `importedId(id)` beside the national
 * line, to `id` in its place) and the national line goes back to its trend; with `to` null (the file
 * removed), the file's lines' parts are dropped.
 * @example moveImportedParts({ rateOverrides: { xImport: 2 }, … }, ['x'], 'beside', 'replace').rateOverrides
 *   → { x: 2 }
 */
export function moveImportedParts(
  parts: LineParts,
  covered: readonly string[],
  from: ImportMode,
  to: ImportMode | null,
): LineParts {
  const fileId = (id: string, mode: ImportMode) => (mode === 'beside' ? importedId(id) : id);
  const moves = new Map(covered.map((id) => [fileId(id, from), to === null ? null : fileId(id, to)]));
  if (to === from) return parts;
  const move = <T>(record: Record<string, T>): Record<string, T> => {
    const out: Record<string, T> = {};
    // The national line goes back to its trend where the file's line takes its place.
    const taken = new Set([...moves.values()].filter((id): id is string => id !== null));
    for (const [id, value] of Object.entries(record)) {
      if (moves.has(id)) {
        const next = moves.get(id);
        if (next) out[next] = value;
      } else if (!taken.has(id)) out[id] = value;
    }
    return out;
  };
  const focus =
    parts.focus !== null && moves.has(parts.focus) ? (moves.get(parts.focus) ?? null) : parts.focus;
  return {
    rateOverrides: move(parts.rateOverrides),
    userObservations: move(parts.userObservations),
    focus,
  };
}
