/** ISO 4217 codes the importer accepts when a cell spells the code out ('USD 12.50'). */
const CODES = new Set(
  (
    'KRW USD CNY JPY EUR GBP RUB BRL PLN AUD CAD NZD HKD TWD SGD MXN CHF SEK NOK DKK CZK HUF ' +
    'RON BGN TRY UAH KZT BYN INR THB VND IDR MYR PHP ILS AED SAR QAR CLP COP PEN ARS ZAR EGP ' +
    'NGN MAD KWD BHD OMR JOD TND IQD LYD'
  ).split(' '),
);

/** Currencies whose amounts carry three decimals, so '1.234' there is one and a bit. */
const THREE_DECIMAL_CODES = new Set(['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD']);

/**
 * Symbols and local words, keyed as `symbolKey` spells them. A bare '$' is read as USD and a
 * bare '¥' as CNY: AliExpress writes dollars and yuan that way (yen is spelled 'JP¥' or '円').
 */
const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  USD$: 'USD',
  '₩': 'KRW',
  원: 'KRW',
  원화: 'KRW',
  WON: 'KRW',
  달러: 'USD',
  위안: 'CNY',
  엔: 'JPY',
  유로: 'EUR',
  '¥': 'CNY',
  'CN¥': 'CNY',
  RMB: 'CNY',
  元: 'CNY',
  人民币: 'CNY',
  'JP¥': 'JPY',
  円: 'JPY',
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  РУБ: 'RUB',
  R$: 'BRL',
  ZŁ: 'PLN',
  A$: 'AUD',
  AU$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  NT$: 'TWD',
  S$: 'SGD',
  MX$: 'MXN',
  '₫': 'VND',
  '₹': 'INR',
  '฿': 'THB',
  '₺': 'TRY',
  '₴': 'UAH',
  '₸': 'KZT',
  '₪': 'ILS',
  '₱': 'PHP',
  KČ: 'CZK',
};

/** One spelling per symbol: compatible forms folded (￥ → ¥), no spaces, upper case, no end dot. */
function symbolKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/\.$/, '').toUpperCase();
}

/** The ISO code a currency symbol, word or code names ('US $' → 'USD', '원' → 'KRW'), or null. */
export function currencyFromSymbol(text: string): string | null {
  const key = symbolKey(text);
  return SYMBOLS[key] ?? (CODES.has(key) ? key : null);
}

export function hasThreeDecimals(currency: string): boolean {
  return THREE_DECIMAL_CODES.has(currency);
}

/**
 * The currency a spreadsheet number format displays ('$#,##0.00_)', '[$₩]#,##0',
 * '[$€-407] #,##0.00', '#,##0"원"'), or null for formats that name none ('0.00', '@', '').
 */
export function currencyFromNumberFormat(format: string): string | null {
  for (const literal of literalTexts(format)) {
    const currency = currencyFromSymbol(literal);
    if (currency !== null) return currency;
  }
  return null;
}

/**
 * The pieces of text a number format prints around the number, from its first (positive)
 * section: quoted text, backslash escapes, `[$…-locale]` currency tags and bare '$' or
 * non-ASCII characters. Padding (`_x`), fill (`*x`) and other bracket tags print no text.
 */
function literalTexts(format: string): string[] {
  const texts: string[] = [];
  let text = '';
  const endText = () => {
    if (text.trim() !== '') texts.push(text);
    text = '';
  };
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === ';') break;
    if (char === '"') {
      const close = closingIndex(format, '"', i);
      text += format.slice(i + 1, close);
      i = close;
    } else if (char === '[') {
      const close = closingIndex(format, ']', i);
      const tag = format.slice(i + 1, close);
      if (tag.startsWith('$')) {
        endText();
        text = tag.slice(1).split('-')[0];
        endText();
      }
      i = close;
    } else if (char === '\\') {
      text += format[i + 1] ?? '';
      i++;
    } else if (char === '_' || char === '*') {
      i++; // the padding or fill character that follows prints no text
    } else if (char === '$' || char === ' ' || char > '\x7f') {
      text += char;
    } else {
      endText();
    }
  }
  endText();
  return texts;
}

function closingIndex(format: string, closer: string, openAt: number): number {
  const close = format.indexOf(closer, openAt + 1);
  return close < 0 ? format.length : close;
}
