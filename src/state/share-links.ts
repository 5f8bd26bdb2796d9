/**
 * A link to the same scenario with some parameters set or removed (null removes), keeping the readable
 * `:` and `,` of the share format.
 * @example linkWith('https://x/', '?v=3&data=2024', { embed: '1' }) === 'https://x/?v=3&data=2024&embed=1'
 */
export function linkWith(base: string, query: string, extra: Record<string, string | null>): string {
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(extra)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  return `${base}?${params}`.replace(/%3A/g, ':').replace(/%2C/g, ',');
}
