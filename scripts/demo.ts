// npm run demo: writes the bundled demo workbook to demo/seller-routine-demo.xlsx, for trying the
// CLI or opening it in a spreadsheet program.
// npm run demo -- --weekly DIR: the same shop week by week, as a seller pastes each Monday's
// downloads: DIR/start.xlsx (as of week 2) and DIR/week-3/<tab>.csv … DIR/week-8/<tab>.csv.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDemoWorkbook } from '../src/local/demo/demoWorkbook';
import { writeDemoWeeklyFiles } from '../src/local/demo/weeklyFiles';
import { saveWorkbookXlsx } from '../src/local/workbookFile';

const { values } = parseArgs({ options: { weekly: { type: 'string' } } });
if (values.weekly !== undefined) {
  const dir = resolve(values.weekly);
  const written = await writeDemoWeeklyFiles(dir);
  console.log(`Wrote ${dir}/start.xlsx and ${written.length - 1} CSV files in week-3 … week-8`);
} else {
  const out = fileURLToPath(new URL('../demo/', import.meta.url));
  mkdirSync(out, { recursive: true });
  const path = `${out}seller-routine-demo.xlsx`;
  await saveWorkbookXlsx(buildDemoWorkbook(), path);
  console.log(`Wrote ${path}`);
}
