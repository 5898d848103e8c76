import { normalizeText } from './cell';
import { currencyFromNumberFormat, currencyFromSymbol, hasThreeDecimals } from './currency';
import { parseUnsignedDecimal } from './numberText';
import { fail, ok, type Parsed } from './problem';
import { msg } from '../text/messages';

/**
 * An amount as a cell wrote it. `currency` is null when the cell named none: the caller falls
 * back to the row's Currency column, then to the base currency.
 */
export interface Money {
  amount: number;
  currency: string | null;
}

const EXPECTED_AMOUNT = msg('expected.amount');

/**
 * A thousand trillion: no amount of a shop comes near it, so a bigger one is a typo or a paste
 * gone wrong, and a few of them could add up past what a number holds (∞, then NaN).
 */
const MAX_AMOUNT = 1e15;

/** Whether an amount, as written or converted, is one a shop can have (docs/rules.md §3). */
export function isPlausibleAmount(amount: number): boolean {
  return Math.abs(amount) <= MAX_AMOUNT;
}

/** What an implausible amount is told. */
export const EXPECTED_PLAUSIBLE_AMOUNT = msg('expected.plausibleAmount');

/** Digits with their grouping and decimal marks; may start with a mark ('.50'). */
const NUMBER_RUN = /(?:[.,](?=\d))?\d[\d.,' ]*/;

/** What may surround the number in front: a sign before and/or after a currency. */
const LEADING_AFFIX = /^([-+]?) ?([^-+()\d]*?) ?([-+]?)$/;

interface Affixes {
  negative: boolean;
  currency: string | null;
}

/**
 * Reads a money cell: a number (its currency from the cell's number format, when that names
 * one) or text such as `US $1,234.56`, `12,345원`, `-CN￥ 7.00`, `1.234,56 €` or `(12.00)`.
 * See `parseUnsignedDecimal` for how ',' and '.' are told apart. Never rounds.
 */
export function parseMoney(cell: unknown, numberFormat?: string): Parsed<Money> {
  const money = parsedMoney(cell, numberFormat);
  if (money.ok && !isPlausibleAmount(money.value.amount)) return fail(EXPECTED_PLAUSIBLE_AMOUNT);
  return money;
}

function parsedMoney(cell: unknown, numberFormat?: string): Parsed<Money> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail(EXPECTED_AMOUNT);
    return ok({ amount: cell, currency: numberFormat ? formatCurrency(numberFormat) : null });
  }
  return typeof cell === 'string' ? parseMoneyText(normalizeText(cell)) : fail(EXPECTED_AMOUNT);
}

/** A sheet has a handful of distinct number formats over many cells. */
const formatCurrencies = new Map<string, string | null>();

function formatCurrency(numberFormat: string): string | null {
  let currency = formatCurrencies.get(numberFormat);
  if (currency === undefined) {
    currency = currencyFromNumberFormat(numberFormat);
    formatCurrencies.set(numberFormat, currency);
  }
  return currency;
}

function parseMoneyText(text: string): Parsed<Money> {
  const run = NUMBER_RUN.exec(text);
  if (run === null) return fail(EXPECTED_AMOUNT);
  const digits = run[0].trimEnd();
  const affixes = readAffixes(
    text.slice(0, run.index).trim(),
    text.slice(run.index + digits.length).trim(),
  );
  if (affixes === null) return fail(EXPECTED_AMOUNT);

  const loneMark = affixes.currency && hasThreeDecimals(affixes.currency) ? 'decimal' : 'thousands';
  const value = parseUnsignedDecimal(digits, loneMark);
  if (value === null) return fail(EXPECTED_AMOUNT);
  return ok({
    amount: affixes.negative && value !== 0 ? -value : value,
    currency: affixes.currency,
  });
}

/** Sign and currency from the text around the number; null when that text is not one. */
function readAffixes(leading: string, trailing: string): Affixes | null {
  const parenthesised = leading.startsWith('(') && trailing.endsWith(')');
  const before = parenthesised ? leading.slice(1).trim() : leading;
  const after = parenthesised ? trailing.slice(0, -1).trim() : trailing;

  const lead = LEADING_AFFIX.exec(before);
  if (lead === null || /[-+()\d]/.test(after)) return null;
  const [, signBeforeSymbol, leadingSymbol, signAfterSymbol] = lead;
  const sign = signBeforeSymbol + signAfterSymbol;
  if (sign.length > 1 || (parenthesised && sign !== '')) return null;

  const currency = currencyOfAffixes(leadingSymbol, after);
  if (currency === undefined) return null;
  return { negative: parenthesised || sign === '-', currency };
}

/** The currency the symbols name (one may be ''); undefined when one names none or they differ. */
function currencyOfAffixes(leading: string, trailing: string): string | null | undefined {
  const named = [leading, trailing].filter((symbol) => symbol !== '').map(currencyFromSymbol);
  if (named.length === 0) return null;
  if (named.some((currency) => currency === null)) return undefined;
  return named.every((currency) => currency === named[0]) ? named[0] : undefined;
}

/**
 * An amount to the cent (base-currency cents, or 0.01 of a won): how the Ledger is written and
 * money is shown, so a float sum never reads 3524167.500000001.
 * @example roundCents(0.1 + 0.2) // 0.3
 */
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100 || 0;
}
