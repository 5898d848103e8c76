import type { CustomFunctionSpec } from './spec';

/**
 * The JSDoc block Sheets reads for autocomplete, rendered from the function's one declaration
 * so the docs and the code cannot drift apart.
 */
export function renderJsDoc(spec: CustomFunctionSpec): string {
  const params = spec.params.map((param) => {
    const name = param.optional ? `[${param.name}]` : param.name;
    return ` * @param {${param.type}} ${name} ${param.description.en} ${param.description.ko}`;
  });
  return [
    '/**',
    ` * ${spec.summary.en}`,
    ` * ${spec.summary.ko}`,
    ' *',
    ...params,
    ` * @return ${spec.returns.en} ${spec.returns.ko}`,
    ` * @example ${spec.example}`,
    ' * @customfunction',
    ' */',
  ].join('\n');
}
