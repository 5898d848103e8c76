// Problems carry what was expected as a message key and parameters; tests read them as the
// English (or Korean) sentence part a user would see.
import type { Lang } from '../../src/core/text/language';
import { render } from '../../src/core/text/messages';
import type { Problem } from '../../src/core/read/problem';

export type ProblemText = Omit<Problem, 'expected'> & { expected: string };

/** @example inEnglish(read.problems)[0].expected // 'an FX rate for EUR in Settings' */
export function inEnglish(problems: readonly Problem[], lang: Lang = 'en'): ProblemText[] {
  return problems.map((problem) => ({ ...problem, expected: render(problem.expected, lang) }));
}
