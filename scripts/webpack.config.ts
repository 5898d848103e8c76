// Server bundle for Apps Script: one dist/Code.js whose public functions are real top-level
// declarations (gas-webpack-plugin) with their JSDoc kept, so Sheets sees custom functions.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import GasPlugin from 'gas-webpack-plugin';
import webpack, { type Compiler, type Configuration } from 'webpack';
import { CompactLayout } from './compactLayout';
import { DropRuntimeDocs } from './dropRuntimeDocs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const ENTRY_MARK = ';// ./src/gas/entry.generated.js';

/**
 * gas-webpack-plugin copies each JSDoc block of the entry onto a top-level `function NAME() {}`,
 * which is what Sheets and the Apps Script editor read; webpack also keeps the original blocks
 * inside the entry's module, about 20 KB of comments nothing reads. This drops those copies.
 */
class DropEntryDocCopies {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('DropEntryDocCopies', (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: 'DropEntryDocCopies',
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE,
        },
        () => {
          compilation.updateAsset('Code.js', (source) => {
            const code = source.source().toString();
            const at = code.indexOf(ENTRY_MARK);
            if (at < 0) throw new Error(`dist/Code.js has no "${ENTRY_MARK}" module marker`);
            const entry = code.slice(at).replace(/^\/\*\*\n(?: \*.*\n)* \*\/\n/gm, '');
            return new webpack.sources.RawSource(code.slice(0, at) + entry);
          });
        },
      );
    });
  }
}

const config: Configuration = {
  mode: 'production',
  context: root,
  entry: './src/gas/entry.generated.js',
  target: ['web', 'es2020'],
  devtool: false,
  output: { path: path.join(root, 'dist'), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'], fullySpecified: false },
  module: {
    // Only TypeScript goes through esbuild: the .js entry must reach the plugin with its JSDoc.
    rules: [
      { test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2020', charset: 'utf8' } },
    ],
  },
  // Minifying would strip the JSDoc that Sheets reads for custom-function autocomplete.
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  plugins: [
    new GasPlugin({ comment: true }),
    new DropEntryDocCopies(),
    new DropRuntimeDocs(),
    new CompactLayout(),
  ],
};

export default config;
