import type { Lang } from './language';
import type { Problem } from './problem';

/**
 * One plain sentence for a Problem, used in cells and alerts.
 * @example describeProblem({ tab: 'Ledger', row: 7, column: 'Amount', value: 'abc', expected: 'an amount' }, 'en')
 * // 'Ledger row 7, Amount: "abc" — expected an amount.'
 */
export function describeProblem(problem: Problem, lang: Lang): string {
  const row =
    problem.row === null ? '' : lang === 'ko' ? ` ${problem.row}행` : ` row ${problem.row}`;
  const column = problem.column ? `, ${problem.column}` : '';
  const value = problem.value === '' ? '' : `: "${problem.value}"`;
  const where = `${problem.tab}${row}${column}${value}`;
  // `expected` is English text; the Korean sentence says what to do and keeps it as the hint.
  return lang === 'ko'
    ? `${where} — 확인해 주세요 (expected ${problem.expected}).`
    : `${where} — expected ${problem.expected}.`;
}
