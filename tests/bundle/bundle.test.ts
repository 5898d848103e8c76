// Proves dist/Code.js is valid Apps Script: it runs in a scope holding only the Apps Script
// services, its public functions are top-level declarations, and their JSDoc survived the build.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { renderJsDoc } from '../../src/core/functions/jsdoc';
import { COMMAND_LINE_MESSAGES } from '../../src/core/text/commandLineMessages';
import { KNOWN_MESSAGES, t } from '../../src/core/text/messages';
import { REPLY_MACROS } from '../../src/core/text/replyMacros';
import { sidebarLabels } from '../../src/core/text/sidebarLabels';
import { CUSTOM_FUNCTIONS } from '../../src/core/functions/registry';
import { PUBLIC_API } from '../../src/gas/publicApi';
import { loadAddOn, readBundle } from '../../src/local/bundle';
import { createGasEnvironment } from '../../src/local/harness/environment';
import type { WorkbookData } from '../../src/local/workbookData';

function workbook(locale: string): WorkbookData {
  return { name: 'Test', timeZone: 'Asia/Seoul', locale, sheets: [{ name: 'Sheet1', values: [] }] };
}

let source: string;
beforeAll(() => {
  source = readBundle();
});

describe('dist/Code.js', () => {
  it('declares every public and custom function at the top level with its JSDoc above it', () => {
    for (const [name, { doc }] of Object.entries(PUBLIC_API)) {
      const jsdoc = ['/**', ...doc.map((line) => ` * ${line}`), ' */'].join('\n');
      expect(source).toContain(`${jsdoc}\nfunction ${name}(`);
    }
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(source).toContain(`${renderJsDoc(spec)}\nfunction ${spec.name}(`);
    }
    const declared = source.match(/@customfunction\n \*\/\nfunction (\w+)\(/g) ?? [];
    expect(declared).toHaveLength(CUSTOM_FUNCTIONS.length);
  });

  it('carries each JSDoc block once: on its top-level function, not again inside the entry', () => {
    const blocks = source.match(/^\/\*\*\n(?: \*.*\n)* \*\/\n/gm) ?? [];
    const publicCount = Object.keys(PUBLIC_API).length;
    expect(blocks).toHaveLength(publicCount + CUSTOM_FUNCTIONS.length);
    expect(source.match(/@customfunction/g)).toHaveLength(CUSTOM_FUNCTIONS.length);
  });

  it("carries each function's docs once, in its JSDoc: the code leaves them out", () => {
    const texts = [
      ...CUSTOM_FUNCTIONS.flatMap((spec) => [
        ...Object.values(spec.summary),
        ...Object.values(spec.returns),
        ...spec.params.flatMap((param) => Object.values(param.description)),
      ]),
      ...Object.values(PUBLIC_API).flatMap(({ doc }) => doc),
    ];
    // A text shared by several functions (the Settings parameter) is in each of their blocks.
    const blocks = source.slice(0, source.indexOf('(() => {'));
    const timesIn = (text: string, where: string) => where.split(text).length - 1;
    const checked = [...new Set(texts)].filter((text) => text.length > 20);
    expect(checked.length).toBeGreaterThan(60);
    for (const text of checked) expect(timesIn(text, source)).toBe(timesIn(text, blocks));
  });

  it("leaves the command line's own sentences out", () => {
    const sentences = Object.values(COMMAND_LINE_MESSAGES).map((text) => text.ko);
    expect(sentences.length).toBeGreaterThan(40);
    for (const sentence of sentences) expect(source).not.toContain(sentence);
    expect(source).toContain(t('update.busy', 'ko'));
  });

  it("leaves the sidebar's own labels and reply macros to dist/Sidebar.html", () => {
    const html = readFileSync(new URL('../../dist/Sidebar.html', import.meta.url), 'utf8');
    // Should esbuild write non-ASCII letters as \uXXXX escapes again, they still count.
    const sidebar = html.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    // A word the server says too ('외 {count}건' of a list of orders) is in both, by design.
    const serverSays = new Set(Object.values(KNOWN_MESSAGES).map((text) => text?.ko));
    const labels = Object.values(sidebarLabels('ko')).filter(
      (text): text is string => typeof text === 'string' && !serverSays.has(text),
    );
    const macros = Object.values(REPLY_MACROS).flatMap(({ text }) => [text.ko, text.en]);
    const longer = [...labels, ...macros].filter((label) => label.length > 8);
    expect(longer.length).toBeGreaterThan(18);
    for (const label of longer) {
      expect(source).not.toContain(label);
      expect(sidebar).toContain(label);
    }
  });

  it('runs in a scope without require, process or fetch', () => {
    const env = createGasEnvironment(workbook('ko_KR'));
    const addOn = loadAddOn(env.globals, source);
    const leaked = vm.runInContext(
      '[typeof require, typeof process, typeof fetch, typeof module]',
      addOn.context,
    );
    expect(leaked).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('builds the Korean menu on open', () => {
    const env = createGasEnvironment(workbook('ko_KR'), { userLocale: 'ko' });
    loadAddOn(env.globals, source).fn('onOpen')({ authMode: 'NONE' });
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.menus[0]?.items).toEqual([
      { caption: '사이드바 열기', functionName: 'openSidebar' },
      { caption: '주간 업데이트 실행', functionName: 'runWeeklyUpdate' },
      { caption: '내보내기만 가져오기', functionName: 'importExports' },
      'separator',
      { caption: '시트 준비하기', functionName: 'setupSheets' },
      { caption: '주간 자동 업데이트 켜기/끄기', functionName: 'toggleWeeklyTrigger' },
      { caption: '도움말', functionName: 'showHelp' },
    ]);
  });

  it('builds the English menu on install outside a Korean locale', () => {
    const env = createGasEnvironment(workbook('en_US'), { userLocale: 'en' });
    loadAddOn(env.globals, source).fn('onInstall')({});
    const items = env.ui.menus[0]?.items.filter((item) => item !== 'separator');
    expect(items?.map((item) => item.caption)).toEqual([
      'Open sidebar',
      'Run weekly update',
      'Import exports only',
      'Set up sheets',
      'Turn weekly auto-update on/off',
      'Help',
    ]);
  });

  it('computes REAL_MARGIN over a ledger range in a cell', () => {
    const env = createGasEnvironment(workbook('ko_KR'));
    const realMargin = loadAddOn(env.globals, source).fn('REAL_MARGIN');
    const ledger = [
      ['날짜', '유형', '금액', '통화', 'SKU', '주문 ID', '메모', '소스 키'],
      [new Date('2025-09-01T01:00:00Z'), '매출', '120,000원', '', 'A-1', '1001', '', ''],
      [new Date('2025-09-01T01:00:00Z'), '수수료', 9600, 'KRW', 'A-1', '1001', '', ''],
      [new Date('2025-09-02T01:00:00Z'), 'COGS', '₩30,000', '', 'A-1', '1001', '', ''],
      ['', '', '', '', '', '', '', ''],
      [new Date('2025-09-03T01:00:00Z'), '광고비', '(5,000)', '', '', '', '환급', ''],
    ];
    // 120,000 − 9,600 − 30,000 − (−5,000 ad refund) = 85,400
    expect(realMargin(ledger)).toBe(85400);
  });

  it('answers bad input with a message naming the row, never a stack trace', () => {
    const env = createGasEnvironment(workbook('en_US'));
    const realMargin = loadAddOn(env.globals, source).fn('REAL_MARGIN');
    const answer = realMargin([
      ['Date', 'Type', 'Amount'],
      ['2025-09-01', 'Sale', 'twelve'],
    ]);
    expect(answer).toMatch(/^Ledger row 2, Amount: "twelve"/);
  });

  it('says which call to write when a range stands in the as-of place, every placeholder filled', () => {
    const env = createGasEnvironment(workbook('ko_KR'));
    const addOn = loadAddOn(env.globals, source);
    const withAsOf = CUSTOM_FUNCTIONS.filter((spec) => spec.params.some((p) => p.name === 'asOf'));
    expect(withAsOf.length).toBeGreaterThan(5);
    for (const spec of withAsOf) {
      const args = spec.params.map((p) =>
        p.name === 'asOf'
          ? [
              ['설정', '값'],
              ['a', 'b'],
            ]
          : '',
      );
      const answer = String(addOn.fn(spec.name)(...args));
      expect(answer).toMatch(
        new RegExp(`^기준일 자리에 범위가 들어왔습니다\\..*: =${spec.name}\\(`),
      );
      expect(answer).not.toMatch(/[{}]/);
    }
    expect(
      addOn.fn('DISPUTE_RATE')(
        [['a', 'b']],
        [['a', 'b']],
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
      ),
    ).toMatch(/: =DISPUTE_RATE\(주문!A:Z, 분쟁!A:G, , 설정!A:C\)$/);
  });
});
