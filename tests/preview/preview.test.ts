import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/local/preview/previewServer';
import type { WorkbookData } from '../../src/local/workbookData';

const workbook: WorkbookData = {
  name: '미리보기 테스트',
  timeZone: 'Asia/Seoul',
  locale: 'ko_KR',
  sheets: [
    {
      name: '상품',
      values: [
        ['SKU', '상품명'],
        ['A-1', '<img src=x onerror=alert(1)>'],
      ],
    },
    {
      name: '원장',
      values: [
        ['날짜', '유형', '금액'],
        [new Date('2025-09-01T01:30:00Z'), '매출', 12000],
      ],
    },
  ],
};

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview({ workbook, port: 0 });
});
afterAll(() => preview.close());

describe('local preview', () => {
  it('shows every tab and the first one as a table, escaped', async () => {
    const html = await (await fetch(preview.url)).text();
    expect(html).toContain('>상품</a>');
    expect(html).toContain('>원장</a>');
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).not.toContain('<img src=x');
  });

  it('shows a chosen tab with dates in the spreadsheet time zone', async () => {
    const html = await (await fetch(`${preview.url}?tab=${encodeURIComponent('원장')}`)).text();
    expect(html).toContain('<td>2025-09-01 10:30</td>');
    expect(html).toContain('<td>12000</td>');
  });

  it('offers the add-on menu as buttons and runs an action', async () => {
    const page = await (await fetch(preview.url)).text();
    expect(page).toContain('action="/run/showHelp"><button>도움말</button>');
    const response = await fetch(`${preview.url}run/showHelp`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const after = await (await fetch(preview.url)).text();
    expect(after).toContain('셀러 루틴 도움말');
  });

  it('refuses functions that are not menu actions', async () => {
    const response = await fetch(`${preview.url}run/getSidebarModel`, { method: 'POST' });
    expect(response.status).toBe(404);
  });

  it('answers a sidebar call sent as JSON from its own page, and nothing sent otherwise', async () => {
    const json = { 'content-type': 'application/json' };
    const rpc = `${preview.url}rpc/getSidebarModel`;
    expect((await fetch(rpc, { method: 'POST', headers: json, body: '[]' })).status).toBe(200);
    // A page elsewhere can post text/plain or a form without asking first: refused.
    const plain = { 'content-type': 'text/plain' };
    expect((await fetch(rpc, { method: 'POST', headers: plain, body: '[]' })).status).toBe(415);
    const elsewhere = { ...json, origin: 'http://example.com' };
    expect((await fetch(rpc, { method: 'POST', headers: elsewhere, body: '[]' })).status).toBe(403);
    expect(
      (await fetch(`${preview.url}run/showHelp`, { method: 'POST', headers: elsewhere })).status,
    ).toBe(403);
    // Sent under another host name (DNS rebinding): refused; under a local one, on any port
    // (a forwarded one, or 80 where the browser sends no port), answered.
    expect(await statusOf({ method: 'GET', path: '/', host: 'example.com' })).toBe(403);
    expect(await statusOf({ method: 'GET', path: '/', host: 'localhost' })).toBe(200);
    expect(await statusOf({ method: 'GET', path: '/', host: '127.0.0.1:9999' })).toBe(200);
  });

  it('stops reading a body past 64 KB, answers 413 and closes the connection', async () => {
    const post = (text: string) =>
      statusOf({
        method: 'POST',
        path: '/rpc/saveJournal',
        headers: { 'content-type': 'application/json' },
        body: `["${text}"]`,
      });
    expect(await post('x'.repeat(200_000))).toBe(413);
    // Bytes, not characters: 30,000 Korean characters are 90,000 bytes.
    expect(await post('가'.repeat(30_000))).toBe(413);
  });
});

/** A request with a chosen Host header (fetch always sends the URL's own). */
function statusOf(options: {
  method: string;
  path: string;
  host?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<number> {
  const url = new URL(preview.url);
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        host: '127.0.0.1',
        port: url.port,
        method: options.method,
        path: options.path,
        headers: { host: options.host ?? url.host, ...options.headers },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    sent.on('error', reject);
    sent.end(options.body);
  });
}
