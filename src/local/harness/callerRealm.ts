import vm from 'node:vm';

/**
 * Errors reach a script in a vm context rebuilt from that context's own Error, so the script's
 * `error instanceof Error` holds as it does in Apps Script. Works once `globals` itself has been
 * passed to vm.createContext (a copy of it would not be recognised).
 */
export function errorsForCallerRealm(globals: object): (error: unknown) => unknown {
  return (error) => {
    if (!(error instanceof Error) || !vm.isContext(globals)) return error;
    const RealmError = vm.runInContext('Error', globals) as ErrorConstructor;
    const rebuilt = new RealmError(error.message);
    rebuilt.name = error.name;
    rebuilt.stack = error.stack;
    return rebuilt;
  };
}
