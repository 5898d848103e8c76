// The KPI tab says what the sidebar's cards say: a KPI without the tab it is computed from has no
// value and NO DATA, and its advice names the tab instead of what to fix.
import { describe, expect, it } from 'vitest';
import { outputTabs } from '../../src/core/views/outputTabs';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';

describe('the KPI tab', () => {
  it('names the missing tab for a KPI without it, and never advises a fix for NO DATA', () => {
    const update = computeWeeklyUpdate({
      tabs: [
        {
          name: '주문',
          values: [
            ['주문 ID', '주문 상태', '결제 시간', '주문 금액'],
            ['1', '交易完成', '2025-10-20 10:00', 10_000],
          ],
        },
      ],
      timeZone: 'Asia/Seoul',
      locale: 'ko_KR',
      now: new Date('2025-10-27T00:00:00+09:00'),
    });
    const kpi = outputTabs(update).find((tab) => tab.id === 'kpi');
    expect(kpi?.rows.find((cells) => cells[0] === '분쟁률')).toEqual([
      '분쟁률',
      '',
      0.02,
      'NO DATA',
      '분쟁 탭이 없어 확인할 수 없습니다.',
    ]);
    // Before, a KPI without its tab said what to fix: 분쟁 원인 상위 2개를 고쳐 주세요.
    for (const [, , , status, advice] of kpi?.rows.slice(1) ?? []) {
      if (status === 'NO DATA') expect(advice).toMatch(/없습니다/);
    }
  });
});
