// What the weekly update does when it cannot or should not do everything: another update
// holds the lock, a tab lacks a column, reading or computing fails, a user's tab has the name
// of a generated one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeRange } from '../../src/local/harness/range';
import type { GasEnvironment } from '../../src/local/harness/environment';
import type { WorkbookData } from '../../src/local/workbookData';
import {
  GENERATED_TABS_KO,
  LEDGER_HEADER_KO,
  sheetData,
  sheetNames,
  sheetOf,
  smallShop,
  startAddOn,
  valuesOf,
} from './addOnKit';

afterEach(() => {
  vi.restoreAllMocks();
});

/** What an unexpected failure says: one plain sentence and a log reference, never the error. */
const STOPPED =
  /^업데이트를 멈췄고 아무것도 바꾸지 않았습니다\. 예상하지 못한 문제가 생겼습니다 \(기록 번호 (\d{6}-\d{6})\)\. 다시 해 보고, 계속되면 이 번호와 함께 알려 주세요\.$/;

/** The alert's log reference leads to the error itself in the execution log. */
function expectLogged(
  env: { logs: string[]; ui: { alerts: Array<{ message: string }> } },
  error: string,
) {
  const ref = /기록 번호 (\d{6}-\d{6})/.exec(env.ui.alerts[0]?.message ?? '')?.[1];
  expect(ref).toBeDefined();
  expect(
    env.logs.some((line) => line.includes(`Seller Routine ${ref}: `) && line.includes(error)),
  ).toBe(true);
}

describe('the document lock', () => {
  it('alerts and writes nothing while another update holds the lock', () => {
    const { env, run } = startAddOn(smallShop());
    const before = env.toWorkbookData();
    const release = env.holdDocumentLock();
    run('runWeeklyUpdate');
    expect(env.ui.alerts).toEqual([
      {
        title: '셀러 루틴',
        message: '다른 업데이트가 진행 중입니다. 1분 뒤에 다시 시도해 주세요.',
        buttons: expect.anything(),
      },
    ]);
    expect(env.ui.toasts).toEqual([]);
    expect(env.toWorkbookData()).toEqual(before);
    expect(env.properties.document.getKeys()).toEqual([]);
    expect(env.calls.byMethod()['Range.getValues']).toBeUndefined();

    release();
    run('runWeeklyUpdate');
    expect(env.ui.toasts).toHaveLength(1);
  });
});

describe('a spreadsheet without orders or a ledger', () => {
  it('alerts how to start and writes nothing', () => {
    const empty = { name: 'New', timeZone: 'Asia/Seoul', locale: 'ko_KR', sheets: [] };
    const { env, run } = startAddOn(empty);
    const before = env.toWorkbookData();
    run('runWeeklyUpdate');
    expect(env.ui.alerts.map((alert) => alert.message)).toEqual([
      '주문 탭이나 원장 탭이 아직 없습니다. "시트 준비하기"를 누른 뒤 주문 내보내기를 붙여 넣어 주세요.',
    ]);
    expect(env.toWorkbookData()).toEqual(before);
  });
});

describe('a tab without a required column', () => {
  function ordersWithoutId(): WorkbookData {
    return {
      name: 'No ids',
      timeZone: 'Asia/Seoul',
      locale: 'ko_KR',
      sheets: [
        {
          name: '주문',
          values: [
            ['주문 상태', '결제 시간', '주문 금액', '제품 코드'],
            ['交易完成', '2025-09-01 10:05', '12,000원', 'A-1'],
          ],
        },
        {
          name: '원장',
          values: [
            ['날짜', '유형', '금액'],
            ['2025-09-01', '포장비', '1,000원'],
          ],
        },
      ],
    };
  }

  it('still completes, with one Problem naming the missing column and nothing imported', () => {
    const { env, run } = startAddOn(ordersWithoutId());
    run('runWeeklyUpdate');
    expect(env.ui.alerts).toEqual([]);
    // Only the packaging row counts: the orders cannot be read without their ids.
    expect(env.ui.toasts[0]?.message).toBe(
      '주간 업데이트 완료 · 실질 마진 -₩1,000 · 확인 필요 1건',
    );
    const problems = valuesOf(env, '확인 필요');
    expect(problems).toHaveLength(2);
    expect(problems[1]?.[0]).toBe('주문');
    expect(String(problems[1]?.[4])).toContain('주문 ID');
    expect(valuesOf(env, '원장')).toEqual(sheetData(ordersWithoutId(), '원장').values);
  });
});

describe('a service that fails around the lock, outside the read and write phases', () => {
  const BOOM = 'Exception: Service Spreadsheets failed while accessing document with id XYZ.';

  it.each([
    'Spreadsheet.getSpreadsheetLocale',
    'Lock.tryLock',
    'Spreadsheet.getSpreadsheetTimeZone',
  ])('%s: the sidebar reads one plain sentence with a log reference, never the error', (method) => {
    const { env, run } = startAddOn(smallShop());
    env.intercept((call) => {
      if (`${call.service}.${call.method}` === method) throw new Error(BOOM);
    });
    const outcome = run('weeklyUpdate', {}) as { ok: boolean; message: string };
    expect(outcome.ok).toBe(false);
    // Without the locale the sentence is English: the spreadsheet's language cannot be read.
    const stopped =
      method === 'Spreadsheet.getSpreadsheetLocale'
        ? /^The update stopped and changed nothing: .* \(log reference \d{6}-\d{6}\)\./
        : STOPPED;
    expect(outcome.message).toMatch(stopped);
    expect(outcome.message).not.toContain('XYZ');
  });

  it('Lock.releaseLock after a finished update: the update is reported done', () => {
    const { env, run } = startAddOn(smallShop());
    env.intercept((call) => {
      if (`${call.service}.${call.method}` === 'Lock.releaseLock') throw new Error(BOOM);
    });
    const outcome = run('weeklyUpdate', {}) as { ok: boolean; message: string };
    expect(outcome).toMatchObject({
      ok: true,
      message: '주간 업데이트 완료 · 실질 마진 ₩22,640 · 확인 필요 2건',
    });
  });
});

describe('a Ledger whose header cannot be read', () => {
  /** The small shop with its 원장 values replaced by `edit` of a copy of them. */
  function shopWithLedger(edit: (ledger: unknown[][]) => unknown[][]): WorkbookData {
    const shop = smallShop();
    const ledger = sheetData(shop, '원장');
    ledger.values = edit(ledger.values.map((row) => [...row])) as typeof ledger.values;
    return shop;
  }

  const HELD =
    '원장 — 머리글을 고칠 때까지 이 탭에 새 행을 더하지 않습니다. 열마다 이름이 하나씩 있는 머리글 행이 필요합니다.';

  it.each([
    [
      'a Source Key column named twice',
      ([header = [], ...rows]: unknown[][]) => [[...header, '소스 키'], ...rows],
    ],
    [
      'an Amount column named twice',
      ([header = [], ...rows]: unknown[][]) => [[...header, '금액'], ...rows],
    ],
    ['no header row', ([, ...rows]: unknown[][]) => rows],
  ])('with %s: adds nothing to it, run after run, and says why', (_, edit) => {
    const { env, run } = startAddOn(shopWithLedger(edit));
    const before = valuesOf(env, '원장');
    for (let i = 0; i < 2; i++) {
      run('weeklyUpdate', { now: '2025-09-10T10:00' });
      expect(valuesOf(env, '원장')).toEqual(before);
    }
    const problems = valuesOf(env, '확인 필요').map((row) => row[4]);
    expect(problems).toContain(HELD);
  });

  it('with an Amount column named twice, shows no week and no SKU rather than ₩0', () => {
    const twice = ([header = [], ...rows]: unknown[][]) => [[...header, '금액'], ...rows];
    const { env, run } = startAddOn(shopWithLedger(twice));
    const outcome = run('weeklyUpdate', { now: '2025-09-10T10:00' }) as { message: string };
    expect(outcome.message).toBe('주간 업데이트 완료 · 아직 집계된 주 없음 · 확인 필요 3건');
    expect(valuesOf(env, '주간 마진')).toHaveLength(1); // its header only
    expect(valuesOf(env, 'SKU 마진')).toHaveLength(1); // no SKU with a margin of ₩0 either
  });

  it('shows no margin from sales without any unit cost, as the margin KPI says NO DATA', () => {
    const shop = smallShop();
    sheetData(shop, '상품').values = [['SKU', '상품명', '원가']];
    const { run } = startAddOn(shop);
    const outcome = run('weeklyUpdate', { now: '2025-09-10T10:00' }) as { message: string };
    expect(outcome.message).toMatch(
      /^주간 업데이트 완료 · 원가가 없어 실질 마진을 알 수 없음 · 확인 필요 \d+건$/,
    );
  });

  it('shows no ₩0 margin when no 원장 row can be read, though a dispute fills a week', () => {
    // Its one row in a currency without a rate: nothing counts, and the week holds a dispute only.
    const inYen = shopWithLedger(([header = [], ...rows]) => [
      header,
      ...rows.map((row) => row.map((cell, i) => (i === 3 ? 'JPY' : cell))),
    ]);
    sheetData(inYen, '주문').values.splice(1);
    const dispute = sheetData(inYen, '분쟁').values[1] ?? [];
    dispute[5] = '';
    const { env, run } = startAddOn(inYen);
    const outcome = run('weeklyUpdate', { now: '2025-09-10T10:00' }) as { message: string };
    expect(valuesOf(env, '원장').length).toBeGreaterThan(1);
    expect(outcome.message).toMatch(/^주간 업데이트 완료 · 아직 집계된 주 없음 · 확인 필요 \d+건$/);
  });

  it('a blank 원장 tab still gets its header and the first import', () => {
    const shop = shopWithLedger(() => [['', ''], []]);
    const { env, run } = startAddOn(shop);
    run('weeklyUpdate', { now: '2025-09-10T10:00' });
    expect(valuesOf(env, '원장')[0]).toEqual(LEDGER_HEADER_KO);
    expect(valuesOf(env, '원장')).toHaveLength(1 + 6);
    // Its missing header is no problem to report: the update wrote it.
    const problems = valuesOf(env, '확인 필요').slice(1);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((row) => row[0] === '원장')).toEqual([]);
  });
});

describe('a failure before anything is written', () => {
  /** The small shop after one good update: every tab, generated ones included, exists. */
  function updatedShop() {
    const started = startAddOn(smallShop());
    started.run('runWeeklyUpdate');
    return { ...started, before: started.env.toWorkbookData() };
  }

  function expectNothingChanged(env: ReturnType<typeof updatedShop>['env'], before: WorkbookData) {
    expect(env.toWorkbookData()).toEqual(before);
    expect(env.ui.toasts).toHaveLength(1); // the first, good run's
    expect(sheetOf(env, '주간 마진').getCharts()).toHaveLength(1);
  }

  it('when Sheets fails to read a tab: every tab stays as it was and an alert says why', () => {
    const { env, run, before } = updatedShop();
    const getValues = FakeRange.prototype.getValues;
    vi.spyOn(FakeRange.prototype, 'getValues').mockImplementation(function (this: FakeRange) {
      if (this.getSheet().getName() === '분쟁') throw new Error('Service Spreadsheets timed out');
      return getValues.call(this);
    });
    run('runWeeklyUpdate');
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0]?.message).toMatch(STOPPED);
    expectLogged(env, 'Service Spreadsheets timed out');
    expectNothingChanged(env, before);
  });

  it('when the computation throws: every tab stays as it was and an alert says why', () => {
    const { env, run, before } = updatedShop();
    const getValues = FakeRange.prototype.getValues;
    vi.spyOn(FakeRange.prototype, 'getValues').mockImplementation(function (this: FakeRange) {
      const values = getValues.call(this);
      if (this.getSheet().getName() !== '주문') return values;
      // A cell no reader can look at: whatever touches it throws.
      Object.defineProperty(values[1], 0, {
        get: () => {
          throw new Error('unreadable cell');
        },
      });
      return values;
    });
    run('runWeeklyUpdate');
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0]?.message).toMatch(STOPPED);
    expect(env.ui.alerts[0]?.message).not.toMatch(/unreadable|Error/);
    expectLogged(env, 'unreadable cell');
    expectNothingChanged(env, before);
  });
});

describe('a failure while writing', () => {
  it("leaves the user's tabs as they were and asks to run again", () => {
    const { env, run } = startAddOn(smallShop());
    const before = env.toWorkbookData();
    const setValues = FakeRange.prototype.setValues;
    vi.spyOn(FakeRange.prototype, 'setValues').mockImplementation(function (
      this: FakeRange,
      values: unknown[][],
    ) {
      if (this.getSheet().getName() === '원장') throw new Error('Service Spreadsheets failed');
      return setValues.call(this, values);
    });
    run('runWeeklyUpdate');
    const message = env.ui.alerts[0]?.message ?? '';
    expect(message).toMatch(
      /^시트에 결과를 쓰는 중에 멈췄습니다 \(기록 번호 \d{6}-\d{6}\)\. 모든 탭은 이전 그대로이거나 끝까지 바뀐 상태이니, 다시 실행해 마무리해 주세요\.$/,
    );
    expectLogged(env, 'Service Spreadsheets failed');
    const after = env.toWorkbookData();
    // The Ledger is written first: when it fails, no generated tab is written either.
    expect(after).toEqual(before);
    expect(env.properties.document.getKeys()).toEqual(['sellerRoutine.lastRun']);
    const lastRun = JSON.parse(env.properties.document.getProperty('sellerRoutine.lastRun') ?? '');
    expect(lastRun).toEqual({ at: expect.any(String), ok: false, message });
    // The sidebar says so on its weekly-update item.
    vi.restoreAllMocks();
    const sidebar = run('getSidebarModel') as {
      checklists: Array<{ items: Array<{ id: string; lines: string[] }> }>;
    };
    const weekly = sidebar.checklists
      .flatMap((list) => list.items)
      .find((i) => i.id === 'weekly.weeklyUpdate');
    expect(weekly?.lines.at(-1)).toMatch(
      /^마지막 실행\(\d{4}-\d\d-\d\d \d\d:\d\d\)이 멈췄습니다: 시트에 결과를 쓰는 중에/,
    );
  });
});

/** The small shop with a tab of the user's own named 주간 마진, as a generated tab is. */
function shopWithOwnWeeklyTab(): WorkbookData {
  const shop = smallShop();
  shop.sheets.push({
    name: '주간 마진',
    values: [
      ['내 메모', ''],
      ['이번 주 목표', 100000],
    ],
    frozenRows: 0,
  });
  return shop;
}

describe('a user tab with the name of a generated tab', () => {
  it('is never overwritten: the update writes "주간 마진 (셀러 루틴)" and says so', () => {
    const { env, run } = startAddOn(shopWithOwnWeeklyTab());
    const mine = sheetData(env.toWorkbookData(), '주간 마진');
    run('runWeeklyUpdate');
    expect(sheetData(env.toWorkbookData(), '주간 마진')).toEqual(mine);
    expect(sheetOf(env, '주간 마진').getDeveloperMetadata()).toEqual([]);
    expect(valuesOf(env, '주간 마진 (셀러 루틴)')[1]?.slice(0, 2)).toEqual(['2025-09-01', 42000]);
    expect(env.ui.toasts[0]?.message).toBe(
      [
        '주간 업데이트 완료 · 실질 마진 ₩22,640 · 확인 필요 2건',
        '"주간 마진" 이름의 탭이 이미 있어 "주간 마진 (셀러 루틴)" 탭에 결과를 썼습니다.',
      ].join('\n'),
    );
  });

  it('reuses the same owned tab on the next run, without a note', () => {
    const { env, run } = startAddOn(shopWithOwnWeeklyTab());
    run('runWeeklyUpdate');
    const once = env.toWorkbookData();
    run('runWeeklyUpdate');
    expect(env.toWorkbookData()).toEqual(once);
    expect(sheetNames(env)).toEqual([
      '주문',
      '상품',
      '분쟁',
      '원장',
      '주간 마진',
      '주간 마진 (셀러 루틴)',
      ...GENERATED_TABS_KO.slice(1),
    ]);
    expect(env.ui.toasts[1]?.message).toBe(
      '주간 업데이트 완료 · 실질 마진 ₩22,640 · 확인 필요 2건',
    );
  });
});

describe('a copy of a generated tab', () => {
  /** What Sheets' "Duplicate" makes: a copy with the original's cells and mark, at `index`. */
  function duplicate(env: GasEnvironment, name: string, index: number): unknown[][] {
    const original = sheetOf(env, name);
    const copy = env.spreadsheet.insertSheet(`${name}의 사본`, index);
    for (const meta of original.getDeveloperMetadata()) {
      copy.addDeveloperMetadata(meta.getKey(), meta.getValue() ?? '');
    }
    const snapshot = original.getDataRange().getValues();
    copy.getRange(1, 1, snapshot.length, snapshot[0]?.length ?? 1).setValues(snapshot);
    return snapshot;
  }

  /** Order 1005: one A-1 for ₩10,000 → sales of the week 42,000 + 10,000. */
  function addOrder(env: GasEnvironment): void {
    sheetOf(env, '주문')
      .getRange(5, 1, 1, 8)
      .setValues([
        ['1005', '交易完成', 'Park', '2025-09-05 09:00', '2025-09-05 09:30', '10,000원', 'A-1', 1],
      ]);
  }

  it('is left as the snapshot it is, after the original or dragged before it', () => {
    for (const before of [false, true]) {
      const { env, run } = startAddOn(smallShop());
      run('runWeeklyUpdate');
      const index = sheetOf(env, '주간 마진').getIndex();
      const snapshot = duplicate(env, '주간 마진', before ? index - 1 : index);
      addOrder(env);
      run('runWeeklyUpdate');
      expect(valuesOf(env, '주간 마진의 사본'), `before: ${before}`).toEqual(snapshot);
      expect(valuesOf(env, '주간 마진')[1]?.slice(0, 2)).toEqual(['2025-09-01', 52000]);
      const names = sheetNames(env);
      expect(names.indexOf('주간 마진의 사본') < names.indexOf('주간 마진')).toBe(before);
    }
  });

  it('with a mark from before tabs were named in it: the tab of the generated name is rewritten', () => {
    for (const before of [false, true]) {
      const { env, run } = startAddOn(smallShop());
      run('runWeeklyUpdate');
      const original = sheetOf(env, '주간 마진');
      original.getDeveloperMetadata()[0]?.setValue('weeklyMargin');
      const index = original.getIndex();
      const snapshot = duplicate(env, '주간 마진', before ? index - 1 : index);
      addOrder(env);
      run('runWeeklyUpdate');
      run('runWeeklyUpdate');
      expect(valuesOf(env, '주간 마진의 사본'), `before: ${before}`).toEqual(snapshot);
      expect(valuesOf(env, '주간 마진')[1]?.slice(0, 2)).toEqual(['2025-09-01', 52000]);
    }
  });

  it('with a mark from before, beside a user tab of the name: the (셀러 루틴) tab is rewritten', () => {
    const { env, run } = startAddOn(shopWithOwnWeeklyTab());
    run('runWeeklyUpdate');
    const generated = sheetOf(env, '주간 마진 (셀러 루틴)');
    generated.getDeveloperMetadata()[0]?.setValue('weeklyMargin');
    const snapshot = duplicate(env, '주간 마진 (셀러 루틴)', generated.getIndex() - 1);
    const before = valuesOf(env, '주간 마진 (셀러 루틴)');
    addOrder(env);
    run('runWeeklyUpdate');
    expect(valuesOf(env, '주간 마진 (셀러 루틴)의 사본')).toEqual(snapshot);
    expect(valuesOf(env, '주간 마진 (셀러 루틴)')).not.toEqual(before);
  });

  it('renamed by the user, is kept as it is and a new tab takes the name', () => {
    const { env, run } = startAddOn(smallShop());
    run('runWeeklyUpdate');
    const renamed = sheetOf(env, '주간 마진');
    const before = renamed.getDataRange().getValues();
    renamed.setName('9월 마진');
    addOrder(env);
    run('runWeeklyUpdate');
    expect(valuesOf(env, '9월 마진')).toEqual(before);
    expect(valuesOf(env, '주간 마진')[1]?.slice(0, 2)).toEqual(['2025-09-01', 52000]);
  });
});

describe('options from a caller that cannot be trusted (the sidebar, the preview, the CLI)', () => {
  it('takes null or junk options as none', () => {
    for (const options of [null, 42, 'weekly', { asOf: undefined }]) {
      const { run } = startAddOn(smallShop());
      expect(run('weeklyUpdate', options), String(options)).toMatchObject({ ok: true });
    }
  });

  it('refuses a day that does not exist, or an as-of day after today, in a plain sentence', () => {
    const answers = [
      { asOf: '2025-02-30' },
      { asOf: '9999-12-31', now: '2025-10-27' },
      { now: '2025-13-01' },
    ].map((options) => startAddOn(smallShop()).run('weeklyUpdate', options));
    expect(answers).toEqual([
      {
        ok: false,
        message: '없는 날짜입니다: "2025-02-30". 2025-10-27이나 2025-10-27T09:30처럼 써 주세요.',
      },
      {
        ok: false,
        message: '기준일(9999-12-31)이 오늘(2025-10-27)보다 뒤입니다. 이미 지난 날을 골라 주세요.',
      },
      {
        ok: false,
        message: '없는 날짜입니다: "2025-13-01". 2025-10-27이나 2025-10-27T09:30처럼 써 주세요.',
      },
    ]);
  });
});
