// npm run demo: writes the bundled demo workbook to demo/seller-routine-demo.xlsx, for trying the
// CLI or opening it in a spreadsheet program.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDemoWorkbook } from '../src/local/demo/demoWorkbook';
import { saveWorkbookXlsx } from '../src/local/workbookFile';

const out = fileURLToPath(new URL('../demo/', import.meta.url));
mkdirSync(out, { recursive: true });
const path = `${out}seller-routine-demo.xlsx`;
await saveWorkbookXlsx(buildDemoWorkbook(), path);
console.log(`Wrote ${path}`);
