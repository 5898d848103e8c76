import { describe, expect, it } from 'vitest';
import { titleCheck } from '../../src/core/metrics/titleCheck';

// 107 characters, no word twice apart from the small words "for", "with", "and".
const GOOD =
  'Phone Case for iPhone 15 Pro Max Shockproof Clear Silicone Cover with Camera Lens Protector and Wrist Strap';

describe('titleCheck', () => {
  it('passes a title of 80–120 characters that opens with its keyword', () => {
    expect(titleCheck(GOOD, 'phone case', ['free shipping'])).toEqual({
      ok: true,
      length: 107,
      issues: [],
      details: { banned: [], repeated: [] },
    });
  });

  it('measures the length with the spacing tidied, at both limits', () => {
    expect(titleCheck('  Phone   Case ', null, []).length).toBe(10);
    expect(titleCheck('Phone Case', null, []).issues).toEqual(['too-short']);
    const of = (length: number): string => `Case ${'x'.repeat(length - 5)}`;
    expect(titleCheck(of(79), null, []).issues).toEqual(['too-short']);
    expect(titleCheck(of(80), null, []).ok).toBe(true);
    expect(titleCheck(of(120), null, []).ok).toBe(true);
    expect(titleCheck(of(121), null, []).issues).toEqual(['too-long']);
    expect(titleCheck('', null, [])).toMatchObject({ ok: false, length: 0, issues: ['too-short'] });
  });

  it('wants the primary keyword first, ignoring case; no keyword is not checked', () => {
    expect(titleCheck(GOOD, 'iPhone', []).issues).toEqual(['keyword-not-first']);
    expect(titleCheck(GOOD, 'PHONE CASE', []).ok).toBe(true);
    expect(titleCheck(GOOD, '  ', []).ok).toBe(true);
    expect(titleCheck(GOOD, null, []).ok).toBe(true);
  });

  it('finds banned words and phrases as whole words, ignoring case', () => {
    const title = GOOD.replace('Wrist Strap', 'BEST Free  Shipping');
    expect(titleCheck(title, null, ['free shipping', 'Best', 'Cheap', ' '])).toMatchObject({
      issues: ['banned-word'],
      details: { banned: ['free shipping', 'Best'], repeated: [] },
    });
    // An entry the list writes twice, in another case, is one banned word.
    expect(titleCheck(title, null, ['best', 'Best', 'BEST']).details.banned).toEqual(['best']);
    // "Bestseller" and "cheaper" do not contain the banned words as words.
    expect(
      titleCheck(GOOD.replace('Wrist Strap', 'Bestseller cheaper'), null, ['best', 'cheap']).ok,
    ).toBe(true);
  });

  it('finds repeated words, but not small words, numbers or &', () => {
    const title =
      'Phone Case for Phone 2 Pack 2 Colors & Case & Strap with the Ring and the Stand for Women';
    // As the title first writes them.
    expect(titleCheck(title, null, []).details.repeated).toEqual(['Phone', 'Case']);
    expect(titleCheck('휴대폰 케이스 휴대폰 거치대', null, []).details.repeated).toEqual([
      '휴대폰',
    ]);
    expect(titleCheck("Women's T-shirt Women T-Shirt", null, []).details.repeated).toEqual([
      'T-shirt',
    ]);
  });

  it('lists every issue at once', () => {
    expect(titleCheck('Cheap case case', 'phone', ['cheap']).issues).toEqual([
      'too-short',
      'keyword-not-first',
      'banned-word',
      'repeated-word',
    ]);
  });
});
