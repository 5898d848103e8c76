/**
 * How to read a lone mark followed by exactly three digits ('1,234', '1.234'): as thousands
 * grouping (amounts, counts) or as a decimal mark (three-decimal currencies, percentages).
 */
export type LoneMarkBeforeThreeDigits = 'thousands' | 'decimal';

const SPACE_GROUPED = /^(\d{1,3}(?:[ ']\d{3})+)(?:[.,](\d+))?$/;

/**
 * Reads an unsigned decimal written with thousands grouping, or null. The rule, so that a
 * value never changes meaning silently:
 * - spaces and apostrophes only group thousands ('1 234,56', "1'234.56");
 * - ',' and '.' both present: the last one is the decimal mark ('1.234,56', '1,234.56');
 * - one mark appearing several times groups thousands ('1.234.567');
 * - one mark appearing once is a decimal mark ('1,23', '12.5', '0.125'), except that after
 *   1–3 digits not starting with 0 and followed by exactly three digits it groups thousands
 *   ('1,234' → 1234), unless `loneMark` says 'decimal'.
 * Groups must be well formed ('1,23,4' is not a number).
 */
export function parseUnsignedDecimal(
  text: string,
  loneMark: LoneMarkBeforeThreeDigits,
): number | null {
  const parts = splitIntegerAndFraction(text, loneMark);
  if (parts === null) return null;
  const value = Number(`${parts.integer || '0'}.${parts.fraction || '0'}`);
  return Number.isFinite(value) ? value : null;
}

interface DecimalParts {
  integer: string;
  fraction: string;
}

function splitIntegerAndFraction(
  text: string,
  loneMark: LoneMarkBeforeThreeDigits,
): DecimalParts | null {
  const spaced = SPACE_GROUPED.exec(text);
  if (spaced) return { integer: spaced[1].replace(/[ ']/g, ''), fraction: spaced[2] ?? '' };
  if (!/^[\d.,]*\d[\d.,]*$/.test(text)) return null;

  const markAt = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
  if (markAt < 0) return { integer: text, fraction: '' };
  const mark = text[markAt];
  const otherMark = mark === ',' ? '.' : ',';
  const head = text.slice(0, markAt);
  const tail = text.slice(markAt + 1);
  if (tail === '') return null;

  if (head.includes(otherMark)) return withFraction(ungroup(head, otherMark), tail);
  if (head.includes(mark)) return withFraction(ungroup(text, mark), '');
  const groupsThousands =
    loneMark === 'thousands' && tail.length === 3 && /^[1-9]\d{0,2}$/.test(head);
  return groupsThousands
    ? { integer: head + tail, fraction: '' }
    : { integer: head, fraction: tail };
}

function ungroup(text: string, groupMark: string): string | null {
  const group = groupMark === '.' ? '\\.' : groupMark;
  const wellGrouped = new RegExp(`^\\d{1,3}(?:${group}\\d{3})*$`).test(text);
  return wellGrouped ? text.split(groupMark).join('') : null;
}

function withFraction(integer: string | null, fraction: string): DecimalParts | null {
  return integer === null ? null : { integer, fraction };
}
