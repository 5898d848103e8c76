import { gasException } from './exception';
import { gasEnum, type GasEnumValue } from './gasEnum';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import type { HtmlShown } from './ui';

const SandboxMode = gasEnum('EMULATED', 'IFRAME', 'NATIVE');
const XFrameOptionsMode = gasEnum('ALLOWALL', 'DEFAULT');

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export class FakeHtmlService implements ServiceObject {
  readonly [SERVICE] = 'HtmlService';
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  /** @param files project HTML files by name (without .html) */
  constructor(private readonly files: Record<string, string>) {}

  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.file(filename));
  }

  createTemplate(html: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(String(html));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.file(filename));
  }

  private file(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const content = this.files[name];
    if (content === undefined) throw gasException(`No HTML file named ${name} was found.`);
    return content;
  }
}

export class FakeHtmlOutput implements ServiceObject {
  readonly [SERVICE] = 'HtmlOutput';
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private sandboxMode: GasEnumValue = SandboxMode.IFRAME;
  private xFrameOptionsMode: GasEnumValue = XFrameOptionsMode.DEFAULT;
  private readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): FakeHtmlOutput {
    this.content = String(content);
    return this;
  }

  append(html: string): FakeHtmlOutput {
    this.content += String(html);
    return this;
  }

  appendUntrusted(text: string): FakeHtmlOutput {
    return this.append(escapeHtml(String(text)));
  }

  clear(): FakeHtmlOutput {
    return this.setContent('');
  }

  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setSandboxMode(mode: GasEnumValue): FakeHtmlOutput {
    this.sandboxMode = mode;
    return this;
  }

  getSandboxMode(): GasEnumValue {
    return this.sandboxMode;
  }

  setXFrameOptionsMode(mode: GasEnumValue): FakeHtmlOutput {
    this.xFrameOptionsMode = mode;
    return this;
  }

  getXFrameOptionsMode(): GasEnumValue {
    return this.xFrameOptionsMode;
  }

  addMetaTag(name: string, content: string): FakeHtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): Array<{ name: string; content: string }> {
    return this.metaTags.map((tag) => ({ ...tag }));
  }

  /** What a sidebar or dialog showing this output displays. */
  shown(): HtmlShown {
    return { title: this.title, content: this.content, width: this.width, height: this.height };
  }
}

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;
const PROPERTY_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/**
 * A template whose properties the script sets (`template.data = ...`). evaluate() supports
 * `<?= name ?>` (escaped) and `<?!= name ?>` (raw) where name is a property or a dotted path
 * into one; anything else is refused with a clear error instead of being half-run.
 */
export class FakeHtmlTemplate implements ServiceObject {
  readonly [SERVICE] = 'HtmlTemplate';

  constructor(private readonly source: string) {}

  getRawContent(): string {
    return this.source;
  }

  evaluate(): FakeHtmlOutput {
    const html = this.source.replace(
      SCRIPTLET,
      (whole: string, kind: string | undefined, code: string) => {
        const path = code.trim();
        if (!kind || !PROPERTY_PATH.test(path)) {
          throw gasException(
            `The local harness only evaluates <?= name ?> and <?!= name ?> scriptlets, not: ${whole}`,
          );
        }
        const text = String(this.lookUp(path) ?? '');
        return kind === '=' ? escapeHtml(text) : text;
      },
    );
    return new FakeHtmlOutput(html);
  }

  private lookUp(path: string): unknown {
    return path
      .split('.')
      .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], this);
  }
}
