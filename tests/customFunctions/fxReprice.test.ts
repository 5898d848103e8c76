import { describe, expect, it } from 'vitest';
import { FX_REPRICE } from '../../src/core/functions/fxRepriceFunction';
import { en, importedSmall, ko, tableOf } from './workbooks';

const { tabs, update } = importedSmall();

describe('FX_REPRICE', () => {
  it('compares the newest rate with the first one and alerts at the threshold', () => {
    expect(FX_REPRICE.run([tabs.Settings], en)).toEqual({
      ok: true,
      value: [
        ['Currency', 'Rate when priced', 'Rate now', 'Change', 'Alert'],
        ['USD', 1000, 1100, 1100 / 1000 - 1, 'Reprice'],
      ],
    });
  });

  it('takes the rate in force on an as-of date', () => {
    const answer = FX_REPRICE.run([tabs.Settings, '2025-09-10'], ko);
    expect(tableOf(answer)[1]).toEqual(['USD', 1000, 1000, 0, '']);
  });

  it('equals the weekly update’s FX reprice rows', () => {
    const answer = FX_REPRICE.run([tabs.Settings, update.asOf], en);
    expect(tableOf(answer).slice(1)).toEqual(
      update.fxReprice.map((row) => [
        row.currency,
        row.rateThen,
        row.rateNow,
        row.change,
        row.alert ? 'Reprice' : '',
      ]),
    );
  });

  it('answers NO DATA without an FX table', () => {
    expect(FX_REPRICE.run([[['Base currency', 'KRW']]], en)).toEqual({
      ok: false,
      message: 'NO DATA: the Settings range has no FX table rows (Currency | Rate | Date).',
    });
  });
});
