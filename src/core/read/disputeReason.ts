/**
 * Dispute and return reasons (docs/rules.md §3), classified by the words they contain, in English,
 * Korean and Chinese. The first class whose word appears wins, in the order of REASON_WORDS.
 */

export type ReasonClass =
  'not-as-described' | 'wrong-item' | 'defective' | 'not-received' | 'change-of-mind' | 'other';

export type ReasonCause = 'internal' | 'expectation' | 'other';

type Needle = string | RegExp;

/**
 * English words match whole words (so "late" is not found in "chocolate"); Korean and Chinese
 * ones match anywhere, spaces ignored, since those languages glue words to particles. A short
 * word stands for the longer phrases of docs/rules.md §3 containing it (변심 for 단순 변심, 发错 for 发错货).
 */
export const REASON_WORDS: readonly (readonly [ReasonClass, readonly Needle[]])[] = [
  [
    'not-as-described',
    [
      'not as described',
      'not as pictured',
      'different from description',
      'different from the description',
      'different from picture',
      'does not match the description',
      "doesn't match the description",
      '설명과 다름',
      '설명과 다른',
      '사진과 다름',
      '사진과 다른',
      // 상이 ("differs") only where a word starts with it: 손상이, 이상이, 색상이 merely contain it.
      / 상이/u,
      '货不对板',
      '描述不符',
      '与描述不一致',
    ],
  ],
  [
    'wrong-item',
    [
      'wrong item',
      'wrong product',
      'wrong size',
      'wrong color',
      'wrong colour',
      'incorrect item',
      '오배송',
      '잘못 배송',
      '다른 상품',
      '发错',
      '错发',
    ],
  ],
  [
    'defective',
    [
      'defective',
      'damaged',
      'damage',
      'broken',
      'faulty',
      'quality',
      'not working',
      'does not work',
      "doesn't work",
      '불량',
      '파손',
      '손상',
      '고장',
      '작동 안',
      '质量问题',
      '破损',
      '损坏',
      '瑕疵',
    ],
  ],
  [
    'not-received',
    [
      'not received',
      'did not receive',
      "didn't receive",
      "haven't received",
      'never arrived',
      'never received',
      'not delivered',
      'not arrived',
      'lost',
      'late',
      'delay',
      'delayed',
      '미수령',
      '지연',
      '못 받',
      '받지 못',
      '未收到',
      '没收到',
      '延误',
    ],
  ],
  [
    'change-of-mind',
    [
      'changed mind',
      'changed my mind',
      'change of mind',
      'no longer needed',
      'no longer want',
      "don't want",
      'do not want',
      'ordered by mistake',
      '변심',
      '필요 없',
      '不想要',
      '不需要',
      '拍错',
      '买错',
    ],
  ],
];

/** Letters and digits in lower case; every run of anything else becomes one space. */
const asWords = (text: string): string =>
  ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

const withoutSpaces = (text: string): string => asWords(text).replace(/ /g, '');

const isLatin = (needle: string): boolean => /^[\p{Script=Latin}\p{N}\s'’-]+$/u.test(needle);

/** Whether a reason, as words and without spaces, contains the needle. */
type NeedleTest = (words: string, compact: string) => boolean;

function needleTest(needle: Needle): NeedleTest {
  if (needle instanceof RegExp) return (words) => needle.test(words);
  if (isLatin(needle)) {
    const needleWords = asWords(needle);
    return (words) => words.includes(needleWords);
  }
  const compactNeedle = withoutSpaces(needle);
  return (_, compact) => compact.includes(compactNeedle);
}

/** The needles made ready once: a reason is compared with some eighty of them. */
const REASON_TESTS = REASON_WORDS.map(
  ([reason, needles]) => [reason, needles.map(needleTest)] as const,
);

/**
 * The class of a dispute or return reason; anything unrecognised (or empty) is 'other'.
 * @example classifyReason('Item not received') // 'not-received'
 */
export function classifyReason(text: unknown): ReasonClass {
  if (text === null || text === undefined) return 'other';
  const words = asWords(String(text));
  const compact = words.replace(/ /g, '');
  for (const [reason, tests] of REASON_TESTS) {
    for (const test of tests) if (test(words, compact)) return reason;
  }
  return 'other';
}

/**
 * Internal causes are fixed in the product or process; expectation causes in the listing.
 * @example reasonCause('wrong-item') // 'internal'
 */
export function reasonCause(reason: ReasonClass): ReasonCause {
  switch (reason) {
    case 'not-as-described':
    case 'wrong-item':
    case 'defective':
      return 'internal';
    case 'change-of-mind':
      return 'expectation';
    default:
      return 'other';
  }
}
