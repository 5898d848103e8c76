// Wall time and peak memory of a command in its own process, for the benchmark scripts.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = `${ROOT}bin/seller-routine.js`;

export interface Measured {
  seconds: number;
  maxRssMiB: number;
  /** The exit code; null when a signal ended the process. */
  code: number | null;
  stdout: string;
  /** What the command wrote to stderr, without the measurement line. */
  stderr: string;
}

const RSS_MARK = 'measured-maxrss-kib=';

/**
 * Collects this process's garbage before a timed child starts: otherwise V8 may still be marking
 * the bench's big workbooks on a background thread, on one of the machine's two cores, while the
 * child runs (the 100,000-order CLI run measured ~25% slower right after the engine part). The
 * collector is exposed here rather than by starting every script with --expose-gc.
 */
export const settleBeforeTiming: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

/** Runs `node args…` under /usr/bin/time, which reports the peak RSS of the whole process. */
export function timeNode(args: readonly string[]): Measured {
  settleBeforeTiming();
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', `${RSS_MARK}%M`, process.execPath, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const lines = result.stderr.split('\n');
  const mark = lines.find((line) => line.startsWith(RSS_MARK)) ?? '';
  return {
    seconds,
    maxRssMiB: Number(mark.slice(RSS_MARK.length)) / 1024,
    code: result.status,
    stdout: result.stdout,
    stderr: lines
      .filter((line) => line !== mark && !line.startsWith('Command exited with'))
      .join('\n'),
  };
}
