// The local preview: the built add-on running on the harness, its tabs as tables and its menu
// items as buttons. Everything stays on localhost.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { DIST_DIR, loadAddOn } from '../bundle';
import { createGasEnvironment } from '../harness/environment';
import type { WorkbookData } from '../workbookData';
import { renderPage } from './page';

export interface Preview {
  url: string;
  close(): Promise<void>;
}

export interface PreviewOptions {
  workbook: WorkbookData;
  /** 0 picks a free port. */
  port: number;
  host?: string;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const env = createGasEnvironment(options.workbook, {
    htmlFiles: { Sidebar: readFileSync(`${DIST_DIR}Sidebar.html`, 'utf8') },
  });
  const addOn = loadAddOn(env.globals);
  addOn.fn('onOpen')({ authMode: 'LIMITED' });
  const menu = env.ui.menus.flatMap((m) => m.items.filter((item) => item !== 'separator'));
  const menuFunctions = new Set(menu.map((item) => item.functionName));
  let messages: string[] = [];

  function runMenuAction(functionName: string): void {
    const shownBefore = env.ui.alerts.length + env.ui.toasts.length;
    try {
      addOn.fn(functionName)();
      const shown = [...env.ui.alerts, ...env.ui.toasts].slice(shownBefore);
      messages = shown.map((m) => [m.title, m.message].filter(Boolean).join(' · '));
    } catch (error) {
      messages = [error instanceof Error ? error.message : String(error)];
    }
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const action = /^\/run\/([\w$]+)$/.exec(url.pathname)?.[1];
    if (request.method === 'POST' && action && menuFunctions.has(action)) {
      runMenuAction(action);
      response.writeHead(303, { location: '/' }).end();
      return;
    }
    if (request.method === 'GET' && url.pathname === '/') {
      const html = renderPage({
        workbook: env.toWorkbookData(),
        selectedTab: url.searchParams.get('tab') ?? '',
        menu,
        messages,
      });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) =>
    server.listen(options.port, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
