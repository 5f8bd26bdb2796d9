import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vi } from './strings-vi';

/**
 * What the wording glossary (GLOSSARY-vi.md, issue 24) says that a machine can check, over every Vietnamese
 * string of the interface and every `vi` text the seed files show. Source quotes are not here: they stay
 * verbatim (dataset-2024.spec.ts checks them against seeds/texts/). Each failure names the string and why.
 */

/** Acronyms and names that are written in capitals in the planners' own documents. */
// prettier-ignore
const CAPITALS_ALLOWED = new Set([
  'VNeID', 'PAPI', 'GDP', 'IPv6', '5G', 'SIPAS', 'EGDI', 'CSV', 'JSON', 'PNG', 'QR', 'URL', 'ASEAN', 'USD',
  'NEAC', 'EMC', 'CECODES', 'RTA', 'UNDP', 'TTXVN', 'PageDown', 'PageUp', 'Esc',
  // Placeholders of the import format ("NNNN-TT hoặc TT/NNNN": year-month).
  'NNNN', 'TT',
  // Roman numerals of quarters ("quý II/2025").
  'II', 'III', 'IV',
]);

/** Words that are not Vietnamese syllables but belong on the Vietnamese page: formats, names, loanwords. */
// prettier-ignore
const FOREIGN_ALLOWED = new Set([
  // File formats and the import file's column names (the file is read in these words).
  'csv', 'json', 'png', 'iframe', 'indicator', 'month', 'value', 'target_value', 'target_deadline',
  // Names, and loanwords of the planners' documents.
  'vneid', 'papi', 'sipas', 'egdi', 'neac', 'emc', 'cecodes', 'undp', 'asean', 'pagedown', 'pageup', 'esc',
  'vietnamplus', 'vietnamnet', 'viettel', 'excel', 'internet', 'web', 'logistic', 'σ',
]);

/** One Vietnamese syllable, written without its marks ("nghiêng" → "nghieng"). */
const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

function bare(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

interface Shown {
  where: string;
  text: string;
  /** A document's own title, shown as it is: exempt from the capitals and foreign-word rules. */
  title?: boolean;
}

/** Every `vi` text of a seed file, with its path ("later-figures.json breaks[3].note"). */
function seedTexts(file: string): Shown[] {
  const data: unknown = JSON.parse(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'));
  const out: Shown[] = [];
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'vi' && typeof value === 'string')
          out.push({ where: `${file} ${path}`, text: value, title: /\.title$/.test(path) });
        else walk(value, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(data, '');
  return out;
}

/** Internal ids of indicators and measures: never shown in a note. */
function internalIds(): string[] {
  const ids = new Set<string>();
  for (const file of ['indicators.json', 'later-figures.json']) {
    const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
    for (const [, id] of text.matchAll(/"(?:id|indicator|counts|ownerId)": "([a-z][A-Za-z0-9]+)"/g))
      if (/[A-Z]/.test(id!)) ids.add(id!);
  }
  return [...ids];
}

/** Keys written in the other language on purpose: the button that switches to it. */
const OTHER_LANGUAGE_KEYS = new Set(['languageToggle', 'languageToggleLabel']);

const STRING_TEXTS: Shown[] = Object.entries(vi)
  .filter(([key]) => !OTHER_LANGUAGE_KEYS.has(key))
  .map(([key, text]) => ({ where: `strings-vi.ts ${key}`, text }));
const SEED_TEXTS: Shown[] = ['indicators.json', 'later-figures.json', 'sources.json'].flatMap(seedTexts);

/** Keys whose sentences give a verdict: each sentence stays within VERDICT_WORDS words. */
const VERDICT_KEYS = [
  'summaryReachable',
  'summaryFurthest',
  'summaryAllReached',
  'verdictReached',
  'verdictMissed',
  'verdictAlreadyMet',
  'verdictNoBaseline',
  'targetLine',
  'reachedOn',
  'reachedOnDeadline',
  'missedBy',
  'wouldReachLater',
  'wouldNeverReach',
  'deadlinePassed',
  'alreadyMetText',
  'noBaselineText',
  'observedMissed',
  'observedReached',
  'outcomeMet',
  'outcomeNotMet',
  'outcomeNoFigure',
  'outcomeNotYetDue',
  'outcomeDecided',
  'progressLine',
  'contextTarget',
  'nextNeed',
  'requiredRate',
  'requiredRateBoth',
  'probability',
  'probabilityMonths',
  'playheadVerdictPending',
] as const;
const VERDICT_WORDS = 25;
/** A sentence of a note, caveat or break in the seed files stays within this many words. */
const NOTE_WORDS = 35;

const sentencesOf = (text: string) => text.split(/(?<=[.;!?])\s+/).filter(Boolean);
const wordCount = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}{]/u.test(w)).length;

/**
 * The text the rules read: placeholders, web addresses, document numbers ("411/QĐ-TTg") and source labels
 * ("L23") taken out; with `quotes`, quoted words too (a quote of the source keeps its own words).
 */
function readable(text: string, quotes: boolean): string {
  let out = text
    .replace(/\{\w+\}/g, ' ')
    .replace(/\b[\w.-]+\.(?:vn|com|net|org)\b/g, ' ')
    .replace(/\d+\/[\p{Lu}Đ]+(?:-[\p{L}]+)+/gu, ' ')
    .replace(/\bL\d+\b/g, ' ');
  if (quotes) out = out.replace(/"[^"]*"|“[^”]*”/g, ' ');
  return out;
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}_&]+/gu) ?? [];

/** Why a shown text breaks the glossary, or nothing. */
function problemsOf(shown: Shown, verdict = false): string[] {
  const { text } = shown;
  const problems: string[] = [];
  if (/(?<![\p{L}])[Tt]ỉ(?![\p{L}])/u.test(text)) problems.push('writes “tỉ”; the glossary spells it “tỷ”');
  const zeroMonth = text.match(/(?<![\d/])0\d\/(?:\d{1,2}\/)?\d{4}\b/);
  if (zeroMonth)
    problems.push(
      `zero-padded month “${zeroMonth[0]}”; write “${zeroMonth[0].replace(/(?<!\d)0(\d)/g, '$1')}”`,
    );
  const iso = text.match(/\b\d{4}-\d{2}(?:-\d{2})?\b/);
  if (iso) problems.push(`ISO date “${iso[0]}” in shown text; write “tháng 7/2025” or “7/11/2025”`);
  for (const id of internalIds())
    if (text.includes(id)) problems.push(`internal id “${id}”; name the indicator instead`);
  if (!shown.title) {
    const plain = readable(text, true);
    for (const word of words(plain)) {
      const letters = word.replace(/[^\p{L}]/gu, '');
      if (letters.length >= 2 && letters === letters.toUpperCase() && !CAPITALS_ALLOWED.has(word))
        problems.push(`“${word}” in capitals inside a sentence`);
      else if (
        letters.length > 1 &&
        !/\d/.test(word) &&
        !CAPITALS_ALLOWED.has(word) &&
        !FOREIGN_ALLOWED.has(word.toLowerCase()) &&
        !bare(word)
          .split('_')
          .every((part) => SYLLABLE.test(part))
      )
        problems.push(`“${word}” is not a Vietnamese word (add it to an allow-list if it is a name)`);
    }
    for (const abbreviation of ['DVC', 'TTHC', 'DN', 'KHCN', 'TT&TT', 'KH&CN'])
      if (words(plain).includes(abbreviation)) problems.push(`abbreviation “${abbreviation}”; write it out`);
    if (/(?<![\p{L}])[Hh]ãy(?![\p{L}])/u.test(text)) problems.push('“Hãy …”; the glossary says “Vui lòng …”');
    if (/điểm gãy/i.test(text)) problems.push('“điểm gãy”; say “đổi cách tính” or “chuỗi số liệu thay đổi”');
  }
  const limit = verdict ? VERDICT_WORDS : NOTE_WORDS;
  for (const sentence of sentencesOf(text.replace(/\{\w+\}/g, 'x'))) {
    const n = wordCount(sentence);
    if (n > limit) problems.push(`a sentence of ${n} words (at most ${limit}): “${sentence.slice(0, 60)}…”`);
  }
  return problems;
}

const report = (texts: Shown[], verdict: (s: Shown) => boolean) =>
  texts.flatMap((shown) => problemsOf(shown, verdict(shown)).map((why) => `${shown.where}: ${why}`));

describe('wording (GLOSSARY-vi.md)', () => {
  it('reads the string table and the seed files', () => {
    expect(STRING_TEXTS.length).toBeGreaterThan(250);
    expect(SEED_TEXTS.length).toBeGreaterThan(200);
    expect(internalIds()).toContain('digitalEconomyValueAdded');
  });

  it('holds over every Vietnamese string of the interface', () => {
    const verdictKeys = new Set<string>(VERDICT_KEYS.map((key) => `strings-vi.ts ${key}`));
    // Long explanations (help texts) are not verdicts but still keep sentences within NOTE_WORDS.
    expect(report(STRING_TEXTS, (s) => verdictKeys.has(s.where))).toEqual([]);
  });

  it('holds over every vi text of the seed files (not the quotes)', () => {
    expect(report(SEED_TEXTS, () => false)).toEqual([]);
  });

  it.each([
    ['Tỉ lệ hồ sơ', 'tỉ'],
    ['Số liệu tháng 07/2024', 'zero-padded'],
    ['Trang ghi ngày 2025-11-07.', 'ISO date'],
    ['Mục tiêu đếm HỒ SƠ thủ tục.', 'capitals'],
    ['Xem đường digitalEconomyValueAdded.', 'internal id'],
    ['Mua sắm online tăng.', 'not a Vietnamese word'],
    ['Hãy nhập một số.', 'Vui lòng'],
    ['Hồ sơ TTHC trên Cổng DVC.', 'abbreviation'],
  ])('bites: “%s” fails (%s)', (text, why) => {
    expect(problemsOf({ where: 'test', text }).join('\n')).toContain(why);
  });

  it('bites: a verdict of 26 words fails, a note of 26 words passes', () => {
    const text = `${'một '.repeat(25)}hai.`;
    expect(problemsOf({ where: 'test', text }, true).join('\n')).toContain('26 words');
    expect(problemsOf({ where: 'test', text }, false)).toEqual([]);
  });

  it.each(['Dự kiến đạt 80% vào tháng 7/2025.', 'Tỷ lệ người dùng VNeID và IPv6 theo PAPI, GDP, 5G.'])(
    'lets a good sentence pass: %s',
    (text) => {
      expect(problemsOf({ where: 'test', text }, true)).toEqual([]);
    },
  );
});
