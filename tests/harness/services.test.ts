import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/harness/environment';
import { servicesOf, workbookWith } from './workbooks';

const environment = (options: Parameters<typeof createGasEnvironment>[1] = {}) =>
  createGasEnvironment(workbookWith([['x']]), options);

describe('PropertiesService', () => {
  it('stores strings, lists keys and deletes', () => {
    const env = environment({ documentProperties: { lastRun: '2025-03-01' } });
    const props = servicesOf(env).PropertiesService.getDocumentProperties()!;
    expect(props.getProperty('lastRun')).toBe('2025-03-01');
    props.setProperty('count', 3 as never).setProperties({ done: true as never, note: 'hi' });
    expect(props.getProperties()).toEqual({
      lastRun: '2025-03-01',
      count: '3',
      done: 'true',
      note: 'hi',
    });
    expect(props.getProperty('missing')).toBeNull();
    props.deleteProperty('note');
    expect(props.getKeys()).toEqual(['lastRun', 'count', 'done']);
    props.setProperties({ only: 'this' }, true);
    expect(env.properties.document.getProperties()).toEqual({ only: 'this' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('keeps the three stores apart and enforces the value size limit', () => {
    const { PropertiesService } = servicesOf(environment());
    PropertiesService.getUserProperties().setProperty('k', 'user');
    PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect(PropertiesService.getDocumentProperties()!.getProperty('k')).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty('k')).toBe('user');
    expect(() =>
      PropertiesService.getUserProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1)),
    ).toThrow('Argument too large: value');
    expect(PropertiesService.getUserProperties().getProperty('big')).toBeNull();
  });
});

describe('LockService', () => {
  it('takes, reports and releases the document lock', () => {
    const lock = servicesOf(environment()).LockService.getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('answers false or times out at once while another execution holds it', () => {
    const env = environment();
    const release = env.holdDocumentLock();
    const lock = servicesOf(env).LockService.getDocumentLock()!;
    expect(lock.tryLock(30_000)).toBe(false);
    expect(() => lock.waitLock(30_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(servicesOf(env).LockService.getScriptLock().tryLock(0)).toBe(true);
    release();
    expect(lock.tryLock(0)).toBe(true);
  });
});

describe('CacheService', () => {
  it('expires entries against the environment clock', () => {
    let now = new Date('2025-03-01T00:00:00Z');
    const cache = servicesOf(environment({ now: () => now })).CacheService.getDocumentCache()!;
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: 3 as never });
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ a: '1', b: '2', c: '3' });
    now = new Date('2025-03-01T00:01:00Z');
    expect([cache.get('a'), cache.get('b')]).toEqual([null, '2']);
    cache.removeAll(['b']);
    cache.remove('c');
    expect(cache.getAll(['b', 'c'])).toEqual({});
    now = new Date('2025-03-01T00:10:01Z');
    cache.put('d', 'x');
    expect(cache.get('d')).toBe('x');
  });
});

describe('Session', () => {
  it('reports the user, locale and the spreadsheet time zone', () => {
    const { Session } = servicesOf(environment({ userEmail: 'kim@example.kr' }));
    expect(Session.getActiveUser().getEmail()).toBe('kim@example.kr');
    expect(Session.getEffectiveUser().getEmail()).toBe('kim@example.kr');
    expect(Session.getActiveUserLocale()).toBe('ko');
    expect(Session.getScriptTimeZone()).toBe('Asia/Seoul');
    expect(Session.getTemporaryActiveUserKey()).toBe(Session.getTemporaryActiveUserKey());
    expect(servicesOf(environment({ userLocale: 'en' })).Session.getActiveUserLocale()).toBe('en');
  });
});

describe('without an active document (time trigger of an add-on)', () => {
  it('has no active spreadsheet, no Ui and no document-scoped services', () => {
    const services = servicesOf(environment({ activeSpreadsheet: false }));
    expect(services.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(services.SpreadsheetApp.getActive()).toBeNull();
    expect(() => services.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(services.PropertiesService.getDocumentProperties()).toBeNull();
    expect(services.LockService.getDocumentLock()).toBeNull();
    expect(services.CacheService.getDocumentCache()).toBeNull();
    expect(services.PropertiesService.getScriptProperties().getKeys()).toEqual([]);
  });
});

describe('Ui', () => {
  it('records menus with separators and submenus', () => {
    const env = environment({ addonMenuTitle: 'Seller Routine' });
    const ui = servicesOf(env).SpreadsheetApp.getUi();
    const more = ui.createMenu('More').addItem('Help', 'showHelp');
    ui.createAddonMenu()
      .addItem('Open sidebar', 'openSidebar')
      .addSeparator()
      .addSubMenu(more)
      .addToUi();
    expect(env.ui.menus).toEqual([
      {
        title: 'Seller Routine',
        items: [{ caption: 'Open sidebar', functionName: 'openSidebar' }, 'separator'],
        subMenus: [
          { title: 'More', items: [{ caption: 'Help', functionName: 'showHelp' }], subMenus: [] },
        ],
      },
    ]);
  });

  it('records alerts and answers with queued answers, else the first button', () => {
    const env = environment();
    const ui = servicesOf(env).SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(ui.alert('Run now?', 'It takes a minute.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    env.ui.answers.push({ button: ui.Button.CANCEL, text: 'typed' });
    const response = ui.prompt('Journal', 'One line for today', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual([
      ui.Button.CANCEL,
      'typed',
    ]);
    expect(env.ui.alerts).toEqual([
      { title: '', message: 'Saved', buttons: ui.ButtonSet.OK },
      { title: 'Run now?', message: 'It takes a minute.', buttons: ui.ButtonSet.YES_NO },
    ]);
    expect(String(ui.Button.OK)).toBe('OK');
  });
});

describe('HtmlService', () => {
  const files = {
    Sidebar: '<h1>Hi</h1>',
    Greeting: '<p><?= user.name ?></p><div><?!= html ?></div>',
  };

  it('builds outputs and shows them in sidebars and dialogs', () => {
    const env = environment({ htmlFiles: files });
    const { HtmlService, SpreadsheetApp } = servicesOf(env);
    const output = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('셀러 루틴')
      .setWidth(300)
      .append('<p>more</p>')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT)
      .addMetaTag('viewport', 'width=device-width');
    SpreadsheetApp.getUi().showSidebar(output);
    SpreadsheetApp.getUi().showModalDialog(
      HtmlService.createHtmlOutput('<b>x</b>').setHeight(200),
      'Help',
    );
    expect(env.ui.sidebars).toEqual([
      { title: '셀러 루틴', content: '<h1>Hi</h1><p>more</p>', width: 300, height: null },
    ]);
    expect(env.ui.dialogs).toEqual([
      { title: 'Help', content: '<b>x</b>', width: null, height: 200 },
    ]);
    expect(() => HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  it('evaluates printing scriptlets from template properties, escaped or raw', () => {
    const { HtmlService } = servicesOf(environment({ htmlFiles: files }));
    const template = HtmlService.createTemplateFromFile('Greeting') as unknown as Record<
      string,
      unknown
    > & {
      evaluate(): { getContent(): string };
    };
    template.user = { name: '<Kim & Lee>' };
    template.html = '<i>ok</i>';
    expect(template.evaluate().getContent()).toBe(
      '<p>&#60;Kim &#38; Lee&#62;</p><div><i>ok</i></div>',
    );
    const code = HtmlService.createTemplate('<? for (;;) {} ?>');
    expect(() => code.evaluate()).toThrow(
      'The local harness only evaluates <?= name ?> and <?!= name ?> scriptlets',
    );
  });
});

describe('ScriptApp', () => {
  it('creates, lists and deletes a weekly clock trigger', () => {
    const env = environment();
    const { ScriptApp } = servicesOf(env);
    const trigger = ScriptApp.newTrigger('runWeekly')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(7)
      .inTimezone('Asia/Seoul')
      .create();
    expect([trigger.getHandlerFunction(), trigger.getEventType(), trigger.getUniqueId()]).toEqual([
      'runWeekly',
      ScriptApp.EventType.CLOCK,
      '1',
    ]);
    expect(env.scriptApp.triggers[0]?.schedule).toMatchObject({
      weekDay: ScriptApp.WeekDay.MONDAY,
      atHour: 7,
      timeZone: 'Asia/Seoul',
    });
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(() => ScriptApp.newTrigger('x').timeBased().atHour(24)).toThrow(
      'Invalid argument: hour',
    );
  });
});

describe('Logger and console', () => {
  it('record lines instead of printing them', () => {
    const env = environment();
    const { Logger, console } = servicesOf(env);
    Logger.log('rows: %s', 12);
    console.log('a', 1);
    console.warn('careful');
    console.error('broken');
    expect(env.logs).toEqual(['rows: 12', 'a 1', 'WARN: careful', 'ERROR: broken']);
  });
});
