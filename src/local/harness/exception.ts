/**
 * Apps Script reports service failures as errors named `Exception`, so `String(error)` reads
 * `Exception: <message>` exactly as in the Apps Script execution log.
 */
export function gasException(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** Apps Script's own wording when a call's arguments match none of a method's overloads. */
export function signatureMismatch(method: string, args: readonly unknown[]): Error {
  const types = args.map(gasTypeName).join(',');
  return gasException(`The parameters (${types}) don't match the method signature for ${method}.`);
}

function gasTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  return 'Object';
}
