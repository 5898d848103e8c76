// Each public and custom function is declared once, its docs beside its code
// (src/core/functions/*.ts, src/gas/publicApi.ts). The docs reach dist/Code.js as the JSDoc blocks
// scripts/generateEntry.ts writes above the top-level functions, which is what Sheets and the
// Apps Script editor read; the code never reads them at run time. This webpack step leaves the
// doc properties out as webpack reads those files, so the bundle carries each text once.
import { readFile } from 'node:fs';
import ts from 'typescript';
import webpack, { type Compiler } from 'webpack';

/** Which files declare functions with docs, and the doc properties in their declarations. */
const DECLARATIONS: ReadonlyArray<{ files: RegExp; docs: ReadonlySet<string> }> = [
  {
    // One file per custom function (…Function.ts, …Functions.ts) and their shared parameters.
    files: /[\\/]src[\\/]core[\\/]functions[\\/](?:\w+Functions?|params)\.ts$/,
    docs: new Set(['summary', 'returns', 'example', 'description']),
  },
  { files: /[\\/]src[\\/]gas[\\/]publicApi\.ts$/, docs: new Set(['doc']) },
];

/**
 * Text with nothing to run: literals, names and property reads, and choices between them. Only
 * such a value may be left out: a call would run under tsx and the tests but not in the bundle.
 */
function isInert(value: ts.Expression): boolean {
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) return true;
  if (ts.isNumericLiteral(value) || ts.isIdentifier(value)) return true;
  if (ts.isPropertyAccessExpression(value)) return isInert(value.expression);
  if (ts.isParenthesizedExpression(value)) return isInert(value.expression);
  if (ts.isConditionalExpression(value)) {
    return [value.condition, value.whenTrue, value.whenFalse].every(isInert);
  }
  if (ts.isTemplateExpression(value))
    return value.templateSpans.every((span) => isInert(span.expression));
  return false;
}

/** A text for a person: `{ en, ko }`, a string or template, or a list of strings (JSDoc lines). */
function isDocText(value: ts.Expression): boolean {
  if (ts.isArrayLiteralExpression(value)) return value.elements.every(ts.isStringLiteral);
  if (!ts.isObjectLiteralExpression(value)) return isInert(value);
  const texts = new Map(
    value.properties.map((property) =>
      ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)
        ? [property.name.text, isInert(property.initializer)]
        : ['', false],
    ),
  );
  return texts.size === 2 && texts.get('en') === true && texts.get('ko') === true;
}

/**
 * The source without the object properties named in `docs` whose value is doc text (a property
 * of that name holding anything else is code, and stays).
 * @example withoutDocs("const f = { summary: { en: 'a', ko: 'b' }, run };", new Set(['summary'])) // "const f = { run };"
 */
export function withoutDocs(source: string, docs: ReadonlySet<string>): string {
  const file = ts.createSourceFile('declarations.ts', source, ts.ScriptTarget.Latest, true);
  const cuts: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      docs.has(node.name.text) &&
      isDocText(node.initializer)
    ) {
      const comma = /^\s*,\s*/.exec(source.slice(node.end))?.[0] ?? '';
      cuts.push([node.getStart(file), node.end + comma.length]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let kept = '';
  let from = 0;
  for (const [start, end] of cuts) {
    kept += source.slice(from, start);
    from = end;
  }
  return kept + source.slice(from);
}

export class DropRuntimeDocs {
  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap('DropRuntimeDocs', (compilation) => {
      // Ahead of webpack's own file reader (stage 0): a bail hook, so the first answer is used.
      webpack.NormalModule.getCompilationHooks(compilation)
        .readResource.for(undefined)
        .tapAsync({ name: 'DropRuntimeDocs', stage: -10 }, (loaderContext, callback) => {
          const path = loaderContext.resourcePath;
          const declaration = DECLARATIONS.find(({ files }) => files.test(path));
          if (declaration === undefined) return callback();
          readFile(path, 'utf8', (error, source) => {
            if (error) return callback(error);
            loaderContext.addDependency(path);
            callback(null, withoutDocs(source, declaration.docs));
          });
        });
    });
  }
}
