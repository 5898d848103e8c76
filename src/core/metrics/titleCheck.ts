/** Listing title check (docs/rules.md §5): length, primary keyword first, no banned or repeated words. */
import { normalizeText } from '../read/cell';

export type TitleIssue =
  'too-short' | 'too-long' | 'keyword-not-first' | 'banned-word' | 'repeated-word';

export interface TitleCheck {
  ok: boolean;
  length: number;
  issues: TitleIssue[];
  details: {
    /** The banned-list entries found, as written in the list (once, whatever their case). */
    banned: string[];
    /** Words used more than once, as the title first writes them, in the order they repeat. */
    repeated: string[];
  };
}

export const TITLE_LENGTH = { min: 80, max: 120 } as const;

/** Small words every title repeats; numbers are skipped too ("2 Pack 2 Colors"). */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** Letters and digits, keeping `T-shirt` and `women's` whole. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Length counts characters of the title with its spacing tidied (trimmed, runs of spaces as
 * one). The primary keyword must open the title, ignoring case (a blank or null keyword is not
 * checked). Banned words (or phrases) match whole words ignoring case; `&`, numbers and the
 * STOP_WORDS may repeat.
 * @example titleCheck('Phone Case for iPhone 15 Case', 'phone case', []).issues // ['too-short', 'repeated-word']
 */
export function titleCheck(
  title: string,
  primaryKeyword: string | null,
  bannedWords: readonly string[],
): TitleCheck {
  const text = normalizeText(title);
  const length = [...text].length;
  const words = wordsOf(text);
  const banned = onceEach(bannedWords.filter((phrase) => containsPhrase(words, wordsOf(phrase))));
  const repeated = asWritten(repeatedWords(words), text);
  const keyword = normalizeText(primaryKeyword ?? '').toLowerCase();

  const issues: TitleIssue[] = [];
  if (length < TITLE_LENGTH.min) issues.push('too-short');
  if (length > TITLE_LENGTH.max) issues.push('too-long');
  if (keyword !== '' && !text.toLowerCase().startsWith(keyword)) issues.push('keyword-not-first');
  if (banned.length > 0) issues.push('banned-word');
  if (repeated.length > 0) issues.push('repeated-word');
  return { ok: issues.length === 0, length, issues, details: { banned, repeated } };
}

/** Entries that differ only in case once, as first written ("cheap, Cheap" is one). */
function onceEach(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = entry.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Lower-case words as the title first writes them ("iphone" → "iPhone"). */
function asWritten(words: readonly string[], text: string): string[] {
  const written = new Map<string, string>();
  for (const word of text.match(WORD) ?? []) {
    const key = word.toLowerCase();
    if (!written.has(key)) written.set(key, word);
  }
  return words.map((word) => written.get(word) ?? word);
}

function wordsOf(text: string): string[] {
  return (normalizeText(text).toLowerCase().match(WORD) ?? []) as string[];
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  return words.some((_, start) => phrase.every((word, i) => words[start + i] === word));
}

function repeatedWords(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const word of words) {
    if (STOP_WORDS.has(word) || /^\p{N}+$/u.test(word)) continue;
    if (seen.has(word)) repeated.add(word);
    seen.add(word);
  }
  return [...repeated];
}
