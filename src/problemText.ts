import type { Lang } from './language';
import type { Problem } from './problem';

/**
 * One plain sentence for a Problem, used in cells and alerts.
 * @example describeProblem({ tab: 'Ledger', row: 7, column: 'Amount', value: 'abc', expected: 'an amount' }, 'en')
 * // 'Ledger row 7, Amount: "abc" — expected an amount.'
 */
export function describeProblem(problem: Problem, lang: Lang): string {
  const where = [problem.tab, problem.row === null ? '' : rowLabel(problem.row, lang)]
    .filter(Boolean)
    .join(' ');
  const place = problem.column ? `${where}, ${problem.column}` : where;
  const value = problem.value === '' ? '' : ` "${problem.value}"`;
  return lang === 'ko'
    ? `${place}:${value} — ${problem.expected} 필요합니다.`
    : `${place}:${value} — expected ${problem.expected}.`;
}

function rowLabel(row: number, lang: Lang): string {
  return lang === 'ko' ? `${row}행` : `row ${row}`;
}
