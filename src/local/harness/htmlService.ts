import { gasException } from './exception';
import { SERVICE, type ServiceObject } from './serviceBoundary';
import type { HtmlShown } from './ui';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export class FakeHtmlService implements ServiceObject {
  readonly [SERVICE] = 'HtmlService';

  /** @param files project HTML files by name (without .html) */
  constructor(private readonly files: Record<string, string>) {}

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    const name = String(filename).replace(/\.html$/, '');
    const content = this.files[name];
    if (content === undefined) throw gasException(`No HTML file named ${name} was found.`);
    return new FakeHtmlTemplate(content);
  }
}

export class FakeHtmlOutput implements ServiceObject {
  readonly [SERVICE] = 'HtmlOutput';
  private title = '';

  constructor(private readonly content: string) {}

  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this;
  }

  /** What a sidebar showing this output displays. */
  shown(): HtmlShown {
    return { title: this.title, content: this.content };
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
