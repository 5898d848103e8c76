// Runs the built add-on (dist/Code.js) the way Apps Script does: one global scope holding only
// the Apps Script services (here, the harness's). No require, process or fetch inside.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));
export const BUNDLE_PATH = `${DIST_DIR}Code.js`;

export type AddOnFunction = (...args: unknown[]) => unknown;

export interface LoadedAddOn {
  context: vm.Context;
  /** A top-level function of the bundle by name; throws if the bundle has none by that name. */
  fn(name: string): AddOnFunction;
}

export function readBundle(): string {
  if (!existsSync(BUNDLE_PATH)) {
    throw new Error('dist/Code.js is missing: run `npm run build` first.');
  }
  return readFileSync(BUNDLE_PATH, 'utf8');
}

export function loadAddOn(globals: Record<string, unknown>, source = readBundle()): LoadedAddOn {
  const context = vm.createContext(globals);
  vm.runInContext(source, context, { filename: 'Code.js' });
  return {
    context,
    fn(name) {
      const value = (context as Record<string, unknown>)[name];
      if (typeof value !== 'function') throw new Error(`dist/Code.js has no function ${name}`);
      return value as AddOnFunction;
    },
  };
}
