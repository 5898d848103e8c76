import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { render } from '../../src/core/text/messages';
import { WorkbookFileError } from '../../src/local/workbookFile';

/** A fresh temp folder for the calling test file, removed when its tests end. */
export function useTempDir(): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'workbook-file-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/**
 * `action` fails with a WorkbookFileError whose message is `message` (its sentence in English)
 * and, when `ko` is given, whose sentence reads `ko` in Korean.
 */
export async function expectFileError(
  action: Promise<unknown>,
  message: string,
  ko?: string,
): Promise<void> {
  const error = await action.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(WorkbookFileError);
  expect((error as WorkbookFileError).message).toBe(message);
  expect(render((error as WorkbookFileError).sentence, 'en')).toBe(message);
  if (ko !== undefined) expect(render((error as WorkbookFileError).sentence, 'ko')).toBe(ko);
}
