// Builds dist/ once before the suite: the bundle tests run the real built add-on. A failed build
// removes dist/Code.js so that no test can pass on a stale bundle; the other tests still run.
import { rmSync } from 'node:fs';
import { build } from '../scripts/build';
import { BUNDLE_PATH } from '../src/local/bundle';

export default async function setup(): Promise<void> {
  try {
    await build();
  } catch (error) {
    rmSync(BUNDLE_PATH, { force: true });
    console.error('Build failed:', error instanceof Error ? error.message : error);
  }
}
