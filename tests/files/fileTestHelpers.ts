import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
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

export async function expectFileError(action: Promise<unknown>, message: string): Promise<void> {
  const error = await action.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(WorkbookFileError);
  expect((error as Error).message).toBe(message);
}
