// Every sentence a seller sees is whole in one language (docs/rules.md §5): each key of the catalogue is
// rendered in Korean and in English here, with every placeholder filled, and checked for words of
// the other language. Words that are the same in both (codes such as SKU, KPI or KRW, the status
// words of the KPI tab, examples of what an export writes) are listed, not guessed.
import { describe, expect, it } from 'vitest';
import '../../src/core/text/commandLineMessages';
import {
  KNOWN_MESSAGES,
  t,
  type MessageKey,
  type MessageParams,
} from '../../src/core/text/messages';
import { REPLY_MACROS } from '../../src/core/text/replyMacros';
import { SIDEBAR_LABELS, sidebarLabels } from '../../src/core/text/sidebarLabels';

const MESSAGE_KEYS = Object.keys(KNOWN_MESSAGES) as MessageKey[];

/** A sample for every placeholder: plain values, so only the catalogue's own words are checked. */
function samples(key: string): MessageParams {
  const names = new Set<string>();
  for (const lang of ['en', 'ko'] as const) {
    const text = t(key as never, lang, {});
    for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] as string);
  }
  return Object.fromEntries([...names].map((name) => [name, name === 'count' ? 3 : 7]));
}

/** Latin-script words a Korean sentence may carry: codes, formulas, examples of exports. */
const LATIN_IN_KOREAN = new Set(
  // Codes, status words and keys, then what a formula or an argument is typed as, then the file
  // types, text encodings and sizes the command line names (.xlsx, CSV, UTF-8, CP949, 2 GB).
  (
    'SKU KPI ID KRW USD EUR CNY US NO DATA OK WARN BAD Y N O X Ctrl C px ROAS ' +
    'REAL_MARGIN A H T below at least ' +
    'xlsx CSV csv tsv txt UTF CP GB'
  ).split(' '),
);

/** Korean a (translated) English sentence may carry: examples of what Korean exports write. */
const KOREAN_IN_ENGLISH = ['원', '매출', '수수료', '광고비', '발송 완료', '예', '아니오'];

/** Keys whose text is the same code in both languages (a column named KPI, a bare template). */
const SAME_IN_BOTH = new Set([
  'tab.kpi',
  'col.kpi',
  'col.sku',
  'fn.arg.sku',
  'memo.correction',
  'problem.tab',
  'problem.tabRow',
  'problem.column',
  'problem.value',
  'sidebar.detail.titleToFix',
  'sidebar.detail.kpiVsTarget',
  'sidebar.reviews.word',
  'or',
]);

/** What in a sentence belongs to the other language, if anything. */
function mixedLanguage(key: string, ko: string, en: string): string[] {
  const wrong: string[] = [];
  if (!/[가-힣]/.test(ko)) wrong.push(`${key}: no Korean in "${ko}"`);
  const stray = latinWords(ko).filter((word) => !LATIN_IN_KOREAN.has(word));
  if (stray.length > 0) wrong.push(`${key}: ${stray.join(' ')} in "${ko}"`);
  const hangul = KOREAN_IN_ENGLISH.reduce((text, word) => text.replaceAll(word, ''), en);
  if (/[가-힣]/.test(hangul)) wrong.push(`${key}: Korean in "${en}"`);
  return wrong;
}

function latinWords(text: string): string[] {
  return [...text.replace(/\{\w+\}/g, '').matchAll(/[A-Za-z_]+/g)].map((m) => m[0]);
}

describe('the message catalogue', () => {
  it(`renders every key in Korean and English, whole (${MESSAGE_KEYS.length} keys)`, () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (const key of MESSAGE_KEYS) {
      const params = samples(key);
      const ko = t(key, 'ko', params);
      const en = t(key, 'en', params);
      if (/\{\w+\}/.test(ko + en) || en === '' || ko === '') wrong.push(`${key}: unfilled`);
      if (!SAME_IN_BOTH.has(key)) wrong.push(...mixedLanguage(key, ko, en));
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the sidebar’s own labels and reply macros whole in each language too', () => {
    const wrong: string[] = [];
    for (const [group, labels] of Object.entries(SIDEBAR_LABELS)) {
      type Label = { ko: string; en: string | { one: string; other: string } };
      for (const [name, { ko, en }] of Object.entries<Label>(labels)) {
        // English with a form per count (the urgent lines) is checked in both forms.
        for (const english of typeof en === 'string' ? [en] : [en.one, en.other]) {
          if (english === '' || ko === '') wrong.push(`${group}.${name}: empty`);
          if (ko !== english) wrong.push(...mixedLanguage(`${group}.${name}`, ko, english));
        }
      }
    }
    for (const [id, { title, text }] of Object.entries(REPLY_MACROS)) {
      wrong.push(...mixedLanguage(`macro.${id}.title`, title.ko, title.en));
      wrong.push(...mixedLanguage(`macro.${id}`, text.ko, text.en));
    }
    expect(wrong).toEqual([]);
    expect(sidebarLabels('ko').keywordColumns.roas).toBe('ROAS');
  });

  it('ends every Korean expectation with its subject particle, so a sentence never breaks', () => {
    for (const key of MESSAGE_KEYS.filter((name) => name.startsWith('expected.'))) {
      expect(t(key, 'ko', samples(key)), key).toMatch(/[이가]$|만$/);
      expect(
        t('problem.sentence', 'ko', { where: '주문 2행', expected: t(key, 'ko', samples(key)) }),
      ).toMatch(/ 필요합니다\.$/);
    }
  });
});

describe('English counts', () => {
  it('say 1 order, 1 tab, 1 row, and more of them in the plural', () => {
    const say = (key: MessageKey, count: number) =>
      t(key, 'en', { count, names: 'Orders', problems: 0 });
    expect(
      ['sidebar.detail.overdue', 'setup.done', 'update.imported', 'sidebar.detail.unanswered'].map(
        (key) => [say(key as MessageKey, 1), say(key as MessageKey, 2)],
      ),
    ).toEqual([
      ['1 order past its ship-by deadline', '2 orders past their ship-by deadline'],
      ['Set up 1 tab: Orders', 'Set up 2 tabs: Orders'],
      ['Added 1 row to the Ledger · 0 to check', 'Added 2 rows to the Ledger · 0 to check'],
      ['1 message without a reply', '2 messages without a reply'],
    ]);
  });
});
