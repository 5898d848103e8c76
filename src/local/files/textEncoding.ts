/*
 * Spreadsheet text exports come as UTF-8 (with or without BOM), as UTF-16 from Excel's
 * "Unicode text" (with a BOM, or little-endian without one), or as CP949 when Korean Windows
 * Excel saves "CSV (comma delimited)".
 */

const SAMPLE_BYTES = 4096;

/**
 * The decoded text without its BOM, or undefined when the bytes are not text in a known encoding.
 * Throws when the text is longer than one string can be (see isTooLongForAString).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const encoding = encodingFromBom(bytes) ?? encodingFromNulBytes(bytes);
  const text = encoding
    ? decodeStrictly(encoding, bytes)
    : (decodeStrictly('utf-8', bytes) ?? decodeStrictly('euc-kr', bytes));
  // A NUL character never occurs in real text; it means binary data decoded as UTF-16.
  return text?.includes('\u0000') ? undefined : text;
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 text without a BOM shows itself by the zero high bytes of its ASCII characters. */
function encodingFromNulBytes(bytes: Uint8Array): string | undefined {
  let nulAtEven = 0;
  let nulAtOdd = 0;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) nulAtEven++;
    else nulAtOdd++;
  }
  if (nulAtOdd === 0 && nulAtEven === 0) return undefined;
  return nulAtOdd >= nulAtEven ? 'utf-16le' : 'utf-16be';
}

/** Throws, rather than answering "not this encoding", when the text is too long for a string. */
function decodeStrictly(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    if (isTooLongForAString(error)) throw error;
    return undefined;
  }
}

/** Node's refusal to make a string of more than `constants.MAX_STRING_LENGTH` characters. */
export function isTooLongForAString(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_STRING_TOO_LONG';
}
