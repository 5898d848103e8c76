import { describe, expect, it } from 'vitest';
import { smallShop, startAddOn } from './addOnKit';

describe('onOpen: the 셀러 루틴 menu', () => {
  it('lists every item in Korean for a Korean user, in menu order', () => {
    const { env, run } = startAddOn(smallShop(), { userLocale: 'ko', addonMenuTitle: '셀러 루틴' });
    run('onOpen', { authMode: 'NONE' });
    expect(env.ui.menus).toEqual([
      {
        title: '셀러 루틴',
        items: [
          { caption: '사이드바 열기', functionName: 'openSidebar' },
          { caption: '주간 업데이트 실행', functionName: 'runWeeklyUpdate' },
          { caption: '내보내기만 가져오기', functionName: 'importExports' },
          'separator',
          { caption: '시트 준비하기', functionName: 'setupSheets' },
          { caption: '주간 자동 업데이트 켜기/끄기', functionName: 'toggleWeeklyTrigger' },
          { caption: '도움말', functionName: 'showHelp' },
        ],
        subMenus: [],
      },
    ]);
  });

  it('lists every item in English for any other user locale, even in a Korean spreadsheet', () => {
    const { env, run } = startAddOn(smallShop(), { userLocale: 'fr' });
    run('onOpen', { authMode: 'NONE' });
    expect(env.ui.menus[0]?.items).toEqual([
      { caption: 'Open sidebar', functionName: 'openSidebar' },
      { caption: 'Run weekly update', functionName: 'runWeeklyUpdate' },
      { caption: 'Import exports only', functionName: 'importExports' },
      'separator',
      { caption: 'Set up sheets', functionName: 'setupSheets' },
      { caption: 'Turn weekly auto-update on/off', functionName: 'toggleWeeklyTrigger' },
      { caption: 'Help', functionName: 'showHelp' },
    ]);
  });

  it('only builds the menu: no tab, property or spreadsheet read (it may run unauthorised)', () => {
    const { env, run } = startAddOn(smallShop(), { userLocale: 'ko' });
    run('onOpen', { authMode: 'NONE' });
    expect(env.calls.byMethod()).toEqual({
      'Session.getActiveUserLocale': 1,
      'SpreadsheetApp.getUi': 1,
      'Ui.createAddonMenu': 1,
      'Menu.addItem': 6,
      'Menu.addSeparator': 1,
      'Menu.addToUi': 1,
    });
  });

  it('builds the same menu when the add-on is installed', () => {
    const { env, run } = startAddOn(smallShop(), { userLocale: 'ko' });
    run('onInstall', { authMode: 'FULL' });
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.menus[0]?.items).toHaveLength(7);
    expect(env.ui.menus[0]?.items[1]).toEqual({
      caption: '주간 업데이트 실행',
      functionName: 'runWeeklyUpdate',
    });
  });
});
