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
  });

  it('keeps the stores apart and enforces the value size limit', () => {
    const { PropertiesService } = servicesOf(environment());
    PropertiesService.getUserProperties().setProperty('k', 'user');
    expect(PropertiesService.getDocumentProperties()!.getProperty('k')).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty('k')).toBe('user');
    expect(() =>
      PropertiesService.getUserProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1)),
    ).toThrow('Argument too large: value');
    expect(PropertiesService.getUserProperties().getProperty('big')).toBeNull();
  });
});

describe('LockService', () => {
  it('takes and releases the document lock', () => {
    const env = environment();
    const lock = servicesOf(env).LockService.getDocumentLock()!;
    expect(lock.tryLock(1000)).toBe(true);
    expect(servicesOf(env).LockService.getDocumentLock()!.tryLock(0)).toBe(true);
    lock.releaseLock();
  });

  it('answers false at once while another execution holds it', () => {
    const env = environment();
    const release = env.holdDocumentLock();
    const lock = servicesOf(env).LockService.getDocumentLock()!;
    expect(lock.tryLock(30_000)).toBe(false);
    release();
    expect(lock.tryLock(0)).toBe(true);
  });
});

describe('Session', () => {
  it("reports the user's language, by default the spreadsheet locale's", () => {
    expect(servicesOf(environment()).Session.getActiveUserLocale()).toBe('ko');
    expect(servicesOf(environment({ userLocale: 'en' })).Session.getActiveUserLocale()).toBe('en');
  });
});

describe('without an active document (time trigger of an add-on)', () => {
  it('has no active spreadsheet, no Ui and no document-scoped services', () => {
    const services = servicesOf(environment({ activeSpreadsheet: false }));
    expect(services.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(() => services.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(services.PropertiesService.getDocumentProperties()).toBeNull();
    expect(services.LockService.getDocumentLock()).toBeNull();
    expect(services.PropertiesService.getUserProperties().getKeys()).toEqual([]);
  });
});

describe('Ui', () => {
  it('records menus with separators and submenus', () => {
    const env = environment({ addonMenuTitle: 'Seller Routine' });
    const ui = servicesOf(env).SpreadsheetApp.getUi();
    const more = ui.createAddonMenu().addItem('Help', 'showHelp');
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
          {
            title: 'Seller Routine',
            items: [{ caption: 'Help', functionName: 'showHelp' }],
            subMenus: [],
          },
        ],
      },
    ]);
  });

  it('records alerts and answers with the first button of their set', () => {
    const env = environment();
    const ui = servicesOf(env).SpreadsheetApp.getUi();
    expect(String(ui.alert('Saved'))).toBe('OK');
    expect(String(ui.alert('Run now?', 'It takes a minute.', ui.ButtonSet.YES_NO))).toBe('YES');
    expect(env.ui.alerts).toEqual([
      { title: '', message: 'Saved', buttons: ui.ButtonSet.OK },
      { title: 'Run now?', message: 'It takes a minute.', buttons: ui.ButtonSet.YES_NO },
    ]);
  });
});

describe('HtmlService', () => {
  const files = {
    Sidebar: '<h1>Hi</h1>',
    Greeting: '<p><?= user.name ?></p><div><?!= html ?></div>',
    Loop: '<? for (;;) {} ?>',
  };

  it('shows a template file in the sidebar with its title', () => {
    const env = environment({ htmlFiles: files });
    const { HtmlService, SpreadsheetApp } = servicesOf(env);
    const output = HtmlService.createTemplateFromFile('Sidebar').evaluate().setTitle('셀러 루틴');
    SpreadsheetApp.getUi().showSidebar(output);
    expect(env.ui.sidebars).toEqual([{ title: '셀러 루틴', content: '<h1>Hi</h1>' }]);
    expect(() => HtmlService.createTemplateFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
  });

  it('evaluates printing scriptlets from template properties, escaped or raw', () => {
    const env = environment({ htmlFiles: files });
    const { HtmlService, SpreadsheetApp } = servicesOf(env);
    const template = HtmlService.createTemplateFromFile('Greeting');
    Object.assign(template, { user: { name: '<Kim & Lee>' }, html: '<i>ok</i>' });
    SpreadsheetApp.getUi().showSidebar(template.evaluate());
    expect(env.ui.sidebars[0]?.content).toBe('<p>&#60;Kim &#38; Lee&#62;</p><div><i>ok</i></div>');
    const code = HtmlService.createTemplateFromFile('Loop');
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

describe('console', () => {
  it('records lines instead of printing them', () => {
    const env = environment();
    const { console } = servicesOf(env);
    console.log('rows: %s', 12);
    console.warn('careful');
    console.error('broken');
    expect(env.logs).toEqual(['rows: 12', 'WARN: careful', 'ERROR: broken']);
  });
});
