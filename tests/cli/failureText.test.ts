import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE, UsageError } from '../../src/local/cli/args';
import { refusalText, unexpectedText } from '../../src/local/cli/failureText';
import { WorkbookFileError } from '../../src/local/files/workbookFileError';
import { msg } from '../../src/core/text/messages';

function usageErrorOf(argv: string[]): UsageError {
  try {
    parseCliArgs(argv);
  } catch (error) {
    return error as UsageError;
  }
  throw new Error('taken');
}

describe('what the command line prints when it refuses', () => {
  it('is the sentence in the language asked for, with the usage line when it helps', () => {
    const unknown = usageErrorOf(['weekly', 'a', '--bogus']);
    expect(refusalText(unknown, 'ko')).toBe(
      `--bogus 옵션은 없습니다. 쓸 수 있는 옵션은 아래와 같습니다.\n${USAGE}`,
    );
    expect(refusalText(unknown, 'en')).toBe(
      `There is no option --bogus. The options are listed below.\n${USAGE}`,
    );
    const badDay = usageErrorOf(['weekly', 'a', '--as-of', '2025-02-30']);
    expect(refusalText(badDay, 'ko')).toBe(
      '--as-of에 쓸 수 없는 날짜입니다: "2025-02-30". 2025-03-09처럼 달력에 있는 날짜를 적어 주세요.',
    );
  });

  it('renders a file error in the language asked for', () => {
    const error = new WorkbookFileError(msg('file.noSheets', { path: 'shop.xlsx' }));
    expect(refusalText(error, 'ko')).toBe('shop.xlsx 파일에 시트가 하나도 없습니다.');
    expect(refusalText(error, 'en')).toBe('shop.xlsx holds no sheets.');
    expect(error.message).toBe('shop.xlsx holds no sheets.');
  });
});

describe('an error nobody foresaw', () => {
  /** A TypeError as the harness or a library might throw it, with its stack. */
  function crash(): unknown {
    const sheet = undefined as unknown as { rows: number };
    try {
      return sheet.rows;
    } catch (error) {
      return error;
    }
  }

  it('is one sentence naming a log file; the stack goes to that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seller-routine-log-'));
    const error = crash();
    for (const lang of ['ko', 'en'] as const) {
      const text = unexpectedText(error, lang, ['weekly', 'shop.xlsx'], dir);
      expect(text).not.toMatch(/TypeError|Cannot read properties|\n|\s+at /);
      const log = /(\/\S+\.log)/.exec(text)?.[1] ?? '';
      expect(log.startsWith(dir)).toBe(true);
      const details = readFileSync(log, 'utf8');
      expect(details).toContain('seller-routine weekly shop.xlsx');
      expect(details).toContain('Cannot read properties of undefined');
      expect(details).toMatch(/\n\s+at /);
      if (lang === 'ko') {
        expect(text).toBe(
          `예상하지 못한 문제로 명령이 멈췄습니다. 자세한 내용은 ${log} 파일에 적어 두었습니다. 다시 해 보고, 계속되면 이 파일을 보내 주세요.`,
        );
      } else {
        expect(text).toBe(
          `Something unexpected stopped the command. The details are in ${log}; please try again, and if it keeps happening, send us that file.`,
        );
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('is still a sentence when no log can be written', () => {
    const nowhere = join(tmpdir(), 'seller-routine-no-such-folder', 'deeper');
    expect(unexpectedText(crash(), 'ko', [], nowhere)).toBe(
      '예상하지 못한 문제로 명령이 멈췄습니다. 다시 해 보고, 계속되면 알려 주세요.',
    );
  });
});
