// dist/Code.js stays readable (no minifying: names, lines and the JSDoc Sheets reads are kept),
// but its layout costs fewer bytes. Apps Script loads the whole file on every custom-function
// call, and esbuild's layout spent ~25 KB on it: two spaces a level of indentation, the comments
// esbuild keeps (above class members, inside object literals), its `@__PURE__` marks (read by
// minifiers, and none runs after this), the blank lines left by imports, and webpack's file
// markers (2.4 KB: the functions' names find the code as well) and the `;` before each. This
// step indents with tabs and drops those comments, blank lines and the `;` lines TypeScript's
// parser reads as empty statements of their own. Every text stays byte for byte.
import ts from 'typescript';
import webpack, { type Compiler } from 'webpack';

type Range = readonly [start: number, end: number];

const TEXT_TOKENS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

/**
 * The comments to take out, and what stays as written: texts (templates, strings) and the
 * comments above top-level statements (the JSDoc of the public and custom functions).
 */
function layoutOf(code: string): {
  comments: Range[];
  verbatim: Range[];
  emptyStatements: Set<number>;
} {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const kept = new Set<number>();
  const verbatim: Range[] = [];
  for (const statement of file.statements) {
    for (const { pos, end } of ts.getLeadingCommentRanges(code, statement.pos) ?? []) {
      kept.add(pos);
      verbatim.push([pos, end]);
    }
  }
  const found = new Map<number, ts.CommentRange>();
  /** Where a `;` is a statement of its own in a list of statements (not the body of an `if`). */
  const emptyStatements = new Set<number>();
  const note = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) found.set(range.pos, range);
  };
  // Every token, not only every node: a comment can sit before a `}` or after a `=`. Not the
  // nodes TypeScript makes of JSDoc: a `// x` inside a `/** … */` is no comment of its own.
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) {
      return;
    }
    note(ts.getLeadingCommentRanges(code, node.pos));
    note(ts.getTrailingCommentRanges(code, node.end));
    if (TEXT_TOKENS.has(node.kind)) verbatim.push([node.getStart(file), node.end]);
    if (ts.isEmptyStatement(node) && isDroppable(node)) emptyStatements.add(node.getStart(file));
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  const asWritten = (at: number): boolean =>
    verbatim.some(([start, end]) => start < at && at < end);
  const comments: Range[] = [];
  let after = 0;
  for (const { pos, end } of [...found.values()].sort((a, b) => a.pos - b.pos)) {
    if (pos < after) continue; // inside a comment already found
    after = end;
    const text = code.slice(pos, end);
    // Kept whole: a top-level JSDoc; one that starts on a line copied as written; one holding a
    // line break other than \n, which the line-by-line layout below would not keep for ASI.
    const lineStart = code.lastIndexOf('\n', pos - 1) + 1;
    if (kept.has(pos) || asWritten(lineStart) || /[\r\u2028\u2029]/.test(text)) continue;
    comments.push([pos, end]);
  }
  return { comments, verbatim, emptyStatements };
}

/**
 * The line without the comments that fall on it. A comment between two tokens leaves a space, so
 * that `return/* why *\/x` stays two words, except inside brackets or before a comma or semicolon.
 */
function withoutComments(code: string, start: number, end: number, comments: Range[]): string {
  let line = '';
  let from = start;
  for (const [commentStart, commentEnd] of comments) {
    if (commentEnd <= start || commentStart >= end) continue;
    let before = code.slice(from, Math.max(start, commentStart));
    let after = Math.min(end, commentEnd);
    while (after < end && code[after] === ' ') after += 1;
    // Spaces before the comment go with it; indentation before it stays.
    if (before.trim() !== '' || after === end) before = before.trimEnd();
    const joins = /[^\s([{]$/.test(before) && /^[^)\]},;]/.test(code.slice(after, end));
    line += before + (joins ? ' ' : '');
    from = after;
  }
  return line + code.slice(from, end);
}

/**
 * An empty statement in a list of statements (not the body of an `if` or a loop), unless a text
 * follows it: without the `;`, `'use strict';` at the top of a body would become a directive.
 */
function isDroppable(node: ts.EmptyStatement): boolean {
  const { parent } = node;
  if (!ts.isBlock(parent) && !ts.isSourceFile(parent)) return false;
  const next = parent.statements[parent.statements.indexOf(node) + 1];
  return !(next && ts.isExpressionStatement(next) && ts.isStringLiteral(next.expression));
}

/** Two spaces a level become one tab (an odd space stays a space). */
function withTabs(line: string): string {
  const spaces = /^ */.exec(line)?.[0].length ?? 0;
  return '\t'.repeat(spaces >> 1) + ' '.repeat(spaces & 1) + line.slice(spaces);
}

/**
 * The same program with tabs for indentation and without blank lines or the comments inside the
 * code; the comments above top-level statements and every line inside a text stay as written.
 * @example compactLayout('/** Doc. *\/\nfunction f() {\n  /** Why. *\/\n  return 1;\n}\n') // '/** Doc. *\/\nfunction f() {\n\treturn 1;\n}\n'
 */
export function compactLayout(code: string): string {
  const { comments, verbatim, emptyStatements } = layoutOf(code);
  const asWritten = (at: number): boolean =>
    verbatim.some(([start, end]) => start < at && at < end);
  const lines: string[] = [];
  let start = 0;
  while (start < code.length) {
    const newline = code.indexOf('\n', start);
    const end = newline < 0 ? code.length : newline;
    if (asWritten(start)) lines.push(code.slice(start, end));
    else {
      const line = withoutComments(code, start, end, comments);
      // webpack's `;` before each module, alone on its line: an empty statement of its own.
      const empty = line === ';' && emptyStatements.has(start);
      if (line.trim() !== '' && !empty) lines.push(withTabs(line));
    }
    start = end + 1;
  }
  return lines.join('\n') + (code.endsWith('\n') ? '\n' : '');
}

/** Runs compactLayout on dist/Code.js once webpack and gas-webpack-plugin have written it. */
export class CompactLayout {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('CompactLayout', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CompactLayout', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          compilation.updateAsset(
            'Code.js',
            (source) => new webpack.sources.RawSource(compactLayout(source.source().toString())),
          );
        },
      );
    });
  }
}
