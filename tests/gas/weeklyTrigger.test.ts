import { describe, expect, it } from 'vitest';
import { smallShop, startAddOn } from './addOnKit';

const HANDLER = 'weeklyUpdateTrigger';

describe('toggleWeeklyTrigger', () => {
  it("installs one trigger: Mondays at 07:00 in the spreadsheet's time zone", () => {
    const shop = { ...smallShop(), timeZone: 'America/Los_Angeles' };
    const { env, run } = startAddOn(shop);
    run('toggleWeeklyTrigger');
    expect(env.scriptApp.triggers).toHaveLength(1);
    const [trigger] = env.scriptApp.triggers;
    expect(trigger?.getHandlerFunction()).toBe(HANDLER);
    expect(String(trigger?.getEventType())).toBe('CLOCK');
    expect(trigger?.schedule).toMatchObject({
      weekDay: env.scriptApp.WeekDay.MONDAY,
      atHour: 7,
      timeZone: 'America/Los_Angeles',
    });
    expect(env.ui.toasts[0]?.message).toBe(
      '주간 자동 업데이트를 켰습니다. 설정의 주 시작 요일에 맞춰 매주 월요일 오전 7시에 실행됩니다.',
    );
  });

  it('runs on Sundays when Settings starts the week on Sunday', () => {
    const shop = smallShop();
    const settings = {
      name: '설정',
      values: [
        ['설정', '값'],
        ['주 시작 요일', '일요일'],
      ],
    };
    const { env, run } = startAddOn({
      ...shop,
      sheets: [...shop.sheets.filter((sheet) => sheet.name !== '설정'), settings],
    });
    run('toggleWeeklyTrigger');
    expect(env.scriptApp.triggers[0]?.schedule).toMatchObject({
      weekDay: env.scriptApp.WeekDay.SUNDAY,
      atHour: 7,
    });
    expect(env.ui.toasts[0]?.message).toBe(
      '주간 자동 업데이트를 켰습니다. 설정의 주 시작 요일에 맞춰 매주 일요일 오전 7시에 실행됩니다.',
    );
  });

  it('removes it on the second toggle, and on, off, on never leaves two', () => {
    const { env, run } = startAddOn(smallShop());
    run('toggleWeeklyTrigger');
    run('toggleWeeklyTrigger');
    expect(env.scriptApp.triggers).toEqual([]);
    expect(env.ui.toasts[1]?.message).toBe('주간 자동 업데이트를 껐습니다.');
    run('toggleWeeklyTrigger');
    expect(env.scriptApp.triggers.map((trigger) => trigger.getHandlerFunction())).toEqual([
      HANDLER,
    ]);
  });

  it('removes every copy left by an older version and leaves other triggers alone', () => {
    const { env, run } = startAddOn(smallShop());
    const clock = env.scriptApp.EventType.CLOCK;
    env.scriptApp.addTrigger(HANDLER, clock, null);
    env.scriptApp.addTrigger(HANDLER, clock, null);
    env.scriptApp.addTrigger('myOwnReport', clock, null);
    run('toggleWeeklyTrigger');
    expect(env.scriptApp.triggers.map((trigger) => trigger.getHandlerFunction())).toEqual([
      'myOwnReport',
    ]);
  });
});

describe('weeklyUpdateTrigger', () => {
  it('without an active spreadsheet logs one line and writes nothing', () => {
    const { env, run } = startAddOn(smallShop(), { activeSpreadsheet: false });
    const before = env.toWorkbookData();
    run(HANDLER);
    expect(env.logs).toEqual(['셀러 루틴: 열린 스프레드시트가 없어 업데이트하지 않았습니다.']);
    expect(env.toWorkbookData()).toEqual(before);
    expect(env.ui.toasts).toEqual([]);
    expect(env.ui.alerts).toEqual([]);
    expect(env.properties.document.getKeys()).toEqual([]);
  });

  it('with the spreadsheet active runs the update and logs its outcome', () => {
    const { env, run } = startAddOn(smallShop());
    run(HANDLER);
    expect(env.logs).toEqual(['주간 업데이트 완료 · 실질 마진 ₩22,640 · 확인 필요 2건']);
    expect(env.spreadsheet.getSheetByName('주간 마진')).not.toBeNull();
    expect(env.ui.toasts).toEqual([]);
  });
});
