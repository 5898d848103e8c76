import { clipText } from '../read/cell';
import type { Lang } from './language';
import { render, t } from './messages';
import type { Problem } from '../read/problem';

/** A value longer than this is cut in a sentence. */
export const SHOWN_VALUE_CHARS = 80;

/**
 * One plain sentence for a Problem, used in cells, the Problems tab and alerts: where (the tab,
 * row and column as this workbook names them, the value) and what was expected, all in `lang`.
 * @example describeProblem({ tab: 'Ledger', row: 7, column: 'Amount', value: 'abc', expected: msg('expected.amount') }, 'en')
 * // 'Ledger row 7, Amount: "abc" — expected an amount such as 12,345원 or US $12.34.'
 */
export function describeProblem(problem: Problem, lang: Lang): string {
  const { tab, row, column, value } = problem;
  let where =
    row === null ? t('problem.tab', lang, { tab }) : t('problem.tabRow', lang, { tab, row });
  if (column) where = t('problem.column', lang, { where, column });
  if (value !== '')
    where = t('problem.value', lang, { where, value: clipText(value, SHOWN_VALUE_CHARS) });
  return t('problem.sentence', lang, { where, expected: render(problem.expected, lang) });
}
