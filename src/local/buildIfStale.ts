// For `npm start` and the command line: run the add-on as built, rebuilding dist/ first when a
// source is newer than dist/Code.js. The build itself is scripts/build.ts, run as its own
// process (as `npm run build` would), so nothing here imports the build scripts.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_PATH } from './bundle';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** What dist/ is built from. */
const SOURCES = ['src', 'sidebar', 'appsscript.json', 'scripts'];
const BUILD_SCRIPT = `${ROOT}scripts/build.ts`;
/** tsx's loader, found from here: the command line may run from any folder. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function newestSourceTime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestSourceTime(`${path}/${name}`)));
}

/** dist/Code.js is missing or older than a source. */
function isStale(): boolean {
  if (!existsSync(BUNDLE_PATH)) return true;
  const newest = Math.max(...SOURCES.map((source) => newestSourceTime(ROOT + source)));
  return statSync(BUNDLE_PATH).mtimeMs <= newest;
}

/**
 * Builds dist/ when it is stale; true when it built. The build's own output is kept off stdout
 * (the command line's `--json` owns it) and shown only when the build fails.
 */
export function buildIfStale(): boolean {
  if (!isStale()) return false;
  const result = spawnSync(process.execPath, ['--import', TSX_LOADER, BUILD_SCRIPT], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = `${result.stderr}${result.stdout}`.trim();
    throw new Error(`The build (scripts/build.ts) failed${output ? `:\n${output}` : ''}`);
  }
  return true;
}
