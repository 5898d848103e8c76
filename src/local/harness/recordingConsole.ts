import { format } from 'node:util';

/** A `console` whose lines go to a record (level-prefixed for warn and error), not stdout. */
export function recordingConsole(logs: string[]): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const line =
    (prefix: string) =>
    (...args: unknown[]): void => {
      logs.push(prefix + format(...args));
    };
  return { log: line(''), info: line(''), warn: line('WARN: '), error: line('ERROR: ') };
}
