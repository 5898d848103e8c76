import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Java SimpleDateFormat (what Utilities.formatDate takes), rendered with date-fns in the given
 * IANA zone. Java and date-fns share quoting and most letters; the few that differ are rewritten.
 * An unknown zone falls back to GMT, as Java's TimeZone.getTimeZone does.
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const zone = isKnownTimeZone(timeZone) ? timeZone : 'UTC';
  const zoned = new TZDate(date.getTime(), zone);
  return format(zoned, toDateFnsPattern(pattern, zoned, zone), {
    useAdditionalDayOfYearTokens: true,
    useAdditionalWeekYearTokens: true,
  });
}

const knownTimeZones = new Map<string, boolean>();

export function isKnownTimeZone(timeZone: string): boolean {
  let known = knownTimeZones.get(timeZone);
  if (known === undefined) {
    known = Intl.supportedValuesOf('timeZone').includes(timeZone) || isAcceptedByIntl(timeZone);
    knownTimeZones.set(timeZone, known);
  }
  return known;
}

function isAcceptedByIntl(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const TOKEN = /'(?:[^']|'')*'?|([A-Za-z])\1*|[^A-Za-z']+/g;

function toDateFnsPattern(pattern: string, date: TZDate, zone: string): string {
  return pattern.replace(TOKEN, (token) => {
    const letter = /^[A-Za-z]/.test(token) ? token[0] : '';
    if (letter === 'Z') return 'xx';
    if (letter === 'u') return 'i';
    if (letter === 'z') return quote(zoneName(date, zone, token.length >= 4 ? 'long' : 'short'));
    if (letter === 'S') return quote(String(date.getMilliseconds()).padStart(token.length, '0'));
    return token;
  });
}

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** Abbreviations Java knows but en-US Intl spells as offsets. */
const JAVA_ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Seoul': 'KST',
  'Asia/Tokyo': 'JST',
  'Asia/Shanghai': 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Singapore': 'SGT',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

function zoneName(date: Date, zone: string, style: 'short' | 'long'): string {
  if (style === 'short' && JAVA_ZONE_ABBREVIATIONS[zone]) return JAVA_ZONE_ABBREVIATIONS[zone];
  for (const locale of ['en-US', 'en-GB']) {
    const name = intlZoneName(date, zone, locale, style);
    if (!/^GMT[+-]/.test(name)) return name;
  }
  return intlZoneName(date, zone, 'en-US', 'longOffset');
}

function intlZoneName(
  date: Date,
  zone: string,
  locale: string,
  style: 'short' | 'long' | 'longOffset',
): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    timeZoneName: style,
  }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
}
