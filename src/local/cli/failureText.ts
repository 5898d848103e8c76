// What the command line prints when it stops: a sentence in the user's language, never an
// exception's own text or a stack.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import type { Lang } from '../../core/text/language';
// The command line's sentences are not in the add-on's catalogue: load them.
import '../../core/text/commandLineMessages';
import { msg, render } from '../../core/text/messages';
import type { WorkbookFileError } from '../files/workbookFileError';
import { USAGE, UsageError } from './args';

/** A refusal's sentence in `lang`, with the (English) usage line under it when that helps. */
export function refusalText(error: UsageError | WorkbookFileError, lang: Lang): string {
  const sentence = render(error.sentence, lang);
  return error instanceof UsageError && error.showUsage ? `${sentence}\n${USAGE}` : sentence;
}

/**
 * For an error nobody foresaw: its details (stack, causes, command line) go to a log file in
 * `dir`, and the user gets a sentence that names the file.
 */
export function unexpectedText(
  error: unknown,
  lang: Lang,
  argv: readonly string[],
  dir = tmpdir(),
): string {
  const started = new Date();
  const log = join(dir, `seller-routine-${started.getTime()}-${process.pid}.log`);
  const details = [
    `${started.toISOString()} seller-routine ${argv.join(' ')}`,
    `node ${process.version} ${process.platform}`,
    inspect(error, { depth: 5 }),
    '',
  ].join('\n');
  try {
    writeFileSync(log, details);
  } catch {
    return render(msg('cli.unexpectedNoLog'), lang);
  }
  return render(msg('cli.unexpected', { log }), lang);
}
