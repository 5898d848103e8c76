import { gasEnum, type GasEnumValue } from './gasEnum';
import type { FakeHtmlOutput } from './htmlService';
import { SERVICE, type ServiceObject } from './serviceBoundary';

const Button = gasEnum('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
const ButtonSet = gasEnum('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

export type MenuItem = { caption: string; functionName: string } | 'separator';

export interface MenuRecord {
  title: string;
  items: MenuItem[];
  subMenus: MenuRecord[];
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface AlertRecord {
  title: string;
  message: string;
  buttons: GasEnumValue;
}

export interface HtmlShown {
  title: string;
  content: string;
}

/**
 * SpreadsheetApp.getUi(): records everything shown so tests and the preview can show it. An
 * alert answers with the first button of its set (OK, or YES), as a user agreeing would.
 */
export class FakeUi implements ServiceObject {
  readonly [SERVICE] = 'Ui';
  readonly ButtonSet = ButtonSet;
  readonly menus: MenuRecord[] = [];
  readonly toasts: Toast[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly sidebars: HtmlShown[] = [];

  constructor(private readonly addonMenuTitle: string) {}

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this, this.addonMenuTitle);
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). */
  alert(...args: unknown[]): GasEnumValue {
    const { title, message, buttons } = dialogArgs(args);
    this.alerts.push({ title, message, buttons });
    return firstButton(buttons);
  }

  showSidebar(output: FakeHtmlOutput): void {
    this.sidebars.push(output.shown());
  }
}

function dialogArgs(args: unknown[]): { title: string; message: string; buttons: GasEnumValue } {
  const buttons =
    (args.find((arg) => typeof arg === 'object' && arg !== null) as GasEnumValue) ?? ButtonSet.OK;
  const texts = args
    .filter((arg) => typeof arg !== 'object' || arg === null)
    .map((arg) => String(arg ?? ''));
  return texts.length >= 2
    ? { title: texts[0] ?? '', message: texts[1] ?? '', buttons }
    : { title: '', message: texts[0] ?? '', buttons };
}

function firstButton(buttons: GasEnumValue): GasEnumValue {
  if (buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL) return Button.YES;
  return Button.OK;
}

export class FakeMenu implements ServiceObject {
  readonly [SERVICE] = 'Menu';
  private readonly record: MenuRecord;

  constructor(
    private readonly ui: FakeUi,
    title: string,
  ) {
    this.record = { title, items: [], subMenus: [] };
  }

  addItem(caption: string, functionName: string): FakeMenu {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): FakeMenu {
    this.record.items.push('separator');
    return this;
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    this.record.subMenus.push(menu.record);
    return this;
  }

  addToUi(): void {
    this.ui.menus.push(this.record);
  }
}
