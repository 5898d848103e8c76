// npm start: build if needed, then preview the add-on on the bundled demo workbook.
import { buildIfStale } from '../buildIfStale';
import { buildDemoWorkbook, DEMO_FACTS } from '../demo/demoWorkbook';
import { startPreview } from './previewServer';

const DEFAULT_PORT = 8080;

async function main(): Promise<void> {
  if (buildIfStale()) console.log('Built dist/ (the add-on as Apps Script will run it).');
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const now = new Date(DEMO_FACTS.now);
  const preview = await startPreview({ workbook: buildDemoWorkbook(), port, now });
  console.log(`셀러 루틴 미리보기 · Seller Routine preview: ${preview.url}`);
  console.log('Ctrl+C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
