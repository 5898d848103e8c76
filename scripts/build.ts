// npm run build: dist/Code.js (webpack + gas-webpack-plugin), dist/Sidebar.html (esbuild,
// inlined) and dist/appsscript.json — exactly what `clasp push` uploads. `npm start` and the
// command line run this file in a process of its own when dist/ is stale
// (src/local/buildIfStale.ts); the tests' global setup imports build().
import { copyFileSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import webpack from 'webpack';
import webpackConfig from './webpack.config';
import { writeEntry } from './generateEntry';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;

function bundleServer(): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(webpackConfig, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}

async function buildSidebar(): Promise<void> {
  const script = await esbuild({
    entryPoints: [`${root}sidebar/sidebarMain.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    // The page is served as UTF-8: Korean labels as they are, not as \uXXXX escapes twice the size.
    charset: 'utf8',
  });
  const css = readFileSync(`${root}sidebar/sidebar.css`, 'utf8');
  // Apps Script serves HTML through its sanitiser: everything must be inline, nothing remote.
  const js = script.outputFiles[0]?.text ?? '';
  // Sidebar.html is an HtmlService template: a stray `<?` in the inlined code would be a scriptlet.
  if (/<\?/.test(js + css)) throw new Error('sidebar script or CSS contains "<?"');
  const html = readFileSync(`${root}sidebar/Sidebar.html`, 'utf8')
    .replace('/* inline:sidebar.css */', () => css)
    .replace('/* inline:sidebarMain.ts */', () => js.replace(/<\/script/gi, '<\\/script'));
  writeFileSync(`${dist}Sidebar.html`, html);
}

export async function build(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  writeEntry();
  await Promise.all([bundleServer(), buildSidebar()]);
  copyFileSync(`${root}appsscript.json`, `${dist}appsscript.json`);
  // webpack leaves an unchanged Code.js untouched; mark it built now so that
  // src/local/buildIfStale.ts sees it fresh.
  const now = new Date();
  utimesSync(`${dist}Code.js`, now, now);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  build().then(
    () => console.log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
