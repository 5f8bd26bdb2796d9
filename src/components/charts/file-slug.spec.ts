import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-slug';

describe('fileSlug', () => {
  it.each([
    ['Vietnamese marks dropped', 'Hồ sơ trực tuyến toàn trình', 'ho-so-truc-tuyen-toan-trinh'],
    ['đ and Đ become d', 'Đề án 06 — định danh', 'de-an-06-dinh-danh'],
    ['runs of other characters become one dash', '80% · 100% — 12/2025', '80-100-12-2025'],
    ['no dash at either end', '  (Cáp quang)  ', 'cap-quang'],
    ['cut at 60 characters', 'a'.repeat(70), 'a'.repeat(60)],
    // 59 × "x", a space, "y": the cut falls on the dash, which goes too.
    ['a cut on a dash leaves no dash', `${'x'.repeat(59)} y`, 'x'.repeat(59)],
    ['nothing left: a plain name', '— / —', 'chart'],
    ['empty', '', 'chart'],
  ])('%s: %j → %j', (_, text, slug) => {
    expect(fileSlug(text)).toBe(slug);
  });
});
