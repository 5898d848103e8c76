import { format } from 'node:util';
import { SERVICE, type ServiceObject } from './serviceBoundary';

/** Logger.log: printf-style like Apps Script ('%s', '%d'), recorded instead of printed. */
export class FakeLogger implements ServiceObject {
  readonly [SERVICE] = 'Logger';

  constructor(private readonly logs: string[]) {}

  log(message: unknown, ...values: unknown[]): FakeLogger {
    this.logs.push(format(message, ...values));
    return this;
  }

  getLog(): string {
    return this.logs.join('\n');
  }

  clear(): void {
    this.logs.length = 0;
  }
}

/** A `console` whose lines go to the same record (level-prefixed for warn and error). */
export function recordingConsole(logs: string[]): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const line =
    (prefix: string) =>
    (...args: unknown[]): void => {
      logs.push(prefix + format(...args));
    };
  return { log: line(''), info: line(''), warn: line('WARN: '), error: line('ERROR: ') };
}
