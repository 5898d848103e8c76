/**
 * What the sidebar says about the weekly update: when it last ran, whether it finished, and why
 * not. The adapter keeps it in document properties as JSON; a value it cannot read is no run.
 */

export interface LastRun {
  /** ISO time the run ended. */
  at: string;
  ok: boolean;
  /** The sentence the run ended with (the toast, or why it stopped). */
  message: string;
}

/** @example parseLastRun('{"at":"2025-10-27T00:00:00.000Z","ok":true,"message":"done"}')?.ok // true */
export function parseLastRun(stored: string | null | undefined): LastRun | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const { at, ok, message } = value as Record<string, unknown>;
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
    if (typeof ok !== 'boolean' || typeof message !== 'string') return null;
    return { at, ok, message };
  } catch {
    return null;
  }
}
