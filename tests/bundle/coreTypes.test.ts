// The core runs in Apps Script and in Node alike, so it may use neither's globals: compiled as
// tsconfig.core.json compiles it (every core file, its libs and types), a stray SpreadsheetApp or
// process must not compile. The Apps Script adapter's options are the control: there,
// SpreadsheetApp is known.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const STRAY = `${root}src/core/stray.ts`;
const STRAY_SOURCE = 'SpreadsheetApp.getActiveSpreadsheet();\nprocess.exit(1);\nexport {};\n';

/** The names the stray file may not use, as the project's compiler sees it. */
function unknownNames(project: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}${project}`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${project}`);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (path) => (path === STRAY ? STRAY_SOURCE : readFile(path));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (path) => path === STRAY || fileExists(path);
  const program = ts.createProgram({
    rootNames: [...config.fileNames, STRAY],
    options: config.options,
    host,
  });
  const stray = program.getSourceFile(STRAY);
  if (!stray) throw new Error('the stray file was not compiled');
  return program
    .getSemanticDiagnostics(stray)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '))
    .map((text) => /Cannot find name '(\w+)'/.exec(text)?.[1] ?? text);
}

describe('the core project', () => {
  it('knows neither Apps Script nor Node', () => {
    expect(unknownNames('tsconfig.core.json')).toEqual(['SpreadsheetApp', 'process']);
  });

  it('is told apart from the adapter, which knows Apps Script', () => {
    expect(unknownNames('tsconfig.gas.json')).toEqual(['process']);
  });
});
