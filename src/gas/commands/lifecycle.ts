import { buildMenu } from '../menu';
import { userLanguage } from '../locale';

/**
 * Only builds the menu: in an add-on onOpen may run before authorisation (AuthMode.NONE), when
 * reading tabs or properties would fail.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(userLanguage());
}

/** An Editor add-on is installed into an open spreadsheet: show the menu right away. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
