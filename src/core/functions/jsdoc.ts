import type { CustomFunctionSpec } from './spec';

/**
 * The JSDoc block Sheets reads for autocomplete, rendered from the function's one declaration
 * so the docs and the code cannot drift apart. Sheets shows one text whatever the locale: Korean
 * first, for the sellers the add-on is made for, then English.
 */
export function renderJsDoc(spec: CustomFunctionSpec): string {
  const params = spec.params.map((param) => {
    const name = param.optional ? `[${param.name}]` : param.name;
    return ` * @param {${param.type}} ${name} ${param.description.ko} ${param.description.en}`;
  });
  return [
    '/**',
    ` * ${spec.summary.ko}`,
    ` * ${spec.summary.en}`,
    ' *',
    ...params,
    ` * @return ${spec.returns.ko} ${spec.returns.en}`,
    ` * @example ${spec.example}`,
    ' * @customfunction',
    ' */',
  ].join('\n');
}
