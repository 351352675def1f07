// Counts every call on a service object by 'Class.method', through Proxies; the emulator's own calls reach the raw objects and are not counted.

/** Marks an emulator object as an Apps Script service object; the value is its class name in the counts. */
export const SERVICE_NAME = Symbol('serviceName');

export interface ServiceObject {
  readonly [SERVICE_NAME]: string;
}

function isServiceObject(value: unknown): value is ServiceObject {
  return typeof value === 'object' && value !== null && SERVICE_NAME in value;
}

export class CallCounter {
  /** beforeCall may refuse a call by throwing (authorization modes); it sees the 'Class.method' name. */
  constructor(private readonly beforeCall: (name: string) => void = () => undefined) {}

  private readonly counts = new Map<string, number>();
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
  }

  /** The counted face of a value: service objects (also inside nested arrays) become Proxies, anything else passes. */
  wrap<T>(value: T): T {
    if (Array.isArray(value)) return value.map((item: unknown) => this.wrap(item)) as T;
    if (!isServiceObject(value)) return value;
    const known = this.proxies.get(value);
    if (known) return known as T;
    const proxy = new Proxy(value, { get: (target, property) => this.member(target, property) });
    this.proxies.set(value, proxy);
    this.targets.set(proxy, value);
    return proxy as T;
  }

  /** The raw object behind a Proxy, so the emulator never counts its own calls on objects a script hands back. */
  unwrap<T>(value: T): T {
    if (Array.isArray(value)) return value.map((item) => this.unwrap(item)) as T;
    if (typeof value !== 'object' || value === null) return value;
    return (this.targets.get(value) as T | undefined) ?? value;
  }

  private member(target: ServiceObject, property: string | symbol): unknown {
    const member: unknown = Reflect.get(target, property, target);
    if (typeof member !== 'function' || typeof property !== 'string') return member;
    const name = `${target[SERVICE_NAME]}.${property}`;
    return (...args: unknown[]) => {
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      this.beforeCall(name);
      return this.wrap(member.apply(target, this.unwrap(args)) as unknown);
    };
  }
}
