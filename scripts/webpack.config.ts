// Server bundle for Apps Script: one dist/Code.js whose public functions are real top-level
// declarations (gas-webpack-plugin) with their JSDoc kept, so Sheets sees custom functions.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import GasPlugin from 'gas-webpack-plugin';
import type { Configuration } from 'webpack';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

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
  plugins: [new GasPlugin({ comment: true })],
};

export default config;
