import { describe, expect, it } from 'vitest';
import { linkWith } from './share-links';

describe('linkWith', () => {
  it.each([
    [
      { embed: '1', ind: 'dossiersFullOnline' },
      'https://x/?v=3&data=2024&present=1&embed=1&ind=dossiersFullOnline',
    ],
    [{ present: null }, 'https://x/?v=3&data=2024'],
  ])('%j', (extra, expected) => {
    expect(linkWith('https://x/', '?v=3&data=2024&present=1', extra)).toBe(expected);
  });
});
