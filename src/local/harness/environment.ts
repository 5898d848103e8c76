import type { WorkbookData } from '../workbookData';
import { CallCounter } from './callCounter';
import { errorsForCallerRealm } from './callerRealm';
import { FakeCharts } from './chart';
import { FakeHtmlService } from './htmlService';
import { LockState, FakeLockService } from './lock';
import { FakeProperties, FakePropertiesService } from './properties';
import { recordingConsole } from './recordingConsole';
import { FakeScriptApp } from './scriptApp';
import { bareService, ServiceBoundary, type CallHook } from './serviceBoundary';
import { FakeSession } from './session';
import { FakeSpreadsheet } from './fakeSpreadsheet';
import { FakeSpreadsheetApp } from './spreadsheetApp';
import { FakeUi } from './ui';

export interface GasEnvironmentOptions {
  /** Default true; false = no document, like a time trigger of an add-on: SpreadsheetApp.getActiveSpreadsheet() is null and document-scoped services are null. */
  activeSpreadsheet?: boolean;
  /** Default: the language of the spreadsheet locale ('ko_KR' -> 'ko'). */
  userLocale?: string;
  /**
   * The script's clock (default: the real one): `new Date()` and `Date.now()` inside the script
   * read it, so the preview and the CLI can run at a fixed "now" (docs/rules.md §5, two clocks).
   */
  now?: () => Date;
  /** Project HTML files: name (without .html) -> content. */
  htmlFiles?: Record<string, string>;
  documentProperties?: Record<string, string>;
  /** Title Sheets shows for createAddonMenu() (the add-on's name). */
  addonMenuTitle?: string;
  /**
   * Default false: the spreadsheet starts from copies of `data`'s cells. True: it keeps `data`'s
   * arrays as its own cells and will change them, for a caller that gives the data up (the
   * command line) and would otherwise hold every cell of a 100,000-order workbook twice.
   */
  takeData?: boolean;
}

export interface GasEnvironment {
  /** Everything a vm context needs: pass this very object to vm.createContext. */
  globals: Record<string, unknown>;
  /** Direct, uncounted access for tests. */
  spreadsheet: FakeSpreadsheet;
  calls: CallCounter;
  ui: FakeUi;
  /** console output, one entry per call. */
  logs: string[];
  properties: { document: FakeProperties; user: FakeProperties };
  scriptApp: FakeScriptApp;
  /** Makes the document lock held by another execution until the returned function is called. */
  holdDocumentLock(): () => void;
  /**
   * Runs `hook` before every service call a script makes from now on (null: none): a test
   * fails a call by throwing, or changes the spreadsheet between two calls as a user would.
   */
  intercept(hook: CallHook | null): void;
  toWorkbookData(): WorkbookData;
}

/**
 * `Date` with another clock: only `new Date()` and `Date.now()` change. A proxy, not a subclass,
 * so the Dates the harness hands over (cell values) are still `instanceof Date` in the script.
 */
function clockedDate(now: () => Date): DateConstructor {
  return new Proxy(Date, {
    // newTarget keeps subclasses (date-fns' TZDate extends Date) what they are.
    construct: (target, args: unknown[], newTarget) =>
      Reflect.construct(target, args.length === 0 ? [now().getTime()] : args, newTarget),
    apply: () => now().toString(),
    get: (target, prop, receiver) =>
      prop === 'now' ? () => now().getTime() : Reflect.get(target, prop, receiver),
  });
}

/**
 * An in-memory Apps Script runtime around one spreadsheet. Scripts see only proxies that count
 * every call (see ServiceBoundary). Formulas are stored, never evaluated: a formula cell reads
 * back '' from getValues unless it was loaded with a value.
 *
 * Values cross into the vm as this realm's objects: the globals include this realm's `Date` so
 * `value instanceof Date` holds in the script; arrays are this realm's too (use Array.isArray).
 */
export function createGasEnvironment(
  data: WorkbookData,
  options: GasEnvironmentOptions = {},
): GasEnvironment {
  const hasDocument = options.activeSpreadsheet !== false;
  const calls = new CallCounter();
  const logs: string[] = [];
  const ui = new FakeUi(options.addonMenuTitle ?? 'Add-on');
  const spreadsheet = new FakeSpreadsheet(data, ui, options.takeData === true);
  const properties = {
    document: new FakeProperties(options.documentProperties),
    user: new FakeProperties(),
  };
  const documentLock = new LockState();
  const scriptApp = new FakeScriptApp();
  const globals: Record<string, unknown> = {};
  const boundary = new ServiceBoundary(calls, errorsForCallerRealm(globals));
  Object.assign(globals, {
    SpreadsheetApp: boundary.expose(new FakeSpreadsheetApp(hasDocument ? spreadsheet : null, ui)),
    PropertiesService: boundary.expose(
      new FakePropertiesService(hasDocument ? properties.document : null, properties.user),
    ),
    LockService: boundary.expose(new FakeLockService(hasDocument ? documentLock : null)),
    Session: boundary.expose(
      new FakeSession(options.userLocale ?? data.locale.split(/[_-]/)[0] ?? 'en'),
    ),
    HtmlService: boundary.expose(new FakeHtmlService(options.htmlFiles ?? {})),
    ScriptApp: boundary.expose(scriptApp),
    Charts: boundary.expose(new FakeCharts()),
    // Globals Apps Script has and the add-on does not use: any member of them fails loudly.
    CacheService: boundary.expose(bareService('CacheService')),
    Utilities: boundary.expose(bareService('Utilities')),
    Logger: boundary.expose(bareService('Logger')),
    console: recordingConsole(logs),
    Date: options.now ? clockedDate(options.now) : Date,
  });
  return {
    globals,
    spreadsheet,
    calls,
    ui,
    logs,
    properties,
    scriptApp,
    holdDocumentLock: () => {
      documentLock.holder = 'other';
      return () => {
        documentLock.holder = 'none';
      };
    },
    intercept: (hook) => {
      boundary.hook = hook;
    },
    toWorkbookData: () => spreadsheet.toWorkbookData(),
  };
}
