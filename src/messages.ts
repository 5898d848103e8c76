/**
 * Every sentence the add-on shows a seller, in English and Korean, in one place. Problems carry
 * the English text (Problem.expected); screens in a Korean spreadsheet show the Korean one.
 * Placeholders are written `{name}`.
 */

import type { Lang } from './language';

const MESSAGES = {
  missingColumn: {
    en: 'a column {columns} (tried: {aliases})',
    ko: '{columns} 열 (찾아본 이름: {aliases})',
  },
  or: { en: ' or ', ko: ' 또는 ' },
  positiveWholeNumber: { en: 'a whole number of at least 1, like 28', ko: '28 같은 1 이상의 정수' },
  number: { en: 'a number like 4.7', ko: '4.7 같은 숫자' },
  currencyCode: { en: 'a currency code like KRW or USD', ko: 'KRW, USD 같은 통화 코드' },
  weekday: { en: 'Monday or Sunday', ko: '월요일 또는 일요일' },
  months: { en: 'month numbers like 11,12,1,2', ko: '11,12,1,2 같은 월 숫자' },
  fxRate: { en: 'a rate above 0 like 1380', ko: '1380 같은 0보다 큰 환율' },
  fxDate: {
    en: 'a date like 2025-09-01, or nothing for "always"',
    ko: '2025-09-01 같은 날짜 (비워 두면 항상 적용)',
  },
  'app.name': { ko: '셀러 루틴', en: 'Seller Routine' },
  'menu.openSidebar': { ko: '사이드바 열기', en: 'Open sidebar' },
  'menu.help': { ko: '도움말', en: 'Help' },
  'help.title': { ko: '셀러 루틴 도움말', en: 'Seller Routine help' },
  'help.body': {
    ko: '주문·분쟁·정산 내보내기 파일을 각 탭에 붙여 넣으세요. 셀에 =REAL_MARGIN(원장!A:H, 설정!A:C)처럼 쓰면 실질 마진이 나옵니다. 사이드바에서 오늘 할 일을 확인하세요.',
    en: 'Paste your Orders, Disputes and Settlement exports into their tabs. Type =REAL_MARGIN(Ledger!A:H, Settings!A:C) in a cell to see your real margin. Open the sidebar for today’s routine.',
  },
  'error.unexpected': {
    ko: '계산하지 못했습니다. 입력 범위를 확인해 주세요.',
    en: 'Could not compute this. Please check the input range.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** The message `key` in `lang`, with each `{name}` replaced by `params[name]`. */
export function t(
  key: MessageKey,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
