// The local preview: the built add-on running on the harness, its tabs as tables, its menu items
// as buttons, and the real built sidebar beside them, wired to the same server functions through
// a google.script.run stand-in. Everything stays on localhost.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { PUBLIC_API, type PublicFunction } from '../../gas/publicApi';
import { DIST_DIR, loadAddOn } from '../bundle';
import { createGasEnvironment } from '../harness/environment';
import type { WorkbookData } from '../workbookData';
import { renderPage } from './page';
import { withScriptRunShim } from './scriptRunShim';

export interface Preview {
  url: string;
  close(): Promise<void>;
}

export interface PreviewOptions {
  workbook: WorkbookData;
  /** The add-on's clock (default: the real one). */
  now?: Date;
  /** 0 picks a free port. */
  port: number;
  host?: string;
}

/** The only functions /rpc/ answers: those the registry (publicApi.ts) lets the sidebar call. */
const SIDEBAR_FUNCTIONS: ReadonlySet<string> = new Set(
  Object.entries(PUBLIC_API as Record<string, PublicFunction>).flatMap(([name, entry]) =>
    entry.sidebar ? [name] : [],
  ),
);

const MAX_BODY_BYTES = 64 * 1024;

/** The message of an error thrown in the add-on's realm (where `instanceof Error` fails). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

class BodyTooLarge extends Error {}

/** The body, read until MAX_BODY_BYTES at most: past it reading stops, and nothing is kept. */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      request.off('data', onData);
      request.pause();
      reject(new BodyTooLarge('Request body too large'));
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** This machine's own names: a page elsewhere cannot make a browser send them (DNS rebinding). */
const LOCAL_NAMES: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);

/**
 * Whether a request comes from the preview's own pages: sent to this machine by its local name,
 * on any port (a forwarded one too), and, when the browser says where from, from a local page.
 */
function fromOwnPage(request: IncomingMessage): boolean {
  const local = (url: string) => {
    try {
      return LOCAL_NAMES.has(new URL(url).hostname);
    } catch {
      return false;
    }
  };
  const { host, origin } = request.headers;
  return local(`http://${host ?? ''}`) && (origin === undefined || local(origin));
}

function parseArgs(body: string): unknown[] | null {
  try {
    const args: unknown = JSON.parse(body || '[]');
    return Array.isArray(args) ? args : null;
  } catch {
    return null;
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(body));
}

type Environment = ReturnType<typeof createGasEnvironment>;
type MenuItem = Environment['ui']['menus'][number]['items'][number];

/** The add-on loaded on the harness, and what it last showed the user. */
class PreviewSession {
  private readonly addOn: ReturnType<typeof loadAddOn>;
  readonly menu: Array<Exclude<MenuItem, 'separator'>>;
  private readonly menuFunctions: ReadonlySet<string>;
  private messages: string[] = [];

  constructor(private readonly env: Environment) {
    this.addOn = loadAddOn(env.globals);
    this.addOn.fn('onOpen')({ authMode: 'LIMITED' });
    this.menu = env.ui.menus.flatMap((m) => m.items.filter((item) => item !== 'separator'));
    this.menuFunctions = new Set(this.menu.map((item) => item.functionName));
  }

  /** Runs a public function; what it showed the user (alerts, toasts) becomes the page's messages. */
  private run(functionName: string, args: unknown[] = []): unknown {
    const { ui } = this.env;
    const shownBefore = ui.alerts.length + ui.toasts.length;
    const value = this.addOn.fn(functionName)(...args);
    const shown = [...ui.alerts, ...ui.toasts].slice(shownBefore);
    if (shown.length > 0)
      this.messages = shown.map((m) => [m.title, m.message].filter(Boolean).join(' · '));
    return value;
  }

  private runMenuAction(functionName: string): void {
    this.messages = [];
    try {
      this.run(functionName);
    } catch (error) {
      this.messages = [messageOf(error)];
    }
  }

  /** The sidebar exactly as openSidebar shows it, plus the google.script.run stand-in. */
  private sidebarPage(): string {
    this.run('openSidebar');
    return withScriptRunShim(this.env.ui.sidebars.at(-1)?.content ?? '');
  }

  private mainPage(selectedTab: string): string {
    return renderPage({
      workbook: this.env.toWorkbookData(),
      selectedTab,
      menu: this.menu,
      messages: this.messages,
      sidebarTitle: this.env.ui.sidebars.at(-1)?.title ?? 'Sidebar',
    });
  }

  private async answerRpc(name: string, request: IncomingMessage, response: ServerResponse) {
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, { error: 'Arguments must be sent as application/json' });
    }
    let body: string;
    try {
      body = await readBody(request);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      // Answer, then drop the connection: what the client still sends is never read.
      response
        .writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' })
        .end(JSON.stringify({ error: error.message }), () => request.destroy());
      return;
    }
    const args = parseArgs(body);
    if (args === null) return sendJson(response, 400, { error: 'Arguments must be a JSON array' });
    try {
      sendJson(response, 200, { value: this.run(name, args) ?? null });
    } catch (error) {
      sendJson(response, 500, { error: messageOf(error) });
    }
  }

  /** POST /run/NAME runs a menu item, POST /rpc/NAME a sidebar call, GET / and /sidebar the pages. */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const action = /^\/run\/([\w$]+)$/.exec(url.pathname)?.[1];
    const rpc = /^\/rpc\/([\w$]+)$/.exec(url.pathname)?.[1];
    if (!fromOwnPage(request)) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden');
    } else if (request.method === 'POST' && action && this.menuFunctions.has(action)) {
      this.runMenuAction(action);
      response.writeHead(303, { location: '/' }).end();
    } else if (request.method === 'POST' && rpc && SIDEBAR_FUNCTIONS.has(rpc)) {
      await this.answerRpc(rpc, request, response);
    } else if (request.method === 'GET' && url.pathname === '/sidebar') {
      sendHtml(response, this.sidebarPage());
    } else if (request.method === 'GET' && url.pathname === '/') {
      sendHtml(response, this.mainPage(url.searchParams.get('tab') ?? ''));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  }
}

function sendHtml(response: ServerResponse, html: string): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { now } = options;
  const session = new PreviewSession(
    createGasEnvironment(options.workbook, {
      htmlFiles: { Sidebar: readFileSync(`${DIST_DIR}Sidebar.html`, 'utf8') },
      ...(now ? { now: () => now } : {}),
    }),
  );
  const server = createServer((request, response) => {
    session.handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: messageOf(error) });
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
