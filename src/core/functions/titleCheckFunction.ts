/** TITLE_CHECK: a listing title against the rules the SKU Margin tab checks. */
import { titleIssueText } from '../text/titleIssueText';
import { isBlank, normalizeText } from '../read/cell';
import { titleCheck } from '../metrics/titleCheck';
import { computeWith } from './functionInputs';
import type { CustomFunctionSpec } from './spec';
import { asTable } from './table';

/** The separators of the Settings "Banned title words" list. */
const WORD_SEPARATORS = /[,，、;\n]/u;

/** One word or phrase per cell, or comma-separated text in any cell. */
function bannedWords(arg: unknown): string[] {
  return asTable(arg)
    .flat()
    .filter((cell) => !isBlank(cell))
    .flatMap((cell) => String(cell).split(WORD_SEPARATORS))
    .map(normalizeText)
    .filter(Boolean);
}

export const TITLE_CHECK: CustomFunctionSpec = {
  name: 'TITLE_CHECK',
  summary: {
    en: 'Checks a listing title: 80–120 characters, the primary keyword first, no banned or repeated words.',
    ko: '상품 제목 점검: 80~120자, 핵심 키워드가 맨 앞, 금지 단어·반복 단어 없음.',
  },
  params: [
    {
      name: 'title',
      type: 'text',
      description: { en: 'The title, e.g. B2.', ko: '상품 제목(예: B2).' },
    },
    {
      name: 'keyword',
      type: 'text',
      optional: true,
      description: {
        en: 'Optional: the primary keyword the title should start with.',
        ko: '선택: 제목 맨 앞에 와야 할 핵심 키워드.',
      },
    },
    {
      name: 'bannedWords',
      type: 'A1:A',
      optional: true,
      description: {
        en: 'Optional: banned words, one per cell or comma-separated, e.g. "free shipping, best".',
        ko: '선택: 금지 단어. 셀마다 하나씩 또는 쉼표로 구분(예: "free shipping, best").',
      },
    },
  ],
  returns: {
    en: 'OK, or what to fix, e.g. "under 80 characters"; blank for a blank title.',
    ko: 'OK 또는 고칠 점(예: "80자 미만"). 제목이 비어 있으면 빈칸.',
  },
  example: '=TITLE_CHECK(B2, G2, "free shipping, best")',
  run([title, keyword, banned], ctx) {
    return computeWith(ctx, undefined, (inputs) => {
      const text = inputs.scalar(title, 'fn.arg.title');
      // Nothing to check: a column filled down over blank rows stays blank, not "under 80".
      if (isBlank(text)) return '';
      const primary = inputs.scalar(keyword, 'fn.arg.keyword');
      const check = titleCheck(
        String(text),
        isBlank(primary) ? null : String(primary),
        bannedWords(banned),
      );
      return check.ok ? 'OK' : titleIssueText(check, inputs.lang);
    });
  },
};
