import { describe, expect, it } from 'vitest';
import { TITLE_CHECK } from '../../src/core/functions/titleCheckFunction';
import { outputTabs } from '../../src/core/views/outputTabs';
import { en, importedSmall, ko } from './workbooks';

const LONG_TITLE =
  'Korean Cotton Socks for Women 5 Pairs Breathable Crew Ankle Hosiery Cute Pastel Colors Gift Set';

describe('TITLE_CHECK', () => {
  it('says OK for a title of 80–120 characters starting with its keyword', () => {
    expect(LONG_TITLE.length).toBe(95);
    expect(TITLE_CHECK.run([LONG_TITLE, 'korean cotton socks'], en)).toEqual({
      ok: true,
      value: 'OK',
    });
  });

  it('leaves a blank title blank: a column filled down over empty rows says nothing', () => {
    for (const blank of ['', '   ', undefined, [['']]]) {
      expect(TITLE_CHECK.run([blank, 'socks'], ko)).toEqual({ ok: true, value: '' });
    }
  });

  it('lists what to fix, in the sheet’s language', () => {
    const title = 'Cheap Phone Strap Phone Strap';
    expect(TITLE_CHECK.run([title, 'phone strap', 'cheap, replica'], en)).toEqual({
      ok: true,
      value: 'under 80 characters, keyword not first, banned (cheap), repeated (Phone, Strap)',
    });
    expect(TITLE_CHECK.run([title, '', [['replica'], ['cheap']]], ko)).toEqual({
      ok: true,
      value: '80자 미만, 금지 단어(cheap), 반복 단어(Phone, Strap)',
    });
    expect(TITLE_CHECK.run([`${LONG_TITLE} ${LONG_TITLE}`], en)).toEqual({
      ok: true,
      value: 'over 120 characters, repeated (Korean, Cotton, Socks, …)',
    });
  });

  it('says what the SKU Margin tab says for every SKU, with the Settings banned words', () => {
    const { tabs, update } = importedSmall();
    const skuTab = outputTabs(update).find((tab) => tab.id === 'skuMargin');
    const checkColumn = skuTab?.rows[0]?.indexOf('Title check') ?? -1;
    const [, ...skuRows] = tabs.SKU;
    for (const [sku, title, , , keyword] of skuRows) {
      const tabRow = skuTab?.rows.find((row) => row[0] === sku);
      expect(TITLE_CHECK.run([title, keyword, 'cheap, replica'], en)).toEqual({
        ok: true,
        value: tabRow?.[checkColumn],
      });
    }
  });

  it('refuses a range where one title is expected', () => {
    expect(TITLE_CHECK.run([[['a'], ['b']]], en)).toEqual({
      ok: false,
      message: 'title — expected a single cell.',
    });
  });
});
