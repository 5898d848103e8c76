import { describe, expect, it } from 'vitest';
import { KPI_STATUS } from '../../src/core/functions/kpiStatusFunction';
import { en, importedSmall, ko } from './workbooks';

const status = (...args: unknown[]) => KPI_STATUS.run(args, en);

describe('KPI_STATUS', () => {
  it('applies the KPI rule: OK, WARN within 20% of the target, BAD beyond', () => {
    expect(status(0.019, 0.02, 'below')).toEqual({ ok: true, value: 'OK' });
    expect(status(0.024, '2%', 'below')).toEqual({ ok: true, value: 'WARN' });
    expect(status(0.025, '2%', 'below')).toEqual({ ok: true, value: 'BAD' });
    expect(status(4.7, 4.7)).toEqual({ ok: true, value: 'OK' });
    expect(status('12%', '15%', '이상')).toEqual({ ok: true, value: 'WARN' });
    expect(status(13, 12, '미만')).toEqual({ ok: true, value: 'WARN' });
  });

  it('reads a blank value, or another function’s NO DATA message, as NO DATA', () => {
    expect(status('', 0.02, 'below')).toEqual({ ok: true, value: 'NO DATA' });
    expect(
      status('NO DATA: no paid orders in the 28 days up to 2025-10-26.', 0.02, 'below'),
    ).toEqual({ ok: true, value: 'NO DATA' });
  });

  it('passes on another function’s sentence as it is, and reads 1,234', () => {
    const noRate = '주문 2행, 店铺优惠: "US $0.00" — 설정 탭에 USD 환율이 필요합니다.';
    expect(status(noRate, '2%', 'below')).toEqual({ ok: false, message: noRate });
    // DISPUTE_RATE(주문, 분쟁, 설정), one comma short, asks for the call to write: passed on too.
    const skipped =
      '기준일 자리에 범위가 들어왔습니다. 기준일을 비워 두려면 이렇게 적어 주세요: =DISPUTE_RATE(주문!A:Z, 분쟁!A:G, , 설정!A:C)';
    expect(status(skipped, '2%', 'below')).toEqual({ ok: false, message: skipped });
    expect(status('1,234', 1000)).toEqual({ ok: true, value: 'OK' });
    expect(status('-1,234.5', 1000)).toEqual({ ok: true, value: 'BAD' });
    // Text typed as the value is named as such, even with spaces in it.
    expect(status('12.5% (last 28 days, est.)', 0.1)).toEqual({
      ok: false,
      message:
        'value: "12.5% (last 28 days, est.)" — expected a number like 4.7 or a rate like 2%.',
    });
  });

  it('names the argument it cannot read', () => {
    expect(status('abc', 0.02)).toEqual({
      ok: false,
      message: 'value: "abc" — expected a number like 4.7 or a rate like 2%.',
    });
    expect(status(0.1, '')).toEqual({
      ok: false,
      message: 'target — expected a number like 4.7 or a rate like 2%.',
    });
    expect(status(0.1, 0.2, 'higher')).toEqual({
      ok: false,
      message:
        'direction: "higher" — expected "below" (stay under the target) or "at-least" (reach it).',
    });
    // A Korean sheet answers in Korean, whatever was typed.
    expect(KPI_STATUS.run([0.01, 0.02, 'sideways'], ko)).toEqual({
      ok: false,
      message:
        '방향: "sideways" — "below"(목표 미만)나 "at-least"(목표 이상) 중 하나가 필요합니다.',
    });
    expect(KPI_STATUS.run([[[0.1, 0.2]], 0.2], ko)).toEqual({
      ok: false,
      message: '값 — 셀 하나가 필요합니다.',
    });
    // A date where a number belongs is quoted as the sheet shows it.
    expect(status(new Date('2025-09-01T01:00:00Z'), 0.02)).toEqual({
      ok: false,
      message: 'value: "2025-09-01 10:00" — expected a number like 4.7 or a rate like 2%.',
    });
  });

  it('gives the KPI tab’s status for every KPI with a target', () => {
    const { update } = importedSmall();
    for (const kpi of update.kpis.filter((k) => k.target !== null)) {
      expect(KPI_STATUS.run([kpi.value ?? '', kpi.target, kpi.direction], ko)).toEqual({
        ok: true,
        value: kpi.status,
      });
    }
  });
});
