// The build leaves each function's docs out of the bundle's code: they are in its JSDoc already.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { withoutDocs } from '../../scripts/dropRuntimeDocs';

const DOCS = new Set(['summary', 'description', 'example', 'doc']);

function parses(source: string): boolean {
  return ts.transpileModule(source, { reportDiagnostics: true }).diagnostics?.length === 0;
}

describe('withoutDocs', () => {
  it('drops doc text properties with their commas, and nothing else', () => {
    const source = [
      'export const F: Spec = {',
      "  name: 'F',",
      "  summary: { en: 'Adds.', ko: '더합니다.' },",
      '  params: [',
      "    { name: 'a', type: 'number', description: { en: `A ${x}.`, ko: 'a' } },",
      "    { name: 'b', description: { ko: 'b', en: 'B' } }",
      '  ],',
      "  example: '=F(1)',",
      "  doc: ['Menu: F.', '@param {number} a'],",
      '  run: (a) => a,',
      '};',
      '// A property of a doc name that holds code stays: it is not a text for a person.',
      'const model = { summary: weeklySummary(update), description: { en: 1 }, doc: [line] };',
      "const calls = { summary: { en: t('x'), ko: 'y' }, example: `=F(${next()})` };",
    ].join('\n');
    const kept = withoutDocs(source, DOCS);
    expect(kept).toBe(
      [
        'export const F: Spec = {',
        "  name: 'F',",
        '  params: [',
        "    { name: 'a', type: 'number',  },",
        "    { name: 'b',  }",
        '  ],',
        '  run: (a) => a,',
        '};',
        '// A property of a doc name that holds code stays: it is not a text for a person.',
        'const model = { summary: weeklySummary(update), description: { en: 1 }, doc: [line] };',
        "const calls = { summary: { en: t('x'), ko: 'y' }, example: `=F(${next()})` };",
      ].join('\n'),
    );
    expect(parses(kept)).toBe(true);
  });

  it('leaves a source without doc properties as it is', () => {
    const source = 'export function f(a: number): number {\n  return a + 1;\n}\n';
    expect(withoutDocs(source, DOCS)).toBe(source);
  });
});
