import type { TitleCheck } from '../metrics/titleCheck';
import type { Lang } from './language';
import { t } from './messages';

/**
 * What a title check found, for a cell or a sentence: each issue, with the words it is about, so
 * a seller sees which word to drop without searching the title.
 * @example titleIssueText(titleCheck('Cheap Phone Strap Phone Strap', null, ['cheap']), 'ko')
 * // '80자 미만, 금지 단어(cheap), 반복 단어(Phone, Strap)'
 */
export function titleIssueText(check: TitleCheck, lang: Lang): string {
  const wordsOf = (issue: TitleCheck['issues'][number]) => {
    if (issue === 'banned-word') return check.details.banned;
    return issue === 'repeated-word' ? check.details.repeated : [];
  };
  return check.issues
    .map((issue) => t(`title.${issue}`, lang, { words: firstWords(wordsOf(issue)) }))
    .join(', ');
}

/** The words to show: a few are enough to find them (a title pasted twice repeats them all). */
const SHOWN_WORDS = 3;

function firstWords(words: readonly string[]): string {
  const shown = words.slice(0, SHOWN_WORDS).join(', ');
  return words.length > SHOWN_WORDS ? `${shown}, …` : shown;
}
