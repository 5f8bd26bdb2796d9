import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { vi } from './strings-vi';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts and .svelte file of src/ that the app runs: no specs, not the string tables themselves. */
function appSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appSources(path);
    const isApp = /\.(ts|svelte)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name);
    return isApp && !/^strings-(vi|en)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Keys the code builds rather than names, so no quoted literal shows them, each with the code that builds
 * it; the spec below fails if one becomes a plain literal (then it no longer needs to be listed here).
 */
const BUILT_KEYS: Record<string, string> = {};

const code = appSources(SRC)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const named = (key: string) => new RegExp(`['"\`]${key}['"\`]`).test(code);

describe('string tables', () => {
  it('reads src/', () => {
    expect(code).toContain("locale.t('appTitle')");
  });

  it('uses every key somewhere in src/, by name or as a built key listed above', () => {
    const unused = Object.keys(vi).filter((key) => !named(key) && !(key in BUILT_KEYS));
    expect(unused).toEqual([]);
  });

  it.each(Object.entries(BUILT_KEYS))(
    'built key %s is a key, built as %s, and not also named',
    (key, how) => {
      expect(vi).toHaveProperty(key);
      expect(code).toContain(how);
      expect(named(key)).toBe(false);
    },
  );
});
