import type { Msg } from '../text/messages';

/**
 * Something in the user's data that could not be read or used. Problems are never dropped
 * silently: the weekly update lists them in the Problems tab, custom functions answer with
 * the first one's message.
 */
export interface Problem {
  /** Tab the value came from, e.g. 'Orders'. */
  tab: string;
  /** 1-based sheet row, or null when the problem concerns the whole tab. */
  row: number | null;
  /** Column header as the user wrote it (or the canonical name), or null. */
  column: string | null;
  /** The raw value as text ('' when not applicable). */
  value: string;
  /** What was expected (an `expected.*` message), rendered in the user's language when shown. */
  expected: Msg;
}

/** The typed result of reading one value: never throws, never invents a 0. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: Msg };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(expected: Msg): Parsed<T> => ({ ok: false, expected });
