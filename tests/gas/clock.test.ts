// The preview and the CLI run the add-on at a fixed "now" (docs/rules.md §5, two clocks): the
// harness's clock replaces `new Date()` and `Date.now()` inside the script, and nothing else.
import { describe, expect, it } from 'vitest';
import { buildDemoWorkbook, DEMO_FACTS } from '../../src/local/demo/demoWorkbook';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';
import { smallShop, startAddOn } from './addOnKit';

describe('a fixed clock', () => {
  const now = new Date(DEMO_FACTS.now);

  it('is what the script reads as now, while cell dates stay Dates', () => {
    const { env, run } = startAddOn(smallShop(), { now: () => now });
    expect(run('weeklyUpdate', {})).toMatchObject({ ok: true });
    const lastRun = JSON.parse(env.properties.document.getProperty('sellerRoutine.lastRun') ?? '');
    expect(lastRun.at).toBe(now.toISOString());
    expect(env.properties.document.getProperty('sellerRoutine.lastUpdate')).toBe(now.toISOString());
  });

  it('gives the sidebar what the core gives at that clock, time zones and all', () => {
    const demo = buildDemoWorkbook();
    const { run } = startAddOn(demo, { now: () => now });
    const model = run('getSidebarModel') as {
      kpis: Array<{ value: number | null }>;
      today: string;
    };
    const core = computeWeeklyUpdate({
      tabs: demo.sheets,
      timeZone: demo.timeZone,
      locale: demo.locale,
      now,
    });
    expect(model.kpis.map((kpi) => kpi.value)).toEqual(core.kpis.map((kpi) => kpi.value));
    expect(model.today).toBe('2025-10-27');
  });
});
