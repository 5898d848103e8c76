import { describe, expect, it } from 'vitest';
import { cliLanguage } from '../../src/local/cli/cliLanguage';

describe("the command line's language", () => {
  it.each([
    [{ LANG: 'ko_KR.UTF-8' }, 'ko'],
    [{ LANG: 'ko_KR.eucKR' }, 'ko'],
    [{ LANG: 'ko' }, 'ko'],
    [{ LANG: 'ko-KR' }, 'ko'],
    [{ LANG: 'KO_KR.UTF-8' }, 'ko'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'POSIX' }, 'en'],
    [{ LANG: 'kok_IN' }, 'en'], // Konkani, not Korean
    [{}, 'en'], // nothing set, as on Windows
  ] as const)('%j is %s', (env, lang) => {
    expect(cliLanguage(env)).toBe(lang);
  });

  it('takes LC_ALL over LC_MESSAGES over LANG, as the C library does', () => {
    expect(cliLanguage({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ko_KR', LANG: 'ko_KR' })).toBe('en');
    expect(cliLanguage({ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ko');
    expect(cliLanguage({ LC_MESSAGES: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ko');
    expect(cliLanguage({ LC_MESSAGES: 'C', LANG: 'ko_KR.UTF-8' })).toBe('en');
  });

  it('skips a variable set to nothing', () => {
    expect(cliLanguage({ LC_ALL: '', LC_MESSAGES: '', LANG: 'ko_KR.UTF-8' })).toBe('ko');
  });
});
