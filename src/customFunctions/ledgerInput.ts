import { dayFirstFromLocale } from '../dates';
import { FxTable } from '../fx';
import { languageOf } from '../language';
import { readLedger, type LedgerEntry } from '../ledger';
import { describeProblem } from '../problemText';
import { readSettings, type Settings } from '../settings';
import type { FunctionContext } from './spec';
import { asTable } from './table';

export type LedgerInput =
  { ok: true; entries: LedgerEntry[]; settings: Settings } | { ok: false; message: string };

/**
 * Reads the (ledger, settings?) arguments every ledger-based custom function takes. The first
 * unreadable row becomes the answer: a total that quietly skipped a row would be a wrong number.
 */
export function ledgerInput(
  ledgerArg: unknown,
  settingsArg: unknown,
  ctx: FunctionContext,
): LedgerInput {
  const lang = languageOf(ctx.locale);
  const dateContext = { timeZone: ctx.timeZone, dayFirst: dayFirstFromLocale(ctx.locale) };
  const settingsRead = readSettings(asTable(settingsArg), 'Settings', ctx.timeZone);
  const settingsProblem = settingsRead.problems[0];
  if (settingsProblem) return { ok: false, message: describeProblem(settingsProblem, lang) };
  const { settings, fxRates } = settingsRead;
  const ledger = readLedger(asTable(ledgerArg), {
    ...dateContext,
    tabName: lang === 'ko' ? '원장' : 'Ledger',
    baseCurrency: settings.baseCurrency,
    fx: new FxTable(settings.baseCurrency, fxRates),
  });
  const ledgerProblem = ledger.problems[0];
  if (ledgerProblem) return { ok: false, message: describeProblem(ledgerProblem, lang) };
  return { ok: true, entries: ledger.entries, settings };
}
