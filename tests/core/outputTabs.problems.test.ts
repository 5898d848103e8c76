// No input can make the weekly update fail by the size of what it reports: the Problems tab lists
// the first 1,000 Problems and one summary row per kind for the rest (issue: big input).
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/core/text/messages';
import { LISTED_PROBLEMS, outputTabs } from '../../src/core/views/outputTabs';
import type { Problem } from '../../src/core/read/problem';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';

function problemsTabOf(problems: Problem[]) {
  const update = computeWeeklyUpdate({ tabs: [], timeZone: 'Asia/Seoul', locale: 'en_US' });
  const tab = outputTabs({ ...update, problems }).find((candidate) => candidate.id === 'problems');
  if (!tab) throw new Error('no Problems tab');
  return tab;
}

const amountProblem = (row: number): Problem => ({
  tab: 'Orders',
  row,
  column: 'Order Amount',
  value: 'x'.repeat(60_000),
  expected: msg('expected.amount'),
});

describe('the Problems tab', () => {
  it('lists 1,000 Problems, then one row per kind with its count, for 140,000 of them', () => {
    const problems = Array.from({ length: 140_000 }, (_, i) => amountProblem(i + 2));
    problems.push({ ...amountProblem(9), tab: 'Ads', column: 'Spend' });
    const tab = problemsTabOf(problems);
    expect(LISTED_PROBLEMS).toBe(1_000);
    expect(tab.rows).toHaveLength(1 + 1_000 + 2); // header, listed, two kinds
    expect(tab.rows[1001]?.[4]).toBe(
      `Orders row 1002, Order Amount: "${'x'.repeat(79)}…" — expected an amount such as ` +
        '12,345원 or US $12.34. And 138999 more like this, not listed one by one.',
    );
    expect(tab.rows[1002]?.[0]).toBe('Ads');
    expect(tab.rows[1002]?.[4]).not.toMatch(/more like this/); // a kind of one is a plain row
  });

  it('never writes a cell longer than Sheets holds: a raw value is cut to 1,000 characters', () => {
    const tab = problemsTabOf([amountProblem(2)]);
    const value = String(tab.rows[1]?.[3]);
    expect(value).toHaveLength(1_000);
    expect(value.endsWith('…')).toBe(true);
  });
});
