// PropertiesService: document, user and script stores of string values, with the real size limits.
// https://developers.google.com/apps-script/reference/properties/properties
import { SERVICE_NAME } from './counter';
import type { Runtime } from './runtime';

/** https://developers.google.com/apps-script/guides/services/quotas: 9 KB per value, 500 KB per store. */
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

export class Properties {
  readonly [SERVICE_NAME] = 'Properties';

  constructor(readonly store: Record<string, string>) {}

  getProperty(key: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.store, key) ? (this.store[key] as string) : null;
  }

  setProperty(key: string, value: unknown): this {
    return this.setProperties({ [key]: value });
  }

  getProperties(): Record<string, string> {
    return { ...this.store };
  }

  /** Writes all or nothing; with deleteAllOthers the store becomes exactly these properties. */
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const updates = Object.entries(properties).map(([key, value]) => [key, String(value)] as const);
    for (const [key, value] of updates) {
      if (byteLength(key) + byteLength(value) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    }
    const next = { ...(deleteAllOthers ? {} : this.store), ...Object.fromEntries(updates) };
    const total = Object.entries(next).reduce(
      (sum, [key, value]) => sum + byteLength(key) + byteLength(value),
      0,
    );
    if (total > MAX_STORE_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    for (const key of Object.keys(this.store)) delete this.store[key];
    Object.assign(this.store, next);
    return this;
  }

  deleteProperty(key: string): this {
    delete this.store[key];
    return this;
  }

  deleteAllProperties(): this {
    for (const key of Object.keys(this.store)) delete this.store[key];
    return this;
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }
}

export interface PropertyStores {
  document: Record<string, string>;
  user: Record<string, string>;
  script: Record<string, string>;
}

export class PropertiesService {
  readonly [SERVICE_NAME] = 'PropertiesService';

  constructor(
    private readonly stores: PropertyStores,
    private readonly runtime: Runtime,
  ) {}

  /** null unless the script runs bound to (or as an add-on in) a document. */
  getDocumentProperties(): Properties | null {
    return this.runtime.bound ? new Properties(this.stores.document) : null;
  }

  getUserProperties(): Properties {
    return new Properties(this.stores.user);
  }

  getScriptProperties(): Properties {
    return new Properties(this.stores.script);
  }
}
