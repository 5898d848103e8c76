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

/*
 * Inside a vm context every global lookup (Math, Number, Date...) goes through the context's
 * property interceptor, which makes a hot loop several times slower than in Apps Script's V8.
 * Script-level constants of the same names are found without it; each still holds whatever the
 * context's global held (the harness's Date included), so scripts see the same objects.
 */
const BUILT_IN_NAMES: readonly string[] = vm.runInNewContext(
  `Object.getOwnPropertyNames(globalThis).filter((name) =>
    /^[A-Za-z_$][\\w$]*$/.test(name) && name !== 'globalThis' && name !== 'eval' &&
    Object.getOwnPropertyDescriptor(globalThis, name).configurable)`,
) as string[];

const BUILT_IN_BINDINGS = `const ${BUILT_IN_NAMES.map((name) => `${name} = globalThis.${name}`).join(', ')};`;

export function loadAddOn(globals: Record<string, unknown>, source = readBundle()): LoadedAddOn {
  const context = vm.createContext(globals);
  vm.runInContext(BUILT_IN_BINDINGS, context);
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
