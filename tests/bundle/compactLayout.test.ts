// The build lays dist/Code.js out in fewer bytes (tabs, no comments inside the code) without
// changing one token of the program or one character of a text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compactLayout } from '../../scripts/compactLayout';
import { readBundle } from '../../src/local/bundle';

/** The program as tokens only: esbuild's own printer with whitespace and comments left out. */
function tokens(code: string): string {
  return transformSync(code, { minifyWhitespace: true, legalComments: 'none' }).code;
}

function tokensOrNull(code: string): string | null {
  try {
    return tokens(code);
  } catch {
    return null;
  }
}

function commentsIn(code: string): string[] {
  const found = new Set<string>();
  const file = ts.createSourceFile('x.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    const ranges = [
      ...(ts.getLeadingCommentRanges(code, node.pos) ?? []),
      ...(ts.getTrailingCommentRanges(code, node.end) ?? []),
    ];
    for (const { pos, end } of ranges) found.add(code.slice(pos, end));
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return [...found];
}

/** Where each token of the program ends: a comment may stand at any of them. */
function tokenEnds(code: string): number[] {
  const ends = new Set<number>();
  const file = ts.createSourceFile('x.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) {
      return;
    }
    const children = node.getChildren(file);
    if (children.length === 0) ends.add(node.end);
    for (const child of children) visit(child);
  };
  visit(file);
  return [...ends].sort((a, b) => a - b);
}

/** Every core source file as esbuild prints it for the bundle: real layouts, texts and comments. */
function coreAsJavaScript(): Array<[string, string]> {
  const root = join(__dirname, '../../src/core');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  return files.map((file) => [
    file,
    transformSync(readFileSync(join(root, file), 'utf8'), { loader: 'ts', target: 'es2020' }).code,
  ]);
}

describe('compactLayout', () => {
  it('indents with tabs and drops comments and blank lines inside the code, texts untouched', () => {
    // The JSDoc Sheets reads stays line for line, indentation included.
    const jsdoc = [
      '/**',
      ' * Sheets reads this block.',
      '    =F() gives nothing.',
      ' * @customfunction',
      ' */',
      'function F() {',
      '}',
    ];
    const code = [
      ...jsdoc,
      '(() => { // webpackBootstrap',
      '  "use strict";',
      ';// ./src/core/example.ts',
      ';// stamp.ts',
      '',
      '',
      'class Box {',
      '  /** Why the field exists. */',
      '  get size() {',
      '    return /* @__PURE__ */ new Map();',
      '  }',
      '}',
      'const note = `first',
      '    indented inside the text /* not a comment */',
      '  last`;',
      'const path = "/* a string */"; // why',
      'const odd = [',
      '   1',
      '];',
      '})()',
      '',
    ].join('\n');
    expect(compactLayout(code)).toBe(
      [
        ...jsdoc,
        '(() => {',
        '\t"use strict";',
        'class Box {',
        '\tget size() {',
        '\t\treturn new Map();',
        '\t}',
        '}',
        'const note = `first',
        '    indented inside the text /* not a comment */',
        '  last`;',
        'const path = "/* a string */";',
        'const odd = [',
        '\t 1',
        '];',
        '})()',
        '',
      ].join('\n'),
    );
  });

  it('drops a lone ; only where the parser reads an empty statement of its own', () => {
    expect(compactLayout('function f() {\n}\n;// ./b.ts\nconst a = 1;\n;\n(() => a)();\n')).toBe(
      'function f() {\n}\nconst a = 1;\n(() => a)();\n',
    );
    // The body of an if or a loop's header; the end of an expression or of a text: kept.
    for (const kept of [
      'if (a)\n;\ng();\n',
      'for (var i = 0;\n;\n) {}\n',
      'const o = {\n\tx: 1\n}\n;\n(() => o)();\n',
      'var x = `a\nb` + c // why;\n;\n(g)();\n',
      'const t = `\n;\n`;\n',
      // Without the `;`, the text would become a "use strict" directive of f's body.
      "function f() {\n;\n'use strict';\nreturn this;\n}\n",
    ]) {
      expect(compactLayout(kept), kept).toBe(kept);
    }
  });

  it('keeps a space where a comment stood between two tokens', () => {
    expect(compactLayout('return/* why */x;\n')).toBe('return x;\n');
    expect(compactLayout('f(/* a */ 1, /* b */2 /* c */);\n')).toBe('f(1, 2);\n');
    expect(compactLayout('x = a /* plus */ + /* plus */ +b;\n')).toBe('x = a + +b;\n');
  });

  it('keeps what a cut would change: comments on lines kept as written, in JSDoc, or with odd line breaks', () => {
    const samples = [
      // A comment opened on a line that starts inside a template: its end must stay too.
      'const s = `a\nb`; /* c\n*/ run();\n',
      // `// c` inside a JSDoc block is no comment of its own.
      '(() => {\n  class A {\n    /** a {@link B} // c */ f(x) { return x }\n  }\n})()\n',
      'f(/** @type {T} // c */ (a));\n',
      '/** @param x // note */\nfunction F(x) {}\n',
      '/**\n * Doc.\n */ function F(a /* why\n */, b) {}\n',
      // A line separator inside a comment ends the statement after `return` (ASI).
      'function f() { return /* \u2028 */ a }\n',
    ];
    for (const code of samples) expect(tokens(compactLayout(code)), code).toBe(tokens(code));
    expect(compactLayout(samples[3] as string)).toBe(samples[3]);
  });

  it('keeps every program whatever comments stand between its tokens', () => {
    const files = coreAsJavaScript().filter(([name]) =>
      /(?:tabRows|shipBy|delivery|settlementItem|html)\.ts$/.test(name),
    );
    expect(files).toHaveLength(5);
    const comment = fc.constantFrom(
      '/* c */',
      '/** d */',
      '/* e\n  f */',
      '// g\n',
      '/** h // i */',
      '/* \u2028 */',
      '// ./src/core/j.ts\n',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(fc.tuple(fc.nat(), comment), { minLength: 1, maxLength: 8 }),
        ([, code], inserts) => {
          const ends = tokenEnds(code);
          const at = inserts
            .map(([n, text]): [number, string] => [ends[n % ends.length] as number, text])
            .sort(([a], [b]) => b - a);
          let commented = code;
          for (const [end, text] of at)
            commented = `${commented.slice(0, end)} ${text} ${commented.slice(end)}`;
          // A line comment may end the line where JavaScript allows none (before `=>`).
          const expected = tokensOrNull(commented);
          fc.pre(expected !== null);
          expect(tokens(compactLayout(commented))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('changes no token and no text of any core file, and leaves no comment', () => {
    const files = coreAsJavaScript();
    expect(files.length).toBeGreaterThan(100);
    for (const [, code] of files) {
      const compact = compactLayout(code);
      expect(tokens(compact)).toBe(tokens(code));
      expect(commentsIn(compact)).toEqual([]);
      expect(compact).not.toMatch(/^ {2}/m);
    }
  });

  it('has laid out dist/Code.js already, keeping only the JSDoc blocks', () => {
    const bundle = readBundle();
    expect(compactLayout(bundle)).toBe(bundle);
    expect(commentsIn(bundle).filter((comment) => !comment.startsWith('/**\n'))).toEqual([]);
  });
});
