import type { Lang } from './language';
import { translateExpected } from './messages';
import type { Problem } from './problem';

/** The Korean subject particle for a word: 이 after a final consonant, 가 after a vowel. */
function subjectParticle(text: string): string {
  const last = text.trimEnd().at(-1) ?? '';
  const code = last.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return '이(가)';
  return code % 28 === 0 ? '가' : '이';
}

/** Korean expectations read "…이/가 필요합니다"; most catalogue texts already end with the particle. */
function withParticle(text: string): string {
  return /[이가]$/.test(text) ? text : `${text}${subjectParticle(text)}`;
}

/**
 * One plain sentence for a Problem, used in cells, the Problems tab and alerts.
 * @example describeProblem({ tab: 'Ledger', row: 7, column: 'Amount', value: 'abc', expected: 'an amount' }, 'en')
 * // 'Ledger row 7, Amount: "abc" — expected an amount.'
 */
export function describeProblem(problem: Problem, lang: Lang): string {
  const row =
    problem.row === null ? '' : lang === 'ko' ? ` ${problem.row}행` : ` row ${problem.row}`;
  const column = problem.column ? `, ${problem.column}` : '';
  const value = problem.value === '' ? '' : `: "${problem.value}"`;
  const where = `${problem.tab}${row}${column}${value}`;
  return lang === 'ko'
    ? `${where} — ${withParticle(translateExpected(problem.expected, lang))} 필요합니다.`
    : `${where} — expected ${problem.expected}.`;
}
