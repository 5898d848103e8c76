import { describe, expect, it } from 'vitest';
import { ROAS } from '../../src/core/functions/roasFunction';
import { en, importedSmall } from './workbooks';

const { tabs, update } = importedSmall();

describe('ROAS', () => {
  it('is revenue ÷ spend over the rows that have both, in the window', () => {
    // 09-14..09-20: socks 60,000 ÷ 15,000; the pens row has no revenue; 09-10 is outside.
    expect(ROAS.run([tabs.Ads, undefined, undefined, tabs.Settings], en)).toEqual({
      ok: true,
      value: 4,
    });
    expect(ROAS.run([tabs.Ads, 'socks', undefined, tabs.Settings], en)).toEqual({
      ok: true,
      value: 4,
    });
  });

  it('equals the weekly update’s ROAS, in total and per campaign', () => {
    expect(ROAS.run([tabs.Ads, '', update.asOf, tabs.Settings], en)).toEqual({
      ok: true,
      value: update.ads.totals.roas,
    });
    const socks = update.ads.keywords.find((keyword) => keyword.campaign === 'socks');
    expect(ROAS.run([tabs.Ads, 'socks', update.asOf, tabs.Settings], en)).toEqual({
      ok: true,
      value: socks?.roas,
    });
  });

  it('answers NO DATA for a campaign without revenue or without rows', () => {
    expect(ROAS.run([tabs.Ads, 'pens', undefined, tabs.Settings], en)).toEqual({
      ok: false,
      message: 'NO DATA: no ad spend with revenue in the 7 days up to 2025-09-20.',
    });
    expect(ROAS.run([tabs.Ads, 'hats', undefined, tabs.Settings], en)).toEqual({
      ok: false,
      message: 'NO DATA: no ad rows for "hats" in the 7 days up to 2025-09-20.',
    });
    // A page pasted as the campaign is quoted cut, so the answer still fits in a cell.
    const page = ROAS.run([tabs.Ads, 'h'.repeat(50_000), undefined, tabs.Settings], en);
    expect(page).toEqual({
      ok: false,
      message: `NO DATA: no ad rows for "${'h'.repeat(79)}…" in the 7 days up to 2025-09-20.`,
    });
  });
});
