import { escapeHtml } from '../../core/text/html';
import type { CellValue, SheetData, WorkbookData } from '../workbookData';

export interface PageModel {
  workbook: WorkbookData;
  selectedTab: string;
  menu: Array<{ caption: string; functionName: string }>;
  /** What the last action showed the user (alerts, toasts), newest last. */
  messages: string[];
  /** The sidebar's title, for the frame that shows it beside the tabs. */
  sidebarTitle: string;
}

function formatCell(value: CellValue, timeZone: string): string {
  if (value instanceof Date) {
    return value.toLocaleString('sv-SE', { timeZone }).slice(0, 16);
  }
  return String(value);
}

function renderTable(sheet: SheetData, timeZone: string): string {
  if (sheet.values.length === 0) return '<p class="empty">(빈 탭 · empty tab)</p>';
  const rows = sheet.values.map((row, r) => {
    const tag = r === 0 ? 'th' : 'td';
    const cells = row.map((value) => {
      const text = escapeHtml(formatCell(value, timeZone)).replace(/\r?\n/g, '<br>');
      return `<${tag}>${text}</${tag}>`;
    });
    return `<tr><th class="row">${r + 1}</th>${cells.join('')}</tr>`;
  });
  return `<div class="grid"><table>${rows.join('\n')}</table></div>`;
}

/**
 * The whole preview page: menu buttons, tab strip, the selected tab as a table, and the sidebar
 * (served by /sidebar) in a 300 px frame as Sheets shows it.
 */
export function renderPage(model: PageModel): string {
  const { workbook } = model;
  const sheet = workbook.sheets.find((s) => s.name === model.selectedTab) ?? workbook.sheets[0];
  const tabs = workbook.sheets.map((s) => {
    const current = s === sheet ? ' aria-current="page"' : '';
    return `<a href="/?tab=${encodeURIComponent(s.name)}"${current}>${escapeHtml(s.name)}</a>`;
  });
  const menu = model.menu.map(
    (item) =>
      `<form method="post" action="/run/${encodeURIComponent(item.functionName)}"><button>${escapeHtml(item.caption)}</button></form>`,
  );
  const messages = model.messages.map((m) => `<li>${escapeHtml(m)}</li>`).join('');
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>${escapeHtml(workbook.name)} · 셀러 루틴 미리보기</title>
<style>
body{font:16px/1.5 system-ui,'Malgun Gothic',sans-serif;margin:0;color:#1a1a1a}
header{padding:12px 16px;background:#f1f4f9;border-bottom:1px solid #c9d2e0}
header h1{font-size:20px;margin:0 0 8px} .menu{display:flex;gap:8px;flex-wrap:wrap}
.menu form{margin:0} button{font:inherit;padding:6px 14px;cursor:pointer}
nav{display:flex;gap:4px;flex-wrap:wrap;padding:8px 16px;border-bottom:1px solid #c9d2e0}
nav a{padding:4px 10px;border:1px solid #c9d2e0;border-radius:4px;color:#0b57d0;text-decoration:none}
nav a[aria-current]{background:#0b57d0;color:#fff}
.grid{overflow:auto;max-height:75vh;margin:8px 16px}
table{border-collapse:collapse;font-size:14px} td,th{border:1px solid #d5d9e0;padding:2px 6px;vertical-align:top;white-space:nowrap}
th{background:#f5f6f8;position:sticky;top:0} th.row{position:static;color:#666;font-weight:normal}
.messages{margin:8px 16px;padding:8px 24px;background:#fff8e1;border:1px solid #f0d98a}
.workspace{display:flex;align-items:flex-start} .sheet{flex:1;min-width:0}
aside{flex:none;width:300px;border-left:1px solid #c9d2e0}
aside iframe{display:block;width:300px;height:calc(100vh - 120px);border:0}
</style></head>
<body><header><h1>${escapeHtml(workbook.name)}</h1><div class="menu">${menu.join('')}</div></header>
${messages ? `<ul class="messages" role="status">${messages}</ul>` : ''}
<div class="workspace"><div class="sheet">
<nav aria-label="tabs">${tabs.join('')}</nav>
<main>${sheet ? renderTable(sheet, workbook.timeZone) : '<p>(no tabs)</p>'}</main>
</div>
<aside><iframe src="/sidebar" title="${escapeHtml(model.sidebarTitle)}" width="300"></iframe></aside>
</div>
</body></html>`;
}
