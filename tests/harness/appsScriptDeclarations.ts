import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** What @types/google-apps-script declares on one interface, inherited members included. */
export interface DeclaredMembers {
  methods: string[];
  properties: string[];
}

const typesDir = dirname(
  createRequire(import.meta.url).resolve('@types/google-apps-script/package.json'),
);

let checker: ts.TypeChecker | null = null;
let program: ts.Program | null = null;

function load(): { checker: ts.TypeChecker; program: ts.Program } {
  if (!checker || !program) {
    program = ts.createProgram([join(typesDir, 'index.d.ts')], { noEmit: true, types: [] });
    checker = program.getTypeChecker();
  }
  return { checker, program };
}

/** `source` names an interface under GoogleAppsScript, e.g. 'Spreadsheet.Range' or 'Base.Ui'. */
export function declaredMembers(source: string): DeclaredMembers {
  const { checker, program } = load();
  const [namespace, name] = source.split('.');
  let found: ts.InterfaceDeclaration | null = null;
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(typesDir)) continue;
    const visit = (node: ts.Node, path: string[]): void => {
      if (ts.isModuleDeclaration(node)) {
        const inner = [...path, node.name.getText(file)];
        node.body?.forEachChild((child) => visit(child, inner));
        return;
      }
      if (ts.isModuleBlock(node)) {
        node.forEachChild((child) => visit(child, path));
        return;
      }
      if (
        ts.isInterfaceDeclaration(node) &&
        node.name.text === name &&
        path.join('.') === `GoogleAppsScript.${namespace}`
      ) {
        found = node;
      }
    };
    file.forEachChild((node) => visit(node, []));
  }
  if (!found) throw new Error(`@types/google-apps-script declares no ${source}`);
  const type = checker.getTypeAtLocation(found);
  const methods: string[] = [];
  const properties: string[] = [];
  for (const member of checker.getPropertiesOfType(type)) {
    const declaration = member.declarations?.[0];
    if (!declaration) continue;
    (ts.isMethodSignature(declaration) ? methods : properties).push(member.name);
  }
  return { methods: methods.sort(), properties: properties.sort() };
}
