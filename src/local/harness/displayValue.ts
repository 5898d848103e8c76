import type { CellValue } from '../workbookData';
import { PLAIN_TEXT_FORMAT } from './cellInput';
import { formatJavaDate } from './javaDateFormat';

/** What Sheets reports as the number format of a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A reasonable rendering of Range.getDisplayValues(): numbers through the common number-format
 * shapes (decimals, grouping, percent, literal currency text), dates through date formats.
 * Not Sheets' full formatter; always en-US digits and separators.
 */
export function displayValue(value: CellValue, numberFormat: string, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const format = numberFormat === DEFAULT_NUMBER_FORMAT ? '' : numberFormat;
  if (value instanceof Date) {
    return formatJavaDate(
      value,
      timeZone,
      isDateFormat(format) ? toJavaPattern(format) : defaultDatePattern(value, timeZone),
    );
  }
  if (format === PLAIN_TEXT_FORMAT || format === '') return generalNumber(value);
  if (isDateFormat(format))
    return formatJavaDate(new Date(SERIAL_EPOCH + value * DAY_MS), 'UTC', toJavaPattern(format));
  return formatNumber(value, format);
}

function defaultDatePattern(date: Date, timeZone: string): string {
  return formatJavaDate(date, timeZone, 'HH:mm:ss') === '00:00:00'
    ? 'yyyy-MM-dd'
    : 'yyyy-MM-dd HH:mm:ss';
}

const generalNumber = (value: number): string => String(Number(value.toPrecision(15)));

const withoutQuoted = (format: string): string => format.replace(/"[^"]*"|\\./g, '');

function isDateFormat(format: string): boolean {
  return /[ydhs]/i.test(withoutQuoted(format).replace(/\[[^\]]*\]/g, ''));
}

/** Sheets date formats use 'm' for both months and minutes; minutes follow h or precede s. */
function toJavaPattern(format: string): string {
  const tokens = format.match(/"[^"]*"|AM\/PM|A\/P|([a-zA-Z])\1*|[^a-zA-Z"]+/g) ?? [];
  const twelveHour = tokens.some((token) => /^A(M\/PM|\/P)$/i.test(token));
  return tokens
    .map((token, index) => {
      const lower = token.toLowerCase();
      if (token.startsWith('"')) return `'${token.slice(1, -1).replace(/'/g, "''")}'`;
      if (/^a(m\/pm|\/p)$/i.test(token)) return 'a';
      if (lower[0] === 'm')
        return isMinute(tokens, index)
          ? 'mm'.slice(0, Math.min(2, token.length))
          : 'M'.repeat(token.length);
      if (lower[0] === 'd')
        return token.length >= 3 ? 'E'.repeat(token.length) : 'd'.repeat(token.length);
      if (lower[0] === 'h') return (twelveHour ? 'h' : 'H').repeat(token.length);
      if (lower[0] === 'y' || lower[0] === 's') return lower;
      return /[a-zA-Z]/.test(token) ? `'${token}'` : token.replace(/'/g, "''");
    })
    .join('');
}

function isMinute(tokens: string[], index: number): boolean {
  const letters = tokens.map((token) => (/^[a-zA-Z]/.test(token) ? token[0]?.toLowerCase() : ''));
  const previous = letters.slice(0, index).filter(Boolean).pop();
  const next = letters.slice(index + 1).find(Boolean);
  return (tokens[index]?.length ?? 0) <= 2 && (previous === 'h' || next === 's');
}

function formatNumber(value: number, format: string): string {
  const sections = format.split(';');
  const useNegativeSection = value < 0 && sections.length > 1;
  const section = (useNegativeSection ? sections[1] : sections[0]) ?? '';
  const digits = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(section);
  if (!digits) return literalText(section) || generalNumber(value);
  const scaled = section.includes('%') ? value * 100 : value;
  const fraction = digits[1] ?? '';
  const number = numberFormatter(
    digits[0].includes(','),
    (fraction.match(/0/g) ?? []).length,
    Math.max(0, fraction.length - 1),
  ).format(Math.abs(scaled));
  const sign = value < 0 && !useNegativeSection ? '-' : '';
  const prefix = literalText(section.slice(0, digits.index));
  const suffix = literalText(section.slice(digits.index + digits[0].length));
  return `${sign}${prefix}${number}${suffix}`;
}

const numberFormatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(
  grouping: boolean,
  minDecimals: number,
  maxDecimals: number,
): Intl.NumberFormat {
  const key = `${grouping}|${minDecimals}|${maxDecimals}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      useGrouping: grouping,
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    numberFormatters.set(key, formatter);
  }
  return formatter;
}

/** The text a format prints around the digits: quoted text, [$₩-412] currency, escapes. */
function literalText(part: string): string {
  return part
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[_*]./g, '');
}
