/**
 * A file name safe on every system: ASCII letters, digits and dashes, at most 60 characters.
 * @example fileSlug('Hồ sơ trực tuyến toàn trình') === 'ho-so-truc-tuyen-toan-trinh'
 */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .toLowerCase()
      .slice(0, 60)
      // Trimmed after the cut, so a cut at a word's end leaves no dash behind.
      .replace(/^-|-$/g, '') || 'chart'
  );
}
