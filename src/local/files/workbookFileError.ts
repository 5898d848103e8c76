// The command line's sentences are not in the add-on's catalogue: load them.
import '../../core/text/commandLineMessages';
import { render, type Msg } from '../../core/text/messages';

/**
 * A problem with a workbook file, as a catalogue sentence (never a stack trace) that the command
 * line renders in the user's language. `message` is its English text, for logs and scripts.
 */
export class WorkbookFileError extends Error {
  override name = 'WorkbookFileError';

  constructor(
    readonly sentence: Msg,
    options?: ErrorOptions,
  ) {
    super(render(sentence, 'en'), options);
  }
}
