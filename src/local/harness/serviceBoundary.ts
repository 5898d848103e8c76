import { APPS_SCRIPT_MEMBERS } from './appsScriptMembers';
import type { CallCounter } from './callCounter';

/** Marks a harness object as an Apps Script service object; the value is its service name. */
export const SERVICE = Symbol('service');

export interface ServiceObject {
  readonly [SERVICE]: string;
}

const isServiceObject = (value: unknown): value is ServiceObject =>
  typeof value === 'object' && value !== null && SERVICE in value;

/** How Apps Script prints its objects (`String(range)` is 'Range'): by class, two of them renamed. */
const PRINTED_AS: Readonly<Record<string, string>> = {
  BooleanCondition: 'ConditionalFormatBooleanCondition',
  GradientCondition: 'ConditionalFormatGradientCondition',
};

/** A global Apps Script has and the add-on does not use (Utilities…): every member fails loudly. */
export const bareService = (service: string): ServiceObject => ({ [SERVICE]: service });

/** What a script gets for an Apps Script member the harness does not implement. */
const notImplemented = (service: string, member: string): Error =>
  new Error(`${service}.${member} is not implemented by the local harness`);

/** A call a script is about to make, for tests that fail it or act between two calls. */
export interface ServiceCall {
  service: string;
  method: string;
  /** The harness object called (a FakeSheet, a FakeRange, …). */
  target: object;
  args: readonly unknown[];
}

/** Runs before each call; what it throws reaches the script as that call's Apps Script error. */
export type CallHook = (call: ServiceCall) => void;

/**
 * The line between a script and the harness. Scripts only ever hold proxies: each method call
 * through one is counted once, its service-object arguments are unwrapped and its service-object
 * results wrapped, so the harness itself works on plain objects and never counts its own calls.
 * Big 2D value arrays pass through untouched (only an array's first element is inspected).
 *
 * A script sees only what Apps Script has: a member Apps Script has and the harness lacks throws
 * `Range.setNote is not implemented by the local harness` as soon as it is read, and a name
 * Apps Script does not have (a typo, or a harness internal such as `rangeAt`) is undefined, so
 * calling it is the TypeError "… is not a function", as in Apps Script.
 */
export class ServiceBoundary {
  private proxies = new WeakMap<object, object>();
  private raws = new WeakMap<object, object>();
  hook: CallHook | null = null;

  constructor(
    private readonly counter: CallCounter,
    private readonly toCallerError: (error: unknown) => unknown,
  ) {}

  expose<T extends ServiceObject>(raw: T): T {
    const known = this.proxies.get(raw);
    if (known) return known as T;
    const proxy = new Proxy(raw, { get: (target, prop) => this.member(target, prop) });
    this.proxies.set(raw, proxy);
    this.raws.set(proxy, raw);
    return proxy;
  }

  private member(target: ServiceObject, prop: string | symbol): unknown {
    const service = target[SERVICE];
    if (prop === 'toString') return () => PRINTED_AS[service] ?? service;
    if (typeof prop === 'symbol' || prop in Object.prototype) return Reflect.get(target, prop);
    if (!APPS_SCRIPT_MEMBERS[service]?.has(prop)) return undefined;
    const value: unknown = Reflect.get(target, prop, target);
    if (value === undefined) throw this.toCallerError(notImplemented(service, prop));
    if (typeof value !== 'function') return value;
    return (...args: unknown[]) => {
      this.counter.record(service, prop);
      try {
        const raw = args.map((arg) => this.unwrap(arg));
        this.hook?.({ service, method: prop, target, args: raw });
        const result: unknown = value.apply(target, raw);
        return this.wrap(result);
      } catch (error) {
        throw this.toCallerError(error);
      }
    };
  }

  private unwrap(arg: unknown): unknown {
    if (Array.isArray(arg))
      return arg.length > 0 && this.isProxy(arg[0]) ? arg.map((a) => this.unwrap(a)) : arg;
    return this.isProxy(arg) ? this.raws.get(arg) : arg;
  }

  private wrap(result: unknown): unknown {
    if (Array.isArray(result)) {
      return result.length > 0 && isServiceObject(result[0])
        ? result.map((r) => this.wrap(r))
        : result;
    }
    return isServiceObject(result) ? this.expose(result) : result;
  }

  private isProxy(value: unknown): value is object {
    return typeof value === 'object' && value !== null && this.raws.has(value);
  }
}
